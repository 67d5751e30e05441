import * as path from 'node:path';
import type { InitializeParams } from 'vscode-languageserver';
import type { InitializationOptions } from '../../protocol';
import type { IndexRequest } from '../../node/index-location';
import type { Feature } from '../context';
import { folderPath } from '../workspace/files';
import { PersistedIndex } from '../workspace/persisted-index';
import { WorkspaceSession } from '../workspace/session';

/**
 * initialize answers with every feature's capabilities; initialized reads the
 * config and indexes the workspace folders, open documents included, with
 * the index kept from the last session where the client allows it. Shutdown
 * writes that index if it is out of date.
 */
export const registerLifecycle: Feature = (connection, context) => {
  connection.onInitialize((params: InitializeParams) => {
    context.client = params.capabilities;
    context.folders = workspaceFolders(params);
    context.checkDelay = checkDelay(params.initializationOptions) ?? context.checkDelay;
    context.indexRequest = indexRequest(params.initializationOptions);
    return { capabilities: context.capabilities };
  });
  connection.onInitialized(() => {
    const store = PersistedIndex.forWorkspace(context.indexRequest, context.folders, (line) =>
      connection.console.warn(line),
    );
    const session = new WorkspaceSession(connection, context.folders, context.documents, store);
    context.start(session);
    session
      .index()
      .catch((error: unknown) =>
        connection.console.error(
          `Indexing the workspace failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        ),
      );
  });
  connection.onShutdown(() => context.session?.flushIndex());
  connection.onExit(() => context.session?.flushIndex());
};

/** The folders on disk: the workspace folders, else the root (an older client), else none. */
function workspaceFolders(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.map(folderPath).filter((folder): folder is string => folder !== undefined);
}

/** `initializationOptions.indexFolder` and `persistIndex` (server/src/protocol), each when it is of the right type. */
function indexRequest(options: unknown): IndexRequest {
  const given = typeof options === 'object' && options !== null ? (options as InitializationOptions) : {};
  const { indexFolder, persistIndex } = given as { indexFolder?: unknown; persistIndex?: unknown };
  return {
    indexFolder: typeof indexFolder === 'string' && path.isAbsolute(indexFolder) ? indexFolder : undefined,
    persistIndex: typeof persistIndex === 'boolean' ? persistIndex : undefined,
  };
}

/** `initializationOptions.checkDelay` (server/src/protocol), when it is a usable number of milliseconds. */
function checkDelay(options: unknown): number | undefined {
  const value: unknown =
    typeof options === 'object' && options !== null ? (options as InitializationOptions).checkDelay : undefined;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.min(value, 2 ** 31 - 1) : undefined;
}
