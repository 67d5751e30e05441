import * as assert from 'node:assert/strict';
import { CONFIG_FILE_NAME } from '../../support/core';
import { checkDocuments } from '../support';
import { expand, prefixesOf, readSnippets, snippetWithPrefix } from './snippets-file';

/**
 * The snippets must use the same headings and standard wording as the
 * checker's "add the missing section" quick fix, which takes them from the
 * core's templates. Rather than copy those templates here, each test removes
 * a section, asks the checker for its fix, and compares. A config marks the
 * sections required, so optional ones are reported missing (with a fix) too;
 * a title the template does not know would get the config's generic wording
 * and fail the comparison.
 */

const SKELETONS = [
  { prefix: 'skeleton-report', template: 'report', name: 'a.report.md' },
  { prefix: 'skeleton-scrutiny', template: 'scrutiny', name: 'b.report.md' },
  { prefix: 'skeleton-minutes', template: 'minutes', name: 'c.minutes.md' },
];

/** Where a skeleton deliberately departs from the standard wording: the scrutiny recommendation cites its finding. */
const ADDED_TO_WORDING: Record<string, Record<string, [string, string]>> = {
  scrutiny: {
    Recommendations: [
      '**R1** That the Committee [Insert the decision the Committee is asked to take]',
      '**R1** That the Committee [Insert the decision the Committee is asked to take] [F1]',
    ],
  },
};

/** The minutes' agenda item is the officer's own heading, not a template section. */
const AGENDA_ITEM = /^\d+\. /;

interface Block {
  readonly title: string;
  /** From the heading line to the line before the next level-2 heading. */
  readonly text: string;
}

function sectionBlocks(text: string): Block[] {
  const parts = text.split(/^(?=## )/m).slice(1);
  return parts
    .map((part) => ({ title: part.slice(3, part.indexOf('\n')), text: part }))
    .filter((block) => !AGENDA_ITEM.test(block.title));
}

function requireAll(template: string, titles: readonly string[]): string {
  const entries = titles.map((title) => `      - { title: ${JSON.stringify(title)}, required: true }`);
  return ['templates:', `  ${template}:`, '    sections:', ...entries, ''].join('\n');
}

/** The heading and wording the checker's quick fix inserts for `title` when it is missing from `text`. */
function standardBlock(text: string, name: string, config: string, title: string): string {
  const results = checkDocuments({ [name]: text }, config);
  assert.deepEqual(results[CONFIG_FILE_NAME], [], 'the test config should be valid');
  const fix = results[name]!.flatMap((diagnostic) =>
    diagnostic.code === 'section-missing' ? (diagnostic.fixes ?? []) : [],
  ).find((candidate) => candidate.title === `Add the '${title}' section`);
  assert.ok(
    fix,
    `the checker offers no fix adding '${title}': ${results[name]!.map((diagnostic) => diagnostic.message).join(' | ')}`,
  );
  return fix.edits.map((edit) => edit.newText).join('');
}

describe('Snippets: standard headings and wording', () => {
  for (const { prefix, template, name } of SKELETONS) {
    it(`gives each section of the ${template} skeleton its canonical heading and the checker's standard wording`, () => {
      const text = expand(snippetWithPrefix(prefix)).text;
      const blocks = sectionBlocks(text);
      assert.ok(blocks.length >= 4, `${prefix} has only ${blocks.length} sections`);
      const config = requireAll(
        template,
        blocks.map((block) => block.title),
      );
      for (const block of blocks) {
        let expected = standardBlock(text.replace(block.text, ''), name, config, block.title).trim();
        const added = ADDED_TO_WORDING[template]?.[block.title];
        if (added) expected = expected.replace(added[0], added[1]);
        assert.equal(block.text.trim(), expected, `${prefix}: ${block.title}`);
      }
    });
  }

  it("makes each section snippet the heading and standard wording the checker's quick fix inserts", () => {
    const sections = readSnippets().filter((snippet) =>
      prefixesOf(snippet).some((prefix) => prefix.startsWith('section-')),
    );
    assert.ok(sections.length >= 10, `only ${sections.length} section snippets`);
    const report = expand(snippetWithPrefix('skeleton-report')).text;
    for (const snippet of sections) {
      const section = expand(snippet).text.trim();
      const title = section.slice(section.indexOf(' ') + 1, section.indexOf('\n'));
      const block = sectionBlocks(report).find((candidate) => candidate.title === title);
      const withoutIt = block ? report.replace(block.text, '') : report;
      assert.equal(
        section,
        standardBlock(withoutIt, 'a.report.md', requireAll('report', [title]), title).trim(),
        snippet.name,
      );
    }
  });

  it('offers each section snippet at heading levels 2 to 4, level 2 first as in the skeletons', () => {
    for (const snippet of readSnippets().filter((candidate) =>
      prefixesOf(candidate).some((prefix) => prefix.startsWith('section-')),
    )) {
      assert.deepEqual(expand(snippet).choices.get(1), ['##', '###', '####'], snippet.name);
    }
  });
});
