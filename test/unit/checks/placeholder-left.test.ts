import * as assert from 'node:assert/strict';
import { PLACEHOLDER_FORMS, findPlaceholders } from '../../support/core';
import {
  brief,
  checkDocuments,
  checkFor,
  minutes,
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

const placeholders = (text: string, name = 'a.report.md') => checkFor('placeholder-left', text, { name });
const spans = (text: string) => placeholders(text).map((diagnostic) => span(diagnostic.range));

describe('placeholder-left', () => {
  describe('bracketed prompts', () => {
    it('reports an [Insert …] prompt as a warning covering the whole bracket', () => {
      const text = withBody('## Background\n\nThe change affects [Insert wards] most.\n');
      const diagnostic = single(placeholders(text));
      assert.equal(diagnostic.severity, 'warning');
      assert.equal(span(diagnostic.range), spanOf(text, '[Insert wards]'));
      assert.equal(
        diagnostic.message,
        "'[Insert wards]' is a template prompt left in the text: replace it with the real wording or remove it.",
      );
    });

    it('reads the prompt word in any case', () => {
      const text = withBody('Cost: [insert figure] and [INSERT DATE].\n');
      assert.deepEqual(spans(text), [spanOf(text, '[insert figure]'), spanOf(text, '[INSERT DATE]')]);
    });

    it('reports the other template prompts: Delete, Add, Enter, Report title, Name, Name of, Date, TBC', () => {
      const prompts = [
        '[Delete as appropriate]',
        '[Add details]',
        '[Enter name]',
        '[Report title]',
        '[Name]',
        '[Name of officer]',
        '[Date of meeting]',
        '[TBC]',
        '[To be confirmed]',
      ];
      const text = withBody(prompts.map((prompt) => `Text ${prompt} here.`).join('\n\n') + '\n');
      assert.deepEqual(
        spans(text),
        prompts.map((prompt) => spanOf(text, prompt)),
      );
    });

    it('reports a bracket holding TBC once, not also the word inside it', () => {
      const text = withBody('Start date [TBC].\n');
      assert.equal(span(single(placeholders(text)).range), spanOf(text, '[TBC]'));
    });

    it('reports a bracket holding XX once, not also the figure inside it', () => {
      const text = withBody('It costs [Insert £XX] a year.\n');
      assert.equal(span(single(placeholders(text)).range), spanOf(text, '[Insert £XX]'));
    });

    it('does not report brackets that only begin with the letters of a prompt word', () => {
      const text = withBody('See [Additional notes], [Names withheld], [Dated material], [Entered] and [Inserted].\n');
      assert.deepEqual(placeholders(text), []);
    });

    it('does not report [Name …] unless it is the bare prompt or "Name of"', () => {
      assert.deepEqual(placeholders(withBody('The resident [name withheld] spoke.\n')), []);
    });

    it('does not report references, [sic] or numbered notes', () => {
      assert.deepEqual(
        placeholders(withBody('**F1** A finding.\n\n**R1** That it is noted [F1]. He said "their" [sic] [1].\n')),
        [],
      );
    });

    it('reports a prompt written as link text, covering the bracket only', () => {
      const text = withBody('Read [Insert link text](https://example.gov.uk/report).\n');
      assert.equal(span(single(placeholders(text)).range), spanOf(text, '[Insert link text]'));
    });

    it('reports an escaped \\[Insert …\\] as Word converters write it, quoting it without the backslashes', () => {
      const text = withBody('The wards are \\[Insert wards\\].\n');
      const diagnostic = single(placeholders(text));
      assert.equal(span(diagnostic.range), spanOf(text, '\\[Insert wards\\]'));
      assert.match(diagnostic.message, /^'\[Insert wards\]' is a template prompt/);
    });

    it('reports a prompt that wraps onto the next line of its paragraph', () => {
      const text = withBody('The wards are [Insert the\nwards affected] at present.\n');
      const diagnostic = single(placeholders(text));
      assert.equal(span(diagnostic.range), spanOf(text, '[Insert the\nwards affected]'));
      assert.match(diagnostic.message, /^'\[Insert the wards affected\]'/);
    });

    it('does not run on to a bracket in a later paragraph', () => {
      assert.deepEqual(placeholders(withBody('An [Insert\n\nnothing] here.\n')), []);
    });
  });

  describe('TBC and TBA', () => {
    it('reports TBC and TBA as whole words', () => {
      const text = withBody('The date is TBC and the venue TBA.\n');
      assert.deepEqual(spans(text), [spanOf(text, 'TBC'), spanOf(text, 'TBA')]);
      assert.match(placeholders(text)[0]!.message, /^'TBC' is a template prompt left in the text/);
    });

    it('reports them in lower case and next to punctuation', () => {
      const text = withBody('Dates (tbc), venue: TBA.\n');
      assert.deepEqual(spans(text), [spanOf(text, 'tbc'), spanOf(text, 'TBA')]);
    });

    it('does not report TBC inside a longer word', () => {
      assert.deepEqual(placeholders(withBody('The TBCs, ATBC and TBCA groups and the tbcx code.\n')), []);
    });

    it('does not report TBC next to letters outside ASCII', () => {
      assert.deepEqual(placeholders(withBody('ÉTBC and TBCé are names.\n')), []);
    });
  });

  describe('XX figures', () => {
    it('reports XX and XXX as whole words', () => {
      const text = withBody('Paragraph XX says XXX.\n');
      assert.deepEqual(spans(text), [spanOf(text, 'XX'), spanOf(text, 'XXX')]);
    });

    it('reports an amount, a date and a year written with X, covering the figure', () => {
      const text = withBody('It costs £XX,XXX from XX/XX/2026 until 20XX.\n');
      assert.deepEqual(spans(text), [spanOf(text, 'XX,XXX'), spanOf(text, 'XX/XX/2026'), spanOf(text, '20XX')]);
      assert.match(placeholders(text)[0]!.message, /^'XX,XXX' is a template prompt/);
    });

    it('ends a figure before a full stop that ends the sentence', () => {
      const text = withBody('The saving is £XX.\n');
      assert.equal(span(single(placeholders(text)).range), spanOf(text, 'XX'));
    });

    it('does not report Roman numerals or words that contain XX', () => {
      assert.deepEqual(
        placeholders(
          withBody('Sizes XXL and XXXL; Chapter XXI, XXIV and XIX; the XXth line; Appendix X; 1,204 replies.\n'),
        ),
        [],
      );
    });

    it('does not report xx in lower case', () => {
      assert.deepEqual(placeholders(withBody('The xx band.\n')), []);
    });
  });

  describe('prompts in angle brackets', () => {
    it('reports <insert …> in the text, covering the brackets', () => {
      const text = withBody('The wards are <insert the wards> at present.\n');
      const diagnostic = single(placeholders(text));
      assert.equal(span(diagnostic.range), spanOf(text, '<insert the wards>'));
      assert.equal(
        diagnostic.message,
        "'<insert the wards>' is a template prompt left in the text: replace it with the real wording or remove it.",
      );
    });

    it('reports <insert …> on a line of its own, which CommonMark reads as an HTML block, and in a heading', () => {
      const text = withBody('<insert the wards>\n\n# <choose a title>\n');
      assert.deepEqual(spans(text), [spanOf(text, '<insert the wards>'), spanOf(text, '<choose a title>')]);
    });

    it('does not report HTML tags, a tag that only begins with a prompt word, or a prompt in a code span or comment', () => {
      assert.deepEqual(
        placeholders(
          withBody(
            'A <b>bold</b> <address>x</address> <br> `<insert x>` <!-- <insert y> --> line.\n\n<!--\n<insert z>\n-->\n',
          ),
        ),
        [],
      );
    });
  });

  describe('an ellipsis in brackets', () => {
    it('reports […] and [...]', () => {
      const text = withBody('The cost is […] and the date [...].\n');
      assert.deepEqual(spans(text), [spanOf(text, '[…]'), spanOf(text, '[...]')]);
    });

    it('does not report […] inside a quotation, where it marks words left out', () => {
      assert.deepEqual(
        placeholders(withBody('The Act says “the authority […] shall publish” and "the duty [...] applies".\n')),
        [],
      );
    });
  });

  describe('an ellipsis standing alone', () => {
    it('reports an ellipsis that is a whole paragraph, list item or heading', () => {
      const text = withBody('…\n\n- ...\n- A real item.\n\n## 4. …\n');
      assert.deepEqual(spans(text), [spanOf(text, '…'), spanOf(text, '...'), spanIn(text, '## 4. …', '…')]);
      assert.equal(
        placeholders(text)[0]!.message,
        "'…' on its own is a gap left to fill: write the text or remove it.",
      );
    });

    it('reports it after a paragraph number, a list number or a bold ID, and with a full stop', () => {
      const text = withBody('10.1 …\n\n1. …\n\n**F1** …\n\n**R2** – ….\n');
      assert.deepEqual(spans(text), [
        spanIn(text, '10.1 …', '…'),
        spanIn(text, '1. …', '…'),
        spanIn(text, '**F1** …', '…'),
        spanIn(text, '**R2** – …', '…'),
      ]);
    });

    it('reports it as a whole table cell, in any row', () => {
      const text = withBody('| Item | Cost |\n|---|---|\n| Staff | … |\n| … | £5 |\n| Rent | £5 … |\n');
      assert.deepEqual(spans(text), [spanIn(text, '| Staff | … |', '…'), spanIn(text, '| … | £5 |', '…')]);
    });

    it('does not report it in a block quote, which quotes another text', () => {
      assert.deepEqual(placeholders(withBody('> …\n\n> The report said:\n> …\n')), []);
    });

    it('does not report a lone ellipsis in code', () => {
      assert.deepEqual(placeholders(withBody('`…`\n\n```\n…\n```\n')), []);
    });
  });

  describe('an ellipsis ending an unfinished clause', () => {
    it('reports the ellipsis after a word that cannot end a clause, quoting the words it stops at', () => {
      const text = withBody('It has no impact on people with protected characteristics because …\n');
      const diagnostic = single(placeholders(text));
      assert.equal(span(diagnostic.range), spanOf(text, '…'));
      assert.equal(diagnostic.message, "The text stops at 'because …', a gap left to fill: finish it.");
    });

    it('reports it after prepositions, articles, conjunctions and auxiliaries, in any case, with or without a space', () => {
      for (const stop of [
        'held on …',
        'asks the Committee to ...',
        'approved by…',
        'the …',
        'Rents and …',
        'The review was …',
        'BECAUSE …',
        'heard from ….',
      ]) {
        assert.equal(placeholders(withBody(`Text ${stop}\n`)).length, 1, stop);
      }
    });

    it('reports it after a colon, a dash set off by spaces or a currency sign', () => {
      const text = withBody('Rejected: …\n\nAppendix A – …\n\nAppendix B - …\n\nIt costs £….\n');
      assert.deepEqual(
        placeholders(text).map((diagnostic) => diagnostic.message.split("'")[1]),
        ['Rejected: …', 'A – …', 'B - …', 'costs £…'],
      );
    });

    it('reports it where the clause ends at a comma, semicolon or bracket, not only at the end of the paragraph', () => {
      const text = withBody('The meeting held on …, the Committee agreed (by …); and so to …. Then more.\n');
      assert.deepEqual(
        placeholders(text).map((diagnostic) => diagnostic.message.split("'")[1]),
        ['on …', 'by …', 'to …'],
      );
    });

    it('does not report an ellipsis that marks an omission mid-sentence, or text trailing off after a word that can end a clause', () => {
      assert.deepEqual(
        placeholders(
          withBody(
            'The Council … agreed the plan. Because … the plan was agreed. Councillors Brook, Carter … and Ellis. And so on… Libraries, museums, parks...\n',
          ),
        ),
        [],
      );
    });

    it('does not report an ellipsis that opens or sits inside a quotation', () => {
      const quoted = [
        'The end of the second sentence be amended to read “… which could largely negate the need for new developments.”',
        'He said “we agreed because …” and sat down.',
        'She wrote ‘the Council’s plan is to …’ in her letter.',
        'The minute reads "agreed to …" as printed.',
      ];
      assert.deepEqual(placeholders(withBody(quoted.join('\n\n') + '\n')), []);
    });

    it('ends a quotation at a blank line, so an unclosed quotation mark does not hide the paragraphs after it', () => {
      const text = withBody('He said “we agreed.\n\nIt has no effect because …\n');
      assert.equal(span(single(placeholders(text)).range), spanIn(text, 'because …', '…'));
    });

    it('does not take a word ending in a continuation word for one', () => {
      assert.deepEqual(placeholders(withBody('A matter of interesting detail: the Board…\n\nThe agenda…\n')), []);
    });
  });

  describe('made-up contact details', () => {
    it('reports an e-mail address whose name part is a stand-in, at any domain', () => {
      const addresses = [
        'name@example.gov.uk',
        'firstname.lastname@council.gov.uk',
        'first.last@x.org',
        'Your.Name@northshire.gov.uk',
        'email@northshire.gov.uk',
        'joe.bloggs@example.com',
        'name@…',
      ];
      const text = withBody(addresses.map((address) => `Write to ${address}.`).join('\n\n') + '\n');
      assert.deepEqual(
        spans(text),
        addresses.map((address) => spanOf(text, address)),
      );
      assert.equal(
        placeholders(text)[0]!.message,
        "'name@example.gov.uk' is a made-up e-mail address from a template: give the real one.",
      );
    });

    it('reports a stand-in address written as an autolink or a mailto link', () => {
      const text = withBody('Write to <name@example.gov.uk> or [the author](mailto:your.name@example.gov.uk).\n');
      assert.deepEqual(spans(text), [spanOf(text, 'name@example.gov.uk'), spanOf(text, 'your.name@example.gov.uk')]);
    });

    it('does not report a real-looking address, at an example domain or with capitals, or a shared mailbox', () => {
      assert.deepEqual(
        placeholders(
          withBody(
            'Write to priya.natarajan@example.gov.uk, JHuwJones@anglesey.gov.uk, surname@x.org, the.name@x.org or contact@northshire.gov.uk.\n',
          ),
        ),
        [],
      );
    });

    it('reports a telephone number whose digits are all the same or count up, however it is spaced', () => {
      const numbers = ['01234 567890', '0000 000 0000', '0123 456 7890', '+44 (0)1234 567890', '07777 777777'];
      const text = withBody(numbers.map((number) => `Call ${number}.`).join('\n\n') + '\n');
      assert.deepEqual(
        spans(text),
        numbers.map((number) => spanOf(text, number)),
      );
      assert.equal(
        placeholders(text)[0]!.message,
        "'01234 567890' is a made-up telephone number from a template: give the real one.",
      );
    });

    it('does not report a real number however it is punctuated, a drama number, or other figures', () => {
      assert.deepEqual(
        placeholders(
          withBody(
            'Call 01483.523298, (01274) 432616, 01632 960418 or 020 7946 0000; the budget is 1,234,567,890 and the code 0123456789012.\n',
          ),
        ),
        [],
      );
    });
  });

  describe('front matter values', () => {
    const fm = (lines: string) => withBody('Text.\n', `title: T\ncommittee: C\nmeeting: 2026-03-12\n${lines}`);

    it('reports a prompt in a value at the prompt, naming the key', () => {
      const text = fm('report_by: Chair of the <insert the name of the group>');
      const diagnostic = single(placeholders(text));
      assert.equal(span(diagnostic.range), spanOf(text, '<insert the name of the group>'));
      assert.equal(
        diagnostic.message,
        "'<insert the name of the group>' in the 'report_by' value is a template prompt: replace it with the real value.",
      );
    });

    it('reports TBC, XX, a stand-in address and a made-up number in values, nested ones included, at exact positions', () => {
      const text = withBody(
        'Text.\n',
        'title: "TBC"\ncommittee: C\nmeeting: 2026-XX-XX\ncontact:\n  name: Sam Patel\n  email: name@example.gov.uk\n  phone: \'01234 567890\'',
      );
      assert.deepEqual(spans(text), [
        spanOf(text, 'TBC'),
        spanOf(text, '2026-XX-XX'),
        spanOf(text, 'name@example.gov.uk'),
        spanOf(text, '01234 567890'),
      ]);
      assert.deepEqual(
        placeholders(text).map((diagnostic) => diagnostic.message),
        [
          "'TBC' in the 'title' value is a template prompt: replace it with the real value.",
          "'2026-XX-XX' in the 'meeting' value is a template prompt: replace it with the real value.",
          "'name@example.gov.uk' in the 'email' value is a made-up e-mail address from a template: give the real one.",
          "'01234 567890' in the 'phone' value is a made-up telephone number from a template: give the real one.",
        ],
      );
    });

    it('reports a value that is only an ellipsis, and one that stops after a word that needs more', () => {
      const text = fm('report_by: …\naddressee: Cabinet Member for …');
      assert.deepEqual(spans(text), [spanIn(text, 'report_by: …', '…'), spanIn(text, 'for …', '…')]);
      assert.deepEqual(
        placeholders(text).map((diagnostic) => diagnostic.message),
        [
          "The 'report_by' value is only '…', a gap left to fill: fill it in.",
          "The 'addressee' value stops at 'for …', a gap left to fill: finish it.",
        ],
      );
    });

    it('reports [Insert …] that YAML read as a list, covering the brackets', () => {
      const text = fm('report_by: [Insert the post]');
      assert.equal(span(single(placeholders(text)).range), spanOf(text, '[Insert the post]'));
    });

    it('reports a placeholder in a list item and in a flow mapping', () => {
      const text = fm(
        'divisions:\n  - Ward A\n  - TBC\nappendices: [{ id: A, title: <insert the title of Appendix A> }]',
      );
      assert.deepEqual(spans(text), [spanOf(text, 'TBC'), spanOf(text, '<insert the title of Appendix A>')]);
    });

    it('covers the whole value, once, where its text is not written as it reads (folded or escaped)', () => {
      const text = fm('report_by: >-\n  Director of\n  TBC and XX\naddressee: "Cabinet \\u004dember TBC"');
      assert.deepEqual(spans(text), [
        spanOf(text, '>-\n  Director of\n  TBC and XX'),
        spanOf(text, '"Cabinet \\u004dember TBC"'),
      ]);
    });

    it('does not report keys, comments, finished values or a capitals title', () => {
      assert.deepEqual(
        placeholders(
          fm(
            'TBC: yes\n# TBC and [Insert x]\nreport_by: Director of Place # XX\ncontact:\n  name: Priya Natarajan\n  email: priya.natarajan@example.gov.uk\n  phone: "01483.523298"\nexempt: false',
          ),
        ),
        [],
      );
      assert.deepEqual(
        placeholders(
          withBody(
            'Text.\n',
            'title: A NEW DEVELOPMENT MANAGEMENT COMMITTEE SYSTEM\ncommittee: C\nmeeting: 2026-03-12',
          ),
        ),
        [],
      );
    });

    it('leaves a known key given no value to front-matter-schema, which reports it at the value', () => {
      const text = fm('key_decision:');
      assert.deepEqual(placeholders(text), []);
      assert.ok(brief(checkFor('front-matter-schema', text)).includes('front-matter-schema 4:13-4:13'));
    });

    it('does not read front matter that cannot be parsed (front-matter reports it)', () => {
      assert.deepEqual(placeholders(fm('title: [Insert x\nbad: : :')), []);
    });
  });

  describe('where it looks', () => {
    it('reports a placeholder in a heading', () => {
      const text = withBody('## Appendix XX\n\nText.\n');
      assert.equal(span(single(placeholders(text)).range), spanOf(text, 'XX'));
    });

    it('reports a placeholder in a setext heading', () => {
      const text = withBody('[Report title]\n==============\n\nText.\n');
      assert.equal(span(single(placeholders(text)).range), spanOf(text, '[Report title]'));
    });

    it('reports placeholders in list items, block quotes and table cells', () => {
      const text = withBody('- Ward: [Insert ward]\n\n> Quoted TBC\n\n| Item | Cost |\n|---|---|\n| Staff | £XX |\n');
      assert.deepEqual(spans(text), [spanOf(text, '[Insert ward]'), spanOf(text, 'TBC'), spanOf(text, 'XX')]);
    });

    it('does not report placeholders in code spans', () => {
      assert.deepEqual(placeholders(withBody('Write `[Insert wards]`, `TBC` or `£XX` in the template.\n')), []);
    });

    it('does not report a bracket that starts inside a code span', () => {
      assert.deepEqual(placeholders(withBody('The `[Insert` wards] text.\n')), []);
    });

    it('does not report placeholders in fenced or indented code blocks', () => {
      assert.deepEqual(placeholders(withBody('```\n[Insert wards] TBC XX\n```\n\n    [Insert wards] TBC XX\n')), []);
    });

    it('does not report placeholders in HTML comments or HTML blocks', () => {
      assert.deepEqual(
        placeholders(
          withBody('Text <!-- [Insert wards] TBC --> here.\n\n<!--\nDate: TBC\n-->\n\n<div>\nCost £XX\n</div>\n'),
        ),
        [],
      );
    });

    it('gives exact positions in a CRLF document', () => {
      const text = withBody('## Background\n\nFirst line.\nThe date is TBC.\n').replace(/\n/g, '\r\n');
      assert.equal(span(single(placeholders(text)).range), spanOf(text, 'TBC'));
      assert.equal(span(single(placeholders(text)).range), '8:12-8:15');
    });

    it('counts columns in UTF-16 code units after text outside ASCII', () => {
      const text = withBody('📚 Café – [Insert wards]\n');
      const diagnostic = single(placeholders(text));
      assert.equal(span(diagnostic.range), spanIn(text, '📚 Café – [Insert wards]', '[Insert wards]'));
      assert.equal(diagnostic.range.start.character, 10);
    });

    it('finds every placeholder in a paragraph, in order', () => {
      const text = withBody('From XX to TBC: [Insert wards], then XX.\n');
      assert.deepEqual(spans(text), [
        spanOf(text, 'XX'),
        spanOf(text, 'TBC'),
        spanOf(text, '[Insert wards]'),
        spanOf(text, 'XX', 2),
      ]);
    });

    it('stays quiet in a disable region', () => {
      const text = withBody('<!-- committee-reports-disable-next-line placeholder-left -->\nThe date is TBC.\n');
      assert.deepEqual(placeholders(text), []);
    });
  });

  describe('valid documents', () => {
    it('is quiet on the valid report, scrutiny report and minutes', () => {
      assert.deepEqual(placeholders(report()), []);
      assert.deepEqual(placeholders(scrutiny()), []);
      assert.deepEqual(placeholders(minutes(), 'a.minutes.md'), []);
    });

    it('is quiet on every sample except the draft', () => {
      const results = checkDocuments(cleanSamples());
      for (const [name, diagnostics] of Object.entries(results))
        assert.deepEqual(brief(diagnostics.filter((d) => d.code === 'placeholder-left')), [], name);
    });

    it('reports the TBC and the [Insert …] prompt the sample draft leaves, on the lines its README gives', () => {
      const name = DRAFT_SAMPLE;
      const text = readSample(name);
      const found = checkDocuments({ [name]: text })[name]!.filter((d) => d.code === 'placeholder-left');
      assert.deepEqual(
        found.map((d) => d.range.start.line + 1),
        [82, 109],
      );
    });
  });

  describe('the list of forms in docs/format.md', () => {
    it('catches every example it gives as caught, and none it gives as left alone', () => {
      for (const row of PLACEHOLDER_FORMS) {
        for (const example of row.caught) assert.notDeepEqual(findPlaceholders(example), [], `${row.form}: ${example}`);
        for (const example of row.notCaught) assert.deepEqual(findPlaceholders(example), [], `${row.form}: ${example}`);
      }
    });
  });

  it('is fast on a long document', () => {
    const paragraph =
      'The Council spent £40,000 on 1,204 libraries in 2026 [F1] and XXL items with `code` and <b>tags</b>.\n\n';
    const text = withBody(
      paragraph.repeat(10_000) + 'X'.repeat(50_000) + 'L ' + '['.repeat(20_000) + 'Insert ' + 'T'.repeat(20_000) + '\n',
    );
    const started = Date.now();
    assert.deepEqual(placeholders(text), []);
    assert.ok(Date.now() - started < 5_000, `took ${Date.now() - started} ms`);
  });
});
