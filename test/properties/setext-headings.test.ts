/**
 * The parser skips markdown-it's setext heading rule where no line could be
 * its underline (server/src/core/parse/markdown.ts). The headings it finds
 * must be exactly those stock markdown-it finds, for any text made of the
 * lines that matter: underlines, thematic breaks, list items, quotes, code,
 * indented lines, blank lines.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import type * as MarkdownModule from '../../server/src/core/parse/markdown';
import { parameters } from './support';

// The core's parser module is not exported from the package, so the compiled one is loaded by path.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseMarkdown } = require(
  path.resolve(__dirname, '../../../server/out/core/parse/markdown'),
) as typeof MarkdownModule;

const stock = new MarkdownIt('commonmark', { html: true });

const LINES = [
  'Budget',
  'The council agreed.',
  '===',
  '---',
  '  ---',
  '    ---',
  '- item',
  '-',
  '= not a heading',
  '> quoted',
  '>',
  '    indented code',
  '```',
  '1. first',
  '# Heading',
  '* * *',
  '<div>',
  '| a | b |',
  '',
  '',
];

describe('setext headings', () => {
  it('are found exactly where stock markdown-it finds them', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 12 }), (lines) => {
        const text = `${lines.join('\n')}\n`;
        const expected = stock
          .parse(text, {})
          .filter((token) => token.type === 'heading_open')
          .map((token) => ({ level: Number(token.tag.slice(1)), line: token.map![0], endLine: token.map![1] }));
        const found = parseMarkdown(text, 0).headings.map(({ level, line, endLine }) => ({ level, line, endLine }));
        assert.deepEqual(found, expected, JSON.stringify(text));
      }),
      parameters(20_000),
    );
  });
});
