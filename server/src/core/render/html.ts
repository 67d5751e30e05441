/** Text as HTML shows it literally: `&`, `<`, `>` and `"` escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An HTML id for an ID: document ids are lower-case words and hyphens, IDs letters and digits. */
export function anchorId(documentId: string, id: string): string {
  return `${documentId}--${id}`.replace(/[^A-Za-z0-9_-]/g, '_');
}
