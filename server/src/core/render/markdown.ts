import MarkdownIt from 'markdown-it';
import { escapeHtml } from './html';

/**
 * CommonMark with tables, safe to show whatever a report holds. HTML in the
 * report is not rendered: comments (the checks' disable comments) vanish as
 * they do on paper, other HTML shows as text, so a pasted script can never
 * run where the HTML is shown.
 */
export function createSafeMarkdown(): MarkdownIt {
  const renderer = new MarkdownIt('commonmark', { html: true, linkify: false }).enable('table');
  const isComment = (content: string) => content.trimStart().startsWith('<!--') && content.trimEnd().endsWith('-->');
  const htmlAsText = (content: string) => (isComment(content) ? '' : escapeHtml(content));
  renderer.renderer.rules.html_block = (tokens, index) => htmlAsText(tokens[index]!.content);
  renderer.renderer.rules.html_inline = (tokens, index) => htmlAsText(tokens[index]!.content);
  // Links and images may point anywhere; keep only web and in-page links, never script.
  renderer.validateLink = (url) => /^(https?:|mailto:|#)/i.test(url.trim());
  // A table's header cells head its columns; saying so lets a screen reader announce them with each cell.
  renderer.core.ruler.push('column_headers', (state) => {
    for (const token of state.tokens) if (token.type === 'th_open') token.attrSet('scope', 'col');
  });
  return renderer;
}
