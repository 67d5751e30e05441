import { Workspace } from '../core';
import { describeReadError, isMissing, readFileText, type FileText } from '../node/read-text';
import { listedDocuments, type ReadDocument } from './check-outcome';
import { fileUri } from './paths';
import { cannotRead } from './read';
import { ReleaseBatches } from './release-batches';
import type { FoundWorkspace } from './workspace-request';

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
 *
 * With `release` (for `check`, which asks each document for its diagnostics
 * once), each document's own checks run soon after it is read, and its text
 * and parse are let go (`ReleaseBatches`): the workspace then never holds
 * every document's text at once, and the checks that read other documents
 * run when their diagnostics are asked for.
 */
export function readWorkspace(found: FoundWorkspace, { release = false } = {}): ReadWorkspace {
  const workspace = new Workspace(found.loaded.config);
  const listedUris = new Set(found.listedFiles.map(fileUri));
  const batches = release ? new ReleaseBatches(workspace, (uri) => listedUris.has(uri)) : undefined;
  /** Each file read, by URI: its path as the output shows it. */
  const paths = new Map<string, string>();
  for (const file of found.workspaceFiles) {
    let read: FileText;
    try {
      read = readFileText(file);
    } catch (error) {
      if (isMissing(error)) continue;
      throw cannotRead(found.shownAs(file), describeReadError(error));
    }
    const uri = fileUri(file);
    workspace.setDocument(uri, read.text, read);
    paths.set(uri, found.shownAs(file));
    batches?.add(uri);
  }
  batches?.releaseAll();
  return { found, workspace, listed: listedDocuments(found, paths), pathOf: (uri) => paths.get(uri) ?? uri };
}
