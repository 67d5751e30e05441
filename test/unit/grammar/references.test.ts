import * as assert from 'node:assert/strict';
import type { IGrammar } from 'vscode-textmate';
import * as scope from './scopes';
import { loadGrammar, ownRendering, ownScopes, reportWith, tokenise, tokensOf } from './tokenise';

describe('Grammar: references', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  /** `text → scope` for the tokens of `needle` in a report whose body is `body`. */
  function render(body: string, needle = body): string[] {
    const text = reportWith(body);
    return ownRendering(tokensOf(tokenise(grammar, text), text, needle));
  }

  const open = `[ → ${scope.REFERENCE_BEGIN}`;
  const close = `] → ${scope.REFERENCE_END}`;
  const id = (name: string) => `${name} → ${scope.REFERENCE_ID}`;
  const space = `  → ${scope.REFERENCE}`; // a space, then the arrow

  it('scopes the brackets and the ID of a lone reference', () => {
    assert.deepEqual(render('The costs rose [F1].', '[F1]'), [open, id('F1'), close]);
  });

  it('scopes each ID and comma of a list', () => {
    assert.deepEqual(render('As found [F1, F3].', '[F1, F3]'), [
      open,
      id('F1'),
      `, → ${scope.LIST_SEPARATOR}`,
      space,
      id('F3'),
      close,
    ]);
  });

  it('scopes both ends of a range written with a hyphen', () => {
    assert.deepEqual(render('As found [F1-F3].', '[F1-F3]'), [
      open,
      id('F1'),
      `- → ${scope.RANGE_SEPARATOR}`,
      id('F3'),
      close,
    ]);
  });

  it('scopes both ends of a range written with an en dash', () => {
    assert.deepEqual(render('As found [F1–F3].', '[F1–F3]'), [
      open,
      id('F1'),
      `– → ${scope.RANGE_SEPARATOR}`,
      id('F3'),
      close,
    ]);
  });

  it('scopes the document id of a reference to another document', () => {
    assert.deepEqual(render('Endorsed [cyp-tg-2026:F1].', '[cyp-tg-2026:F1]'), [
      open,
      `cyp-tg-2026 → ${scope.DOCUMENT_ID}`,
      `: → ${scope.DOCUMENT_SEPARATOR}`,
      id('F1'),
      close,
    ]);
  });

  it('scopes a list that follows a document id', () => {
    assert.deepEqual(render('Endorsed [doc-id:R1, R2].', '[doc-id:R1, R2]'), [
      open,
      `doc-id → ${scope.DOCUMENT_ID}`,
      `: → ${scope.DOCUMENT_SEPARATOR}`,
      id('R1'),
      `, → ${scope.LIST_SEPARATOR}`,
      space,
      id('R2'),
      close,
    ]);
  });

  it('accepts the spaces the checker accepts around the document id and the range', () => {
    const ids = render('See [ doc-id : F1 - F3 ].', '[ doc-id : F1 - F3 ]').filter((token) =>
      token.endsWith(scope.REFERENCE_ID),
    );
    assert.deepEqual(ids, [id('F1'), id('F3')]);
  });

  it('scopes IDs of configured kinds of up to three letters', () => {
    assert.deepEqual(render('Action agreed [ACT12].', '[ACT12]'), [open, id('ACT12'), close]);
  });

  it('scopes references in headings, list items, block quotes, table cells, bold and italic text', () => {
    const places = [
      '## Response to [F2]',
      '- Agreed [F2]',
      '1. Agreed [F2]',
      '> Quoted [F2]',
      '| Finding | [F2] |',
      '**See [F2]**',
      '*See [F2]*',
    ];
    for (const place of places) {
      const body = place.startsWith('|') ? `${place}\n|---|---|` : place;
      assert.deepEqual(render(body, '[F2]'), [open, id('F2'), close], place);
    }
  });

  it('leaves brackets that are not references to Markdown', () => {
    for (const bracket of [
      '[sic]',
      '[1]',
      '[F0]',
      '[F01]',
      '[f1]',
      '[F1-3]',
      '[F1 and F2]',
      '[F1; F2]',
      '[Appendix A]',
      '[ABCD1]',
      '[F1,]',
    ]) {
      const text = reportWith(`The text ${bracket} here.`);
      assert.deepEqual(tokensOf(tokenise(grammar, text), text, bracket).flatMap(ownScopes), [], bracket);
    }
  });
});
