import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from './server';

/** `committee-reports-language-server --stdio` (or `--node-ipc`, `--socket=N`): the transport comes from the arguments. */
export function main(): void {
  startServer(createConnection(ProposedFeatures.all));
}
