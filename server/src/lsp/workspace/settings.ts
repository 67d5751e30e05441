import type { Connection } from 'vscode-languageserver';
import { SETTINGS_SECTION, readEditorSettings, type EditorSettings } from '../../core';

/**
 * `committeeReports.*` per document, as the lsp-sample does it: asked of the
 * client with workspace/configuration, cached per URI, forgotten when the
 * client says settings changed. A client that cannot answer gets the defaults.
 */
export class SettingsCache {
  private readonly cache = new Map<string, Promise<EditorSettings>>();

  constructor(
    private readonly connection: Connection,
    /** Asked each time: whether the client can answer is known only after initialize. */
    private readonly clientAnswers: () => boolean,
  ) {}

  get(uri: string): Promise<EditorSettings> {
    if (!this.clientAnswers()) return Promise.resolve(readEditorSettings(undefined));
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
        .then(readEditorSettings, () => readEditorSettings(undefined));
      this.cache.set(uri, settings);
    }
    return settings;
  }

  forget(uri?: string): void {
    if (uri === undefined) this.cache.clear();
    else this.cache.delete(uri);
  }
}
