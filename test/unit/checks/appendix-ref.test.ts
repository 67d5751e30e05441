import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import {
  applyFix,
  brief,
  check,
  checkFor,
  minutes,
  onlyFix,
  report,
  scrutiny,
  single,
  span,
  spanIn,
  spanOf,
  withBody,
  cleanSamples,
  DRAFT_SAMPLE,
  readSample,
} from '../support';

const appendixRef = (text: string, name = 'a.report.md') => checkFor('appendix-ref', text, { name });
const FRONT = 'title: T\ncommittee: C\nmeeting: 2026-03-12';
const declaring = (...ids: string[]) =>
  `${FRONT}\nappendices:\n${ids.map((id) => `  - id: ${id}\n    title: Appendix ${id}\n`).join('')}`.trimEnd();
const doc = (body: string, ...ids: string[]) => withBody(body, ids.length === 0 ? FRONT : declaring(...ids));
const undeclared = (text: string) =>
  appendixRef(text)
    .map((diagnostic) => /^Appendix (\S+) is referred to here/.exec(diagnostic.message)?.[1])
    .filter((id) => id !== undefined);
const unreferenced = (text: string) =>
  appendixRef(text)
    .map((diagnostic) => /^Appendix (\S+) is declared/.exec(diagnostic.message)?.[1])
    .filter((id) => id !== undefined);

