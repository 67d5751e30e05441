import * as vscode from 'vscode';
import { renderPreview } from './render';
import { previewPage } from './page';
import { WorkspaceConfigs } from './workspace-config';

/** What the preview's script sends: a click on a reference to another document. */
interface FollowMessage {
  readonly type: 'follow';
  readonly line: number;
  readonly character: number;
}

const VIEW_TYPE = 'committeeReports.preview';
/** Re-render at most this often while typing; a render of a long report takes a few milliseconds. */
const UPDATE_DELAY_MS = 120;

/**
 * One preview per document, beside or in place of the editor. It re-renders
 * as the document changes, keeping its scroll position, and follows links to
 * other documents through the language server's "go to definition".
 */
export class PreviewPanels implements vscode.Disposable {
  private readonly panels = new Map<string, PreviewPanel>();
  private readonly configs = new WorkspaceConfigs();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly extensionUri: vscode.Uri) {
    this.subscriptions = [
      this.configs,
      vscode.workspace.onDidChangeTextDocument(({ document }) => this.panels.get(document.uri.toString())?.scheduleUpdate(document)),
      this.configs.onDidChange(() => {
        for (const panel of this.panels.values()) panel.scheduleUpdate();
      }),
    ];
  }

  /** Opens (or reveals) the preview of a document; resolves with the HTML it shows, for tests and callers. */
  async show(document: vscode.TextDocument, column: vscode.ViewColumn): Promise<string> {
    const key = document.uri.toString();
    let panel = this.panels.get(key);
    if (!panel) {
      panel = new PreviewPanel(document, column, this.extensionUri, this.configs, () => this.panels.delete(key));
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
  /** The HTML shown now, once rendered. */
  rendered: Promise<string>;

  constructor(
    private document: vscode.TextDocument,
    column: vscode.ViewColumn,
    extensionUri: vscode.Uri,
    private readonly configs: WorkspaceConfigs,
    onDispose: () => void,
  ) {
    const media = vscode.Uri.joinPath(extensionUri, 'client', 'media');
    this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, titleFor(document), column, {
      enableScripts: true,
      localResourceRoots: [media],
      retainContextWhenHidden: false,
    });
    this.rendered = this.render().then((html) => {
      this.panel.webview.html = previewPage(this.panel.webview, media, html);
      return html;
    });
    this.panel.webview.onDidReceiveMessage((message: FollowMessage) => void this.follow(message));
    this.panel.onDidDispose(() => {
      if (this.timer) clearTimeout(this.timer);
      onDispose();
    });
  }

  reveal(column: vscode.ViewColumn): void {
    this.panel.reveal(column);
  }

  /** Renders again shortly: after an edit to the document, or a change to its folder's config. */
  scheduleUpdate(document: vscode.TextDocument = this.document): void {
    this.document = document;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.rendered = this.render().then((html) => {
        void this.panel.webview.postMessage({ type: 'update', html });
        return html;
      });
    }, UPDATE_DELAY_MS);
  }

  private async render(): Promise<string> {
    const config = await this.configs.forDocument(this.document.uri);
    return renderPreview(this.document.uri.toString(), this.document.getText(), config);
  }

  /** A reference to another document: open it where the language server says the ID is defined. */
  private async follow(message: FollowMessage): Promise<void> {
    if (message?.type !== 'follow') return;
    const position = new vscode.Position(message.line, message.character);
    const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', this.document.uri, position);
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
