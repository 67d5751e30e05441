import {
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  createServerPipeTransport,
  createServerSocketTransport,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';

/** How the server talks to its client, chosen on the command line. */
export interface Transport {
  readonly reader: MessageReader;
  readonly writer: MessageWriter;
  /** Standard output carries the protocol, so nothing else may be written there. */
  readonly stdio: boolean;
}

/**
 * The transport the arguments name, as vscode-languageserver reads them
 * (`--stdio`, `--node-ipc`, `--socket=PORT` or `--socket PORT`, `--pipe=NAME`
 * or `--pipe NAME`), or undefined when they name none. The server makes its
 * own reader, rather than letting the library make one, to watch it for a
 * stream it can no longer read (see `isFramingError`).
 */
export function transportFrom(args: readonly string[]): Transport | undefined {
  for (let index = 0; index < args.length; index++) {
    const [name, inlineValue] = splitArgument(args[index]!);
    const value = inlineValue ?? args[index + 1];
    switch (name) {
      case '--stdio':
        return {
          reader: new StreamMessageReader(process.stdin),
          writer: new StreamMessageWriter(process.stdout),
          stdio: true,
        };
      case '--node-ipc':
        return { reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process), stdio: false };
      case '--socket': {
        const port = Number(value);
        if (!Number.isInteger(port) || port <= 0) return undefined;
        const [reader, writer] = createServerSocketTransport(port);
        return { reader, writer, stdio: false };
      }
      case '--pipe': {
        if (!value) return undefined;
        const [reader, writer] = createServerPipeTransport(value);
        return { reader, writer, stdio: false };
      }
      default:
        break;
    }
  }
  return undefined;
}

function splitArgument(argument: string): [string, string | undefined] {
  const equals = argument.indexOf('=');
  return equals === -1 ? [argument, undefined] : [argument.slice(0, equals), argument.slice(equals + 1)];
}

/**
 * Whether a reader's error means the byte stream itself cannot be read: a
 * header without a usable Content-Length, or a header line without a colon.
 * vscode-jsonrpc cannot tell where the next message starts after one (it
 * waits for ever), so the server says why on standard error and exits, and
 * the editor starts it again. A message that is framed but is not JSON is a
 * different error, and the server passes over it.
 */
export function isFramingError(error: Error): boolean {
  return /^(Header must provide a Content-Length|Content-Length value must be a number|Message header must separate key and value)/.test(
    error.message,
  );
}
