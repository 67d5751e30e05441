import * as assert from 'node:assert/strict';
import type { IGrammar } from 'vscode-textmate';
import { ROOT_SCOPE, loadGrammar, reportWith, tokenise, tokensOf } from './tokenise';

/** The grammar must leave Markdown looking like Markdown and the front matter like YAML. */
describe('Grammar: Markdown and YAML underneath', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  function scopesOf(text: string, needle: string, occurrence = 1): string[] {
    const tokens = tokensOf(tokenise(grammar, text), text, needle, occurrence);
    assert.equal(tokens.length, 1, `'${needle}' should be one token: ${JSON.stringify(tokens)}`);
    return [...tokens[0]!.scopes];
  }

  function assertScopes(text: string, needle: string, expected: readonly string[]): void {
    const scopes = scopesOf(text, needle);
    for (const name of expected) assert.ok(scopes.includes(name), `'${needle}' lacks ${name}: ${scopes.join(' ')}`);
  }

  const text = reportWith(
    [
      '# Library Opening Hours',
      '',
      '## Summary',
      '',
      'This report proposes **new** opening hours and *fewer* late evenings.',
      '',
      '+ Visits fell by a fifth.',
      '1. Saturday opening stays.',
      '',
      'See [the survey](https://example.gov.uk/survey) and `code`.',
    ].join('\n'),
  );

  it('gives every token the committee-report root scope', () => {
    const tokens = tokenise(grammar, text);
    assert.ok(tokens.length > 0);
    assert.ok(
      tokens.every((token) => token.scopes[0] === ROOT_SCOPE),
      JSON.stringify(tokens.find((token) => token.scopes[0] !== ROOT_SCOPE)),
    );
  });

  it('scopes the front matter as embedded YAML', () => {
    assertScopes(text, 'title', ['meta.embedded.block.frontmatter', 'entity.name.tag.yaml']);
    assertScopes(text, 'Library Opening Hours', ['meta.embedded.block.frontmatter', 'string.unquoted.plain.out.yaml']);
    assertScopes(text, '2026-03-12', ['meta.embedded.block.frontmatter']);
  });

  it('scopes nested front matter keys as YAML too', () => {
    const nested = '---\ntitle: T\ncontact:\n  name: Sam Patel\n  email: sam.patel@example.gov.uk\n---\n\nText.\n';
    assertScopes(nested, 'email', ['meta.embedded.block.frontmatter', 'entity.name.tag.yaml']);
  });

  it('scopes the front matter fences as Markdown does', () => {
    assertScopes(text, '---', ['punctuation.definition.begin.frontmatter']);
    const lines = text.split('\n');
    const closing = lines.indexOf('---', 1);
    const tokens = tokenise(grammar, text).filter((token) => token.line === closing);
    assert.ok(
      tokens.some((token) => token.scopes.includes('punctuation.definition.end.frontmatter')),
      JSON.stringify(tokens),
    );
  });

  it('scopes headings, bold, italic, lists, links and code spans as Markdown does', () => {
    assertScopes(text, 'Summary', ['markup.heading.markdown', 'entity.name.section.markdown']);
    assertScopes(text, 'new', ['markup.bold.markdown']);
    assertScopes(text, 'fewer', ['markup.italic.markdown']);
    assertScopes(text, '+', ['markup.list.unnumbered.markdown', 'punctuation.definition.list.begin.markdown']);
    assertScopes(text, '1.', ['markup.list.numbered.markdown', 'punctuation.definition.list.begin.markdown']);
    assertScopes(text, 'the survey', ['meta.link.inline.markdown', 'string.other.link.title.markdown']);
    assertScopes(text, 'code', ['markup.inline.raw.string.markdown']);
  });
});
