import { RequestType } from 'vscode-jsonrpc';

/**
 * `committeeReports/preview`: a document's body as HTML, rendered by the
 * server from the text it holds (the editor's, every change so far taken in)
 * under the config it checks the document with, so the preview links exactly
 * the IDs the diagnostics speak of. Announced as `experimental.preview`.
 *
 * The HTML is a fragment for the page's body, with nothing in it that runs:
 * - the front sheet from the front matter, an exempt report's notice above it:
 *   `<header class="cr-front-matter code-line" data-line="0">` holding
 *   `<p class="cr-exempt">` and `<table class="cr-front-sheet">` (none when
 *   the front matter gives nothing to show);
 * - each block of the body with `class="code-line"` and `data-line`, the line
 *   it starts at, for scrolling the preview and the editor together;
 * - a defined ID: `<a class="cr-definition" id="DOCUMENT-ID--F1">`;
 * - a reference within the document: `<a class="cr-reference" href="#DOCUMENT-ID--F1">`,
 *   titled with the text of the definition it leads to;
 * - a reference to another document: `<a class="cr-reference cr-external" href="#">`,
 *   for the client to follow with `textDocument/definition`, titled with that
 *   paper's title and the item's text when the workspace has them;
 * - a reference the checker reports (`ref-unresolved`, `ref-unknown-document`):
 *   `<span class="cr-reference cr-broken">`, titled with the diagnostic's message;
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
