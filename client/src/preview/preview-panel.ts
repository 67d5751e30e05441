import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PreviewRequest } from '../../../server/src/protocol';
import { previewPage } from './page';

/**
 * What the preview's script sends: a click on a reference to another
 * document, or the line at the top of the preview after the reader scrolled it.
 */
type PageMessage =
  | { readonly type: 'follow'; readonly line: number; readonly character: number }
  | { readonly type: 'reveal'; readonly line: number };

const VIEW_TYPE = 'committeeReports.preview';
/** Ask again at most this often while typing; the server renders a long report in a few milliseconds. */
const UPDATE_DELAY_MS = 120;

/**
 * One preview per document, beside or in place of the editor. The checker
 * renders it (`committeeReports/preview`), from the text and config it
 * checks with; the preview asks again as the document changes, keeping its
 * scroll position, and when the document's problems change (as they do when
 * its config changes). Links to other documents follow the checker's
 * "go to definition".
 */
export class PreviewPanels implements vscode.Disposable {
  private readonly panels = new Map<string, PreviewPanel>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly client: () => LanguageClient | undefined,
  ) {
    this.subscriptions = [
      vscode.workspace.onDidChangeTextDocument(({ document }) =>
        this.panels.get(document.uri.toString())?.scheduleUpdate(document),
      ),
      vscode.languages.onDidChangeDiagnostics(({ uris }) => {
        for (const uri of uris) this.panels.get(uri.toString())?.scheduleUpdate();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor }) =>
        this.panels.get(textEditor.document.uri.toString())?.editorScrolled(textEditor),
      ),
      vscode.window.onDidChangeTextEditorSelection(({ textEditor, selections }) =>
        this.panels.get(textEditor.document.uri.toString())?.editorSelected(selections[0]?.active.line),
      ),
    ];
  }

  /** Opens (or reveals) the preview of a document; resolves with the HTML it shows, for tests and callers. */
  async show(document: vscode.TextDocument, column: vscode.ViewColumn): Promise<string> {
    const key = document.uri.toString();
    let panel = this.panels.get(key);
    if (!panel) {
      panel = new PreviewPanel(document, column, this.extensionUri, this.client, () => this.panels.delete(key));
      this.panels.set(key, panel);
    } else {
      panel.reveal(column);
    }
    return panel.rendered;
  }

  dispose(): void {
    for (const panel of [...this.panels.values()]) panel.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

class PreviewPanel {
  private readonly panel: vscode.WebviewPanel;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The document version shown, so an answer to an older request never replaces a newer one. */
  private shownVersion = -1;
  /** The HTML shown now, once rendered. */
  rendered: Promise<string>;
  /** The line the preview last scrolled the editor to, so the editor's scroll that follows is not sent back. */
  private revealedLine: number | undefined;

  constructor(
    private document: vscode.TextDocument,
    column: vscode.ViewColumn,
    extensionUri: vscode.Uri,
    private readonly client: () => LanguageClient | undefined,
    onDispose: () => void,
  ) {
    const media = vscode.Uri.joinPath(extensionUri, 'client', 'media');
    this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, titleFor(document), column, {
      enableScripts: true,
      localResourceRoots: [media],
      retainContextWhenHidden: false,
    });
    const initialLine = this.editor()?.visibleRanges[0]?.start.line ?? 0;
    this.rendered = this.render().then((html = '') => {
      this.panel.webview.html = previewPage(this.panel.webview, media, html, initialLine);
      return html;
    });
    this.panel.webview.onDidReceiveMessage((message: PageMessage) => {
      if (message?.type === 'follow') void this.follow(message);
      if (message?.type === 'reveal') this.revealInEditor(message.line);
    });
    this.panel.onDidDispose(() => {
      if (this.timer) clearTimeout(this.timer);
      onDispose();
    });
  }

  reveal(column: vscode.ViewColumn): void {
    this.panel.reveal(column);
  }

  /**
   * Asks again shortly: after an edit (whose change the client has sent by
   * then, and LSP delivers in order), or when the document's problems change.
   */
  scheduleUpdate(document: vscode.TextDocument = this.document): void {
    this.document = document;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const previous = this.rendered;
      this.rendered = this.render().then((html) => {
        // An answer older than what is shown: keep showing that.
        if (html === undefined) return previous;
        void this.panel.webview.postMessage({ type: 'update', html });
        return html;
      });
    }, UPDATE_DELAY_MS);
  }

  /**
   * The checker's HTML for the document, or the reason there is none as the
   * page's text; undefined for an answer about an older version than is shown.
   */
  private async render(): Promise<string | undefined> {
    const client = this.client();
    if (!client)
      return notice(
        'The checker has not started yet, so there is nothing to show. Run "Committee Reports: Restart Server" if it does not start.',
      );
    try {
      const result = await client.sendRequest(PreviewRequest, { textDocument: { uri: this.document.uri.toString() } });
      if (!result)
        return notice(
          'The checker does not have this document, so it cannot show it. Save it as a .report.md or .minutes.md file.',
        );
      if (result.version !== null && result.version < this.shownVersion) return undefined;
      if (result.version !== null) this.shownVersion = result.version;
      return result.html;
    } catch (error) {
      return notice(
        `The checker could not render this document: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  /** The editor scrolled: the preview follows, unless the preview scrolled it. */
  editorScrolled(editor: vscode.TextEditor): void {
    const line = editor.visibleRanges[0]?.start.line;
    if (line === undefined) return;
    const revealed = this.revealedLine;
    this.revealedLine = undefined;
    if (revealed !== undefined && Math.abs(line - revealed) <= 1) return;
    void this.panel.webview.postMessage({ type: 'scroll', line });
  }

  /** The cursor moved: the preview marks its block and brings it into view. */
  editorSelected(line: number | undefined): void {
    if (line !== undefined) void this.panel.webview.postMessage({ type: 'select', line });
  }

  /** The reader scrolled the preview: the editor shows the same place at its top. */
  private revealInEditor(line: number): void {
    const editor = this.editor();
    if (!editor || !Number.isInteger(line) || line < 0) return;
    this.revealedLine = line;
    const at = new vscode.Range(line, 0, line, 0);
    editor.revealRange(at, vscode.TextEditorRevealType.AtTop);
  }

  /** The editor showing this document, if one is visible. */
  private editor(): vscode.TextEditor | undefined {
    const key = this.document.uri.toString();
    return vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === key);
  }

  /** A reference to another document: open it where the language server says the ID is defined. */
  private async follow(message: { readonly line: number; readonly character: number }): Promise<void> {
    const position = new vscode.Position(message.line, message.character);
    const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      this.document.uri,
      position,
    );
    const target = found?.[0];
    if (!target) {
      void vscode.window.showInformationMessage('That reference does not lead to a definition in this workspace.');
      return;
    }
    const uri = 'targetUri' in target ? target.targetUri : target.uri;
    const range = 'targetRange' in target ? (target.targetSelectionRange ?? target.targetRange) : target.range;
    await vscode.window.showTextDocument(uri, { selection: range, viewColumn: vscode.ViewColumn.One });
  }

  dispose(): void {
    this.panel.dispose();
  }
}

function titleFor(document: vscode.TextDocument): string {
  const name = document.uri.path.split('/').pop() ?? 'document';
  return `Preview ${name}`;
}

/** A sentence in place of the document, as HTML. */
function notice(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<p class="cr-notice">${escaped}</p>`;
}
