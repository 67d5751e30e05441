import { TextDocumentSyncKind } from 'vscode-languageserver';
import type { Feature } from '../context';

/**
 * Open documents: checked when opened, then as they are typed (when typing
 * pauses) or when saved, as the checkOn setting says; back to their text on
 * disk when closed.
 */
export const registerDocumentSync: Feature = (_connection, { documents, rechecks, settings }) => {
  documents.onDidOpen(({ document }) => rechecks.opened(document));
  documents.onDidChangeContent(({ document }) => void rechecks.changed(document));
  documents.onDidSave(({ document }) => void rechecks.saved(document));
  documents.onDidClose(({ document }) => {
    settings.forget(document.uri);
    rechecks.closed(document.uri);
  });
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
  };
};
