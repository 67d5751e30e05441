import * as path from 'node:path';
import type { Diagnostic } from '../core';
import { CONFIG_FILE_NAME, defaultConfig, loadConfig, type ResolvedConfig } from '../core/config';
import { UsageError } from './errors';
import { fileUri } from './paths';
import { readText, statGiven } from './read';

export interface LoadedConfig {
  readonly config: ResolvedConfig;
  /** Absent when no config file was found: the defaults apply and there is nothing to report on. */
  readonly file?: { readonly absolutePath: string; readonly text: string; readonly diagnostics: readonly Diagnostic[] };
}

/**
 * Finds and loads the workspace config: the --config file when given (it must
 * exist), else the config file in the root if there is one, else the defaults.
 * A config with problems still loads; its diagnostics are returned for output.
 */
export function loadWorkspaceConfig(
  root: string,
  configOption: string | undefined,
  shownAs: (absolutePath: string) => string,
): LoadedConfig {
  const absolutePath =
    configOption === undefined ? path.join(root, CONFIG_FILE_NAME) : path.resolve(root, configOption);
  if (!statGiven(absolutePath, shownAs(absolutePath))?.isFile()) {
    if (configOption === undefined) return { config: defaultConfig() };
    throw new UsageError(
      `the config file ${configOption} given to --config does not exist or is not a file; check the path`,
    );
  }
  const text = readText(absolutePath, shownAs(absolutePath));
  const { config, diagnostics } = loadConfig(text, fileUri(absolutePath));
  return { config, file: { absolutePath, text, diagnostics } };
}
