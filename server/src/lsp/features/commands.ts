import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { EXPORT_COMMAND, IMPORT_COMMAND } from '../../protocol';
import type { Feature, ServerContext } from '../context';
import { exportCommand } from './export';
import { importCommand } from './import';

/** The server's `workspace/executeCommand` commands (server/src/protocol), each with its one argument. */
const COMMANDS: Readonly<Record<string, (context: ServerContext, argument: unknown) => Promise<unknown>>> = {
  [EXPORT_COMMAND]: exportCommand,
  [IMPORT_COMMAND]: importCommand,
};

/**
 * One handler for every command: a connection takes one `onExecuteCommand`
 * handler, so each command's feature gives its function here.
 */
export const registerCommands: Feature = (connection, context) => {
  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!run) throw new ResponseError(ErrorCodes.InvalidParams, `The server has no command '${command}'.`);
    return run(context, args?.[0]);
  });
  return { executeCommandProvider: { commands: Object.keys(COMMANDS) } };
};
