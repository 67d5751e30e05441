/**
 * Shared pieces of the property tests: how many runs and which seed, the
 * fragments hostile documents are built from, and position helpers written
 * from the text alone (never the core's line index, so a test cannot agree
 * with a bug in it).
 *
 * The seed is fixed so `npm test` runs the same cases every time; a failure
 * prints the seed and the shrunk counterexample. `node test/properties/fuzz.js`
 * (npm run fuzz) runs many more cases with a new seed each time.
 */
import * as fc from 'fast-check';
import {
  Workspace,
  completionsAt,
  defaultConfig,
  definitionsOf,
  documentSymbols,
  findingLenses,
  foldingRanges,
  hoverFor,
  idAt,
  loadConfig,
  referencesTo,
  workspaceSymbols,
  type Diagnostic,
  type Position,
  type Range,
} from '../support/core';

/** The seed of the fixed run in `npm test`; `FUZZ_SEED` overrides it. */
export const SEED = Number(process.env['FUZZ_SEED'] ?? 20_261_123);

/** `runs` cases in `npm test`, scaled by `FUZZ_SCALE` for a longer run. */
export function runs(count: number): number {
  return Math.max(1, Math.round(count * Number(process.env['FUZZ_SCALE'] ?? 1)));
}

/** A test's time limit, scaled with its number of runs. */
export function timeout(ms: number): number {
  return ms * Math.max(1, Number(process.env['FUZZ_SCALE'] ?? 1));
}

/** fast-check's parameters for a property: the fixed seed and the number of runs (a failure is shrunk and printed with the seed). */
export function parameters(count: number): fc.Parameters<unknown> {
  return { seed: SEED, numRuns: runs(count) };
}

/**
 * Pieces of committee reports and of what breaks parsers: front matter lines,
 * headings of every kind, IDs and references (good and bad), brackets, code,
 * HTML and comments, numbering, line endings of every kind, tabs, astral
 * characters, a byte order mark, replacement and NUL characters.
 */
export const FRAGMENTS: readonly string[] = [
  '---\n',
  '---\r\n',
  '...\n',
  'title: Library Opening Hours\n',
  'committee: Cabinet\n',
  'meeting: 2026-03-12\n',
  'meeting: 2019-02-30\n',
  'id: cab-2026\n',
  'type: scrutiny\n',
  'type: minutes\n',
  'purpose: decision\n',
  'exempt: {paragraphs: [3], reason: x}\n',
  'exempt: true\n',
  'appendices:\n  - id: A\n    title: Map\n',
  'contact:\n  name: Sam\n  email: sam@example.gov.uk\n',
  'titel: x\n',
  'a: &x [1]\nb: *x\n',
  '? [a]\n: b\n',
  '# ',
  '## ',
  '### ',
  '#### ',
  '####### ',
  'Summary',
  'Recommendations',
  'Background',
  'Executive Summary',
  'Equality Duty',
  'Human Rights',
  'Reason for Inclusion in Part II',
  'Appendices',
  'Findings',
  'Present',
  '6.1 ',
  'A. ',
  'iv) ',
  '(a) ',
  ':',
  ' & ',
  '\n===\n',
  '\n---\n',
  '\n\n',
  '**F1**',
  '**F2.**',
  '**R1** –',
  '**R3:**',
  '**A1**',
  '**F99999999999999999999**',
  '[F1]',
  '[F1, F3]',
  '[F1-F3]',
  '[F3-F1]',
  '[F1-R2]',
  '[F1–F3]',
  '[F1-F500]',
  '[cab-2026:R1]',
  '[cab-2026:R1, R2]',
  '[other:F1]',
  '[F1 and F2]',
  '[F1-3]',
  '[sic]',
  '[1]',
  '\\[F1]',
  '[F1](url)',
  '[F1][x]',
  '[F1]: http://x\n',
  '[Insert date]',
  '[',
  ']',
  '[[',
  ']]',
  '(',
  ')',
  '`',
  '``',
  '```\n',
  '~~~\n',
  '    code\n',
  '<!--',
  '-->',
  '<!-- x -->',
  '<div>\n',
  '</div>\n',
  '<a href="x">',
  '<!-- committee-reports-disable -->',
  '<!-- committee-reports-enable -->',
  '<!-- committee-reports-disable-next-line ref-unresolved -->\n',
  '<http://x.y>',
  '- ',
  '* ',
  '1. ',
  '> ',
  '| a | b |\n|---|---|\n',
  '1.1 ',
  '2.3 ',
  '20.1.10The ',
  '1.5 million ',
  'Appendix A',
  'Appendices 1 to 3',
  'Part 3 Appendix 12',
  'paragraph 3',
  'None.',
  'N/A',
  'None: no effect.',
  'TBC',
  '£XX,XXX',
  'SEND',
  'Department for Education (DfE)',
  'LAs',
  'None',
  'words ',
  'Text. ',
  '\n',
  '\r\n',
  '\r',
  '\t',
  ' ',
  '\u00a0',
  '😀',
  '\uD83D',
  '\uDE00',
  '\uFEFF',
  '\uFFFD',
  '\u0000',
  '\u2028',
  'é',
  '&amp;',
];

