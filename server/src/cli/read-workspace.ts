import { Workspace } from '../core';
import { describeReadError, isMissing, readFileText, type FileText } from '../node/read-text';
import { fileUri } from './paths';
import { cannotRead } from './read';
import type { FoundWorkspace } from './workspace-request';

/** A document read into the workspace: its URI and its path as the output shows it. */
export interface ReadDocument {
  readonly uri: string;
  readonly path: string;
}

/** The workspace as `check` and `trace` both see it: every document found, read once under the config. */
export interface ReadWorkspace {
  readonly found: FoundWorkspace;
  readonly workspace: Workspace;
  /** The documents named, or found under the folders named, that were read, in the order found. */
  readonly listed: readonly ReadDocument[];
  /** A document's URI as the output shows its path. */
  readonly pathOf: (uri: string) => string;
}

/**
 * Reads every document found into one workspace, so references between them
 * resolve. Files are read by the reader the language server uses, and what
 * may be checked (size, binary content) is decided by the core on the text,
 * so both show the same for the same file. A file deleted between being found
 * and being read is left out, as there is nothing to check or list; one that
 * cannot be read for another reason stops the command (`cannot read …`).
 *
 * One thread: on the two-core machines we measured, a second thread cost more
 * in start-up and cold compilation than it saved (bench/README.md).
 */
export function readWorkspace(found: FoundWorkspace): ReadWorkspace {
  const workspace = new Workspace(found.loaded.config);
  const files = readFiles(found);
  for (const file of files) workspace.setDocument(file.uri, file.read.text, file.read);
  return workspaceRead(found, workspace, files);
}

/** A document file as read from disk (by default, its text), before it is parsed. */
export interface FileRead<Read = FileText> {
  readonly uri: string;
  /** As the output shows it. */
  readonly path: string;
  readonly read: Read;
}

/** Every document file of the workspace, read by `reader` (a file deleted since it was found is left out). */
export function readFiles(found: FoundWorkspace): FileRead[];
export function readFiles<Read>(found: FoundWorkspace, reader: (absolutePath: string) => Read): FileRead<Read>[];
export function readFiles(
  found: FoundWorkspace,
  reader: (absolutePath: string) => unknown = readFileText,
): FileRead<unknown>[] {
  return found.workspaceFiles.flatMap((file) => {
    let read: unknown;
    try {
      read = reader(file);
    } catch (error) {
      if (isMissing(error)) return [];
      throw cannotRead(found.shownAs(file), describeReadError(error));
    }
    return [{ uri: fileUri(file), path: found.shownAs(file), read }];
  });
}

/** The workspace read, with the listed documents among the files read. */
export function workspaceRead(
  found: FoundWorkspace,
  workspace: Workspace,
  files: readonly FileRead<unknown>[],
): ReadWorkspace {
  const paths = new Map(files.map((file) => [file.uri, file.path]));
  const listed = found.listedFiles.map(fileUri).flatMap((uri) => {
    const path = paths.get(uri);
    return path === undefined ? [] : [{ uri, path }];
  });
  return { found, workspace, listed, pathOf: (uri) => paths.get(uri) ?? uri };
}
