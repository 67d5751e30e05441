import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { IMPORT_COMMAND, type ImportArguments, type ImportResult } from '../../../server/src/protocol';

/**
 * How the command was called: from the palette (nothing: a file picker), the
 * Explorer's menu on a .docx (its URI), or by a test with
 * `{ interactive: false, uri }`, which asks nothing, shows nothing and
 * returns the server's result.
 */
interface QuietCall extends Omit<ImportArguments, 'uri'> {
  readonly interactive: false;
  readonly uri: vscode.Uri;
}

/**
 * "Import Word Document…": asks the server to make each Word paper chosen a
 * document of the format (server/src/protocol/import.ts says where it is
 * written), with progress; opens each document written beside the editor,
 * with the Problems panel, since what the import could not tell (which
 * findings a recommendation rests on, a front sheet's gaps) is listed there;
 * offers "Replace" for a document already there.
 */
export async function importWordDocuments(
  client: LanguageClient | undefined,
  target: unknown,
): Promise<ImportResult | undefined> {
  if (isQuiet(target)) {
    if (!client) return undefined;
    const { uri, type, force, outDir } = target;
    return send(client, {
      uri: uri.toString(),
      ...(type === undefined ? {} : { type }),
      ...(force === undefined ? {} : { force }),
      ...(outDir === undefined ? {} : { outDir }),
    });
  }
  if (!client) {
    void vscode.window.showErrorMessage('The Committee Reports checker is not running: restart it, then import again.');
    return undefined;
  }
  const files =
    target instanceof vscode.Uri
      ? [target]
      : await vscode.window.showOpenDialog({
          canSelectMany: true,
          filters: { 'Word documents': ['docx'] },
          openLabel: 'Import',
          title: 'Import Word documents as committee reports',
        });
  let last: ImportResult | undefined;
  for (const file of files ?? []) {
    let options: Partial<ImportArguments> = {};
    for (;;) {
      last = await send(client, { uri: file.toString(), ...options });
      const again = await show(file, last);
      if (again === undefined) break;
      options = { ...options, ...again };
    }
  }
  return last;
}

function isQuiet(target: unknown): target is QuietCall {
  return typeof target === 'object' && target !== null && (target as { interactive?: unknown }).interactive === false;
}

function send(client: LanguageClient, args: ImportArguments): Thenable<ImportResult> {
  const name = fileName(vscode.Uri.parse(args.uri));
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Importing ${name}…` },
    () =>
      client.sendRequest(ExecuteCommandRequest.type, {
        command: IMPORT_COMMAND,
        arguments: [args],
      }) as Promise<ImportResult>,
  );
}

/** Opens what was written, or says why nothing was; the options to import again with, when chosen. */
async function show(file: vscode.Uri, result: ImportResult): Promise<Partial<ImportArguments> | undefined> {
  const name = fileName(file);
  if (result.written !== undefined) {
    const written = vscode.Uri.parse(result.written);
    await vscode.window.showTextDocument(written, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    const warnings = result.warnings?.length ? ` ${result.warnings.join(' ')}` : '';
    const message =
      `Imported ${name} to ${vscode.workspace.asRelativePath(written)}. Check it against the Word file: ` +
      `the Problems panel lists what still needs you, such as the findings each recommendation cites.${warnings}`;
    void (warnings === '' ? vscode.window.showInformationMessage(message) : vscode.window.showWarningMessage(message));
    return undefined;
  }
  const refused = result.refused;
  if (!refused) return undefined;
  if (refused.reason === 'exists') {
    const choice = await vscode.window.showWarningMessage(refused.message, 'Replace');
    return choice === 'Replace' ? { force: true } : undefined;
  }
  void vscode.window.showErrorMessage(`${name} was not imported. ${refused.message}`);
  return undefined;
}

/** The last part of a URI's path: `hours.docx`. */
function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
