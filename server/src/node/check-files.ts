import { Workspace, defaultConfig, loadConfig, type Diagnostic } from '../core';
import { describeReadError, isMissing, readText } from './read-text';

/** One file to check: where to read it, its URI, and whether its diagnostics are wanted. */
export interface FileToCheck {
  readonly path: string;
  readonly uri: string;
  readonly report: boolean;
}

export interface ReadFailure {
  readonly path: string;
  readonly reason: string;
}

export interface CheckFilesResult {
  readonly diagnostics: ReadonlyMap<string, readonly Diagnostic[]>;
  readonly failures: readonly ReadFailure[];
  /** Files deleted between being found and being read: there is nothing to check or list. */
  readonly vanished: readonly string[];
}

/**
 * Reads every file into one workspace, so references between them resolve,
 * then checks the ones to report. Files are read by the reader the language
 * server uses, and what may be checked (size, binary content) is decided by
 * the core on the text, so both show the same for the same file. One thread:
 * on the two-core machines we measured, a second thread cost more in start-up
 * and cold compilation than it saved (bench/README.md).
 */
export function checkFiles(files: readonly FileToCheck[], configText: string | undefined, configUri: string): CheckFilesResult {
  const workspace = new Workspace(configText === undefined ? defaultConfig() : loadConfig(configText, configUri).config);
  const failures: ReadFailure[] = [];
  const vanished: string[] = [];
  for (const file of files) {
    try {
      workspace.setDocument(file.uri, readText(file.path));
    } catch (error) {
      if (isMissing(error)) vanished.push(file.path);
      else failures.push({ path: file.path, reason: describeReadError(error) });
    }
  }
  const diagnostics = new Map<string, readonly Diagnostic[]>();
  for (const file of files) if (file.report && workspace.getDocument(file.uri)) diagnostics.set(file.uri, workspace.diagnostics(file.uri));
  return { diagnostics, failures, vanished };
}
