import * as assert from 'node:assert/strict';
import { KNOWN_ACRONYMS } from '../../support/core';
import {
  brief,
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

const CODE = 'acronym-undefined';
const acronyms = (text: string, config?: string) => checkFor(CODE, text, config === undefined ? {} : { config });
/** A minimal document whose body is the given paragraphs. */
const body = (...paragraphs: string[]) => withBody(`# Title\n\n${paragraphs.join('\n\n')}\n`);
/** The acronyms reported, in order. */
const reported = (text: string, config?: string) =>
  acronyms(text, config).map((diagnostic) =>
    text.slice(offset(text, diagnostic.range.start), offset(text, diagnostic.range.end)),
  );
/** 1-based line of the first line holding `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

function offset(text: string, position: { line: number; character: number }): number {
  const lines = text.split('\n');
  return lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character;
}

describe('acronym-undefined', () => {
  describe('first uses and definitions', () => {
    it('reports, as a warning, the first use of an acronym that is never spelt out, and not its later uses, saying so plainly', () => {
      const text = body(
        'Pupils with SEND were excluded more often.',
        'The SEND strategy is under review.',
        'SEND funding rose.',
      );
      const diagnostic = single(acronyms(text));
      assert.equal(diagnostic.severity, 'warning');
      assert.equal(span(diagnostic.range), spanOf(text, 'SEND'));
      assert.equal(
        diagnostic.message,
        'SEND is not spelt out anywhere in this document: write the full name followed by (SEND) here, at its first use.',
      );
    });

    it('reports each undefined acronym once, at its own first use', () => {
      const text = body('The ICB and the CQC met.', 'The ICB and the CQC met again.');
      assert.deepEqual(brief(acronyms(text)), [`${CODE} ${spanOf(text, 'ICB')}`, `${CODE} ${spanOf(text, 'CQC')}`]);
    });

    it('accepts a first use written as "Full Name (ABC)"', () => {
      const text = body(
        'Pupils with special educational needs and disabilities (SEND) were excluded more often.',
        'SEND funding rose.',
      );
      assert.deepEqual(acronyms(text), []);
    });

    it('accepts a first use written as "ABC (Full Name)"', () => {
      const text = body(
        'Pupils with SEND (special educational needs and disabilities) were excluded.',
        'SEND funding rose.',
      );
      assert.deepEqual(acronyms(text), []);
    });

    it('accepts a definition across a line break, with "and", "of" and "for" in the name', () => {
      const text = body(
        "The Department for Education (DfE) and the Her Majesty's Inspectorate of\nConstabulary (HMIC) wrote; an Education, Health and Care Plan (EHCP) followed.",
        'The DfE, HMIC and EHCP again.',
      );
      assert.deepEqual(acronyms(text), []);
    });

    it('says on which line an acronym used too early is spelt out, at its first use', () => {
      const text = body(
        'The EHCP is late.',
        'An education, health and care plan (EHCP) sets out support.',
        'The EHCP is reviewed.',
      );
      const diagnostic = single(acronyms(text));
      assert.equal(span(diagnostic.range), spanOf(text, 'EHCP'));
      assert.equal(
        diagnostic.message,
        `EHCP is used on line ${lineOf(text, 'The EHCP is late')} before it is spelt out on line ${lineOf(text, '(EHCP)')}: spell it out at its first use, or move the definition up.`,
      );
    });

    it('never says a report titled with an acronym leaves it unexplained when the text spells it out further on', () => {
      const text = withBody(
        [
          '# SEND Home to School Transport',
          '',
          '## Summary',
          '',
          'Transport for pupils with SEND is reviewed.',
          '',
          '## Background',
          '',
          'Special educational needs and disabilities (SEND) cover many needs.',
          '',
        ].join('\n'),
        'title: SEND Home to School Transport\ncommittee: Cabinet\nmeeting: 2026-03-12',
      );
      const diagnostic = single(acronyms(text));
      assert.equal(span(diagnostic.range), spanIn(text, 'pupils with SEND', 'SEND'));
      assert.match(
        diagnostic.message,
        new RegExp(
          `^SEND is used on line ${lineOf(text, 'pupils with SEND')} before it is spelt out on line ${lineOf(text, '(SEND)')}:`,
        ),
      );
    });

    it('does not take a name spelt out earlier without "(ABC)" as a definition', () => {
      const text = body('The Local Government Association wrote to us.', 'The LGA asked for a reply.');
      assert.equal(span(single(acronyms(text)).range), spanOf(text, 'LGA'));
    });

    it('does not take parentheses whose words do not fit the letters as a definition', () => {
      const text = body('The regulator (CQC) inspected the home.');
      assert.equal(span(single(acronyms(text)).range), spanOf(text, 'CQC'));
    });

    it('does not take a fill-in in square brackets for the full name', () => {
      const text = body('The [Insert the full name] (TFN) met.', 'The TFN met again.');
      assert.equal(span(single(acronyms(text)).range), spanOf(text, 'TFN'));
    });

    it('reads plurals and possessives as uses of a defined acronym', () => {
      const text = body(
        'Local authorities (LA) and the Department for Education (DfE) agree.',
        "Most LAs replied; the LA's view and the LAs' views differ from the DfE's guidance.",
      );
      assert.deepEqual(acronyms(text), []);
    });

    it('reports the first use of an undefined acronym written as a plural, on the acronym', () => {
      const text = body('Most LAs replied.');
      const diagnostic = single(acronyms(text));
      assert.equal(span(diagnostic.range), spanOf(text, 'LA'));
      assert.match(diagnostic.message, /^LA is not spelt out/);
    });

    it('takes a plural inside the parentheses as defining the acronym', () => {
      const text = body(
        'The route that heavy goods vehicles (HGVs) take.',
        'No HGV may use the lane; HGVs must turn.',
        'Multi Use Games Areas (MUGA’s) and MUGAs.',
      );
      assert.deepEqual(acronyms(text), []);
    });

    it('knows mixed-case acronyms such as CiCC and DfE', () => {
      const defined = body(
        'The Children in Care Council (CiCC) met the Department for Education (DfE).',
        'The CiCC and the DfE agreed.',
      );
      assert.deepEqual(acronyms(defined), []);
      const notSpeltOut = body('The CiCC met the DfE.');
      assert.deepEqual(brief(acronyms(notSpeltOut)), [
        `${CODE} ${spanOf(notSpeltOut, 'CiCC')}`,
        `${CODE} ${spanOf(notSpeltOut, 'DfE')}`,
      ]);
    });

    it('does not take words with one capital, such as Ofsted and Covid, for acronyms', () => {
      assert.deepEqual(
        acronyms(body('Ofsted rated the school Good after Covid.', 'McDonald and PowerPoint are names.')),
        [],
      );
    });

    it('ignores Roman numerals, X runs, IDs and words with digits', () => {
      const text = body(
        'The report is in Part II under Schedule 12A; see Part IV and chapter XI.',
        'The figure is £XX or XXX.',
        '**F1** Costs rose [F1, R12]; see A1, S106 and COVID-19.',
      );
      assert.deepEqual(acronyms(text), []);
    });

    it('ignores single letters and capitals for emphasis', () => {
      assert.deepEqual(acronyms(body('Option A must NOT be chosen, and I agree.')), []);
    });

    it('does not check code spans, fenced code, HTML, link destinations, URLs or the front matter', () => {
      const text = withBody(
        [
          '# Title',
          '',
          'Run `SEND` and see <abbr title="ABC">x</abbr>, [the guidance](https://example.gov.uk/DEFRA/FOO) or https://example.gov.uk/LGA/BAR.',
          '',
          '```',
          'EHCP CQC',
          '```',
          '',
          '<div>',
          'ICB',
          '</div>',
          '',
          '<!-- HMIC -->',
          '',
        ].join('\n'),
        'title: The SEND Review\ncommittee: CYP Scrutiny\nmeeting: 2026-03-12',
      );
      assert.deepEqual(acronyms(text), []);
    });
  });

  describe('headings and the title are labels', () => {
    it('never reports an acronym used only in headings', () => {
      const text = body('## Background Papers (DoP&D)', 'There are none.', '## SEND Provision', 'Provision grew.');
      assert.deepEqual(acronyms(text), []);
    });

    it('reports the first use in the text, not an earlier use in a heading', () => {
      const text = body('## SEND Provision', 'The SEND team grew.');
      assert.equal(span(single(acronyms(text)).range), spanIn(text, 'The SEND team', 'SEND'));
    });

    it('accepts a definition in a heading, for the text after it', () => {
      assert.deepEqual(
        acronyms(body('## Special Educational Needs and Disabilities (SEND)', 'SEND provision grew.')),
        [],
      );
    });

    it('says where a heading further on spells out an acronym the text used first', () => {
      const text = body(
        'The SEND team grew.',
        '## Special Educational Needs and Disabilities (SEND)',
        'SEND provision grew.',
      );
      assert.match(
        single(acronyms(text)).message,
        new RegExp(
          `^SEND is used on line ${lineOf(text, 'The SEND team')} before it is spelt out on line ${lineOf(text, '(SEND)')}:`,
        ),
      );
    });

    it('is quiet on a title in capitals in the front matter', () => {
      assert.deepEqual(
        acronyms(
          withBody(
            'Text.\n',
            'title: A NEW DEVELOPMENT MANAGEMENT COMMITTEE SYSTEM\ncommittee: C\nmeeting: 2026-03-12',
          ),
        ),
        [],
      );
    });
  });

  describe('capitals that are not acronyms', () => {
    it('takes a definition written in capitals, in a heading or a line, and no other word there for a use', () => {
      const text = body(
        '## 35a SPECIAL EDUCATIONAL NEEDS (SEN) GATEWAY REPORT',
        'LOCAL ENTERPRISE PARTNERSHIP (LEP) BOARD',
        'The SEN and LEP teams and the GATEWAY met.',
      );
      assert.deepEqual(reported(text), ['GATEWAY']);
    });

    it('reads acronyms in a heading with small letters as uses, and its numbering as no acronym', () => {
      const text = body(
        '## DD – Is this within the SEND budget?',
        'The SEND budget grew.',
        '## 35a Special Educational Needs and Disabilities (SEND)',
        'No DD here.',
      );
      // DD: numbering in the heading, then a first use in the text; SEND: used in the text before the heading spells it out.
      assert.deepEqual(reported(text), ['SEND', 'DD']);
    });

    it('reads a line or table cell with no small letters as shouted or a label, however many words it has', () => {
      const text = body(
        'WAVERLEY BOROUGH COUNCIL\nCONSTITUTION SPECIAL INTEREST GROUP - 9TH SEPTEMBER 2005\n13TH SEPTEMBER 2005',
        'CABINET',
        'AO',
        'CONTACT OFFICER:',
        '| REPORT TO CABINET | |\n|---|---|\n| ICT | £5k |\n| Is it a Key Decision | NO |',
      );
      assert.deepEqual(acronyms(text), []);
    });

    it('reads one capitals word as a label when it is a whole paragraph, a table cell or ends in a colon', () => {
      assert.deepEqual(
        acronyms(body('CABINET', '- SEND', '| Lead | ICT |', 'Report to Cabinet\nDECISION:\nAgreed')),
        [],
      );
    });

    it('still reports a capitals word inside a sentence, a cell with small letters, or alone on the last line of a wrapped sentence', () => {
      assert.deepEqual(
        reported(body('The CABINET met.', '| Lead | the ICT team |', 'The report was agreed with the\nLGA.')),
        ['CABINET', 'ICT', 'LGA'],
      );
    });

    it('reads three or more words in capitals in a row as shouted, in a line with small letters too', () => {
      const text = body(
        'This is a REPORT TO CABINET about the EAST RIDING OF YORKSHIRE COUNCIL and its\nNOT FOR PUBLICATION papers, from the ENVIRONMENT AND LEISURE OVERVIEW & SCRUTINY COMMITTEE.',
      );
      assert.deepEqual(acronyms(text), []);
    });

    it('reports two acronyms side by side, and a list of acronyms separated by commas', () => {
      assert.deepEqual(reported(body('The ICB CQC review met.', 'The LGA, CCN, DWP and HMRC agreed.')), [
        'ICB',
        'CQC',
        'LGA',
        'CCN',
        'DWP',
        'HMRC',
      ]);
    });

    it('knows the minute and procedural words docs/format.md lists, as minutes print them', () => {
      const words = [
        'RESOLVED',
        'AGREED',
        'NOTED',
        'RECOMMENDED',
        'DECIDED',
        'APPROVED',
        'RECEIVED',
        'ENDORSED',
        'REFERRED',
        'DEFERRED',
        'CONSIDERED',
        'MOVED',
        'SECONDED',
        'CARRIED',
        'LOST',
        'FOR',
        'AGAINST',
        'ABSTAINED',
        'YES',
        'NO',
        'NOTE',
        'ACTION',
        'PART',
        'EXEMPT',
        'CONFIDENTIAL',
        'RESTRICTED',
        'URGENT',
        'DRAFT',
        'OFFICIAL',
        'SENSITIVE',
      ];
      const text = body(
        'Cllr Bell MOVED, Cllr Dacres SECONDED and it was RESOLVED to:',
        'RESOLVED that the report be noted.',
        ...words.map((word) => `The motion was ${word} today.`),
        'This paper is NOT FOR PUBLICATION.',
      );
      assert.deepEqual(acronyms(text), []);
    });

    it('ignores codes that name a document, appendix, annex or table, but not the same letters elsewhere', () => {
      const text = body(
        'See Document "AO", Appendix AB, appendix “AC”, Annex CD, Annexe CE, Tables EF and Table B.',
        'The AB group met.',
      );
      assert.deepEqual(reported(text), ['AB']);
    });

    it('ignores the bare negatives NA, N/A and NIL, and the placeholders TBC, TBA and TBD', () => {
      assert.deepEqual(
        acronyms(
          body('Consultation: NA.', 'Finance: N/A and NIL.', 'The cost is TBC, the date TBA and the venue TBD.'),
        ),
        [],
      );
    });

    it('knows every abbreviation on the built-in list, and the config adds to it', () => {
      assert.deepEqual(acronyms(body(`Known: ${[...KNOWN_ACRONYMS].join(', ')}.`)), []);
      assert.deepEqual(
        reported(body('Tony Lloyd MP, Jane Smith OBE, CCTV and LED lighting near the A&E; the LGA and the ICB.')),
        ['LGA', 'ICB'],
      );
      assert.deepEqual(
        reported(body('The LGA and the lga wrote; the LGAs agree. The ICB did not.'), 'acronyms: [LGA]\n'),
        ['ICB'],
      );
    });

    it('is quiet on honours and titles written with stops', () => {
      assert.deepEqual(
        acronyms(body('Tony Lloyd, M.P., who was knighted, and Theresa Grant, who was awarded an O.B.E.')),
        [],
      );
    });

    it('ignores the parts of a legal citation, known by its shape', () => {
      const text = body(
        'In [2013] EWCA Civ 1345 and [2020] UKSC 12 the courts agreed, as in [1998] 1 WLR 1234, [2004] 1 All ER 123,',
        '[2013] EWHC 1234 (QB), [1990] 2 AC 605, [2001] QB 1 and (1993) 25 HLR 1.',
      );
      assert.deepEqual(acronyms(text), []);
    });

    it('reports a court abbreviation outside a citation, and capitals after a bracketed year that is no citation', () => {
      assert.deepEqual(reported(body('The EWCA agreed.', 'The plan (2019) LGA guidance.')), ['EWCA', 'LGA']);
    });
  });

  describe('& and / inside an acronym', () => {
    it('reads an acronym joined by & as one word, defined by its own brackets', () => {
      const text = body(
        'The Task and Finish Group (T&FG) met the Overview and Scrutiny (O&S) committee.',
        'The T&FG and O&S agreed; the T&FG’s report and the T&FGs followed.',
        'Parks and Greenspaces Service (P&GS) staff; P&GS sites.',
      );
      assert.deepEqual(acronyms(text), []);
    });

    it('reports an undefined acronym joined by & whole, at its first use', () => {
      const text = body('The T&FG met.');
      const diagnostic = single(acronyms(text));
      assert.equal(span(diagnostic.range), spanOf(text, 'T&FG'));
      assert.match(diagnostic.message, /^T&FG is not spelt out/);
    });

    it('does not take a file reference joined by / for an acronym', () => {
      assert.deepEqual(acronyms(body('Ref: comms/O&S3/010 and docs/LGA/2019.')), []);
    });

    it('reads single letters joined by / as one word, and longer parts as acronyms of their own', () => {
      assert.deepEqual(reported(body('The A/C unit and the LGA/ICB plan.')), ['A/C', 'LGA', 'ICB']);
    });
  });

  describe('positions, suppression and the samples', () => {
    it('gives the position right with CRLF line endings', () => {
      const text = body('First line.\r\nThe CQC inspected.', 'Then the ICB.')
        .replace(/\n/g, '\r\n')
        .replace(/\r\r/g, '\r');
      assert.deepEqual(brief(acronyms(text)), [`${CODE} ${spanOf(text, 'CQC')}`, `${CODE} ${spanOf(text, 'ICB')}`]);
    });

    it('counts columns in UTF-16 units after non-ASCII text', () => {
      const text = body('Café – “naïve” 𝒳 £40,000 for the CQC.');
      assert.equal(span(single(acronyms(text)).range), spanIn(text, 'for the CQC', 'CQC'));
    });

    it('can be suppressed for the next line', () => {
      const text = body('<!-- committee-reports-disable-next-line acronym-undefined -->\nThe CQC inspected.');
      assert.deepEqual(acronyms(text), []);
    });

    it('is quiet on the valid documents the tests build', () => {
      for (const text of [report(), scrutiny(), minutes()]) assert.deepEqual(brief(acronyms(text)), []);
    });

    it('is quiet on every sample outside the drafts', () => {
      for (const [file, text] of Object.entries(cleanSamples())) assert.deepEqual(brief(acronyms(text)), [], file);
    });

    it('reports FTE, and only FTE, in the draft', () => {
      const text = readSample(DRAFT_SAMPLE);
      const diagnostic = single(acronyms(text));
      assert.equal(span(diagnostic.range), spanOf(text, 'FTE'));
    });

    it('takes one linear pass over a long document', () => {
      const paragraphs = Array.from(
        { length: 5000 },
        (_, index) =>
          `${index + 1}.1 The Care Quality Commission (CQC) and the ICB met the DfE's staff (${'x'.repeat(20)}) about LAs.`,
      );
      const text = body(...paragraphs);
      const started = Date.now();
      assert.equal(acronyms(text).length, 3);
      assert.ok(Date.now() - started < 3000, `took ${Date.now() - started} ms`);
    });
  });
});
