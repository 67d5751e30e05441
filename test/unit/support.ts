/**
 * Shared helpers for the unit tests of the analysis core: a workspace built
 * from inline documents, valid documents of each kind to which a test makes
 * one deliberate change, and small tools to find text and apply fixes.
 *
 * Everything goes through the core's facade (test/support/core.ts), as
 * the CLI and the language server do. Positions are computed here from the
 * text itself (split on `\n`, UTF-16 columns), never with the core's own
 * line index, so a test cannot agree with a bug in it.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CONFIG_FILE_NAME,
  Workspace,
  defaultConfig,
  loadConfig,
  type Diagnostic,
  type Fix,
  type Position,
  type Range,
  type TextEdit,
} from '../support/core';

/** What the core knows about one document (the type the Workspace hands back). */
export type ParsedDocument = ReturnType<Workspace['setDocument']>;

/** File name (relative, `/`-separated) → text. */
export type Files = Readonly<Record<string, string>>;

export const WORKSPACE_ROOT = 'file:///workspace/';

export function uriOf(name: string): string {
  return WORKSPACE_ROOT + name.split('/').map(encodeURIComponent).join('/');
}

/** A Workspace holding the given documents, under the given config text (defaults when absent). */
export function makeWorkspace(
  files: Files,
  configText?: string,
): { workspace: Workspace; configDiagnostics: Diagnostic[] } {
  const loaded =
    configText === undefined
      ? { config: defaultConfig(), diagnostics: [] }
      : loadConfig(configText, uriOf(CONFIG_FILE_NAME));
  const workspace = new Workspace(loaded.config);
  for (const [name, text] of Object.entries(files)) workspace.setDocument(uriOf(name), text);
  return { workspace, configDiagnostics: loaded.diagnostics };
}

/**
 * Checks every document and returns the diagnostics per file name. When a
 * config text is given, its own diagnostics are listed under the config file's name.
 */
export function checkDocuments(files: Files, configText?: string): Record<string, Diagnostic[]> {
  const { workspace, configDiagnostics } = makeWorkspace(files, configText);
  const result: Record<string, Diagnostic[]> = {};
  for (const name of Object.keys(files)) result[name] = workspace.diagnostics(uriOf(name));
  if (configText !== undefined) result[CONFIG_FILE_NAME] = configDiagnostics;
  return result;
}

export interface CheckOptions {
  /** File name; `a.report.md` by default. */
  readonly name?: string;
  readonly config?: string;
  /** Other documents in the same workspace. */
  readonly others?: Files;
}

/** The diagnostics of one document. */
export function check(text: string, options: CheckOptions = {}): Diagnostic[] {
  const name = options.name ?? 'a.report.md';
  return checkDocuments({ ...options.others, [name]: text }, options.config)[name]!;
}

/** The diagnostics of one document with the given code. */
export function checkFor(code: string, text: string, options: CheckOptions = {}): Diagnostic[] {
  return withCode(check(text, options), code);
}

export function withCode(diagnostics: readonly Diagnostic[], code: string): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.code === code);
}

/** What the core parsed from one document. */
export function parse(text: string, options: CheckOptions = {}): ParsedDocument {
  const name = options.name ?? 'a.report.md';
  const { workspace } = makeWorkspace({ ...options.others }, options.config);
  return workspace.setDocument(uriOf(name), text);
}

/** `line:character-line:character`, zero-based as LSP, for compact exact assertions. */
export function span(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** `code span` for each diagnostic, in the order given. */
export function brief(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => `${diagnostic.code} ${span(diagnostic.range)}`);
}

/** Asserts there is exactly one diagnostic and returns it. */
export function single(diagnostics: readonly Diagnostic[]): Diagnostic {
  assert.equal(
    diagnostics.length,
    1,
    `expected one diagnostic, got ${diagnostics.length}: ${JSON.stringify(
      diagnostics.map((d) => `${d.code} ${span(d.range)} ${d.message}`),
      null,
      1,
    )}`,
  );
  return diagnostics[0]!;
}

// ---------------------------------------------------------------------------
// Positions, computed independently of the core

/** Zero-based position of a UTF-16 offset in `text`, lines ending at `\n` (a `\r` before it ends the line too). */
export function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

export function offsetOf(text: string, position: Position): number {
  const lines = text.split('\n');
  let offset = 0;
  for (let line = 0; line < position.line; line++) offset += lines[line]!.length + 1;
  return offset + position.character;
}

