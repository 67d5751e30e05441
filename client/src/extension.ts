import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXPORT_COMMANDS, exportDocument } from './commands/export';
import { importWordDocuments } from './commands/import';
import { insertMissingSections } from './commands/insert-missing-sections';
import { newReportFromTemplate } from './commands/new-report';
import { LANGUAGE_ID } from '../../server/src/protocol';
import { createLanguageClient, indexOptions } from './language-client';
import { PreviewPanels } from './preview/preview-panel';
import { ServerStatus } from './status';
import { TraceabilityTree } from './traceability/tree';

let client: LanguageClient | undefined;

/**
 * Starts the checker (the language server) and adds the commands. A server
 * that fails to start is shown to the user, in the status bar and a message
 * with its log, rather than leaving the editor silently without checks.
 */
/** What the extension offers other extensions (and its own tests). */
export interface CommitteeReportsApi {
  readonly traceability: TraceabilityTree;
  /** Where the checker keeps its index of this workspace between sessions; undefined when it keeps none. */
  readonly indexFolder: string | undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<CommitteeReportsApi> {
  const output = vscode.window.createOutputChannel('Committee Reports');
  const status = new ServerStatus(LANGUAGE_ID);
  const previews = new PreviewPanels(context.extensionUri, () => client);
  const traceability = new TraceabilityTree(() => client);
  context.subscriptions.push(output, status, previews, traceability);
  // Shows the Findings and Resolutions view, which is only useful where there are reports.
  void vscode.commands.executeCommand('setContext', 'committeeReports.active', true);

  const activeReport = () => {
    const editor = vscode.window.activeTextEditor;
    return editor && (editor.document.languageId === LANGUAGE_ID || editor.document.languageId === 'markdown')
      ? editor
      : undefined;
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
    vscode.commands.registerCommand('committeeReports.insertMissingSections', () =>
      insertMissingSections(activeReport()),
    ),
    ...EXPORT_COMMANDS.map(([command, format]) =>
      vscode.commands.registerCommand(command, (target?: unknown) =>
        exportDocument(format, client, target, activeReport()?.document),
      ),
    ),
    vscode.commands.registerCommand('committeeReports.importWord', (target?: unknown) =>
      importWordDocuments(client, target),
    ),
    vscode.commands.registerCommand('committeeReports.newReport', (template?: unknown) =>
      newReportFromTemplate(context.extensionUri, template),
    ),
    vscode.commands.registerCommand('committeeReports.restartServer', () => start(context, output, status, true)),
    vscode.commands.registerCommand('committeeReports.traceability.refresh', () => traceability.refresh()),
    vscode.commands.registerCommand('committeeReports.traceability.showNeedsAttention', () =>
      traceability.setNeedsAttentionOnly(true),
    ),
    vscode.commands.registerCommand('committeeReports.traceability.showAll', () =>
      traceability.setNeedsAttentionOnly(false),
    ),
    // A finding's code lens: "cited by 2 recommendations…" shows the finding in the tree.
    vscode.commands.registerCommand('committeeReports.traceability.reveal', (uri: string, line: number) =>
      traceability.reveal(uri, line),
    ),
  );
  await start(context, output, status, false);
  traceability.refresh();
  return { traceability, indexFolder: indexOptions(context).indexFolder };
}

async function start(
  context: vscode.ExtensionContext,
  output: vscode.OutputChannel,
  status: ServerStatus,
  restart: boolean,
): Promise<void> {
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
    void vscode.window
      .showErrorMessage(
        `Committee Reports could not start its checker, so reports are not being checked. ${reason}`,
        'Show Log',
      )
      .then((choice) => {
        if (choice === 'Show Log') output.show(true);
      });
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
