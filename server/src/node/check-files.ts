import { Workspace, defaultConfig, loadConfig, type Diagnostic } from '../core';
import { describeReadError, readText } from './read-text';

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
}

/**
 * Reads every file into one workspace, so references between them resolve,
 * then checks the ones to report. One thread: on the two-core machines we
 * measured, a second thread cost more in start-up and cold compilation than
 * it saved (bench/README.md).
 */
export function checkFiles(files: readonly FileToCheck[], configText: string | undefined, configUri: string): CheckFilesResult {
  const workspace = new Workspace(configText === undefined ? defaultConfig() : loadConfig(configText, configUri).config);
  const failures: ReadFailure[] = [];
  for (const file of files) {
    try {
      workspace.setDocument(file.uri, readText(file.path));
    } catch (error) {
      failures.push({ path: file.path, reason: describeReadError(error) });
    }
  }
  const diagnostics = new Map<string, readonly Diagnostic[]>();
  for (const file of files) if (file.report && workspace.getDocument(file.uri)) diagnostics.set(file.uri, workspace.diagnostics(file.uri));
  return { diagnostics, failures };
}