/** The range of the `occurrence`-th (1-based) appearance of `needle` in `text`. */
export function find(text: string, needle: string, occurrence = 1): Range {
  let at = -1;
  for (let seen = 0; seen < occurrence; seen++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`'${needle}' occurs fewer than ${occurrence} times in the text`);
  }
  return { start: positionOf(text, at), end: positionOf(text, at + needle.length) };
}

/** `span` of the `occurrence`-th appearance of `needle`. */
export function spanOf(text: string, needle: string, occurrence = 1): string {
  return span(find(text, needle, occurrence));
}

/** Zero-based line of the first line that is exactly `line`. */
export function lineNumberOf(text: string, line: string): number {
  const index = text.split('\n').findIndex((candidate) => candidate.replace(/\r$/, '') === line);
  if (index === -1) throw new Error(`no line '${line}' in the text`);
  return index;
}

/** The whole of a line, without its line ending. */
export function lineSpan(text: string, line: number): string {
  const content = text.split('\n')[line]!.replace(/\r$/, '');
  return `${line}:0-${line}:${content.length}`;
}

// ---------------------------------------------------------------------------
// Fixes

/** Applies text edits (in one document) as an editor would: all against the original text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits]
    .map((edit) => ({
      start: offsetOf(text, edit.range.start),
      end: offsetOf(text, edit.range.end),
      newText: edit.newText,
    }))
    .sort((a, b) => b.start - a.start);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}

export function applyFix(text: string, fix: Fix): string {
  return applyEdits(text, fix.edits);
}

/** The diagnostic's only fix. */
export function onlyFix(diagnostic: Diagnostic): Fix {
  assert.ok(diagnostic.fixes, `${diagnostic.code} has no fixes`);
  assert.equal(diagnostic.fixes.length, 1);
  return diagnostic.fixes[0]!;
}

// ---------------------------------------------------------------------------
// Valid documents

/**
 * Changes to a valid document. `frontMatter` values are the YAML after
 * `key:` (start with a newline for a nested block); `null` removes a key or
 * section. Sections not already in the document are added at the end, in
 * the order given. `body` replaces everything after the front matter.
 */
export interface DocumentChanges {
  readonly frontMatter?: Readonly<Record<string, string | null>>;
  readonly title?: string | null;
  readonly sections?: Readonly<Record<string, string | null>>;
  /** Text after the last section. */
  readonly append?: string;
  readonly body?: string;
}

const CONTACT = '\n  name: Sam Patel\n  email: sam.patel@example.gov.uk';

const REPORT_FRONT_MATTER: Record<string, string> = {
  title: 'Library Opening Hours',
  committee: 'Cabinet',
  meeting: '2026-03-12',
  report_by: 'Director of Communities',
  contact: CONTACT,
};

/** An officer's report that checks clean with the default templates. */
export const REPORT_SECTIONS: Readonly<Record<string, string>> = {
  Summary: "This report proposes new opening hours for the county's libraries.",
  Recommendations: 'That the Cabinet approves the new opening hours from 1 May 2026.',
  Background: 'Visits fell by a fifth between 2019 and 2025, most of all on weekday mornings.',
  Consultation: 'Library users were surveyed in January 2026; 1,204 replied.',
  'Financial Implications': 'The change saves £40,000 a year from the libraries budget.',
  'Legal Implications':
    'The Council keeps a comprehensive and efficient service under the Public Libraries and Museums Act 1964.',
  'Risk Management Implications': 'None arising.',
  'Equality Duty':
    'An equality impact assessment found no disproportionate effect on people with protected characteristics.',
  'Crime and Disorder Implications': 'None: the change does not affect crime, disorder or re-offending.',
  'Human Rights Implications': 'None: the proposal engages no Convention right.',
  'Background Papers': 'None.',
};

/** A scrutiny task group's report, with two findings and a recommendation citing them, that checks clean. */
export const SCRUTINY_SECTIONS: Readonly<Record<string, string>> = {
  Summary: 'The task group looked at why home to school transport costs rose.',
  'Focus for Scrutiny': 'Why costs have risen faster than the number of eligible pupils.',
  Background: 'The Council must arrange free travel for eligible pupils.',
  Findings:
    '**F1** Most of the rise comes from single-occupancy taxi routes.\n\n**F2** Route planning is done by hand each summer.',
  Recommendations: '**R1** That the Cabinet Member commission a review of route planning [F1, F2].',
  Consultation: 'The group heard from twelve parents and the transport team.',
  'Risk Management Implications': 'None arising.',
  'Other Options Considered':
    'A wider review of special educational needs and disabilities (SEND) provision was judged outside the scope.',
  'Equality Duty': 'Pupils with SEND are over-represented among transport users; the review protects their service.',
  'Crime and Disorder Implications': 'None: the recommendations do not affect crime or disorder.',
  'Human Rights Implications': 'None: the recommendations engage no Convention right.',
  'Background Papers': 'None.',
};

