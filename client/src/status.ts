import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';

/**
 * The server's state in the status bar, shown while a committee report is
 * the active editor. Clicking it opens the output, where the server logs.
 */
export class ServerStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'committeeReports.status',
    vscode.StatusBarAlignment.Right,
    100,
  );
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(languageId: string) {
    this.item.name = 'Committee Reports';
    this.item.command = 'committeeReports.showOutput';
    this.show('starting');
    const follow = (editor: vscode.TextEditor | undefined) =>
      editor?.document.languageId === languageId ? this.item.show() : this.item.hide();
    follow(vscode.window.activeTextEditor);
    this.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(follow));
  }

  watch(client: LanguageClient): void {
    this.subscriptions.push(
      client.onDidChangeState(({ newState }) =>
        this.show(newState === State.Running ? 'ready' : newState === State.Starting ? 'starting' : 'stopped'),
      ),
    );
  }

  show(state: 'starting' | 'ready' | 'stopped' | 'failed'): void {
    const looks = {
      starting: { text: '$(sync~spin) Reports', tooltip: 'Committee Reports: starting the checker…' },
      ready: {
        text: '$(check) Reports',
        tooltip: 'Committee Reports: checking reports and minutes as you type. Click for the log.',
      },
      stopped: {
        text: '$(circle-slash) Reports',
        tooltip: 'Committee Reports: the checker has stopped. Run "Committee Reports: Restart Server".',
      },
      failed: {
        text: '$(error) Reports',
        tooltip: 'Committee Reports: the checker could not start. Click for the log.',
      },
    }[state];
    this.item.text = looks.text;
    this.item.tooltip = looks.tooltip;
    this.item.backgroundColor = state === 'failed' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
  }

  dispose(): void {
    this.item.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
