import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'committee-reports.committee-reports';

/** A file of the first folder the launcher opened (a copy of samples/). */
export function workspaceFile(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'VS Code opened no workspace folder');
  return vscode.Uri.joinPath(folder.uri, relative);
}

/** A file of another folder of the workspace, by the folder's name (test/vscode/launcher/workspace.ts). */
export function folderFile(folderName: string, relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.find((candidate) => candidate.name === folderName);
  assert.ok(
    folder,
    `VS Code did not open the folder ${folderName}: ${vscode.workspace.workspaceFolders?.map((candidate) => candidate.name).join(', ')}`,
  );
  return vscode.Uri.joinPath(folder.uri, relative);
}

export async function openFile(relative: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relative));
  return vscode.window.showTextDocument(document);
}

export function codesOf(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) =>
    typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code),
  );
}

/** How long to wait for an event before failing with what was seen instead (a backstop, not a pause). */
const EVENT_LIMIT_MS = 30_000;

/**
 * Resolves with what `probe` finds: at once if it finds it now, else on the
 * first `event` after which it does. No sleeping; if that never happens,
 * fails with `seen()`, what there is instead.
 */
function whenFound<T>(event: vscode.Event<unknown>, probe: () => T | undefined, seen: () => string): Promise<T> {
  return new Promise((resolve, reject) => {
    const subscription = event(() => check());
    const limit = setTimeout(() => {
      subscription.dispose();
      reject(new Error(seen()));
    }, EVENT_LIMIT_MS);
    function check(): void {
      const found = probe();
      if (found === undefined) return;
      subscription.dispose();
      clearTimeout(limit);
      resolve(found);
    }
    check();
  });
}

/** A document's diagnostics once they satisfy `ready`, now or after a change of diagnostics. */
export function diagnosticsWhen(
  uri: vscode.Uri,
  ready: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
): Promise<readonly vscode.Diagnostic[]> {
  return whenFound(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      return ready(diagnostics) ? diagnostics : undefined;
    },
    () =>
      `the diagnostics of ${uri.path} never became as expected; they are: ${codesOf(vscode.languages.getDiagnostics(uri)).join(', ') || 'none'}`,
  );
}

/** A tab satisfying `wanted`, once one is open. */
export function tabWhen(wanted: (tab: vscode.Tab) => boolean): Promise<vscode.Tab> {
  const allTabs = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs);
  return whenFound(
    vscode.window.tabGroups.onDidChangeTabs,
    () => allTabs().find(wanted),
    () =>
      `no such tab among: ${allTabs()
        .map((tab) => tab.label)
        .join(', ')}`,
  );
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

/** Longer than a screenshot launcher takes (test/vscode/launcher/screenshots.ts); it closes everything when done. */
const STAY_OPEN_MS = 10 * 60_000;

/**
 * For a screenshot launcher's `extensionTestsPath` module, once it has set the
 * workbench up: VS Code ends the extension host when a tests module's run()
 * returns, so it waits until the launcher has taken its pictures.
 */
export function stayOpen(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, STAY_OPEN_MS));
}
