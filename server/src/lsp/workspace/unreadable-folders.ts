import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';

/** How many folders one message names; the rest are counted. */
const NAMED = 3;

/**
 * Tells the user, once per folder for the life of the server, that a folder
 * of the workspace could not be opened (permission denied): a diagnostic
 * cannot stand on a folder, and without this the documents in it would be
 * left out without a word. One warning message names the new ones; the log
 * has each with its reason.
 */
export class UnreadableFolderWarnings {
  private readonly told = new Set<string>();

  constructor(private readonly connection: Connection) {}

  report(folders: readonly { readonly folder: string; readonly reason: string }[]): void {
    const fresh = folders.filter(({ folder }) => !this.told.has(folder));
    if (fresh.length === 0) return;
    for (const { folder, reason } of fresh) {
      this.told.add(folder);
      this.connection.console.warn(
        `Could not open the folder ${folder} (${reason}); the documents in it, if any, are not checked.`,
      );
    }
    const named = fresh.slice(0, NAMED).map(({ folder, reason }) => `${folder} (${reason})`);
    const more = fresh.length > NAMED ? ` and ${fresh.length - NAMED} more` : '';
    // A notification, not window.showWarningMessage's request: nothing to answer, and a client without the request cannot fail it.
    void this.connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Warning,
      message:
        fresh.length === 1
          ? `Committee Reports could not open the folder ${named[0]!}, so the documents in it, if any, are not checked. Check that you may open it.`
          : `Committee Reports could not open ${fresh.length} folders, ${named.join(', ')}${more}, so the documents in them, if any, are not checked. Check that you may open them.`,
    });
  }
}
