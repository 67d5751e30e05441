import * as assert from 'node:assert/strict';
import type { IGrammar } from 'vscode-textmate';
import { loadGrammar, ownScopes, reportWith, tokenise, tokensOf, type Token } from './tokenise';

/**
 * Where `[F1]` is not a reference (docs/format.md, "References": not in code, not
 * escaped, not a link), it must get none of this grammar's scopes. Each case
 * also names the scope Markdown gives the construct, so a case that no
 * longer reaches the construct it is about fails instead of passing quietly.
 */
describe('Grammar: text that is not a reference or definition', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  function tokensFor(body: string, needle: string, occurrence = 1): Token[] {
    const text = reportWith(body);
    return tokensOf(tokenise(grammar, text), text, needle, occurrence);
  }

  function assertPlain(tokens: readonly Token[], markdownScope: string, what: string): void {
    assert.ok(tokens.length > 0, what);
    assert.deepEqual(tokens.flatMap(ownScopes), [], `${what}: ${JSON.stringify(tokens.map((token) => token.scopes))}`);
    assert.ok(
      tokens.every((token) => token.scopes.some((name) => name.startsWith(markdownScope))),
      `${what} should be inside ${markdownScope}: ${JSON.stringify(tokens.map((token) => token.scopes))}`,
    );
  }

  it('does not scope a reference inside a code span', () => {
    assertPlain(tokensFor('Write `[F1]` to cite a finding.', '[F1]'), 'markup.inline.raw', 'code span');
    assertPlain(
      tokensFor('Write ``see [F1, F2]`` to cite.', '[F1, F2]'),
      'markup.inline.raw',
      'double-backtick code span',
    );
  });

  it('does not scope references or definitions inside fenced or indented code', () => {
    assertPlain(tokensFor('```\n**F1** Costs rose [F2].\n```', '[F2]'), 'markup.fenced_code', 'backtick fence');
    assertPlain(
      tokensFor('```\n**F1** Costs rose [F2].\n```', '**F1**'),
      'markup.fenced_code',
      'definition in a backtick fence',
    );
    assertPlain(
      tokensFor('~~~markdown\n**F1** Costs rose [F2].\n~~~', '[F2]'),
      'markup.fenced_code',
      'tilde fence with a language',
    );
    assertPlain(tokensFor('Text.\n\n    **F1** Costs rose [F2].', '[F2]'), 'markup.raw.block', 'indented code');
  });

  it('does not scope a reference inside an HTML comment, in a paragraph or as a block', () => {
    assertPlain(tokensFor('Costs rose <!-- see [F1] --> sharply.', '[F1]'), 'comment.block.html', 'inline comment');
    assertPlain(tokensFor('<!--\n**F1** draft [F1]\n-->', '[F1]'), 'comment.block.html', 'comment block');
    assertPlain(
      tokensFor('<!--\n**F1** draft [F1]\n-->', '**F1**'),
      'comment.block.html',
      'definition in a comment block',
    );
  });

  it('does not scope an escaped bracket', () => {
    const tokens = tokensFor('The text \\[F1] is not a reference.', '\\[F1]');
    assert.deepEqual(tokens.flatMap(ownScopes), []);
    assert.ok(
      tokens[0]!.scopes.includes('constant.character.escape.markdown'),
      JSON.stringify(tokens.map((token) => token.scopes)),
    );
  });

  it('does not scope the text of an inline link, a full reference link or a link definition', () => {
    assertPlain(tokensFor('Read [F1](https://example.gov.uk/f1) first.', '[F1]'), 'meta.link.inline', 'inline link');
    assertPlain(
      tokensFor('Read [F1][findings] first.\n\n[findings]: https://example.gov.uk', '[F1]'),
      'meta.link.reference',
      'full reference link',
    );
    assertPlain(
      tokensFor('Text.\n\n[F1]: https://example.gov.uk/f1', '[F1]'),
      'meta.link.reference.def',
      'link definition',
    );
  });

  it('leaves a bracketed ID in the front matter to YAML', () => {
    const text = '---\ntitle: Response to [F1]\ncommittee: Cabinet\nmeeting: 2026-03-12\n---\n\n**F1** Costs rose.\n';
    const tokens = tokensOf(tokenise(grammar, text), text, '[F1]');
    assertPlain(tokens, 'meta.embedded.block.frontmatter', 'front matter');
    assert.ok(
      tokens.every((token) => token.scopes.some((name) => name.endsWith('.yaml'))),
      JSON.stringify(tokens.map((token) => token.scopes)),
    );
  });
});
