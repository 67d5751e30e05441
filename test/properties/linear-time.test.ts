/**
 * The analysis takes time in proportion to the text: a document sixteen
 * times longer, made of the same pattern, takes about sixteen times as long,
 * never the 256 times a quadratic scan would. Patterns are runs of report
 * fragments, placed where scans differ: a paragraph, a heading, an aliased
 * heading, a list item, a front matter value and a section's text.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { FRAGMENTS, analyse, parameters, timeout } from './support';

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
};

const FACTOR = 16;
/** Sixteen times the text may take this many times sixteen as long: a quadratic scan takes sixteen times sixteen. */
const SLACK = 3;

/** The least CPU time of three analyses, in milliseconds: the fastest is the least disturbed by the machine. */
function cpuTime(text: string): number {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const start = process.cpuUsage();
    analyse(text);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

function repeatTo(pattern: string, length: number): string {
  return pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length);
}

/** Fails when `FACTOR` times the pattern takes more than `SLACK` times `FACTOR` as long (and more than `noiseMs` besides). */
function assertProportional(body: string, place: string, small: number, noiseMs: number): void {
  const wrap = PLACES[place]!;
  analyse(wrap(repeatTo(body, small))); // warm up the code this pattern takes
  const smallMs = cpuTime(wrap(repeatTo(body, small)));
  const largeMs = cpuTime(wrap(repeatTo(body, small * FACTOR)));
  const allowed = FACTOR * SLACK * smallMs + noiseMs;
  assert.ok(
    largeMs <= allowed,
    `${JSON.stringify(body)} in a ${place}: ${smallMs.toFixed(1)} ms for ${small} characters, ${largeMs.toFixed(1)} ms for ${small * FACTOR} (at most ${allowed.toFixed(1)})`,
  );
}

describe('The time the analysis takes', function () {
  this.timeout(timeout(120_000));

  it('grows in proportion to the text for any repeated pattern of report fragments, wherever it stands', () => {
    const pattern = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(pattern, fc.constantFrom(...Object.keys(PLACES)), (body, place) => assertProportional(body, place, 2_000, 40)),
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
    ['block quotes each followed by a lazy line (markdown-it reads ahead to the next blank line)', '> -\nx\n', 'paragraph'],
    ['rules inside block quotes', '---\n> ---\n[F1-R2]', 'paragraph'],
    ['unclosed brackets in a definition (its name in the outline)', '**F1** [[[[', 'paragraph'],
    ['spaces after a heading mark, then a # (completion there)', ' ', 'heading ending in #'],
    ['a long word, then punctuation (completion after it)', 'a', 'line ending in !'],
    // Smaller, so that sixteen times it stays under the longest front matter that is read.
    ['the same front matter key thousands of times', 'k: v\n', 'front matter value', 4_000],
  ];
  for (const [what, body, place, small] of REGRESSIONS) {
    it(`grows in proportion to the text with ${what}`, () => assertProportional(body, place, small ?? 10_000, 60));
  }
});
