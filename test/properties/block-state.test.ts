/**
 * The parser's block state marks the lines of a text with a search for each
 * line ending (server/src/core/parse/block-state.ts), where markdown-it's own
 * steps through every character. For any text of spaces, tabs, line endings
 * and words, every field of the state it makes must be the stock state's.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import type * as BlockStateModule from '../../server/src/core/parse/block-state';
import { parameters } from './support';

// The core's parser modules are not exported from the package, so the compiled one is loaded by path.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { useQuickBlockState } = require(
  path.resolve(__dirname, '../../../server/out/core/parse/block-state'),
) as typeof BlockStateModule;

const stock = new MarkdownIt('commonmark', { html: true });
const quick = new MarkdownIt('commonmark', { html: true });
useQuickBlockState(quick);

const text = fc
  .array(fc.constantFrom(' ', '  ', '\t', '\n', '\n\n', 'a', 'word', '# h', '> q', '- i', '\r', '\u00a0', '😀'), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

/** Every own field of a state but the parser and the token list (the same objects, given). */
function fields(state: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(state).filter(([key]) => key !== 'md' && key !== 'tokens'));
}

describe('The quick block state', () => {
  it('marks every line as markdown-it’s own state does', () => {
    fc.assert(
      fc.property(text, (source) => {
        const env = {};
        const made = new quick.block.State(source, quick, env, []);
        const expected = new stock.block.State(source, stock, env, []);
        assert.deepEqual(fields(made), fields(expected));
        assert.equal(Object.getPrototypeOf(made), Object.getPrototypeOf(expected), 'the stock methods');
      }),
      parameters(2000),
    );
  });

  it('parses every text to the tokens markdown-it gives', () => {
    fc.assert(
      fc.property(text, (source) => {
        assert.deepEqual(quick.parse(source, {}), stock.parse(source, {}));
      }),
      parameters(500),
    );
  });
});
