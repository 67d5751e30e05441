// Runs before extension.test.ts (files run in name order), whose last test leaves the workbench as the screenshot shows it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codesOf, diagnosticsWhen, openFile, positionOf, revertActiveEditor, workspaceFile } from './support';

const DRAFT = 'drafts/library-opening-hours-draft.report.md';
const SCRUTINY = 'scrutiny/school-exclusions-task-group.report.md';

interface Token {
  readonly line: number;
  readonly character: number;
  readonly length: number;
  /** `type` or `type.modifier…`, as a theme's selector names it. */
  readonly selector: string;
}

/** The server's semantic tokens for a document, as VS Code's own colouring asks for them, decoded with the legend. */
async function tokensOf(uri: vscode.Uri): Promise<Token[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>(
    'vscode.provideDocumentSemanticTokensLegend',
    uri,
  );
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>(
    'vscode.provideDocumentSemanticTokens',
    uri,
  );
  assert.ok(legend && tokens, 'no semantic tokens for the document');
  const decoded: Token[] = [];
  let line = 0;
  let character = 0;
  for (let at = 0; at < tokens.data.length; at += 5) {
    const [deltaLine, deltaCharacter, length, type, modifiers] = tokens.data.slice(at, at + 5) as unknown as number[];
    line += deltaLine!;
    character = deltaLine === 0 ? character + deltaCharacter! : deltaCharacter!;
    const named = legend.tokenModifiers.filter((_, bit) => (modifiers! & (1 << bit)) !== 0);
    decoded.push({ line, character, length: length!, selector: [legend.tokenTypes[type!], ...named].join('.') });
  }
  return decoded;
}

function tokenAt(tokens: readonly Token[], position: vscode.Position): Token | undefined {
  return tokens.find(
    (token) =>
      token.line === position.line &&
      token.character <= position.character &&
      position.character < token.character + token.length,
  );
}

describe('Semantic tokens in VS Code', () => {
  afterEach(revertActiveEditor);

  it('colours the draft’s broken references as broken and its section headings as headings', async () => {
    const editor = await openFile(DRAFT);
    const uri = workspaceFile(DRAFT);
    await diagnosticsWhen(uri, (diagnostics) => codesOf(diagnostics).includes('ref-unknown-document'));
    const tokens = await tokensOf(uri);
    const document = editor.document;
    assert.equal(tokenAt(tokens, positionOf(document, '[F3-F1]', 1))?.selector, 'enumMember.deprecated');
    assert.equal(
      tokenAt(tokens, positionOf(document, '[library-review-tg-2025:R3]', 1))?.selector,
      'namespace.deprecated',
    );
    assert.equal(tokenAt(tokens, positionOf(document, '\n## Summary', 4))?.selector, 'namespace.declaration');
  });

  it('colours both lines of a reference wrapped onto the next line, and a definition as a declaration', async () => {
    const editor = await openFile(SCRUTINY);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((edit) => edit.insert(end, '\n\nSee [F1,\nF2].\n'));
    const tokens = await tokensOf(editor.document.uri);
    const document = editor.document;
    const wrapped = positionOf(document, 'See [F1,\nF2]', 5);
    assert.equal(tokenAt(tokens, wrapped)?.selector, 'enumMember');
    assert.equal(tokenAt(tokens, new vscode.Position(wrapped.line + 1, 0))?.selector, 'enumMember');
    assert.equal(tokenAt(tokens, positionOf(document, '**F1**', 2))?.selector, 'enumMember.declaration');
  });
});
