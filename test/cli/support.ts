/**
 * Shared helpers for the CLI tests: temporary workspaces, running the built
 * binary as a child process, and small documents that are valid per
 * docs/format.md, to which a test adds one deliberate defect.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCommandLine, type CliRun } from '../support/command-line';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/** File path (relative, `/`-separated) → contents. */
export type WorkspaceFiles = Readonly<Record<string, string>>;

/**
 * Registers clean-up in the enclosing describe and returns a function that
 * makes a fresh temporary folder holding the given files. The folder path is
 * the real path, as the child's process.cwd() will report it.
 */
export function useTemporaryFolders(): (files: WorkspaceFiles) => string {
  const created: string[] = [];
  afterEach(() => {
    for (const folder of created.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
  });
  return (files) => {
    const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'committee-reports-cli-')));
    created.push(folder);
    writeFiles(folder, files);
    return folder;
  };
}

export function writeFiles(folder: string, files: WorkspaceFiles): void {
  for (const [relativePath, text] of Object.entries(files)) {
    const absolutePath = path.join(folder, ...relativePath.split('/'));
    fs.mkdirSync(path.dirname(absolutePath), { recursive: true });
    fs.writeFileSync(absolutePath, text, 'utf8');
  }
}

export type { CliRun } from '../support/command-line';

/** Runs bin/committee-reports.js in `cwd`, with `env` added to the environment; plain output unless a test asks for colour. */
export function runCli(cwd: string, args: readonly string[], env: Readonly<Record<string, string>> = {}): CliRun {
  return runCommandLine(cwd, args, { env });
}

/** The JSON output's shape, as the README shows it under "Command line". */
export interface JsonOutput {
  readonly version: number;
  readonly files: readonly { readonly path: string; readonly diagnostics: readonly JsonDiagnostic[] }[];
  readonly summary: {
    readonly files: number;
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
  };
}

export interface JsonDiagnostic {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: string;
  readonly code: string;
  readonly message: string;
}

/** Runs `check --format json` with the given arguments and parses stdout. */
export function checkJson(cwd: string, args: readonly string[] = []): { run: CliRun; output: JsonOutput } {
  const run = runCli(cwd, ['check', '--format', 'json', ...args]);
  let output: JsonOutput;
  try {
    output = JSON.parse(run.stdout) as JsonOutput;
  } catch {
    throw new Error(`stdout is not JSON (exit ${run.status}).\nstdout: ${run.stdout}\nstderr: ${run.stderr}`);
  }
  return { run, output };
}

/** Every diagnostic of one listed file; fails the test if the file is not listed. */
export function diagnosticsOf(output: JsonOutput, filePath: string): readonly JsonDiagnostic[] {
  const file = output.files.find((entry) => entry.path === filePath);
  if (file === undefined) {
    throw new Error(`${filePath} is not listed; listed: ${output.files.map((entry) => entry.path).join(', ')}`);
  }
  return file.diagnostics;
}

/** A one-line message on stderr, prefixed with the tool's name, and no stack trace. */
export function isOneLineMessage(stderr: string): boolean {
  return /^committee-reports: [^\n]+\n$/.test(stderr) && !/\n\s+at /.test(stderr);
}

export interface ReportOptions {
  readonly id?: string;
  /** The body of the Recommendations section. */
  readonly recommendations?: string;
  /** The body of the Background section, which defines F1 by default. */
  readonly background?: string;
}

/**
 * An officer's report that checks clean with the default config: every
 * required section in order, one finding (F1) and one recommendation citing it.
 */
export function validReport(options: ReportOptions = {}): string {
  const id = options.id ?? 'school-meals-2026';
  const recommendations =
    options.recommendations ??
    '**R1** That the Cabinet agrees to renew the school meals contract for three years [F1].';
  const background =
    options.background ?? '**F1** The current contract ends in August 2026 and cannot be extended again.';
  return `---
type: report
id: ${id}
title: School Meals Contract
committee: Cabinet
meeting: 2026-04-14
report_by: Director of Children's Services
contact:
  name: Sam Okafor
  email: sam.okafor@example.gov.uk
divisions: All
purpose: decision
key_decision: yes
exempt: false
---

# School Meals Contract

## Summary

This report asks the Cabinet to agree how the school meals contract is renewed
when the current one ends.

## Recommendations

${recommendations}

## Background

${background}

## Other Options Considered

Letting the contract lapse was rejected because schools would have no provider.

## Consultation

Head teachers and the catering provider were consulted in January 2026.

## Financial Implications

The renewal costs the same as the current contract in its first year.

## Legal Implications

The renewal follows the Council's contract procedure rules.

## Risk Management Implications

None arising from this report.

## Equality Duty

None: the renewal keeps the same service for every pupil, so no group is
affected differently.

## Crime and Disorder Implications

None: the renewal does not affect crime or disorder in the area.

## Human Rights Implications

None: the renewal engages no Convention right.

## Background Papers

None.
`;
}

/** Minutes of the meeting that decided on a report, with a resolution citing the report's R1 by document id. */
export function validMinutes(reportId = 'school-meals-2026'): string {
  return `---
type: minutes
title: Cabinet – 14 April 2026
committee: Cabinet
meeting: 2026-04-14
---

# Cabinet, 14 April 2026

## Present

Councillor Ellis (Chair), Councillors Adeyemi and Brook.

## Apologies

None.

## Declarations of Interest

None.

## 4. School Meals Contract

**R1** Resolved that the contract be renewed for three years, as recommended [${reportId}:R1].
`;
}

/** A report whose Recommendations section cites F9, which is not defined: one `ref-unresolved` error. */
export function reportWithUnresolvedReference(): string {
  return validReport({
    recommendations:
      '**R1** That the Cabinet agrees to renew the school meals contract for three years [F1].\n\n' +
      '**R2** That the menu be reviewed after the first year [F9].',
  });
}

/** The 1-based line and column at which `needle` first occurs in `text` (columns in UTF-16 units). */
export function positionOf(text: string, needle: string): { line: number; column: number } {
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const column = (lines[index] ?? '').indexOf(needle);
    if (column >= 0) return { line: index + 1, column: column + 1 };
  }
  throw new Error(`${needle} does not occur in the text`);
}
