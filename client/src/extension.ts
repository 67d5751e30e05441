import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { insertMissingSections } from './commands/insert-missing-sections';
import { newReportFromTemplate } from './commands/new-report';
import { LANGUAGE_ID, createLanguageClient } from './language-client';
import { PreviewPanels } from './preview/preview-panel';
import { ServerStatus } from './status';

let client: LanguageClient | undefined;

/**
 * Starts the checker (the language server) and adds the commands. A server
 * that fails to start is shown to the user, in the status bar and a message
 * with its log, rather than leaving the editor silently without checks.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Committee Reports');
  const status = new ServerStatus(LANGUAGE_ID);
  const previews = new PreviewPanels(context.extensionUri);
  context.subscriptions.push(output, status, previews);

  const activeReport = () => {
    const editor = vscode.window.activeTextEditor;
    return editor && (editor.document.languageId === LANGUAGE_ID || editor.document.languageId === 'markdown') ? editor : undefined;
  };
  const preview = (column: vscode.ViewColumn) => {
    const editor = activeReport();
    if (!editor) {
      void vscode.window.showInformationMessage('Open a committee report first, then open its preview.');
      return undefined;
    }
    return previews.show(editor.document, column);
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('committeeReports.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('committeeReports.openPreview', () => preview(vscode.ViewColumn.Active)),
    vscode.commands.registerCommand('committeeReports.openPreviewToSide', () => preview(vscode.ViewColumn.Beside)),
    vscode.commands.registerCommand('committeeReports.insertMissingSections', () => insertMissingSections(activeReport())),
    vscode.commands.registerCommand('committeeReports.newReport', () => newReportFromTemplate(context.extensionUri)),
    vscode.commands.registerCommand('committeeReports.restartServer', () => start(context, output, status, true)),
  );
  await start(context, output, status, false);
}

async function start(context: vscode.ExtensionContext, output: vscode.OutputChannel, status: ServerStatus, restart: boolean): Promise<void> {
  try {
    if (restart && client) {
      await client.restart();
      return;
    }
    client = createLanguageClient(context, output);
    status.watch(client);
    await client.start();
  } catch (error) {
    status.show('failed');
    const reason = error instanceof Error ? error.message : String(error);
    output.appendLine(`The checker could not start: ${reason}`);
    // Not awaited: activation must not wait for the user to dismiss the message.
    void vscode.window.showErrorMessage(`Committee Reports could not start its checker, so reports are not being checked. ${reason}`, 'Show Log').then((choice) => {
      if (choice === 'Show Log') output.show(true);
    });
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
