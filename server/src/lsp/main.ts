import { Console } from 'node:console';
import { ProposedFeatures, createConnection, type MessageReader } from 'vscode-languageserver/node';
import { GatedReader } from './transport/gated-reader';
import { MessageGate } from './transport/message-gate';
import { startServer } from './server';
import { isFramingError, transportFrom } from './transport/transport';

const USAGE = `Usage: committee-reports-language-server --stdio
       committee-reports-language-server --node-ipc | --socket=PORT | --pipe=NAME

The language server for committee reports. An editor starts it and talks to it
over standard input and output (--stdio); docs/editors.md in the repository
sets it up in Neovim, Helix and Emacs.
`;

/** `committee-reports-language-server --stdio` (or `--node-ipc`, `--socket=N`, `--pipe=NAME`). */
export function main(args: readonly string[] = process.argv.slice(2)): void {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    return;
  }
  const transport = transportFrom(args);
  if (!transport) {
    process.stderr.write(
      `committee-reports-language-server: say how the editor talks to it, usually --stdio\n\n${USAGE}`,
    );
    process.exitCode = 2;
    return;
  }
  // Over stdio, anything a library logs to standard output would corrupt the protocol.
  if (transport.stdio) Object.assign(console, new Console({ stdout: process.stderr, stderr: process.stderr }));
  const gate = new MessageGate();
  const reader = new GatedReader(transport.reader, gate, (response) => void transport.writer.write(response));
  endWithTheStream(transport.reader, gate);
  startServer(createConnection(ProposedFeatures.all, reader, transport.writer));
}

/**
 * The server ends when its input ends (the editor has gone), with code 0
 * only if it was asked to shut down first, as the protocol says of `exit`;
 * and when its input can no longer be read as messages.
 */
function endWithTheStream(reader: MessageReader, gate: MessageGate): void {
  reader.onClose(() => process.exit(gate.shutdownRequested ? 0 : 1));
  reader.onError((error) => {
    if (!isFramingError(error)) return;
    process.stderr.write(
      `committee-reports-language-server: stopping, because the input is not LSP messages any more (${error.message.split('\n')[0]})\n`,
    );
    process.exit(1);
  });
}