export const MINUTES_SECTIONS: Readonly<Record<string, string>> = {
  Present: 'Councillor Ellis (Chair), Councillors Adeyemi, Brook and Carter.',
  Apologies: 'Councillor Fenwick.',
  'Declarations of Interest': 'None.',
  '5. Home to School Transport': "Resolved that the Committee:\n\n**R1** Endorses the task group's recommendation.",
};

export function report(changes: DocumentChanges = {}): string {
  return build(REPORT_FRONT_MATTER, 'Library Opening Hours', REPORT_SECTIONS, changes);
}

export function scrutiny(changes: DocumentChanges = {}): string {
  return build(
    {
      type: 'scrutiny',
      title: 'Home to School Transport',
      committee: "Children's Scrutiny Committee",
      meeting: '2026-03-12',
      report_by: 'Chair of the Task Group',
      contact: CONTACT,
    },
    'Home to School Transport',
    SCRUTINY_SECTIONS,
    changes,
  );
}

export function minutes(changes: DocumentChanges = {}): string {
  return build(
    {
      type: 'minutes',
      title: "Children's Scrutiny Committee – 12 March 2026",
      committee: "Children's Scrutiny Committee",
      meeting: '2026-03-12',
    },
    "Children's Scrutiny Committee, 12 March 2026",
    MINUTES_SECTIONS,
    changes,
  );
}

function build(
  frontMatter: Record<string, string>,
  title: string,
  sections: Readonly<Record<string, string>>,
  changes: DocumentChanges,
): string {
  const keys = merge(frontMatter, changes.frontMatter);
  const yaml = Object.entries(keys).map(([key, value]) => `${key}:${value.startsWith('\n') ? '' : ' '}${value}`);
  const head = ['---', ...yaml, '---', ''].join('\n');
  if (changes.body !== undefined) return head + changes.body;
  const heading = changes.title === undefined ? title : changes.title;
  const parts: string[] = [];
  if (heading !== null) parts.push(`# ${heading}\n`);
  for (const [name, text] of Object.entries(merge(sections, changes.sections))) parts.push(`## ${name}\n\n${text}\n`);
  if (changes.append !== undefined) parts.push(changes.append);
  return head + parts.join('\n');
}

function merge(
  base: Readonly<Record<string, string>>,
  changes: Readonly<Record<string, string | null>> | undefined,
): Record<string, string> {
  const result: Record<string, string> = { ...base };
  for (const [key, value] of Object.entries(changes ?? {})) {
    if (value === null) delete result[key];
    else result[key] = value;
  }
  return result;
}

/** A document of just front matter and the given body, for tests about one construct. */
export function withBody(body: string, frontMatter = 'title: T\ncommittee: C\nmeeting: 2026-03-12'): string {
  return `---\n${frontMatter}\n---\n${body}`;
}

/** `span` of `needle` inside the first appearance of `context` (for a needle that also occurs elsewhere). */
export function spanIn(text: string, context: string, needle: string): string {
  const at = text.indexOf(context);
  if (at === -1) throw new Error(`no '${context}' in the text`);
  const inner = context.indexOf(needle);
  if (inner === -1) throw new Error(`no '${needle}' in '${context}'`);
  return span({ start: positionOf(text, at + inner), end: positionOf(text, at + inner + needle.length) });
}

const REPOSITORY = path.resolve(__dirname, '../../..');

/** The deliberately flawed draft among the samples, by path relative to the repository. */
export const DRAFT_SAMPLE = 'samples/drafts/library-opening-hours-draft.report.md';

export function readSample(relativePath: string): string {
  return fs.readFileSync(path.join(REPOSITORY, relativePath), 'utf8');
}

/** Every sample document except the drafts, by path relative to the repository (at least five, or the samples went missing). */
export function cleanSamples(): Record<string, string> {
  const names = fs
    .readdirSync(path.join(REPOSITORY, 'samples'), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(report|minutes)\.md$/.test(file))
    .map((file) => `samples/${file.split(path.sep).join('/')}`)
    .filter((file) => !file.startsWith('samples/drafts/'))
    .sort();
  assert.ok(names.length >= 5, `found only ${names.length} samples`);
  return Object.fromEntries(names.map((name) => [name, readSample(name)]));
}