/** Text built from the fragments, with short random strings between them. */
export const fragmentText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
    ),
    { maxLength: 120, size: 'max' },
  )
  .map((parts) => parts.join(''));

/** Like `fragmentText`, but usually after a front matter that parses, so the body's checks have work to do. */
export const reportLikeText: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fragmentText)
  .map(([withFrontMatter, body]) =>
    withFrontMatter ? `---\ntitle: T\ncommittee: C\nmeeting: 2026-03-12\nid: cab-2026\n---\n${body}` : body,
  );

/** Any string at all: every UTF-16 code unit, lone surrogates included. */
export const anyText: fc.Arbitrary<string> = fc.string({ unit: 'binary', maxLength: 400, size: 'max' });

/** Texts of a config file: fragments of real ones and anything else. */
export const configText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'include: ["**/*.report.md"]\n',
        'exclude: [archive/**]\n',
        'rules: { section-order: off }\n',
        'rules:\n  acronym-undefined: warning\n',
        'kinds: { A: action }\n',
        'acronyms: [NHS]\n',
        'summary-max-words: 100\n',
        'max-file-size: 1 KB\n',
        'max-file-size: 30 MB\n',
        'templates:\n  cabinet:\n    extends: report\n',
        '    sections:\n      - { title: Wellbeing, after: Human Rights Implications }\n',
        '- a list\n',
        'just text\n',
        '&a [1]\n',
        '*a\n',
        ': \n',
        '{',
        '[',
        '\t',
        '\r\n',
        '\u0000',
      ),
      fc.string({ unit: 'binary', maxLength: 10 }),
    ),
    { maxLength: 30, size: 'max' },
  )
  .map((parts) => parts.join(''));

/** What the analysis gives for one document, as the CLI and the server would show it. */
export interface Analysis {
  readonly diagnostics: readonly Diagnostic[];
  readonly symbols: unknown;
  readonly folding: unknown;
  /** Ranges the features at the cursor give (an ID's span, a completion's replaced text, a lens, a place an ID is defined or cited). */
  readonly featureRanges: readonly Range[];
}

/**
 * Checks one document in a fresh workspace (defaults, or the config text
 * given), and asks every feature that takes a cursor at its start, middle
 * and end: what an editor asks as the user types.
 */
export function analyse(text: string, name = 'a.report.md', configText?: string): Analysis {
  const config =
    configText === undefined
      ? defaultConfig()
      : loadConfig(configText, 'file:///workspace/.committee-reports.yaml').config;
  const workspace = new Workspace(config);
  const uri = `file:///workspace/${name}`;
  const document = workspace.setDocument(uri, text);
  const featureRanges: Range[] = findingLenses(workspace, document).map((lens) => lens.range);
  for (const offset of new Set([0, Math.floor(document.lines.text.length / 2), document.lines.text.length])) {
    const completions = completionsAt(workspace, document, offset);
    featureRanges.push(document.lines.range(completions.replaceFrom, offset));
    const found = idAt(document, offset);
    if (found) {
      featureRanges.push(found.range);
      hoverFor(workspace, found.target);
      for (const location of [...definitionsOf(workspace, found.target), ...referencesTo(workspace, found.target)])
        featureRanges.push(location.range);
    }
  }
  for (const symbol of workspaceSymbols(workspace, '')) featureRanges.push(symbol.location.range);
  return {
    diagnostics: workspace.diagnostics(uri),
    symbols: documentSymbols(document, config),
    folding: foldingRanges(document),
    featureRanges,
  };
}

// ---------------------------------------------------------------------------
// Positions, from the text alone

/** The lines of a text as LSP counts them: `\r\n`, `\n` and a lone `\r` each end one. */
export function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Whether a position names a place in the text: an existing line, at most its length in. */
export function isInside(lines: readonly string[], position: Position): boolean {
  return (
    Number.isInteger(position.line) &&
    Number.isInteger(position.character) &&
    position.line >= 0 &&
    position.line < lines.length &&
    position.character >= 0 &&
    position.character <= lines[position.line]!.length
  );
}

export function isBefore(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Why a range is not a range of the text, or undefined when it is. */
export function rangeProblem(lines: readonly string[], range: Range): string | undefined {
  if (!isInside(lines, range.start)) return `starts outside the text at ${JSON.stringify(range.start)}`;
  if (!isInside(lines, range.end)) return `ends outside the text at ${JSON.stringify(range.end)}`;
  if (isBefore(range.end, range.start)) return 'ends before it starts';
  return undefined;
}

/** The offset of a position, by the lines above it (line endings of every kind counted as written). */
export function offsetAt(text: string, position: Position): number {
  const pattern = /\r\n|\r|\n/g;
  let lineStart = 0;
  for (let line = 0; line < position.line; line++) {
    const match = pattern.exec(text);
    if (!match) throw new Error(`the text has no line ${position.line}`);
    lineStart = match.index + match[0].length;
  }
  return lineStart + position.character;
}

/** Whether an offset falls between the two halves of a `\r\n` or of a surrogate pair, where no edit may start or end. */
export function splitsAPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return (
    (before === 13 && after === 10) || (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff)
  );
}
