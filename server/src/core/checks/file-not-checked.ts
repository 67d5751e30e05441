import type { CheckInfo } from './check';

/**
 * Reported by the workspace, instead of every other check, on a document it
 * does not analyse (see `notCheckedReason` in run-checks.ts); listed here so
 * it can be documented and configured.
 */
export const fileNotChecked: CheckInfo = {
  code: 'file-not-checked',
  defaultSeverity: 'error',
  description:
    'A file is not checked: it is larger than max-file-size, it is not a text file, or the language server could not read it.',
};
