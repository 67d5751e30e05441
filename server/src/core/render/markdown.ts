import MarkdownIt from 'markdown-it';
import { escapeHtml } from './html';

/**
 * What a rendering may be given: how to show an image kept beside the
 * document (the export embeds it; the preview has none, and shows its
 * alternative text).
 */
export interface RenderEnvironment {
  /** A `data:` URI for an image by its source as written, or undefined when there is none. */
  readonly localImage?: (source: string) => string | undefined;
  /**
   * The document's line the rendered text starts at. When given (the
   * preview), every block carries `class="code-line"` and `data-line`, its
   * first line in the document (0-based), as in VS Code's Markdown preview,
   * so the preview and the editor can scroll together.
   */
  readonly firstLine?: number;
}

/** A URL with a scheme (`https:`) or a protocol-relative one (`//host`): not a file beside the document. */
const NOT_LOCAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

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
  // Links and images may point anywhere; keep only web and in-page links and files beside the document, never script.
  renderer.validateLink = (url) => /^(https?:|mailto:|#)/i.test(url.trim()) || !NOT_LOCAL.test(url.trim());
  // A link to a file beside the document leads nowhere once the page is published: its words stay, as text.
  renderer.core.ruler.push('local_links_as_text', (state) => {
    for (const block of state.tokens) {
      if (!block.children) continue;
      block.children = block.children.filter((token, index, tokens) => {
        if (token.type === 'link_open') return !isLocalLink(token.attrGet('href'));
        if (token.type !== 'link_close') return true;
        return !isLocalLink(openingLink(tokens, index)?.attrGet('href') ?? null);
      });
    }
  });
  const defaultImage = renderer.renderer.rules.image!;
  renderer.renderer.rules.image = (tokens, index, options, env: RenderEnvironment | undefined, self) => {
    const token = tokens[index]!;
    const source = token.attrGet('src') ?? '';
    if (NOT_LOCAL.test(source)) return defaultImage(tokens, index, options, env, self);
    // As the file is named: the renderer writes `my chart.png` as `my%20chart.png`.
    const embedded = env?.localImage?.(renderer.normalizeLinkText(source));
    if (embedded !== undefined) {
      token.attrSet('src', embedded);
      return defaultImage(tokens, index, options, env, self);
    }
    // Nothing to show: say what the image was, as a reader of the printed paper would need.
    const alternative = self.renderInlineAsText(token.children ?? [], options, env);
    return `<span class="cr-image-missing">[Image: ${escapeHtml(alternative || source)}]</span>`;
  };
  renderer.core.ruler.push('source_lines', (state) => {
    const firstLine = (state.env as RenderEnvironment | undefined)?.firstLine;
    if (firstLine === undefined) return;
    for (const token of state.tokens) {
      if (!token.map || token.nesting < 0 || token.type === 'inline') continue;
      token.attrJoin('class', 'code-line');
      token.attrSet('data-line', String(token.map[0] + firstLine));
    }
  });
  // A table's header cells head its columns; saying so lets a screen reader announce them with each cell.
  renderer.core.ruler.push('column_headers', (state) => {
    for (const token of state.tokens) if (token.type === 'th_open') token.attrSet('scope', 'col');
  });
  return renderer;
}

function isLocalLink(href: string | null): boolean {
  return href !== null && !href.startsWith('#') && !NOT_LOCAL.test(href);
}

/** The link_open a link_close closes: links do not nest, so it is the last one before it. */
function openingLink(tokens: readonly { type: string }[], closeIndex: number) {
  for (let index = closeIndex - 1; index >= 0; index--)
    if (tokens[index]!.type === 'link_open') return tokens[index] as MarkdownIt.Token;
  return undefined;
}
