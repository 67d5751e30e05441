import type { SettingsCache } from './settings';
import type { OpenDocument, WorkspaceSession } from './session';

/**
 * How long typing must pause before an edited document is re-checked. A
 * burst of keystrokes then costs one check and one publication, not one per
 * key (VS Code's CSS server waits 500 ms, yaml-language-server 200 ms; our
 * check of a typical report takes about 1 ms, so the pause is what the user
 * notices). A client may set another with `initializationOptions.checkDelay`.
 */
export const CHECK_DELAY_MS = 200;

/**
 * Between the editor's text and the index. Opening a document checks it at
 * once; an edit marks it stale and, with `checkOn: type`, re-checks it when
 * typing pauses; with `checkOn: save`, on save. A request first catches up
 * (`catchUp`), so it never sees text older than the editor's.
 */
export class Rechecks {
  /** Documents whose editor text is newer than the index's. */
  private readonly stale = new Set<string>();
  /** Documents edited under `checkOn: save` whose diagnostics wait for the save. */
  private readonly heldBack = new Set<string>();
  /** The version of each open document the index holds. */
  private readonly indexedVersions = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly session: () => WorkspaceSession | undefined,
    private readonly editor: { get(uri: string): OpenDocument | undefined },
    private readonly settings: SettingsCache,
    private readonly delay: () => number,
  ) {}

  /** Opened: checked now, whatever the setting, so the client has diagnostics for this version. */
  opened(document: OpenDocument): void {
    const session = this.readySession();
    if (!session?.isChecked(document)) return;
    this.indexedVersions.set(document.uri, document.version);
    session.update(document.uri, document.getText());
  }

  /** Edited: stale now; re-checked after the pause when the setting is `type`. */
  async changed(document: OpenDocument): Promise<void> {
    const session = this.readySession();
    // Opening also reports a change; the text is already in.
    if (!session?.isChecked(document) || this.indexedVersions.get(document.uri) === document.version) return;
    this.stale.add(document.uri);
    const { checkOn } = await this.settings.get(document.uri);
    // Even if a request took the text in meanwhile: its diagnostics are still to publish.
    if (checkOn === 'type' && this.editor.get(document.uri)) this.schedule(document.uri);
    else this.heldBack.add(document.uri);
  }

  async saved(document: OpenDocument): Promise<void> {
    const session = this.readySession();
    if (!session?.isChecked(document)) return;
    const { checkOn } = await this.settings.get(document.uri);
    if (checkOn === 'save') this.runNow(document.uri);
  }

  /**
   * The settings changed: an edited document that waited for its save while
   * `checkOn` was `save` is re-checked after the pause if it is now `type`,
   * as if it had just been edited.
   */
  async settingsChanged(): Promise<void> {
    for (const uri of [...this.heldBack]) {
      const { checkOn } = await this.settings.get(uri);
      if (checkOn === 'type' && this.heldBack.has(uri) && this.editor.get(uri)) this.schedule(uri);
    }
  }

  closed(uri: string): void {
    this.forget(uri);
    this.readySession()?.close(uri);
  }

  /**
   * Before a request: every stale document's text taken in. A re-check
   * waiting for typing to pause happens now, diagnostics included; a document
   * waiting for its save is indexed only.
   */
  catchUp(): void {
    for (const uri of [...this.timers.keys()]) this.runNow(uri);
    for (const uri of [...this.stale]) this.takeIn(uri);
  }

  private schedule(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => this.runNow(uri), this.delay()),
    );
  }

  private runNow(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.heldBack.delete(uri);
    this.takeIn(uri);
    this.readySession()?.publishFor(uri);
  }

  private takeIn(uri: string): void {
    const document = this.editor.get(uri);
    const session = this.readySession();
    this.stale.delete(uri);
    if (!document || !session || this.indexedVersions.get(uri) === document.version) return;
    this.indexedVersions.set(uri, document.version);
    session.setText(uri, document.getText());
  }

  private forget(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.stale.delete(uri);
    this.heldBack.delete(uri);
    this.indexedVersions.delete(uri);
  }

  /** Until every document is in the index, edits wait in the editor's documents; indexing takes them all in then. */
  private readySession(): WorkspaceSession | undefined {
    const session = this.session();
    return session?.takesEdits ? session : undefined;
  }
}
