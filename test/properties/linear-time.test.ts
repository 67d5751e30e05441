/**
 * The analysis takes time in proportion to the text: a document sixteen
 * times longer, made of the same pattern, takes about sixteen times as long,
 * never the 256 times a quadratic scan would. Patterns are runs of report
 * fragments, placed where scans differ: a paragraph, a heading, an aliased
 * heading, a list item, a front matter value and a section's text. So do the
 * hovers and the traceability model, which the analysis does not ask for.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import {
  Workspace,
  acronymHoverAt,
  buildTraceability,
  describeTraceability,
  defaultConfig,
  sectionHoverAt,
  traceChains,
} from '../support/core';
import { FRAGMENTS, analyse, parameters, timeout } from './support';
import { FACTOR, SLACK, cpuTime, numbered } from './timing';

const FRONT_MATTER = '---\ntitle: T\ncommittee: C\nmeeting: 2026-03-12\n---\n';
const PLACES: Readonly<Record<string, (body: string) => string>> = {
  paragraph: (body) => FRONT_MATTER + body,
  heading: (body) => `${FRONT_MATTER}# ${body}`,
  'aliased heading': (body) => `${FRONT_MATTER}## Executive ${body} Summary`,
  'list item': (body) => `${FRONT_MATTER}- ${body}`,
  'front matter value': (body) => `---\ntitle: ${body}\n---\n`,
  section: (body) => `${FRONT_MATTER}## Equality Duty\n\n${body}`,
  'no front matter': (body) => body,
  // Completion runs at the end of the text: these end the last line as the patterns that once took quadratic time there did.
  'heading ending in #': (body) => `${FRONT_MATTER}# ${body}#`,
  'line ending in !': (body) => `${FRONT_MATTER}${body}!`,
  // The words' initials in brackets after them: "a b c (ABC)" spells ABC out, as "Department for Education (DfE)" does.
  'name before its acronym': (body) =>
    `${FRONT_MATTER}${body}(${(body.match(/\p{L}+/gu) ?? [])
      .map((word) => word[0])
      .join('')
      .toUpperCase()})`,
};

function repeatTo(pattern: string, length: number): string {
  return pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length);
}

/** Fails when `work` on `FACTOR` times the text takes more than `SLACK` times `FACTOR` as long (and more than `noiseMs` besides). */
function assertProportional(
  what: string,
  textOf: (length: number) => string,
  small: number,
  noiseMs: number,
  work: (text: string) => void = analyse,
): void {
  work(textOf(small)); // warm up the code this text takes
  const [smallText, largeText] = [textOf(small), textOf(small * FACTOR)];
  const smallMs = cpuTime(() => work(smallText));
  const largeMs = cpuTime(() => work(largeText));
  const allowed = FACTOR * SLACK * smallMs + noiseMs;
  assert.ok(
    largeMs <= allowed,
    `${what}: ${smallMs.toFixed(1)} ms for ${small} characters, ${largeMs.toFixed(1)} ms for ${small * FACTOR} (at most ${allowed.toFixed(1)})`,
  );
}

/** `assertProportional` for a pattern repeated in a place. */
function assertPatternProportional(
  body: string,
  place: string,
  small: number,
  noiseMs: number,
  work?: (text: string) => void,
): void {
  const wrap = PLACES[place]!;
  assertProportional(
    `${JSON.stringify(body)} in a ${place}`,
    (length) => wrap(repeatTo(body, length)),
    small,
    noiseMs,
    work,
  );
}

/** The hovers an editor asks for as the pointer moves over the text: the section and the acronym under it, at its start, middle and end. */
function hover(text: string): void {
  const workspace = new Workspace(defaultConfig());
  const document = workspace.setDocument('file:///workspace/a.report.md', text);
  for (const offset of [0, Math.floor(text.length / 2), text.length]) {
    sectionHoverAt(document, offset);
    acronymHoverAt(document, offset, workspace.configuration);
  }
}

/** The traceability model of a workspace of this one document, and its chains: what `committee-reports trace` prints. */
function trace(text: string): void {
  traceChains(traceModel(text));
}

/** The model in words, as the language server sends it to the editor's Findings and Resolutions view. */
function describeTrace(text: string): void {
  describeTraceability(traceModel(text));
}

function traceModel(text: string) {
  const workspace = new Workspace(defaultConfig());
  workspace.setDocument('file:///workspace/a.report.md', text);
  return buildTraceability(workspace, { today: '2026-03-12' });
}

