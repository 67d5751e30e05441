import { CodeLensRefreshRequest, DidChangeConfigurationNotification } from 'vscode-languageserver';
import { SETTINGS_SECTION } from '../../core';
import type { Feature } from '../context';

/**
 * The client's `committeeReports.*` settings changed: ask again when next
 * needed, re-check what `checkOn: save` held back if it is now `type`, and
 * have the client ask again for lenses, which a setting may hide.
 */
export const registerConfiguration: Feature = (connection, context) => {
  void context.whenStarted().then(() => {
    // As the lsp-sample does: a client that pulls settings may send changes only when asked to.
    if (context.client.workspace?.didChangeConfiguration?.dynamicRegistration !== true) return;
    connection.client
      .register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION })
      .catch(() => undefined);
  });
  connection.onDidChangeConfiguration(() => {
    context.settings.forget();
    void context.rechecks.settingsChanged();
    // A client that fails to refresh shows the new lenses on its next request.
    if (context.client.workspace?.codeLens?.refreshSupport === true)
      connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  });
};
