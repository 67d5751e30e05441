import * as assert from 'node:assert/strict';
import { brief, checkDocuments, checkFor, minutes, report, scrutiny, single, span, spanIn, spanOf, withBody, cleanSamples, DRAFT_SAMPLE, readSample } from '../support';

const placeholders = (text: string, name = 'a.report.md') => checkFor('placeholder-left', text, { name });
const spans = (text: string) => placeholders(text).map((diagnostic) => span(diagnostic.range));



describe('placeholder-left', () => {
  describe('bracketed prompts', () => {
    it('reports an [Insert …] prompt as a warning covering the whole bracket', () => {
      const text = withBody('## Background\n\nThe change affects [Insert wards] most.\n');
      const diagnostic = single(placeholders(text));
      assert.equal(diagnostic.severity, 'warning');
      assert.equal(span(diagnostic.range), spanOf(text, '[Insert wards]'));
      assert.equal(diagnostic.message, "'[Insert wards]' is a template prompt left in the text: replace it with the real wording or remove it.");
    });

    it('reads the prompt word in any case', () => {
      const text = withBody('Cost: [insert figure] and [INSERT DATE].\n');
      assert.deepEqual(spans(text), [spanOf(text, '[insert figure]'), spanOf(text, '[INSERT DATE]')]);
    });

    it('reports the other template prompts: Delete, Add, Enter, Report title, Name, Name of, Date, TBC', () => {
      const prompts = ['[Delete as appropriate]', '[Add details]', '[Enter name]', '[Report title]', '[Name]', '[Name of officer]', '[Date of meeting]', '[TBC]', '[To be confirmed]'];
      const text = withBody(prompts.map((prompt) => `Text ${prompt} here.`).join('\n\n') + '\n');
      assert.deepEqual(spans(text), prompts.map((prompt) => spanOf(text, prompt)));
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
      assert.deepEqual(placeholders(withBody('**F1** A finding.\n\n**R1** That it is noted [F1]. He said "their" [sic] [1].\n')), []);
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
      assert.deepEqual(placeholders(withBody('Sizes XXL and XXXL; Chapter XXI, XXIV and XIX; the XXth line; Appendix X; 1,204 replies.\n')), []);
    });

    it('does not report xx in lower case', () => {
      assert.deepEqual(placeholders(withBody('The xx band.\n')), []);
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
      assert.deepEqual(placeholders(withBody('Text <!-- [Insert wards] TBC --> here.\n\n<!--\nDate: TBC\n-->\n\n<div>\nCost £XX\n</div>\n')), []);
    });

    it('does not read the front matter', () => {
      assert.deepEqual(placeholders(withBody('Text.\n', 'title: "TBC"\ncommittee: XX\nmeeting: 2026-03-12')), []);
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
      assert.deepEqual(spans(text), [spanOf(text, 'XX'), spanOf(text, 'TBC'), spanOf(text, '[Insert wards]'), spanOf(text, 'XX', 2)]);
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
      for (const [name, diagnostics] of Object.entries(results)) assert.deepEqual(brief(diagnostics.filter((d) => d.code === 'placeholder-left')), [], name);
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

  it('is fast on a long document', () => {
    const paragraph = 'The Council spent £40,000 on 1,204 libraries in 2026 [F1] and XXL items with `code` and <b>tags</b>.\n\n';
    const text = withBody(paragraph.repeat(10_000) + 'X'.repeat(50_000) + 'L ' + '['.repeat(20_000) + 'Insert ' + 'T'.repeat(20_000) + '\n');
    const started = Date.now();
    assert.deepEqual(placeholders(text), []);
    assert.ok(Date.now() - started < 5_000, `took ${Date.now() - started} ms`);
  });
});