describe('The time the analysis takes', function () {
  this.timeout(timeout(120_000));

  it('grows in proportion to the text for any repeated pattern of report fragments, wherever it stands', () => {
    const pattern = fc
      .array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 6 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(pattern, fc.constantFrom(...Object.keys(PLACES)), (body, place) =>
        assertPatternProportional(body, place, 2_000, 40),
      ),
      parameters(40),
    );
  });

  /**
   * Each of these once took quadratic or cubic time (seconds to hours on a
   * few hundred kilobytes); the sizes are large enough for that to show.
   */
  const REGRESSIONS: readonly (readonly [string, string, string, number?])[] = [
    ['spaces inside a heading that names a section', ' ', 'aliased heading'],
    ['blank lines inside a setext heading that names a section', '\n', 'aliased heading'],
    ['unclosed comments in a heading', '<!--', 'heading'],
    ['unclosed comments in a paragraph', '<!--', 'paragraph'],
    ['backtick runs of many lengths', '`` ` ``` ', 'paragraph'],
    ['thousands of Summary sections', '## Summary\n', 'paragraph'],
    ['thousands of unresolved references', '**R1** [F1]\n\n', 'paragraph'],
    ['disable comments in one heading', '<!-- committee-reports-disable -->', 'heading'],
    ['enable comments in one paragraph', '<!-- committee-reports-enable --> ', 'paragraph'],
    [
      'block quotes each followed by a lazy line (markdown-it reads ahead to the next blank line)',
      '> -\nx\n',
      'paragraph',
    ],
    ['rules inside block quotes', '---\n> ---\n[F1-R2]', 'paragraph'],
    ['unclosed brackets in a definition (its name in the outline)', '**F1** [[[[', 'paragraph'],
    ['spaces after a heading mark, then a # (completion there)', ' ', 'heading ending in #'],
    ['a sentence repeated thousands of times in a row', 'The Council agreed the budget for next year. ', 'paragraph'],
    ['a sentence repeated in thousands of list items', '- The Council agreed the budget for next year.\n', 'paragraph'],
    ['titles, initials and numbers whose stops end no sentence', 'Dr. J. Smith M.P. No. 6 at 3.00 pm ', 'paragraph'],
    [
      'thousands of short sections of paragraph numbers with gaps, each renumbered',
      '2.1 A.\n\n2.3 B.\n\n3.1 C.\n\n',
      'paragraph',
    ],
    ['a long word, then punctuation (completion after it)', 'a', 'line ending in !'],
    // Smaller, so that sixteen times it stays under the longest front matter that is read.
    ['the same front matter key thousands of times', 'k: v\n', 'front matter value', 4_000],
    [
      'placeholders in front matter values thousands of times',
      'k: <insert x> TBC name@x.org 01234 567890 because …\n',
      'front matter value',
      4_000,
    ],
    // Placeholders: each form many times in one paragraph, and the near misses that make a scan look ahead.
    ['ellipses after words that need more, in one paragraph', 'held on … because … “to … ', 'paragraph'],
    ['ellipses that are whole list items', '- …\n', 'paragraph'],
    ['ellipses in table cells', '| … | a … |\n|---|---|\n', 'paragraph'],
    ['a run of full stops', '.', 'paragraph'],
    ['bracketed ellipses on one quoted line', '“[…] ', 'paragraph'],
    ['bracketed ellipses in one block quote line', '> [...] ', 'paragraph'],
    ['unclosed quotation marks before ellipses', '“ … ', 'paragraph'],
    ['angle-bracket prompts never closed', '<insert ', 'paragraph'],
    ['angle-bracket prompts in one heading', '<insert x> ', 'heading'],
    ['stand-in e-mail addresses and their near misses', 'name@x.y.z. first.last@ name.x@ ', 'paragraph'],
    ['long domain-like runs after a stand-in name', 'name@a.a.a.a.a.a.a.a.a.a.a.a.', 'paragraph'],
    ['telephone-like runs of digits', '01234 567890 0 0 0 0 0 0 0 0 0 0 (0', 'paragraph'],
    ['digits with separators that are never a number', '0-', 'paragraph'],
    // Smaller, so that sixteen times it stays within the 400 characters before a bracket read for a name:
    // each shorter run of words was tried again from scratch (192 words: seconds).
    ['a name of hundreds of one-letter words before its acronym', 'a ', 'name before its acronym', 24],
    // acronym-undefined: every use of an acronym used before its definition is read as a possible definition.
    ['an acronym used thousands of times before an unclosed bracket, never spelt out', 'LA (', 'paragraph'],
    [
      'acronyms in a heading in capitals, each before an unclosed bracket (a definition there counts)',
      'SEN (',
      'heading',
    ],
    ['words in capitals, in runs that commas break', 'AB CD, ', 'paragraph'],
    ['words in capitals in a line with small letters', 'AB CD EF x ', 'paragraph'],
    ['a heading in capitals after its numbering', '35a GATEWAY ', 'heading'],
    ['acronyms joined by & and /', 'T&FG A/C LGA/ICB ', 'paragraph'],
    ['one long file reference joined by /', 'comms/OS/x/', 'paragraph'],
    ['legal citations', '[2013] EWCA Civ 1345 ', 'paragraph'],
    ['years in brackets that start no citation', '(2019) AB CD EF GH ', 'paragraph'],
    ['codes of appendices', 'Appendix AB ', 'paragraph'],
    [
      'thousands of combined headings, each with a bare negative whose reason is a fill-in',
      '## Legal, Financial and Risk Implications\n\n10.1 None because …\n\n',
      'paragraph',
    ],
    ['"and" and commas thousands of times in a heading', 'Summary and Legal, ', 'heading'],
    ['a vague pointer thousands of times after a bare negative', 'None – see above. ', 'section'],
    // image-alt-missing and table-header-missing: images and tags never closed, rows that look like tables.
    ['images with empty text and no closing bracket', '![](![ ][', 'paragraph'],
    ['<img> tags never closed, with a quote never closed', '<img alt=" <img src=x ', 'paragraph'],
    ['<img> tags without alt in one HTML block', '<div><img src=x>', 'no front matter'],
    ['empty table header rows, thousands of times', '| | |\n|---|---|\n', 'paragraph'],
    ['thousands of lines that each look like a delimiter row', '|-|:\n', 'paragraph'],
    ['HTML tables never closed, without header cells', '<table><table <td>', 'no front matter'],
  ];
  for (const [what, body, place, small] of REGRESSIONS) {
    it(`grows in proportion to the text with ${what}`, () =>
      assertPatternProportional(body, place, small ?? 10_000, 60));
  }

  /** Hovers read the document again on request; the text under the pointer must not make them slower than that. */
  const HOVERS: readonly (readonly [string, string, string])[] = [
    ['thousands of section headings', '## Summary\n', 'paragraph'],
    ['spaces inside a heading that names a section', ' ', 'aliased heading'],
    ['an acronym used thousands of times, never spelt out', 'LA ', 'paragraph'],
    ['an acronym used thousands of times, each before an unclosed bracket', 'LA (', 'paragraph'],
    ['acronyms in a heading', 'DfE ', 'heading'],
    ['an acronym joined by & used thousands of times, never spelt out', 'T&FG ', 'paragraph'],
    ['acronyms in a heading in capitals, each before an unclosed bracket', 'SEN (', 'heading'],
  ];
  for (const [what, body, place] of HOVERS) {
    it(`hovers in time in proportion to the text with ${what}`, () =>
      assertPatternProportional(body, place, 10_000, 60, hover));
  }

  /** Each of these once took quadratic time or worse to trace: every citation was looked for among those already made. */
  const TRACES: readonly (readonly [string, (length: number) => string])[] = [
    [
      'one recommendation citing thousands of IDs that do not exist',
      (length) => `${FRONT_MATTER}**R1** ${numbered((index) => `[F${index + 1}] `, length)}`,
    ],
    [
      'thousands of recommendations each citing an ID that does not exist',
      (length) => FRONT_MATTER + numbered((index) => `**R${index + 1}** [F${index + 1}]\n\n`, length),
    ],
    [
      'one recommendation citing each of thousands of findings',
      (length) =>
        `${FRONT_MATTER}${numbered((index) => `**F${index + 1}** x\n\n`, length / 2)}**R1** ${numbered((index) => `[F${index + 1}] `, length / 2)}`,
    ],
    // Cited at its first three definitions: all of them would make a citation per pair, the square of the text.
    [
      'a finding and a recommendation citing it, each written thousands of times',
      (length) => FRONT_MATTER + repeatTo('**F1** x\n\n**R1** [F1]\n\n', length),
    ],
  ];
  for (const [what, textOf] of TRACES) {
    it(`traces in time in proportion to the text with ${what}`, () =>
      assertProportional(what, textOf, 10_000, 60, trace));
  }
  // Allocates a description per citation: more time in the garbage collector, so more slack for it.
  for (const [what, textOf] of TRACES) {
    it(`describes the trace in time in proportion to the text with ${what}`, () =>
      assertProportional(what, textOf, 10_000, 200, describeTrace));
  }
});
