import { tables, strikethrough } from '@joplin/turndown-plugin-gfm';
import TurndownService from 'turndown';

/**
 * mammoth's HTML as CommonMark with GFM tables, by turndown. Written for
 * what the format reads: `-` bullets and `1.` numbers followed by one space,
 * `**bold**`, links to places inside the Word file (bookmarks, Word's
 * cross-references) kept as their text, and text escaped only where it would
 * otherwise turn into Markdown. A paragraph Word numbered `1.` stays `1.`,
 * an ordered list item as the format reads it, and brackets are left alone,
 * so `[F1]` is a reference.
 */
export function htmlToMarkdown(html: string): string {
  const service = new TurndownService({
    headingStyle: 'atx',
    bulletListMarker: '-',
    emDelimiter: '*',
    strongDelimiter: '**',
    codeBlockStyle: 'fenced',
  });
  service.use([tables, strikethrough]);
  service.escape = escapeText;
  service.addRule('inside-the-document', {
    filter: (node) => node.nodeName === 'A' && !(node.getAttribute('href') ?? '#').replace(/^#.*/, ''),
    replacement: (content) => content,
  });
  service.addRule('list-item', {
    filter: 'li',
    replacement: (content, node) => {
      const parent = node.parentNode as ListParent | null;
      let prefix = '- ';
      if (parent?.nodeName === 'OL') {
        const start = Number(parent.getAttribute('start') ?? 1);
        prefix = `${start + Array.prototype.indexOf.call(parent.children, node)}. `;
      }
      const trimmed = content.replace(/^\n+/, '').replace(/\n+$/, '\n');
      const indented = trimmed.replace(/\n(?!$)/g, `\n${' '.repeat(prefix.length)}`);
      return prefix + indented + (node.nextSibling && !indented.endsWith('\n') ? '\n' : '');
    },
  });
  return `${service
    .turndown(html)
    .replace(/[ \t]+$/gm, '')
    .trim()}\n`;
}

interface ListParent {
  readonly nodeName: string;
  readonly children: ArrayLike<unknown>;
  getAttribute(name: string): string | null;
}

/** Turndown's escapes, less the ones that would hide what the format reads (numbers, references). */
const ESCAPES: readonly [RegExp, string][] = [
  [/\\/g, '\\\\'],
  [/\*/g, '\\*'],
  [/^-(?=\s)/g, '\\-'],
  [/^\+ /g, '\\+ '],
  [/^(=+)/g, '\\$1'],
  [/^(#{1,6}) /g, '\\$1 '],
  [/`/g, '\\`'],
  [/^~~~/g, '\\~~~'],
  [/\](?=[([:])/g, '\\]'],
  [/^>/g, '\\>'],
  [/(^|\W)_|_(?=\W|$)/g, '$1\\_'],
  [/</g, '&lt;'],
];

function escapeText(text: string): string {
  return ESCAPES.reduce((escaped, [pattern, replacement]) => escaped.replace(pattern, replacement), text);
}
