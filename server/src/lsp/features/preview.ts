import { Workspace, previewHtml } from '../../core';
import { PreviewRequest } from '../../protocol';
import type { Feature } from '../context';

/**
 * `committeeReports/preview` (server/src/protocol): the document as the
 * server holds it, rendered under its folder's config. An open Markdown file
 * the config does not select is not in the workspace, yet may be previewed:
 * it is parsed on its own, under the same config, and forgotten.
 */
export const registerPreview: Feature = (connection, context) => {
  connection.onRequest(PreviewRequest, async ({ textDocument: { uri } }) => {
    const workspace = await context.workspace();
    const open = context.documents.get(uri);
    const document =
      workspace.getDocument(uri) ?? (open && new Workspace(workspace.configFor(uri)).setDocument(uri, open.getText()));
    return document ? { html: previewHtml(document), version: open?.version ?? null } : null;
  });
  return { experimental: { preview: true } };
};
