import * as vscode from 'vscode';

/** The check whose quick fix inserts a required section at its place in the template. */
const SECTION_MISSING = 'section-missing';

/**
 * Inserts every missing required section at once, with its standard wording,
 * by applying the language server's own quick fixes in one edit (one undo).
 * Returns how many sections were inserted.
 */
export async function insertMissingSections(editor: vscode.TextEditor | undefined): Promise<number> {
  if (!editor) {
    void vscode.window.showInformationMessage('Open a committee report first, then run "Insert Missing Sections".');
    return 0;
  }
  const document = editor.document;
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      whole,
      vscode.CodeActionKind.QuickFix.value,
    )) ?? [];
  const inserts = actions.filter(
    (action) => action.edit && action.diagnostics?.some((diagnostic) => codeOf(diagnostic) === SECTION_MISSING),
  );
  if (inserts.length === 0) {
    void vscode.window.showInformationMessage('No required section is missing from this document.');
    return 0;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const action of inserts) {
    for (const [uri, edits] of action.edit!.entries())
      for (const textEdit of edits) edit.replace(uri, textEdit.range, textEdit.newText);
  }
  await vscode.workspace.applyEdit(edit);
  return inserts.length;
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}
