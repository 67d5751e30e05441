import * as assert from 'node:assert/strict';
import type { IGrammar } from 'vscode-textmate';
import * as scope from './scopes';
import { loadGrammar, ownRendering, ownScopes, reportWith, tokenise, tokensOf } from './tokenise';

describe('Grammar: definitions', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  function render(body: string, needle: string): string[] {
    const text = reportWith(body);
    return ownRendering(tokensOf(tokenise(grammar, text), text, needle));
  }

  function scopesOf(body: string, needle: string): string[][] {
    const text = reportWith(body);
    return tokensOf(tokenise(grammar, text), text, needle).map((token) => [...token.scopes]);
  }

  const marker = (id: string, separator = '') => [
    `** → ${scope.BOLD_BEGIN}`,
    `${id} → ${scope.DEFINITION_ID}`,
    ...(separator ? [`${separator} → ${scope.ID_SEPARATOR}`] : []),
    `** → ${scope.BOLD_END}`,
  ];

  it('scopes a bold ID that opens a paragraph', () => {
    assert.deepEqual(render('**F1** Most of the rise comes from taxi routes.', '**F1**'), marker('F1'));
  });

  it('scopes the full stop or colon written inside the bold ID', () => {
    assert.deepEqual(render('**F1.** Most of the rise.', '**F1.**'), marker('F1', '.'));
    assert.deepEqual(render('**R3:** That the Cabinet agrees.', '**R3:**'), marker('R3', ':'));
  });

  it('scopes a definition followed by a dash, as recommendations are often written', () => {
    assert.deepEqual(render('**R3** – That the Cabinet agrees [F1].', '**R3**'), marker('R3'));
  });

  it('scopes a definition that opens a bullet or numbered list item or a block quote', () => {
    for (const body of [
      '- **R1** That the Cabinet agrees.',
      '* **R1** That the Cabinet agrees.',
      '1. **R1** That the Cabinet agrees.',
      '2) **R1** That the Cabinet agrees.',
      '> **R1** That the Cabinet agrees.',
    ]) {
      assert.deepEqual(render(body, '**R1**'), marker('R1'), body);
    }
  });

  it('scopes a definition that opens an indented paragraph', () => {
    assert.deepEqual(render('   **F2** Route planning is done by hand.', '**F2**'), marker('F2'));
  });

  it('scopes a definition that opens a heading of any level, however many spaces follow the hashes', () => {
    for (const body of [
      '# **F1** Costs',
      '## **F1** Costs',
      '### **F1.** Costs',
      '###### **F1** Costs',
      '##   **F1** Costs',
    ]) {
      const needle = body.includes('**F1.**') ? '**F1.**' : '**F1**';
      assert.deepEqual(render(body, needle), marker('F1', needle === '**F1.**' ? '.' : ''), body);
    }
  });

  it('keeps the definition inside the paragraph or heading scope Markdown gives it', () => {
    const [inParagraph] = scopesOf('**F1** Costs rose.', 'F1');
    assert.ok(inParagraph!.includes('meta.paragraph.markdown'), inParagraph!.join(' '));
    const [inHeading] = scopesOf('## **F1** Costs', 'F1');
    assert.ok(
      inHeading!.includes('markup.heading.markdown') && inHeading!.includes('entity.name.section.markdown'),
      inHeading!.join(' '),
    );
  });

  it('leaves bold IDs that do not open the block as ordinary Markdown bold', () => {
    for (const [body, needle] of [
      ['As noted in **F1** above.', '**F1**'],
      ['## Findings **F1**', '**F1**'],
      ['**F1 Costs** rose.', '**F1 Costs**'],
      ['**f1** lower case.', '**f1**'],
      ['**F0** is no ID.', '**F0**'],
    ] as const) {
      const scopes = scopesOf(body, needle);
      assert.deepEqual(
        scopes.flatMap((scopes) =>
          scopes.filter((name) => name.endsWith('.committee-report') && !name.startsWith('text.')),
        ),
        [],
        body,
      );
      assert.ok(
        scopes.every((scopes) => scopes.includes('markup.bold.markdown')),
        `${body}: ${JSON.stringify(scopes)}`,
      );
    }
  });

  it("scopes a reference in the definition's own text as well", () => {
    const text = reportWith('**R1** That the Cabinet Member commission a review [F1, F2].');
    const tokens = tokenise(grammar, text);
    assert.deepEqual(
      tokensOf(tokens, text, '[F1, F2]')
        .flatMap(ownScopes)
        .filter((name) => name === scope.REFERENCE_ID),
      [scope.REFERENCE_ID, scope.REFERENCE_ID],
    );
  });
});
