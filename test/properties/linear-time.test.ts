/**
 * The analysis takes time in proportion to the text: a document eight times
 * longer, made of the same pattern, takes about eight times as long, never
 * the sixty-four times a quadratic scan would. Patterns are runs of report
 * fragments, placed where scans differ: a paragraph, a heading, an aliased
 * heading, a list item, a front matter value and a section's text.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { FRAGMENTS, analyse, parameters } from './support';

const FRONT_MATTER = '---\ntitle: T\ncommittee: C\nmeeting: 2026-03-12\n---\n';
const PLACES: Readonly<Record<string, (body: string) => string>> = {
  paragraph: (body) => FRONT_MATTER + body,
  heading: (body) => `${FRONT_MATTER}# ${body}`,
  'aliased heading': (body) => `${FRONT_MATTER}## Executive ${body} Summary`,
  'list item': (body) => `${FRONT_MATTER}- ${body}`,
  'front matter value': (body) => `---\ntitle: ${body}\n---\n`,
  section: (body) => `${FRONT_MATTER}## Equality Duty\n\n${body}`,
  'no front matter': (body) => body,
};

const SMALL = 4_000;
const FACTOR = 8;
/** Eight times the text may take this many times eight as long: a quadratic scan takes eight times eight. */
const SLACK = 3;
/** Below this, timings are noise (a garbage collection, a timer tick). */
const NOISE_MS = 40;

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

describe('The time the analysis takes', function () {
  this.timeout(120_000);

  it('grows in proportion to the text for any repeated pattern of report fragments, wherever it stands', () => {
    const pattern = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(pattern, fc.constantFrom(...Object.keys(PLACES)), (body, place) => {
        const wrap = PLACES[place]!;
        analyse(wrap(repeatTo(body, SMALL))); // warm up the code paths this pattern takes
        const small = cpuTime(wrap(repeatTo(body, SMALL)));
        const large = cpuTime(wrap(repeatTo(body, SMALL * FACTOR)));
        const allowed = FACTOR * SLACK * small + NOISE_MS;
        assert.ok(large <= allowed, `${JSON.stringify(body)} in a ${place}: ${small.toFixed(1)} ms for ${SMALL} characters, ${large.toFixed(1)} ms for ${SMALL * FACTOR} (at most ${allowed.toFixed(1)})`);
      }),
      {
        ...parameters(40),
        // Each of these once took quadratic (or worse) time; they run first, every time.
        examples: [
          [' ', 'aliased heading'],
          ['\n', 'aliased heading'],
          ['a ', 'heading'],
          ['<!--', 'heading'],
          ['<!--', 'paragraph'],
          ['`` ` ``` ', 'paragraph'],
          ['## Summary\n', 'paragraph'],
          ['**R1** [F1]\n\n', 'paragraph'],
          ['<!-- committee-reports-disable -->', 'heading'],
          ['<!-- committee-reports-enable -->\n\n', 'paragraph'],
          ['k: v\n', 'front matter value'],
        ],
      },
    );
  });
});
