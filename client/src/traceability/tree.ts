import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TraceabilityRequest, type TraceRelation, type TraceStatus } from '../../../server/src/protocol';
import { nodeAt, parentOf, traceTree, type TraceNode } from './nodes';

export const VIEW_ID = 'committeeReports.traceability';
/** Context key the view's title menu reads to offer "show all" or "show only what needs attention". */
const FILTER_CONTEXT = 'committeeReports.traceability.filtered';
/** Refresh at most this often while the checker re-publishes (it does after every edit and file change). */
const REFRESH_DELAY_MS = 300;

/**
 * A status at a glance, in the theme's colours. Nothing reuses the error
 * glyph: an overdue response is the council's to chase, not a fault in the
 * file, which the Problems view reports.
 */
const ICONS: Record<TraceStatus, vscode.ThemeIcon> = {
  addressed: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  responded: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  'responded-late': new vscode.ThemeIcon('history', new vscode.ThemeColor('list.warningForeground')),
  'awaiting-response': new vscode.ThemeIcon('clock', new vscode.ThemeColor('descriptionForeground')),
  'not-addressed': new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('list.warningForeground')),
  overdue: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
};
/** What an item citing another did to it, when it has no status of its own. */
const RELATION_ICONS: Record<TraceRelation, vscode.ThemeIcon> = {
  referred: new vscode.ThemeIcon('arrow-right', new vscode.ThemeColor('descriptionForeground')),
  responded: new vscode.ThemeIcon('comment-discussion', new vscode.ThemeColor('testing.iconPassed')),
  'acted-on': new vscode.ThemeIcon('check', new vscode.ThemeColor('testing.iconPassed')),
};

/**
 * "Findings and Resolutions": every finding with what acted on it, from the
 * language server's traceability request. Refreshes when the checker
 * re-publishes problems (that is, when any checked document changes).
 */
export class TraceabilityTree implements vscode.TreeDataProvider<TraceNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TraceNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<TraceNode>;
  private readonly subscriptions: vscode.Disposable[] = [];
  private roots: Promise<TraceNode[]> | undefined;
  private needsAttentionOnly = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions.push(
      this.view,
      this.changed,
      vscode.languages.onDidChangeDiagnostics(() => this.scheduleRefresh()),
    );
    void vscode.commands.executeCommand('setContext', FILTER_CONTEXT, false);
  }

  /** The top of the tree: one node per document with findings or recommendations. */
  getChildren(node?: TraceNode): Promise<TraceNode[]> | TraceNode[] {
    if (node) return [...node.children];
    this.roots ??= this.load();
    return this.roots;
  }

  async getParent(node: TraceNode): Promise<TraceNode | undefined> {
    return parentOf(await this.getChildren(), node);
  }

  getTreeItem(node: TraceNode): vscode.TreeItem {
    const item = new vscode.TreeItem(
      node.label,
      node.children.length === 0
        ? vscode.TreeItemCollapsibleState.None
        : node.expanded
          ? vscode.TreeItemCollapsibleState.Expanded
          : vscode.TreeItemCollapsibleState.Collapsed,
    );
    item.id = node.key;
    item.description = node.description;
    item.tooltip = node.kind === 'item' ? new vscode.MarkdownString(node.tooltip) : node.tooltip;
    if (node.status) item.iconPath = ICONS[node.status];
    else if (node.relation) item.iconPath = RELATION_ICONS[node.relation];
    if (node.kind === 'document') {
      item.iconPath = vscode.ThemeIcon.File;
      item.resourceUri = vscode.Uri.parse(node.uri);
    }
    const position = new vscode.Position(node.line, node.character);
    item.command = {
      title: 'Open',
      command: 'vscode.open',
      arguments: [vscode.Uri.parse(node.uri), { selection: new vscode.Range(position, position) }],
    };
    return item;
  }

  setNeedsAttentionOnly(value: boolean): void {
    this.needsAttentionOnly = value;
    void vscode.commands.executeCommand('setContext', FILTER_CONTEXT, value);
    this.refresh();
  }

  refresh(): void {
    this.roots = undefined;
    this.changed.fire(undefined);
  }

  /** Shows the finding defined at a line (a code lens's), expanding the tree to it. */
  async reveal(uri: string, line: number): Promise<boolean> {
    const roots = await this.getChildren();
    const node = nodeAt(roots, uri, line);
    if (!node) return false;
    await this.view.reveal(node, { select: true, focus: true, expand: true });
    return true;
  }

  private scheduleRefresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.refresh();
    }, REFRESH_DELAY_MS);
  }

  private async load(): Promise<TraceNode[]> {
    const client = this.client();
    if (!client?.isRunning()) return [];
    try {
      const model = await client.sendRequest(TraceabilityRequest, {});
      const roots = traceTree(model, this.needsAttentionOnly);
      // An empty tree unfiltered shows the view's welcome text instead (package.json).
      this.view.message =
        roots.length === 0 && this.needsAttentionOnly ? 'Every finding and recommendation has been acted on.' : '';
      return roots;
    } catch (error) {
      this.view.message = `Could not get the findings from the checker: ${error instanceof Error ? error.message : String(error)}`;
      return [];
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
