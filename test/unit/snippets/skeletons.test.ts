import * as assert from 'node:assert/strict';
import { brief, check, spanOf } from '../support';
import { snippetBody } from './snippet-expander';
import { expand, snippetWithPrefix, type Snippet } from './snippets-file';

/** Each skeleton, and the file name it would be saved under. */
const SKELETONS = {
  'skeleton-report': 'library-opening-hours.report.md',
  'skeleton-scrutiny': 'school-transport-tg.report.md',
  'skeleton-minutes': 'cabinet-2026-03-12.minutes.md',
};

/** Every way of filling a skeleton's choices: each option of each choice, the others left at their first. */
function choiceVariants(snippet: Snippet): Record<number, string>[] {
  const { choices } = expand(snippet);
  return [...choices].flatMap(([stop, options]) => options.map((option) => ({ [stop]: option })));
}

describe('Snippets: document skeletons', () => {
  it("expands the officer's report skeleton to a report that leaves only its recommendation's citation to fill in", () => {
    const text = expand(snippetWithPrefix('skeleton-report')).text;
    // A report has no findings of its own to cite, so the checker notes (info) that R1 cites nothing yet.
    assert.deepEqual(brief(check(text, { name: SKELETONS['skeleton-report'] })), [`recommendation-uncited ${spanOf(text, '**R1**')}`]);
  });

  it('expands the scrutiny report skeleton to a report that checks clean', () => {
    const text = expand(snippetWithPrefix('skeleton-scrutiny')).text;
    assert.deepEqual(brief(check(text, { name: SKELETONS['skeleton-scrutiny'] })), []);
  });

  it('expands the minutes skeleton to minutes that check clean', () => {
    const text = expand(snippetWithPrefix('skeleton-minutes')).text;
    assert.deepEqual(brief(check(text, { name: SKELETONS['skeleton-minutes'] })), []);
  });

  it('gives each skeleton the document type its name says', () => {
    for (const [prefix, type] of [['skeleton-report', 'report'], ['skeleton-scrutiny', 'scrutiny'], ['skeleton-minutes', 'minutes']] as const) {
      assert.match(expand(snippetWithPrefix(prefix)).text, new RegExp(`^---\\ntype: ${type}\\n`), prefix);
    }
  });

  it('checks the same whichever option of each choice the officer picks', () => {
    for (const [prefix, name] of Object.entries(SKELETONS)) {
      const snippet = snippetWithPrefix(prefix);
      const expected = brief(check(expand(snippet).text, { name })).map((entry) => entry.split(' ')[0]);
      for (const values of choiceVariants(snippet)) {
        const diagnostics = check(expand(snippet, values).text, { name });
        assert.deepEqual(
          diagnostics.map((diagnostic) => diagnostic.code),
          expected,
          `${prefix} with ${JSON.stringify(values)}: ${diagnostics.map((diagnostic) => diagnostic.message).join(' | ')}`,
        );
      }
    }
  });

  it('offers the front matter choices the format contract allows for purpose and key_decision', () => {
    assert.deepEqual(choiceOnLine('skeleton-report', 'purpose:'), ['decision', 'discussion', 'noting']);
    assert.deepEqual(choiceOnLine('skeleton-report', 'key_decision:'), ['no', 'not-applicable', 'yes']);
    assert.deepEqual(choiceOnLine('skeleton-scrutiny', 'key_decision:'), ['no', 'not-applicable', 'yes']);
  });
});

/** The options, sorted, of the choice on the skeleton's line that starts with `start`. */
function choiceOnLine(prefix: string, start: string): string[] {
  const snippet = snippetWithPrefix(prefix);
  const line = snippetBody(snippet.body).split('\n').find((candidate) => candidate.startsWith(start));
  const stop = line === undefined ? undefined : /\$\{(\d+)\|/.exec(line)?.[1];
  if (stop === undefined) throw new Error(`${prefix} has no choice on a line starting ${start}`);
  return [...(expand(snippet).choices.get(Number(stop)) ?? [])].sort();
}
