import type { Connection, WorkDoneProgressServerReporter } from 'vscode-languageserver';

/**
 * `$/progress` for indexing the workspace, in a client that shows it
 * (`window.workDoneProgress`): "Indexing N of M", then "Checking N of M".
 * The work does not wait for the client to accept the progress token: it
 * starts at once, and the progress appears when the client answers (LSP lets
 * a server use a token only after that).
 */
export class IndexingProgress {
  private reporter: WorkDoneProgressServerReporter | undefined;
  private message: string;
  private percentage = 0;
  private finished = false;

  constructor(connection: Connection, total: number) {
    this.message = `Indexing 0 of ${total}`;
    connection.window.createWorkDoneProgress().then(
      (reporter) => {
        reporter.begin('Committee Reports', this.percentage, this.message);
        if (this.finished) reporter.done();
        else this.reporter = reporter;
      },
      // A client that refuses the token sees no progress; the work goes on.
      () => undefined,
    );
  }

  report(percentage: number, message: string): void {
    this.percentage = Math.round(percentage);
    this.message = message;
    this.reporter?.report(this.percentage, message);
  }

  done(): void {
    this.finished = true;
    this.reporter?.done();
    this.reporter = undefined;
  }
}
