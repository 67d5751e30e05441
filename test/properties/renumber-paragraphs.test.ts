/**
 * Renumbering paragraphs is exact, over generated reports: numbered sections
 * (`## 3. Costs`) holding paragraphs numbered with gaps, repeats, numbers
 * out of order, two and three parts, some with a trailing dot and some with
 * no space after the number, a few mentioning another by number ("as
 * paragraph 3.4 says") or another paper's paragraph, with LF or CRLF line
 * endings. Applied as an editor applies it: renumbering again changes
 * nothing; no para-sequence diagnostic is left and no diagnostic of any kind
 * is added; every paragraph keeps its words, in order; each mention names
 * the new number of the paragraph it named; another paper's paragraph is
 * left as written; and an edit replaces a number and nothing else.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Workspace, defaultConfig, renumberPlan } from '../support/core';
import { offsetAt, parameters, timeout } from './support';

const REPORT = 'file:///workspace/plan.report.md';
const OPTIONS = { kinds: [], paragraphs: true } as const;

interface Paragraph {
  readonly number: readonly number[];
  readonly dot: boolean;
  readonly space: boolean;
  /** The index of the paragraph this one mentions by number, if any. */
  readonly mentions?: number;
}

const paragraph = (section: number): fc.Arbitrary<Omit<Paragraph, 'mentions'>> =>
  fc.record({
    number: fc.oneof(
      fc.tuple(fc.constantFrom(section, section, section, section + 1), fc.integer({ min: 1, max: 6 })),
      fc.tuple(fc.constant(section), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 })),
    ),
    dot: fc.boolean(),
    space: fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  });

const generated = fc
  .record({
    first: fc.integer({ min: 1, max: 4 }),
    sizes: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 3 }),
    crlf: fc.boolean(),
  })
  .chain(({ first, sizes, crlf }) =>
    fc.record({
      sections: fc.tuple(
        ...sizes.map((size, index) => fc.array(paragraph(first + index), { minLength: size, maxLength: size })),
      ),
      mentions: fc.array(fc.nat(), { maxLength: 3 }),
      first: fc.constant(first),
      crlf: fc.constant(crlf),
    }),
  );

/** The words of paragraph `index`: unique, so each can be found again after renumbering. */
const words = (index: number) => `Point ${String.fromCharCode(65 + (index % 26))}${index} stands.`;

function reportOf(
  sections: readonly (readonly Omit<Paragraph, 'mentions'>[])[],
  mentions: readonly number[],
  first: number,
) {
  const all = sections.flat();
  const written = all.map((item) => item.number.join('.'));
  // Only a number one paragraph alone has can be mentioned: which of two a mention means cannot be known.
  const mentionable = all.flatMap((_, index) =>
    written.indexOf(written[index]!) === written.lastIndexOf(written[index]!) ? [index] : [],
  );
  const mentioned = new Map<number, number>();
  mentions.forEach((pick, at) => {
    if (mentionable.length > 0 && all.length > 0)
      mentioned.set(at % all.length, mentionable[pick % mentionable.length]!);
  });
  let index = 0;
  const body: string[] = [];
  sections.forEach((items, sectionIndex) => {
    body.push(`## ${first + sectionIndex}. Section ${first + sectionIndex}`);
    for (const item of items) {
      const target = mentioned.get(index);
      const mention =
        target === undefined ? '' : ` As paragraph ${written[target]!} says, and paragraph 9.9 of the budget.`;
      body.push(`${written[index]!}${item.dot ? '.' : ''}${item.space ? ' ' : ''}${words(index)}${mention}`);
      index++;
    }
  });
  const text = `---\nid: plan\ntitle: T\ncommittee: Cabinet\nmeeting: 2026-03-12\n---\n\n${body.join('\n\n')}\n`;
  return { text, mentioned };
}

function workspaceOf(text: string): Workspace {
  const workspace = new Workspace(defaultConfig());
  workspace.setDocument(REPORT, text);
  return workspace;
}

function codeCounts(workspace: Workspace): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { code } of workspace.diagnostics(REPORT)) counts.set(code, (counts.get(code) ?? 0) + 1);
  return counts;
}

/** Each paragraph's number, found by its words. */
function numbersByWords(text: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const match = new RegExp(`^(\\d+(?:\\.\\d+)+)\\.? ?${words(index).replace('.', '\\.')}`, 'm').exec(text);
    assert.ok(match, `the words of paragraph ${index} are kept`);
    return match[1]!;
  });
}

describe('Renumbering the paragraphs of a generated report', function () {
  this.timeout(timeout(60_000));

  it('is exact whenever it is planned', () => {
    let planned = 0;
    fc.assert(
      fc.property(generated, ({ sections, mentions, first, crlf }) => {
        const made = reportOf(sections, mentions, first);
        const text = crlf ? made.text.replace(/\n/g, '\r\n') : made.text;
        const count = sections.flat().length;
        const before = workspaceOf(text);
        const result = renumberPlan(before, REPORT, OPTIONS);
        assert.ok('plan' in result, 'refusal' in result ? result.refusal : '');
        planned++;
        const file = result.plan.files[0];
        const after = file
          ? TextDocument.applyEdits(TextDocument.create(REPORT, 'md', 1, text), [...file.edits])
          : text;
        const renumbered = workspaceOf(after);

        const again = renumberPlan(renumbered, REPORT, OPTIONS);
        assert.ok(
          'plan' in again && again.plan.files.length === 0,
          'renumbering twice changes nothing the second time',
        );

        const counts = codeCounts(renumbered);
        assert.equal(counts.get('para-sequence'), undefined, 'no para-sequence diagnostic is left');
        const countsBefore = codeCounts(before);
        for (const [code, n] of counts) assert.ok(n <= (countsBefore.get(code) ?? 0), `no new ${code}`);

        const numbers = numbersByWords(after, count);
        for (const [at, target] of made.mentioned)
          assert.match(
            after,
            new RegExp(
              `${words(at).replace('.', '\\.')} As paragraph ${numbers[target]!.replace(/\./g, '\\.')} says, and paragraph 9\\.9 of the budget\\.`,
            ),
            `the mention in paragraph ${at} names paragraph ${target}'s new number`,
          );

        for (const edit of file?.edits ?? []) {
          const replaced = text.slice(offsetAt(text, edit.range.start), offsetAt(text, edit.range.end));
          assert.match(replaced, /^\d+(?:\.\d+)+\.?$/, 'an edit replaces a number, nothing else');
          assert.match(edit.newText, /^\d+(?:\.\d+)+\.? ?$/, 'an edit writes a number');
        }
        if (crlf) assert.ok(!/[^\r]\n/.test(after), 'CRLF line endings are kept');
      }),
      parameters(300),
    );
    assert.ok(planned > 0);
  });
});