describe('appendix-ref', () => {
  describe('references to appendices that are not declared', () => {
    it('reports an appendix the text refers to that the front matter does not declare, as a warning on the mention', () => {
      const text = doc('\nThe figures are at Appendix B.\n', 'A');
      const diagnostics = appendixRef(text);
      assert.equal(diagnostics.length, 2);
      const mention = diagnostics.find((diagnostic) => diagnostic.message.startsWith('Appendix B'))!;
      assert.equal(mention.severity, 'warning');
      assert.equal(span(mention.range), spanOf(text, 'Appendix B'));
      assert.match(
        mention.message,
        /^Appendix B is referred to here but is not declared in the front matter: add it to 'appendices'/,
      );
    });

    it('is quiet when every mention is declared and every declared appendix is mentioned', () => {
      assert.deepEqual(appendixRef(doc('\nSee Appendix A and Annex 2.\n', 'A', "'2'")), []);
    });

    it('compares ids without regard to case or quotes, and a number with a quoted number', () => {
      const text = doc("\nSee appendix 1, Appendix 'd' and Appendix “E”.\n", "'1'", 'D', 'e');
      assert.deepEqual(appendixRef(text), []);
    });

    it('reads Appendix with a quoted id, and Annex, as references', () => {
      assert.deepEqual(undeclared(doc("\nSee Appendix 'D' and then Annex 2 and Appendix “F”.\n")), ['D', '2', 'F']);
    });

    it('reports only the first mention of an undeclared appendix', () => {
      const text = doc('\nSee Appendix C.\n\nAgain, Appendix C.\n');
      const diagnostic = single(appendixRef(text));
      assert.equal(span(diagnostic.range), spanOf(text, 'Appendix C'));
    });

    it('reads each id in a list, and reports the undeclared one alone', () => {
      const text = doc('\nAs Appendices A, B and D show.\n', 'A', 'B');
      const diagnostic = single(appendixRef(text));
      assert.equal(span(diagnostic.range), spanIn(text, 'B and D', 'D'));
      assert.match(diagnostic.message, /^Appendix D /);
    });

    it('reads Appendices A and B as both', () => {
      assert.deepEqual(undeclared(doc('\nAppendices A and B set this out.\n')), ['A', 'B']);
    });

    it("reads a range such as Appendices 'A' to 'C' as A, B and C", () => {
      assert.deepEqual(appendixRef(doc("\nThe detail is in Appendices 'A' to 'C'.\n", 'A', 'B', 'C')), []);
      const text = doc("\nThe detail is in Appendices 'A' to 'C'.\n", 'A', 'C');
      const diagnostic = single(appendixRef(text));
      assert.match(diagnostic.message, /^Appendix B /);
      assert.equal(span(diagnostic.range), spanOf(text, "'A' to 'C'"));
    });

    it('reads a numbered range written with a dash', () => {
      assert.deepEqual(undeclared(doc('\nAppendices 1-3 give the data.\n', "'2'")), ['1', '3']);
    });

    it('finds a mention that runs across a line break', () => {
      const text = doc('\nThe terms are set out in Appendix\nB. They are final.\n', 'A');
      const diagnostic = appendixRef(text).find((d) => d.message.startsWith('Appendix B'))!;
      assert.equal(span(diagnostic.range), '9:25-10:1');
    });

    it('counts UTF-16 columns after non-ASCII text', () => {
      const text = doc('\nCosts – £40,000 😀 – are in Appendix Z.\n');
      const diagnostic = single(appendixRef(text));
      assert.equal(span(diagnostic.range), spanOf(text, 'Appendix Z'));
      assert.equal(diagnostic.range.start.character, 'Costs – £40,000 😀 – are in '.length);
    });

    it('does not take words after Appendix for ids', () => {
      assert.deepEqual(
        appendixRef(doc('\nThe appendix analysis and the Appendix are attached. An appendix a map would help.\n')),
        [],
      );
    });

    it('reads mentions in headings and list items', () => {
      assert.deepEqual(undeclared(doc('\n## Appendix A – Terms\n\n- see Appendix B\n')), ['A', 'B']);
    });
  });

  describe('references to other documents', () => {
    it('does not read Part 3 Appendix 12 of the Constitution as a local appendix', () => {
      assert.deepEqual(appendixRef(doc('\nThe delegations in Part 3 Appendix 12 of the Constitution apply.\n')), []);
    });

    it('does not read Part 3 Appendix 12 as local even without "of"', () => {
      assert.deepEqual(appendixRef(doc('\nSee Part 3 Appendix 12.\n')), []);
    });

    it('does not read Appendix 2 of the inspection pack as local', () => {
      assert.deepEqual(appendixRef(doc('\nOfsted set this out in Appendix 2 of the inspection pack.\n')), []);
    });

    it('does not read Appendix B to the Cabinet report of 12 May as local', () => {
      assert.deepEqual(appendixRef(doc('\nAs Appendix B to the Cabinet report of 12 May shows.\n')), []);
    });

    it("does not read the Constitution's Appendix 4 as local", () => {
      assert.deepEqual(appendixRef(doc("\nThe Constitution's Appendix 4 and the Council’s Appendix 5 apply.\n")), []);
    });

    it('applies a qualifier after a list to the whole list', () => {
      assert.deepEqual(appendixRef(doc('\nAppendices A and B of the 2024 strategy still apply.\n')), []);
    });

    it('still reads Appendix A of this report, and this report’s Appendix B, as local', () => {
      assert.deepEqual(undeclared(doc("\nAppendix A of this report and this report's Appendix B.\n")), ['A', 'B']);
    });

    it('still reads Appendix A to a sentence that is not "to the" as local', () => {
      assert.deepEqual(undeclared(doc('\nRefer to Appendix A to see the figures.\n')), ['A']);
    });

    it('does not read an appendix placed in another paper after a comma, "Appendix G, Item 13 on the agenda", as local', () => {
      assert.deepEqual(appendixRef(doc('\nThe report on the new system at Appendix G, Item 13 on the agenda.\n')), []);
    });

    it('reads an agenda item, minute, report, paper or part after a comma or in brackets as placing the appendix elsewhere', () => {
      for (const sentence of [
        'See Appendix 3, agenda item 7.',
        'See Appendix 3, Agenda Item No. 7.',
        'See Appendix B, minute 19 of the last meeting.',
        'See Appendix 2, report 12 to the Cabinet.',
        'See Appendix 2, paper 4.',
        'See Appendix C, Part 2 of the Constitution.',
        'See Appendix C, Part II.',
        'See Appendix G (Item 13 on the agenda).',
        'See Appendix 2, of the inspection pack.',
        'See Appendix B, to the Cabinet report of 12 May.',
        'See Appendices A and B, Item 4.',
      ]) {
        assert.deepEqual(appendixRef(doc(`\n${sentence}\n`)), [], sentence);
      }
    });

    it('still reads an appendix followed by a comma and its own description as local', () => {
      assert.deepEqual(
        undeclared(
          doc(
            '\nAppendix A, which sets out the figures, and Appendix B, attached, and Appendix C, items 1 to 3 of which are new.\n',
          ),
        ),
        ['A', 'B', 'C'],
      );
      assert.deepEqual(undeclared(doc('\nAppendix D, of this report, and Appendix E (part of the plan).\n')), [
        'D',
        'E',
      ]);
    });
  });

  describe('minutes', () => {
    const inMinutes = (body: string, frontMatter = `type: minutes\n${FRONT}`) =>
      appendixRef(withBody(body, frontMatter));

    it("does not report an appendix named in minutes that declare none: it is the report's", () => {
      assert.deepEqual(
        inMinutes(
          '\nThe Cabinet noted the figures at Appendix B to the report.\n\nIt approved the plan in Appendix 1.\n',
        ),
        [],
      );
      assert.deepEqual(appendixRef(withBody('\nThe plan in Appendix 1 was approved.\n'), 'a.minutes.md'), []);
    });

    it('checks minutes that declare appendices in their front matter as it checks a report', () => {
      const text = withBody(
        '\nThe attendance list is at Appendix A; the plan at Appendix B.\n',
        `type: minutes\n${declaring('A')}`,
      );
      assert.deepEqual(undeclared(text), ['B']);
      assert.deepEqual(
        appendixRef(withBody('\nNo appendix is named.\n', `type: minutes\n${declaring('A')}`)).map((d) =>
          d.message.slice(0, 25),
        ),
        ['Appendix A is declared in'],
      );
    });

    it('still reports an undeclared appendix in a report', () => {
      assert.deepEqual(undeclared(doc('\nIt approved the plan in Appendix 1.\n')), ['1']);
    });
  });

  describe('what is not prose', () => {
    it('ignores mentions in code spans, so a declared appendix mentioned only there is unreferenced', () => {
      const text = doc('\nThe key `Appendix A` is a code.\n', 'A');
      const diagnostic = single(appendixRef(text));
      assert.match(diagnostic.message, /^Appendix A is declared in the front matter but the text never refers to it/);
      assert.equal(span(diagnostic.range), spanIn(text, 'id: A', 'A'));
    });

    it('ignores mentions in code blocks and HTML comments', () => {
      const text = doc('\n```\nAppendix Q\n```\n\n<!-- Appendix R -->\n\nText <!-- Appendix S --> here.\n');
      assert.deepEqual(appendixRef(text), []);
    });

    it('does not read the front matter itself as a mention', () => {
      assert.deepEqual(unreferenced(doc('\nNo mention here.\n', 'A')), ['A']);
    });

    it('does not take the Appendices heading for a reference', () => {
      const text = report({
        frontMatter: { appendices: '\n  - id: A\n    title: Terms' },
        sections: { Appendices: 'Attached separately.' },
      });
      assert.deepEqual(unreferenced(text), ['A']);
    });

    it('does nothing when the document has no front matter', () => {
      assert.deepEqual(appendixRef('# Report\n\nSee Appendix A.\n'), []);
    });

    it('does nothing when appendices is not a list (the schema check reports that)', () => {
      assert.deepEqual(appendixRef(withBody('\nSee Appendix A.\n', `${FRONT}\nappendices: A`)), []);
    });
  });

  describe('declared appendices that are never referenced', () => {
    it('reports each one at its id in the front matter', () => {
      const text = doc('\nSee Appendix B.\n', 'A', 'B', 'C');
      const diagnostics = appendixRef(text);
      assert.deepEqual(brief(diagnostics), [
        `appendix-ref ${spanIn(text, 'id: A', 'A')}`,
        `appendix-ref ${spanIn(text, 'id: C', 'C')}`,
      ]);
      assert.match(
        diagnostics[0]!.message,
        /refer to it where its content is discussed, or remove it from 'appendices'\.$/,
      );
    });

    it('reports a quoted number id at its value', () => {
      const text = withBody('\nNothing.\n', `${FRONT}\nappendices:\n  - { id: '1', title: Map }`);
      assert.equal(span(single(appendixRef(text)).range), spanOf(text, "'1'"));
    });
  });

  describe('the quick fix', () => {
    it('adds an item after the last one in an existing appendices list', () => {
      const text = doc('\nSee Appendix A and Appendix C.\n', 'A');
      const fix = onlyFix(single(appendixRef(text)));
      assert.equal(fix.safe, false);
      assert.equal(fix.title, 'Declare Appendix C in the front matter');
      assert.equal(
        applyFix(text, fix),
        `---\n${FRONT}\nappendices:\n  - id: A\n    title: Appendix A\n  - id: C\n    title: <insert the title of Appendix C>\n---\n\nSee Appendix A and Appendix C.\n`,
      );
    });

    it('matches the indentation of the existing list', () => {
      const text = withBody(
        '\nAppendix A and Appendix B.\n',
        `${FRONT}\nappendices:\n- id: A\n  title: One\nexempt: false`,
      );
      assert.equal(
        applyFix(text, onlyFix(single(appendixRef(text)))),
        `---\n${FRONT}\nappendices:\n- id: A\n  title: One\n- id: B\n  title: <insert the title of Appendix B>\nexempt: false\n---\n\nAppendix A and Appendix B.\n`,
      );
    });

    it('adds the appendices key before the closing line when there is none, quoting a number', () => {
      const text = doc('\nSee Annex 2.\n');
      assert.equal(
        applyFix(text, onlyFix(single(appendixRef(text)))),
        `---\n${FRONT}\nappendices:\n  - id: '2'\n    title: <insert the title of Appendix 2>\n---\n\nSee Annex 2.\n`,
      );
    });

    it('keeps CRLF line endings, with and without an existing list', () => {
      const crlf = (text: string) => text.replace(/\n/g, '\r\n');
      const without = crlf(doc('\nSee Appendix A.\n'));
      assert.equal(
        applyFix(without, onlyFix(single(appendixRef(without)))),
        crlf(
          `---\n${FRONT}\nappendices:\n  - id: A\n    title: <insert the title of Appendix A>\n---\n\nSee Appendix A.\n`,
        ),
      );
      const withList = crlf(doc('\nSee Appendix A and Appendix B.\n', 'A'));
      assert.equal(
        applyFix(withList, onlyFix(single(appendixRef(withList)))),
        crlf(
          `---\n${FRONT}\nappendices:\n  - id: A\n    title: Appendix A\n  - id: B\n    title: <insert the title of Appendix B>\n---\n\nSee Appendix A and Appendix B.\n`,
        ),
      );
    });

    it('adds the first item under an appendices key that has no value', () => {
      const text = withBody('\nSee Appendix A.\n', `${FRONT}\nappendices:\nexempt: false`);
      assert.equal(
        applyFix(text, onlyFix(single(appendixRef(text)))),
        withBody(
          '\nSee Appendix A.\n',
          `${FRONT}\nappendices:\n  - id: A\n    title: <insert the title of Appendix A>\nexempt: false`,
        ),
      );
    });

    it('adds the item after a last item whose title runs over several lines, before a trailing comment', () => {
      const front = `${FRONT}\nappendices:\n  - id: A\n    title: >-\n      A long\n      title\n\n# end`;
      const text = withBody('\nAppendix A and Appendix B.\n', front);
      assert.equal(
        applyFix(text, onlyFix(single(appendixRef(text)))),
        withBody(
          '\nAppendix A and Appendix B.\n',
          `${FRONT}\nappendices:\n  - id: A\n    title: >-\n      A long\n      title\n  - id: B\n    title: <insert the title of Appendix B>\n\n# end`,
        ),
      );
    });

    it('adds an entry to a flow list', () => {
      const text = withBody('\nAppendix A and Appendix B.\n', `${FRONT}\nappendices: [{ id: A, title: One }]`);
      const fixed = applyFix(text, onlyFix(single(appendixRef(text))));
      assert.equal(
        fixed,
        withBody(
          '\nAppendix A and Appendix B.\n',
          `${FRONT}\nappendices: [{ id: A, title: One }, { id: B, title: <insert the title of Appendix B> }]`,
        ),
      );
      assert.deepEqual(appendixRef(fixed), []);
    });

    it('leaves a document whose only diagnostic is the title left to fill in', () => {
      const text = report({
        frontMatter: { appendices: '\n  - id: A\n    title: One\n  - id: C\n    title: Three' },
        sections: { Background: 'See Appendices A to C.' },
      });
      const fixed = applyFix(text, onlyFix(single(appendixRef(text))));
      assert.deepEqual(brief(check(fixed)), [`placeholder-left ${spanOf(fixed, '<insert the title of Appendix B>')}`]);
    });
  });

  describe('valid documents', () => {
    it('reports nothing in the valid report, scrutiny report and minutes', () => {
      assert.deepEqual(appendixRef(report()), []);
      assert.deepEqual(appendixRef(scrutiny()), []);
      assert.deepEqual(appendixRef(minutes(), 'a.minutes.md'), []);
    });

    it('reports nothing in the sample documents (drafts excepted)', () => {
      for (const [file, text] of Object.entries(cleanSamples())) {
        assert.deepEqual(brief(checkFor('appendix-ref', text, { name: path.basename(file) })), [], file);
      }
    });

    it('finds the undeclared Appendix C the draft sample is known to have, on line 80', () => {
      const file = DRAFT_SAMPLE;
      const text = readSample(file);
      const diagnostic = single(checkFor('appendix-ref', text, { name: path.basename(file) }));
      assert.equal(span(diagnostic.range), spanIn(text, 'are at Appendix C', 'Appendix C'));
      assert.equal(diagnostic.range.start.line + 1, 80);
    });

    it('is the only check to report an undeclared appendix in an otherwise valid report', () => {
      const text = report({ sections: { Background: 'The data is at Appendix A.' } });
      assert.deepEqual(
        check(text).map((diagnostic) => diagnostic.code),
        ['appendix-ref'],
      );
    });
  });

  it('reads a long document in one pass', () => {
    const body =
      '\n' + 'See Appendix A, and Part 3 Appendix 12 of the Constitution. '.repeat(5).concat('\n\n').repeat(20000);
    const started = Date.now();
    assert.deepEqual(appendixRef(doc(body, 'A')), []);
    assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
  });
});
