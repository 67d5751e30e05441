import * as assert from 'node:assert/strict';
import type { IGrammar } from 'vscode-textmate';
import * as scope from './scopes';
import { loadGrammar, reportWith, tokenise } from './tokenise';

describe('Grammar: line endings', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  const LF = reportWith('## Findings\n\n**F1** Costs rose [F2].\n\n- **R1** That the Cabinet agrees [doc-id:F1–F3].');

  function summary(text: string): string[] {
    return tokenise(grammar, text).map(
      (token) => `${token.line}:${token.start}-${token.end} ${token.scopes.join(' ')}`,
    );
  }

  it('tokenises a CRLF document exactly as the same document with LF endings', () => {
    const crlf = LF.replace(/\n/g, '\r\n');
    assert.notEqual(crlf, LF);
    assert.deepEqual(summary(crlf), summary(LF));
  });

  it('tokenises a document with lone CR endings exactly as with LF endings', () => {
    assert.deepEqual(summary(LF.replace(/\n/g, '\r')), summary(LF));
  });

  it('still scopes the front matter, definitions and references of a CRLF document', () => {
    const scopes = tokenise(grammar, LF.replace(/\n/g, '\r\n')).flatMap((token) => token.scopes);
    for (const name of [
      'meta.embedded.block.frontmatter',
      scope.DEFINITION_ID,
      scope.REFERENCE_ID,
      scope.DOCUMENT_ID,
    ]) {
      assert.ok(scopes.includes(name), name);
    }
  });
});
