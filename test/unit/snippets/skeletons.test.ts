import * as assert from 'node:assert/strict';
import { brief, check, span, spanOf } from '../support';
import { snippetBody } from './snippet-expander';
import { expand, filledIn, snippetWithPrefix, type Snippet } from './snippets-file';

/** Each skeleton, and the file name it would be saved under. */
const SKELETONS = {
  'skeleton-report': 'library-opening-hours.report.md',
  'skeleton-scrutiny': 'school-transport-tg.report.md',
  'skeleton-minutes': 'cabinet-2026-03-12.minutes.md',
};

/** Every way of filling a skeleton's choices with a real option (the first is a prompt to choose), one choice at a time. */
function choiceVariants(snippet: Snippet): Record<number, string>[] {
  const { choices } = expand(snippet);
  return [...choices].flatMap(([stop, options]) => options.slice(1).map((option) => ({ [stop]: option })));
}

describe('Snippets: document skeletons', () => {
  it('expands each skeleton, unedited, to a document whose every warning is a fill-in left', () => {
    for (const [prefix, name] of Object.entries(SKELETONS)) {
      const text = expand(snippetWithPrefix(prefix)).text;
      const diagnostics = check(text, { name });
      const placeholders = new Set(
        diagnostics
          .filter((diagnostic) => diagnostic.code === 'placeholder-left')
          .map((diagnostic) => span(diagnostic.range)),
      );
      assert.ok(placeholders.size >= 10, `${prefix}: only ${placeholders.size} fill-ins`);
      // A fill-in where the front matter wants a date or a choice is also not yet a valid value; nothing else is reported.
      const others = diagnostics.filter(
        (diagnostic) =>
          diagnostic.code !== 'placeholder-left' &&
          !(diagnostic.code === 'front-matter-schema' && placeholders.has(span(diagnostic.range))),
      );
      const expected = prefix === 'skeleton-report' ? [`recommendation-uncited ${spanOf(text, '**R1**')}`] : [];
      assert.deepEqual(brief(others), expected, prefix);
    }
  });

  it("checks each skeleton clean once every fill-in is filled in, but the report's recommendation, which has no finding to cite", () => {
    for (const [prefix, name] of Object.entries(SKELETONS)) {
      const text = filledIn(prefix);
      const expected = prefix === 'skeleton-report' ? [`recommendation-uncited ${spanOf(text, '**R1**')}`] : [];
      assert.deepEqual(brief(check(text, { name })), expected, prefix);
    }
  });

  it('gives each skeleton the document type its name says', () => {
    for (const [prefix, type] of [
      ['skeleton-report', 'report'],
      ['skeleton-scrutiny', 'scrutiny'],
      ['skeleton-minutes', 'minutes'],
    ] as const) {
      assert.match(expand(snippetWithPrefix(prefix)).text, new RegExp(`^---\\ntype: ${type}\\n`), prefix);
    }
  });

  it('checks the same whichever real option of each choice the officer picks', () => {
    for (const [prefix, name] of Object.entries(SKELETONS)) {
      const expected = brief(check(filledIn(prefix), { name })).map((entry) => entry.split(' ')[0]);
      for (const values of choiceVariants(snippetWithPrefix(prefix))) {
        const diagnostics = check(filledIn(prefix, values), { name });
        assert.deepEqual(
          diagnostics.map((diagnostic) => diagnostic.code),
          expected,
          `${prefix} with ${JSON.stringify(values)}: ${diagnostics.map((diagnostic) => diagnostic.message).join(' | ')}`,
        );
      }
    }
  });

  it('offers, after a prompt to choose, the front matter choices the format allows for purpose and key_decision', () => {
    const [purposePrompt, ...purposes] = choiceOnLine('skeleton-report', 'purpose:');
    const [keyDecisionPrompt, ...keyDecisions] = choiceOnLine('skeleton-report', 'key_decision:');
    assert.deepEqual(purposes.sort(), ['decision', 'discussion', 'noting']);
    assert.deepEqual(keyDecisions.sort(), ['no', 'not-applicable', 'yes']);
    assert.equal(purposePrompt, '<choose decision, discussion or noting>');
    assert.equal(keyDecisionPrompt, '<choose yes, no or not-applicable>');
  });

  it('writes key_decision: not-applicable in the scrutiny skeleton, as scrutiny takes no executive decision', () => {
    assert.match(expand(snippetWithPrefix('skeleton-scrutiny')).text, /^key_decision: not-applicable$/m);
  });
});

/** The options, in the order offered, of the choice on the skeleton's line that starts with `start`. */
function choiceOnLine(prefix: string, start: string): string[] {
  const snippet = snippetWithPrefix(prefix);
  const line = snippetBody(snippet.body)
    .split('\n')
    .find((candidate) => candidate.startsWith(start));
  const stop = line === undefined ? undefined : /\$\{(\d+)\|/.exec(line)?.[1];
  if (stop === undefined) throw new Error(`${prefix} has no choice on a line starting ${start}`);
  return [...(expand(snippet).choices.get(Number(stop)) ?? [])];
}
