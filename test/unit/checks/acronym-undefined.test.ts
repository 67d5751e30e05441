import * as assert from 'node:assert/strict';
import { brief, checkFor, minutes, report, scrutiny, single, span, spanIn, spanOf, withBody, cleanSamples, DRAFT_SAMPLE, readSample } from '../support';

const CODE = 'acronym-undefined';
const acronyms = (text: string, config?: string) => checkFor(CODE, text, config === undefined ? {} : { config });
/** A minimal document whose body is the given paragraphs. */
const body = (...paragraphs: string[]) => withBody(`# Title\n\n${paragraphs.join('\n\n')}\n`);

describe('acronym-undefined', () => {
  it('reports, as a warning, the first use of an acronym that is never spelt out, and not its later uses', () => {
    const text = body('Pupils with SEND were excluded more often.', 'The SEND strategy is under review.', 'SEND funding rose.');
    const diagnostic = single(acronyms(text));
    assert.equal(diagnostic.severity, 'warning');
    assert.equal(span(diagnostic.range), spanOf(text, 'SEND'));
    assert.equal(diagnostic.message, 'SEND is not spelt out: at its first use write the full name followed by (SEND).');
  });

  it('reports each undefined acronym once, at its own first use', () => {
    const text = body('The ICB and the CQC met.', 'The ICB and the CQC met again.');
    assert.deepEqual(brief(acronyms(text)), [`${CODE} ${spanOf(text, 'ICB')}`, `${CODE} ${spanOf(text, 'CQC')}`]);
  });

  it('accepts a first use written as "Full Name (ABC)"', () => {
    const text = body('Pupils with special educational needs and disabilities (SEND) were excluded more often.', 'SEND funding rose.');
    assert.deepEqual(acronyms(text), []);
  });

  it('accepts a first use written as "ABC (Full Name)"', () => {
    const text = body('Pupils with SEND (special educational needs and disabilities) were excluded.', 'SEND funding rose.');
    assert.deepEqual(acronyms(text), []);
  });

  it('accepts a definition across a line break, with "and", "of" and "for" in the name', () => {
    const text = body('The Department for Education (DfE) and the Her Majesty\'s Inspectorate of\nConstabulary (HMIC) wrote; an Education, Health and Care Plan (EHCP) followed.', 'The DfE, HMIC and EHCP again.');
    assert.deepEqual(acronyms(text), []);
  });

  it('still reports a first use that comes before the definition', () => {
    const text = body('The EHCP is late.', 'An education, health and care plan (EHCP) sets out support.', 'The EHCP is reviewed.');
    assert.equal(span(single(acronyms(text)).range), spanOf(text, 'EHCP'));
  });

  it('does not take a name spelt out earlier without "(ABC)" as a definition', () => {
    const text = body('The Local Government Association wrote to us.', 'The LGA asked for a reply.');
    assert.equal(span(single(acronyms(text)).range), spanOf(text, 'LGA'));
  });

  it('does not take parentheses whose words do not fit the letters as a definition', () => {
    const text = body('The regulator (CQC) inspected the home.');
    assert.equal(span(single(acronyms(text)).range), spanOf(text, 'CQC'));
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
    const text = body('The route that heavy goods vehicles (HGVs) take.', 'No HGV may use the lane; HGVs must turn.');
    assert.deepEqual(acronyms(text), []);
  });

  it('knows mixed-case acronyms such as CiCC and DfE', () => {
    const defined = body('The Children in Care Council (CiCC) met the Department for Education (DfE).', 'The CiCC and the DfE agreed.');
    assert.deepEqual(acronyms(defined), []);
    const notSpeltOut = body('The CiCC met the DfE.');
    assert.deepEqual(brief(acronyms(notSpeltOut)), [`${CODE} ${spanOf(notSpeltOut, 'CiCC')}`, `${CODE} ${spanOf(notSpeltOut, 'DfE')}`]);
  });

  it('does not take words with one capital, such as Ofsted and Covid, for acronyms', () => {
    assert.deepEqual(acronyms(body('Ofsted rated the school Good after Covid.', 'McDonald and PowerPoint are names.')), []);
  });

  it('ignores Roman numerals, placeholders, IDs and words with digits', () => {
    const text = body(
      'The report is in Part II under Schedule 12A; see Part IV and chapter XI.',
      'The cost is TBC and the date TBA; the figure is £XX or XXX.',
      '**F1** Costs rose [F1, R12]; see A1, S106 and COVID-19.',
    );
    assert.deepEqual(acronyms(text), []);
  });

  it('ignores single letters and capitals for emphasis', () => {
    assert.deepEqual(acronyms(body('Option A must NOT be chosen, and I agree.')), []);
  });

  it('treats a heading or line written all in capitals as shouting, not acronyms', () => {
    const text = body('## EXEMPT INFORMATION', 'NOT FOR PUBLICATION', 'The rest is plain.');
    assert.deepEqual(acronyms(text), []);
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

  it('reports an acronym first used in a heading before the text defines it', () => {
    const text = body('## SEND provision', 'Special educational needs and disabilities (SEND) provision grew.');
    assert.equal(span(single(acronyms(text)).range), spanOf(text, 'SEND'));
  });

  it('accepts a definition in a heading, for the text after it', () => {
    assert.deepEqual(acronyms(body('## Special Educational Needs and Disabilities (SEND)', 'SEND provision grew.')), []);
  });

  it('knows a short built-in list of acronyms everyone knows', () => {
    assert.deepEqual(acronyms(body('The UK, the EU and the NHS; GPs, MPs and the BBC; VAT, a PDF and a URL; COVID at 9 AM.')), []);
  });

  it('allows the acronyms listed in the config, as written', () => {
    const text = body('The LGA and the lga wrote; the LGAs agree. The ICB did not.');
    const diagnostics = acronyms(text, 'acronyms: [LGA]\n');
    assert.deepEqual(brief(diagnostics), [`${CODE} ${spanOf(text, 'ICB')}`]);
  });

  it('gives the position right with CRLF line endings', () => {
    const text = body('First line.\r\nThe CQC inspected.', 'Then the ICB.').replace(/\n/g, '\r\n').replace(/\r\r/g, '\r');
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
    const paragraphs = Array.from({ length: 5000 }, (_, index) => `${index + 1}.1 The Care Quality Commission (CQC) and the ICB met the DfE's staff (${'x'.repeat(20)}) about LAs.`);
    const text = body(...paragraphs);
    const started = Date.now();
    assert.equal(acronyms(text).length, 3);
    assert.ok(Date.now() - started < 3000, `took ${Date.now() - started} ms`);
  });
});
