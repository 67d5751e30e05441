import * as assert from 'node:assert/strict';
import {
  SEMANTIC_TOKEN_LEGEND,
  Workspace,
  defaultConfig,
  encodeSemanticTokenKind,
  semanticTokenMeaning,
  semanticTokens,
  type ParsedDocument,
  type SemanticToken,
} from '../../support/core';

const FRONT_MATTER = ['---', 'id: rep', 'title: T', 'committee: C', 'meeting: 2026-03-12', '---'];

function tokensOf(lines: readonly string[], others: Record<string, string> = {}) {
  const workspace = new Workspace(defaultConfig());
  for (const [uri, text] of Object.entries(others)) workspace.setDocument(uri, text);
  const uri = 'file:///w/rep.report.md';
  const document = workspace.setDocument(uri, [...FRONT_MATTER, ...lines].join('\n'));
  return { document, tokens: semanticTokens(document, workspace.diagnostics(uri)) };
}

/** Each token as the text it covers (its line counted from the first body line), with its kind. */
function read(document: ParsedDocument, tokens: readonly SemanticToken[]): string[] {
  return tokens.map((token) => {
    const text = document.lines.lineText(token.line).slice(token.character, token.character + token.length);
    return `${token.line - FRONT_MATTER.length}: ${token.kind} ${text}`;
  });
}

describe('Semantic tokens', () => {
  it('colour a definition’s ID and each written ID of a reference, and the heading text around them', () => {
    const { document, tokens } = tokensOf([
      '## Findings',
      '',
      '**F1** Costs rose.',
      '',
      '**F2** Routes are planned by hand.',
      '',
      '**R1** Review routes [F1, F2] and costs [F1-F2].',
    ]);
    assert.deepEqual(read(document, tokens), [
      '0: heading Findings',
      '2: definition F1',
      '4: definition F2',
      '6: definition R1',
      '6: reference F1',
      '6: reference F2',
      '6: reference F1',
      '6: reference F2',
    ]);
  });

  it('colour both lines of a reference wrapped onto the next line, one token per line', () => {
    const { document, tokens } = tokensOf([
      '**F1** A.',
      '',
      '**F2** B.',
      '',
      '**R1** Acts on [F1,',
      'F2] and [rep:',
      'F1].',
    ]);
    assert.deepEqual(read(document, tokens), [
      '0: definition F1',
      '2: definition F2',
      '4: definition R1',
      '4: reference F1',
      '5: reference F2',
      '5: document-id rep',
      '6: reference F1',
    ]);
  });

  it('split a malformed reference that wraps across lines at the line end, and draw it broken', () => {
    const { document, tokens } = tokensOf(['**F1** A.', '', '**F3** B.', '', 'See [F3-', 'F1].']);
    assert.deepEqual(read(document, tokens).slice(2), ['4: broken-reference F3-', '5: broken-reference F1']);
  });

  it('draw as broken a reference to an ID that is not defined, and leave working ones as they are', () => {
    const { document, tokens } = tokensOf(['**F1** A.', '', '**R1** Acts on [F1, F5] and [F9].']);
    assert.deepEqual(read(document, tokens).slice(1), [
      '2: definition R1',
      '2: reference F1',
      '2: broken-reference F5',
      '2: broken-reference F9',
    ]);
  });

  it('draw as broken the document id of a document that does not exist, and resolve one that does', () => {
    const other = ['---', 'id: old', 'title: O', '---', '**F4** Old finding.', ''].join('\n');
    const { document, tokens } = tokensOf(['**R1** Acts on [old:F4], [old:F5] and [gone:F1, F2].'], {
      'file:///w/old.report.md': other,
    });
    assert.deepEqual(read(document, tokens), [
      '0: definition R1',
      '0: document-id old',
      '0: reference F4',
      '0: broken-document-id old',
      '0: broken-reference F5',
      '0: broken-document-id gone',
      '0: reference F1',
      '0: reference F2',
    ]);
  });

  it('give ATX and setext headings their text alone: no marks, closing hashes, quote markers or underline', () => {
    const { document, tokens } = tokensOf([
      '# Title ##',
      '',
      '> ### Quoted heading',
      '',
      'Setext heading',
      'on two lines',
      '------',
      '',
      '#',
      '',
      '### **F5** Heading that defines [F5]',
    ]);
    assert.deepEqual(read(document, tokens), [
      '0: heading Title',
      '2: heading Quoted heading',
      '4: heading Setext heading',
      '5: heading on two lines',
      '10: heading **',
      '10: definition F5',
      '10: heading ** Heading that defines [',
      '10: reference F5',
      '10: heading ]',
    ]);
  });

  it('count characters in UTF-16 code units, as LSP does, after astral characters and in CRLF text', () => {
    const workspace = new Workspace(defaultConfig());
    const text = [...FRONT_MATTER, '**F1** 😀 A.', '', '😀 [F1]'].join('\r\n');
    const document = workspace.setDocument('file:///w/rep.report.md', text);
    const tokens = semanticTokens(document, workspace.diagnostics(document.uri));
    assert.deepEqual(
      tokens.map(({ line, character, length }) => [line, character, length]),
      [
        [6, 2, 2],
        [8, 4, 2],
      ],
    );
  });

  it('follow the diagnostics it is given: without a broken-reference diagnostic, a reference is drawn as working', () => {
    const workspace = new Workspace(defaultConfig());
    const document = workspace.setDocument('file:///w/rep.report.md', [...FRONT_MATTER, 'See [F9].'].join('\n'));
    assert.deepEqual(
      semanticTokens(document, []).map((token) => token.kind),
      ['reference'],
    );
    assert.deepEqual(
      semanticTokens(document, workspace.diagnostics(document.uri)).map((token) => token.kind),
      ['broken-reference'],
    );
  });

  it('are written with the legend’s standard types and modifiers', () => {
    assert.deepEqual(SEMANTIC_TOKEN_LEGEND, {
      tokenTypes: ['enumMember', 'namespace'],
      tokenModifiers: ['declaration', 'deprecated'],
    });
    assert.deepEqual(semanticTokenMeaning('definition'), ['enumMember', 'declaration']);
    assert.deepEqual(encodeSemanticTokenKind('definition'), { type: 0, modifiers: 1 });
    assert.deepEqual(encodeSemanticTokenKind('reference'), { type: 0, modifiers: 0 });
    assert.deepEqual(encodeSemanticTokenKind('broken-reference'), { type: 0, modifiers: 2 });
    assert.deepEqual(encodeSemanticTokenKind('document-id'), { type: 1, modifiers: 0 });
    assert.deepEqual(encodeSemanticTokenKind('broken-document-id'), { type: 1, modifiers: 2 });
    assert.deepEqual(encodeSemanticTokenKind('heading'), { type: 1, modifiers: 1 });
  });
});
