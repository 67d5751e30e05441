/** What the suite inside VS Code hands back to the launcher, through a file. */
export interface SuiteResults {
  readonly passes: number;
  readonly failures: number;
  readonly pending: number;
  readonly tests: readonly {
    readonly title: string;
    readonly state: 'passed' | 'failed' | 'pending';
    readonly error?: string;
    readonly durationMs?: number;
  }[];
}

/** The environment variables the launcher sets on code-server; the extension host inherits them. */
export const RESULTS_FILE_VARIABLE = 'COMMITTEE_REPORTS_VSCODE_RESULTS';
export const GREP_VARIABLE = 'COMMITTEE_REPORTS_VSCODE_GREP';
export const SAMPLES_VARIABLE = 'COMMITTEE_REPORTS_VSCODE_SAMPLES';
/** The launcher creates `<results file>.screenshot-taken` once it has its picture; the suite waits for it before VS Code shuts down. */
export const SCREENSHOT_TAKEN_SUFFIX = '.screenshot-taken';
export const SCREENSHOT_VARIABLE = 'COMMITTEE_REPORTS_VSCODE_SCREENSHOT';
/** Set when the extension under test is the installed .vsix: the folder it must have been loaded from. */
export const EXTENSION_ROOT_VARIABLE = 'COMMITTEE_REPORTS_VSCODE_EXTENSION_ROOT';
