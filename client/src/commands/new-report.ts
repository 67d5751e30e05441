import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../../../server/src/protocol';

/** The skeleton snippets, by their names in snippets/committee-report.code-snippets. */
const SKELETONS = [
  {
    template: 'report',
    label: 'Officer report',
    detail: 'A report to a committee or the Cabinet, with every implication section',
    snippet: "Officer's report skeleton",
  },
  {
    template: 'scrutiny',
    label: 'Scrutiny report',
    detail: 'Findings and recommendations of a scrutiny committee or task group',
    snippet: 'Scrutiny report skeleton',
  },
  {
    template: 'minutes',
    label: 'Minutes',
    detail: 'The minutes of a meeting, with its resolutions',
    snippet: 'Minutes skeleton',
  },
] as const;

interface SnippetFile {
  readonly [name: string]: { readonly body: string | readonly string[] };
}

/**
 * Opens a new, unsaved committee report filled from a template's skeleton,
 * with the cursor on the first thing to fill in. Nothing is written to disk
 * until the officer saves it.
 */
export async function newReportFromTemplate(
  extensionUri: vscode.Uri,
  template?: unknown,
): Promise<vscode.TextEditor | undefined> {
  // A key binding or another extension may name the template; otherwise the officer picks one.
  const named = SKELETONS.find((skeleton) => skeleton.template === template);
  const choice =
    named ??
    (await vscode.window.showQuickPick(SKELETONS, {
      title: 'New Report from Template',
      placeHolder: 'Which kind of document?',
    }));
  if (!choice) return undefined;
  const body = await skeletonBody(extensionUri, choice.snippet);
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(body));
  return editor;
}

async function skeletonBody(extensionUri: vscode.Uri, name: string): Promise<string> {
  const file = vscode.Uri.joinPath(extensionUri, 'snippets', 'committee-report.code-snippets');
  const snippets = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as SnippetFile;
  const body = snippets[name]?.body;
  if (body === undefined) throw new Error(`The extension's snippets have no "${name}"; reinstall the extension.`);
  return typeof body === 'string' ? body : body.join('\n');
}
