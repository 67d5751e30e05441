import { previewHtml } from '../../core';
import { PreviewRequest } from '../../protocol';
import type { Feature } from '../context';

/**
 * `committeeReports/preview` (server/src/protocol): the document as the
 * server holds it (`ServerContext.heldDocument`), rendered under its folder's config.
 */
export const registerPreview: Feature = (connection, context) => {
  connection.onRequest(PreviewRequest, async ({ textDocument: { uri } }) => {
    const held = await context.heldDocument(uri);
    return held ? { html: previewHtml(held.document), version: context.documents.get(uri)?.version ?? null } : null;
  });
  return { experimental: { preview: true } };
};
