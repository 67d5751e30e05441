import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'committee-reports.committee-reports';

/** The fixture workspace the launcher opened (a copy of samples/). */
export function workspaceFile(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'VS Code opened no workspace folder');
  return vscode.Uri.joinPath(folder.uri, relative);
}

export async function openFile(relative: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relative));
  return vscode.window.showTextDocument(document);
}

export function codesOf(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => (typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code)));
}

/** How long to wait for an event before failing with what was seen instead (a backstop, not a pause). */
const EVENT_LIMIT_MS = 30_000;

/**
 * Resolves with a document's diagnostics once they satisfy `ready`: at once
 * if they already do, else on the change event that makes them. No sleeping;
 * if the event never comes, fails with the diagnostics there are.
 */
export function diagnosticsWhen(uri: vscode.Uri, ready: (diagnostics: readonly vscode.Diagnostic[]) => boolean): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const limit = setTimeout(() => {
      subscription.dispose();
      const codes = codesOf(vscode.languages.getDiagnostics(uri));
      reject(new Error(`the diagnostics of ${uri.path} never became as expected; they are: ${codes.join(', ') || 'none'}`));
    }, EVENT_LIMIT_MS);
    function check(): void {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!ready(diagnostics)) return;
      subscription.dispose();
      clearTimeout(limit);
      resolve(diagnostics);
    }
    check();
  });
}

/** Resolves once a tab satisfying `wanted` is open, checking now and on every change of tabs. */
export function tabWhen(wanted: (tab: vscode.Tab) => boolean): Promise<vscode.Tab> {
  return new Promise((resolve, reject) => {
    const allTabs = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs);
    const subscription = vscode.window.tabGroups.onDidChangeTabs(() => check());
    const limit = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`no such tab among: ${allTabs().map((tab) => tab.label).join(', ')}`));
    }, EVENT_LIMIT_MS);
    function check(): void {
      const tab = allTabs().find(wanted);
      if (!tab) return;
      subscription.dispose();
      clearTimeout(limit);
      resolve(tab);
    }
    check();
  });
}

/** The first position of `text` in a document (asserting it is there). */
export function positionOf(document: vscode.TextDocument, text: string, delta = 0): vscode.Position {
  const offset = document.getText().indexOf(text);
  assert.notEqual(offset, -1, `"${text}" is not in ${document.uri.path}`);
  return document.positionAt(offset + delta);
}

/** Throws away unsaved changes to the active editor, so each test starts from the file on disk. */
export async function revertActiveEditor(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
}
