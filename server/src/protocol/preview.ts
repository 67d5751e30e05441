import { RequestType } from 'vscode-jsonrpc';

/**
 * `committeeReports/preview`: a document's body as HTML, rendered by the
 * server from the text it holds (the editor's, every change so far taken in)
 * under the config it checks the document with, so the preview links exactly
 * the IDs the diagnostics speak of. Announced as `experimental.preview`.
 *
 * The HTML is a fragment for the page's body, with nothing in it that runs:
 * - a defined ID: `<a class="cr-definition" id="DOCUMENT-ID--F1">`;
 * - a reference within the document: `<a class="cr-reference" href="#DOCUMENT-ID--F1">`;
 * - a reference to another document: `<a class="cr-reference cr-external" href="#">`,
 *   for the client to follow with `textDocument/definition`;
 * each reference with `data-line` and `data-character`, its position in the
 * document (LSP's: 0-based, UTF-16).
 */
export interface PreviewParams {
  readonly textDocument: { readonly uri: string };
}

export interface PreviewResult {
  readonly html: string;
  /** The version of the open document rendered, or null when it was rendered from the file on disk. */
  readonly version: number | null;
}

/** Answered with null when the server has no such document (neither open nor in the workspace). */
export const PreviewRequest = new RequestType<PreviewParams, PreviewResult | null, void>('committeeReports/preview');
