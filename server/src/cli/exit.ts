import type { CheckedFile } from './model';

/** The process exit codes the README promises under "Command line". */
export const ExitCode = {
  /** Nothing at error severity was found. */
  Clean: 0,
  /** At least one error, in a document or in the config file. */
  ErrorsFound: 1,
  /** A usage error, an unreadable file or an internal failure. */
  Failure: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export function exitCodeFor(files: readonly CheckedFile[]): ExitCode {
  const anyError = files.some((file) => file.diagnostics.some((d) => d.severity === 'error'));
  return anyError ? ExitCode.ErrorsFound : ExitCode.Clean;
}
