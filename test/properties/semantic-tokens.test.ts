/**
 * Semantic tokens for any text: in order, never overlapping, each inside one
 * line; and in time in proportion to the text, a 20,000-line report's well
 * within what an editor waits for.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { Workspace, defaultConfig, semanticTokens } from '../support/core';
import { linesOf, parameters, reportLikeText, timeout } from './support';
import { FACTOR, SLACK, cpuTime, numbered } from './timing';

const FRONT_MATTER = '---\ntitle: T\ncommittee: C\nmeeting: 2026-03-12\nid: cab-2026\n---\n';

/** The tokens of a document alone in a workspace, drawn with its own diagnostics, as the server draws them. */
function tokensOf(text: string) {
  const workspace = new Workspace(defaultConfig());
  const uri = 'file:///workspace/a.report.md';
  const document = workspace.setDocument(uri, text);
  const diagnostics = workspace.diagnostics(uri);
  return { tokens: () => semanticTokens(document, diagnostics) };
}

describe('Semantic tokens of any text', function () {
  this.timeout(timeout(120_000));

  it('come in order, never overlap, and each lies inside one line of the text', () => {
    fc.assert(
      fc.property(reportLikeText, (text) => {
        const lines = linesOf(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
        let previous = { line: 0, end: 0 };
        for (const token of tokensOf(text).tokens()) {
          assert.ok(token.length > 0, `an empty token at ${token.line}:${token.character}`);
          assert.ok(token.line < lines.length, `a token on line ${token.line} of ${lines.length}`);
          assert.ok(token.character + token.length <= lines[token.line]!.length, 'a token past its line’s end');
          assert.ok(
            token.line > previous.line || token.character >= previous.end,
            `a token at ${token.line}:${token.character} before the end of the one before it`,
          );
          previous = { line: token.line, end: token.character + token.length };
        }
      }),
      parameters(300),
    );
  });

  const TEXTS: readonly (readonly [string, (length: number) => string])[] = [
    [
      'definitions each cited by a reference wrapped onto the next line',
      (length) => FRONT_MATTER + numbered((index) => `**F${index + 1}** x [F${index + 1},\nF${index + 2}]\n\n`, length),
    ],
    [
      'thousands of references to IDs that do not exist',
      (length) => FRONT_MATTER + numbered((index) => `[F${index + 1}] [gone:R${index + 1}] `, length),
    ],
    [
      'thousands of malformed references wrapped across lines',
      (length) => FRONT_MATTER + numbered(() => '[F3-\nF1] ', length),
    ],
    [
      'thousands of headings full of references',
      (length) => FRONT_MATTER + numbered((index) => `## **F${index + 1}** [F1] and [F2] ##\n`, length),
    ],
    [
      'one setext heading of thousands of lines',
      (length) => `${FRONT_MATTER}${numbered((index) => `Line ${index} [F1]\n`, length)}\n---\n`,
    ],
  ];
  for (const [what, textOf] of TEXTS) {
    it(`take time in proportion to the text with ${what}`, () => {
      const small = tokensOf(textOf(10_000));
      const large = tokensOf(textOf(10_000 * FACTOR));
      small.tokens(); // warm up the code this text takes
      const smallMs = cpuTime(small.tokens);
      const largeMs = cpuTime(large.tokens);
      const allowed = FACTOR * SLACK * smallMs + 30;
      assert.ok(
        largeMs <= allowed,
        `${smallMs.toFixed(1)} ms, then ${largeMs.toFixed(1)} ms sixteen times the text (at most ${allowed.toFixed(1)})`,
      );
    });
  }

  it('take well under 50 ms for a 20,000-line report dense with headings, definitions and wrapped references', () => {
    const lines = FRONT_MATTER.split('\n').slice(0, -1);
    for (let index = 1; lines.length < 20_000; index++)
      lines.push(
        `## Section ${index}`,
        '',
        `**F${index}** A finding citing [F${index}, F${index + 1}] and`,
        `[other:R${index}], wrapped [F${index},`,
        `F${index + 7}].`,
        '',
      );
    const report = tokensOf(lines.slice(0, 20_000).join('\n'));
    const count = report.tokens().length;
    const ms = cpuTime(report.tokens);
    assert.ok(count > 20_000, `only ${count} tokens`);
    assert.ok(ms < 50, `${ms.toFixed(1)} ms for ${count} tokens`);
  });
});
