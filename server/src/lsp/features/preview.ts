import { previewHtml } from '../../core';
import { PreviewRequest } from '../../protocol';
import type { Feature } from '../context';

/**
 * `committeeReports/preview` (server/src/protocol): the document as the
 * server holds it (`ServerContext.heldDocument`), rendered under its folder's
 * config, its broken references marked from the diagnostics the editor shows.
 */
export const registerPreview: Feature = (connection, context) => {
  connection.onRequest(PreviewRequest, async ({ textDocument: { uri } }) => {
    const held = await context.heldDocument(uri);
    if (!held) return null;
    return { html: previewHtml(held.document, held.papers), version: context.documents.get(uri)?.version ?? null };
  });
  return { experimental: { preview: true } };
};
