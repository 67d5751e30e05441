import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import {
  EXPORT_COMMAND,
  type ExportArguments,
  type ExportFormat,
  type ExportResult,
} from '../../../server/src/protocol';

/** The commands of the palette and the editor's title menu, and what each exports to. */
export const EXPORT_COMMANDS: readonly (readonly [string, ExportFormat])[] = [
  ['committeeReports.exportWord', 'docx'],
  ['committeeReports.exportHtml', 'html'],
  ['committeeReports.exportPdf', 'pdf'],
];

/** Each format as the menus and messages name it. */
const FORMAT_NAMES: Readonly<Record<ExportFormat, string>> = { docx: 'Word', html: 'HTML', pdf: 'PDF' };

/**
 * How the command was called: from the palette or the editor's title menu
 * (a URI, or nothing: the active editor's document), or by a test with
 * `{ interactive: false }`, which asks nothing, shows nothing and returns the
 * server's result (see docs/decisions.md).
 */
interface QuietCall {
  readonly interactive: false;
  readonly force?: boolean;
  readonly includeExempt?: boolean;
}

/**
 * "Export to Word…", "Export to HTML…" and "Export to PDF…": asks the server to export the document (the text the
 * editor shows; nothing is saved), with progress, then offers what fits the
 * answer: "Export anyway" for errors, a modal choice for an exempt report,
 * "Replace" for a file already there, "Open" and "Reveal in folder" when written.
 */
export async function exportDocument(
  to: ExportFormat,
  client: LanguageClient | undefined,
  target: unknown,
  activeDocument: vscode.TextDocument | undefined,
): Promise<ExportResult | undefined> {
  const uri = target instanceof vscode.Uri ? target : activeDocument?.uri;
  if (!uri || !client) {
    if (!isQuiet(target))
      void vscode.window.showInformationMessage(
        `Open a committee report first, then export it to ${FORMAT_NAMES[to]}.`,
      );
    return undefined;
  }
  const request = (options: Partial<ExportArguments>) =>
    send(client, { uri: uri.toString(), to, ...options }, vscode.workspace.asRelativePath(uri));
  if (isQuiet(target))
    return request({
      ...(target.force === undefined ? {} : { force: target.force }),
      ...(target.includeExempt === undefined ? {} : { includeExempt: target.includeExempt }),
    });
  let options: Partial<ExportArguments> = {};
  for (;;) {
    const result = await request(options);
    const choice = await show(result);
    if (choice === undefined) return result;
    options = { ...options, ...choice };
  }
}

function isQuiet(target: unknown): target is QuietCall {
  return typeof target === 'object' && target !== null && (target as { interactive?: unknown }).interactive === false;
}

function send(client: LanguageClient, args: ExportArguments, name: string): Thenable<ExportResult> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Exporting ${name} to ${FORMAT_NAMES[args.to]}…` },
    () =>
      client.sendRequest(ExecuteCommandRequest.type, {
        command: EXPORT_COMMAND,
        arguments: [args],
      }) as Promise<ExportResult>,
  );
}

/** Tells the officer what happened; the options to export again with, when they chose to. */
async function show(result: ExportResult): Promise<Partial<ExportArguments> | undefined> {
  const unsaved = result.unsavedChanges
    ? ' The report has changes not yet saved: save it too, so the Markdown matches what was exported.'
    : '';
  const warnings = result.warnings?.length ? ` ${result.warnings.join(' ')}` : '';
  if (result.written !== undefined) {
    const file = vscode.Uri.parse(result.written);
    const show = warnings === '' ? vscode.window.showInformationMessage : vscode.window.showWarningMessage;
    const choice = await show(
      `Exported to ${vscode.workspace.asRelativePath(file)}.${unsaved}${warnings}`,
      'Open',
      'Reveal in folder',
    );
    if (choice === 'Open') await vscode.env.openExternal(file);
    if (choice === 'Reveal in folder') await vscode.commands.executeCommand('revealFileInOS', file);
    return undefined;
  }
  const refused = result.refused;
  if (!refused) return undefined;
  switch (refused.reason) {
    case 'errors': {
      const first = refused.errors?.[0];
      const where = first ? ` The first, on line ${first.line + 1}: ${first.message}` : '';
      const choice = await vscode.window.showErrorMessage(`${refused.message}${where}`, 'Export anyway');
      return choice === 'Export anyway' ? { force: true } : undefined;
    }
    case 'exempt': {
      const choice = await vscode.window.showWarningMessage(
        'Not exported: this report is exempt from publication.',
        { modal: true, detail: refused.message },
        'Export for members and officers',
      );
      return choice === 'Export for members and officers' ? { includeExempt: true } : undefined;
    }
    case 'exists': {
      const choice = await vscode.window.showWarningMessage(refused.message, 'Replace');
      return choice === 'Replace' ? { force: true } : undefined;
    }
    case 'unwritable':
    case 'setup':
      void vscode.window.showErrorMessage(refused.message);
      return undefined;
  }
}
