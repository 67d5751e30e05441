import * as assert from 'node:assert/strict';
import { dateVariables, expandSnippet } from './snippet-expander';

const text = (body: string | string[], options = {}) => expandSnippet(body, options).text;

describe('Snippet expander (test support)', () => {
  it('inserts the default of a placeholder and nothing for a bare tab stop', () => {
    assert.equal(text('**F${1:1}** ${2:…}$0'), '**F1** …');
    assert.equal(text('a${1}b$2c'), 'abc');
  });

  it('gives a mirror the value of the first placeholder with that number', () => {
    assert.equal(text('title: ${1:Cabinet}\n# $1, ${1}'), 'title: Cabinet\n# Cabinet, Cabinet');
    assert.equal(text('# $1 and ${1:later default}'), '# later default and later default');
  });

  it('takes the first option of a choice', () => {
    assert.equal(text('purpose: ${1|decision,discussion,noting|}'), 'purpose: decision');
    assert.deepEqual(
      [...expandSnippet('${1|a,b|} ${2|c|}').choices.entries()],
      [
        [1, ['a', 'b']],
        [2, ['c']],
      ],
    );
  });

  it('expands placeholders nested in placeholders', () => {
    assert.equal(text('${1:a ${2:b ${3:c}} d} $3'), 'a b c d c');
  });

  it('unescapes \\$, \\} and \\\\, leaving other backslashes and a lone $ as they are', () => {
    assert.equal(text('\\$1 costs ${1:£5 \\} or \\\\} \\[F1] $ 5'), '$1 costs £5 } or \\ \\[F1] $ 5');
  });

  it('unescapes commas and pipes in a choice', () => {
    assert.equal(text('${1|a\\, b,c\\|d|}'), 'a, b');
    assert.deepEqual(expandSnippet('${1|a\\, b,c\\|d|}').choices.get(1), ['a, b', 'c|d']);
  });

  it('resolves variables, or falls back to their default', () => {
    const variables = dateVariables(2026, 3, 2);
    assert.equal(
      text('${CURRENT_YEAR}-$CURRENT_MONTH-${CURRENT_DATE} (${CURRENT_MONTH_NAME})', { variables }),
      '2026-03-02 (March)',
    );
    assert.equal(text('${1:${CURRENT_DATE} ${CURRENT_MONTH_NAME_SHORT}}', { variables }), '02 Mar');
    assert.equal(text('${UNKNOWN:fallback}'), 'fallback');
  });

  it('uses what the user typed at a tab stop in place of its default, mirrors included', () => {
    assert.equal(text('**F${1:1}** ${2:…} (F$1)', { values: { 1: '7' } }), '**F7** … (F7)');
  });

  it('keeps a closing brace outside any placeholder as text, as VS Code does', () => {
    assert.equal(text('a } b'), 'a } b');
  });

  it('joins a body given as lines with newlines', () => {
    assert.equal(text(['## ${1:Title}', '', '${2:None.}', '$0']), '## Title\n\nNone.\n');
  });

  it('gives where each tab stop, mirror and nested placeholder landed in the text, in the order written', () => {
    const { text: expanded, spans } = expandSnippet('# ${1:Title} (${2:a ${3:b}}) $1$0');
    assert.equal(expanded, '# Title (a b) Title');
    assert.deepEqual(
      spans.map((span) => [span.index, expanded.slice(span.start, span.end)]),
      [
        [1, 'Title'],
        [3, 'b'],
        [2, 'a b'],
        [1, 'Title'],
        [0, ''],
      ],
    );
  });

  it('lists the tab stops in number order', () => {
    assert.deepEqual(expandSnippet('${3:c} $1 ${2|x,y|} $0 $1').tabStops, [0, 1, 2, 3]);
  });

  it('rejects what VS Code would silently insert as text: unclosed constructs, unknown variables, transformations', () => {
    assert.throws(() => expandSnippet('${1:never closed'), /unclosed placeholder/);
    assert.throws(() => expandSnippet('${1|a,b}'), /unclosed choice/);
    assert.throws(() => expandSnippet('${ 1}'), /must be followed by/);
    assert.throws(() => expandSnippet('$CURRENT_YEER'), /variable CURRENT_YEER/);
    assert.throws(() => expandSnippet('${1/a/b/}'), /transformations/);
  });
});
