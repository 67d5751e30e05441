import * as assert from 'node:assert/strict';
import { CONFIG_FILE_NAME, acronymHoverAt, defaultConfig, loadConfig } from '../../support/core';
import { parse, span, spanIn, spanOf, uriOf, withBody } from '../support';

/** A minimal document whose body is the given paragraphs. */
const body = (...paragraphs: string[]) => withBody(`# Title\n\n${paragraphs.join('\n\n')}\n`);

/** The hover at `shift` characters into the first appearance of `needle`, under the given config text. */
function hoverAt(text: string, needle: string, shift = 0, configText?: string) {
  const at = text.indexOf(needle);
  assert.notEqual(at, -1, `no '${needle}'`);
  const config = configText === undefined ? defaultConfig() : loadConfig(configText, uriOf(CONFIG_FILE_NAME)).config;
  return acronymHoverAt(parse(text, configText === undefined ? {} : { config: configText }), at + shift, config);
}

/** The 1-based line number, as an officer counts, of the first line holding `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('Hover over an acronym', () => {
  it('gives the full name written before the acronym in brackets, and the line where the document spells it out', () => {
    const text = body('The Department for Education (DfE) wrote to us.', 'The DfE asked for a reply.');
    const hover = hoverAt(text, 'The DfE asked', 'The '.length + 1)!;
    assert.equal(hover.markdown, `**DfE**: Department for Education\n\nSpelt out on line ${lineOf(text, '(DfE)')}.`);
    assert.equal(span(hover.range), spanIn(text, 'The DfE asked', 'DfE'));
  });

  it('gives the words in the brackets after the acronym, and works on the definition itself', () => {
    const text = body('Pupils with SEND (special educational needs and disabilities) were excluded more often.');
    const hover = hoverAt(text, 'SEND')!;
    assert.equal(
      hover.markdown,
      `**SEND**: special educational needs and disabilities\n\nSpelt out on line ${lineOf(text, 'SEND')}.`,
    );
  });

  it('reads a plural and a possessive as their acronym, over the whole word', () => {
    const text = body(
      'Local authorities (LA) and the Department for Education (DfE) agree.',
      "Most LAs replied to the DfE's letter.",
    );
    const plural = hoverAt(text, 'LAs', 2)!;
    assert.match(plural.markdown, /^\*\*LA\*\*: Local authorities\n\n/);
    assert.equal(span(plural.range), spanOf(text, 'LAs'));
    const possessive = hoverAt(text, "DfE's", 4)!;
    assert.match(possessive.markdown, /^\*\*DfE\*\*: Department for Education\n\n/);
    assert.equal(span(possessive.range), spanOf(text, "DfE's"));
  });

  it('knows mixed-case acronyms such as CiCC', () => {
    const text = body('The Children in Care Council (CiCC) met.', 'The CiCC agreed.');
    assert.match(
      hoverAt(text, 'The CiCC agreed', 'The '.length)!.markdown,
      /^\*\*CiCC\*\*: Children in Care Council\n\n/,
    );
  });

  it('names the shortest run of words before the brackets that spells the acronym', () => {
    const text = body(
      'Pupils with special educational needs and disabilities (SEND) were excluded.',
      'SEND funding rose.',
    );
    assert.match(
      hoverAt(text, 'SEND funding')!.markdown,
      /^\*\*SEND\*\*: special educational needs and disabilities\n\n/,
    );
  });

  it('takes later letters of a word for the acronym letters after its initial, as in SuDS', () => {
    const text = body('Sustainable Drainage Systems (SuDS) are required.', 'The SuDS were built.');
    assert.match(hoverAt(text, 'The SuDS', 'The '.length)!.markdown, /^\*\*SuDS\*\*: Sustainable Drainage Systems\n\n/);
  });

  it('names the shortest run of words that spells a long acronym, among as many words as it has letters and more', () => {
    const letters = Array.from({ length: 120 }, (_, index) => 'ABC'[index % 3]!).join('');
    const name = [...letters.toLowerCase()].join(' ');
    const text = body(`Some words: a b c ${name} (${letters}).`);
    assert.equal(
      hoverAt(text, `(${letters})`, 1)!.markdown,
      `**${letters}**: ${name}\n\nSpelt out on line ${lineOf(text, name)}.`,
    );
  });

  it('says when the acronym is used before the document spells it out', () => {
    const text = body('The EHCP is late.', 'An education, health and care plan (EHCP) sets out support.');
    const hover = hoverAt(text, '(EHCP)', 1)!;
    assert.equal(
      hover.markdown,
      `**EHCP**: education, health and care plan\n\nSpelt out on line ${lineOf(text, '(EHCP)')}, but first used on line ${lineOf(text, 'The EHCP')}: spell it out at its first use, or move the definition up.`,
    );
  });

  it('says a built-in acronym is widely known and need not be spelt out', () => {
    assert.equal(
      hoverAt(body('The NHS replied.'), 'NHS')!.markdown,
      '**NHS** is a widely known abbreviation: it need not be spelt out.',
    );
  });

  it("says an acronym listed in the council's config need not be spelt out", () => {
    const hover = hoverAt(body('The LGA wrote.'), 'LGA', 1, 'acronyms: [LGA]\n')!;
    assert.equal(
      hover.markdown,
      "**LGA** need not be spelt out: the council's config (`.committee-reports.yaml`) lists it under `acronyms`.",
    );
  });

  it('says an acronym is not spelt out, and how to spell it out at its first use', () => {
    const text = body('The ICB met.', 'The ICB met again.');
    const hover = hoverAt(text, 'ICB met again')!;
    assert.equal(
      hover.markdown,
      `**ICB** is not spelt out anywhere in this document: at its first use (line ${lineOf(text, 'The ICB met.')}), write the full name followed by (ICB).`,
    );
  });

  it('shows the acronym in a heading, where a heading before the text spells it out', () => {
    const text = body('## SEND Provision', 'Special educational needs and disabilities (SEND) provision grew.');
    assert.equal(
      hoverAt(text, 'SEND Provision', 2)!.markdown,
      `**SEND**: Special educational needs and disabilities\n\nSpelt out on line ${lineOf(text, '(SEND)')}.`,
    );
  });

  it('says the text uses an acronym before a heading spells it out, as the check does', () => {
    const text = body('The SEND team grew.', '## Special Educational Needs and Disabilities (SEND)');
    assert.equal(
      hoverAt(text, 'SEND team')!.markdown,
      `**SEND**: Special Educational Needs and Disabilities\n\nSpelt out on line ${lineOf(text, '(SEND)')}, but first used on line ${lineOf(text, 'SEND team')}: spell it out at its first use, or move the definition up.`,
    );
  });

  it('says an acronym used only in headings need not be spelt out there', () => {
    const text = body('## Background Papers (DoP&D)', 'None.');
    const hover = hoverAt(text, 'DoP&D', 4)!;
    assert.equal(
      hover.markdown,
      '**DoP&D** is not spelt out in this document, but it is used only in headings, which are labels: a use in the text would need spelling out.',
    );
    assert.equal(span(hover.range), spanOf(text, 'DoP&D'));
  });

  it('gives the full name of an acronym joined by &', () => {
    const text = body('The Task and Finish Group (T&FG) met.', 'The T&FG agreed.');
    assert.match(hoverAt(text, 'T&FG agreed', 2)!.markdown, /^\*\*T&FG\*\*: Task and Finish Group\n\n/);
  });

  it('gives the full name from a definition written in capitals', () => {
    const text = body('## 35a SPECIAL EDUCATIONAL NEEDS (SEN) REPORT', 'The SEN team met.');
    assert.match(
      hoverAt(text, 'SEN team', 1)!.markdown,
      /^\*\*SEN\*\*: SPECIAL EDUCATIONAL NEEDS\n\nSpelt out on line \d+\.$/,
    );
  });

  it('gives the right line number and range with CRLF line endings after a non-ASCII line', () => {
    const text = body('Café – “naïve” 𝒳 £40,000.', 'The Care Quality\r\nCommission (CQC) and the ICB met.').replace(
      /\r?\n/g,
      '\r\n',
    );
    const hover = hoverAt(text, 'the ICB', 'the '.length)!;
    assert.equal(span(hover.range), spanOf(text, 'ICB'));
    const defined = hoverAt(text, '(CQC)', 2)!;
    assert.equal(
      defined.markdown,
      `**CQC**: Care Quality Commission\n\nSpelt out on line ${lineOf(text, 'The Care Quality')}.`,
    );
    assert.equal(span(defined.range), spanOf(text, 'CQC'));
    assert.match(
      defined.markdown,
      /on line 10\.$/,
      'five front matter lines, the title, the non-ASCII line and blank lines come first',
    );
  });

  it('gives nothing over a word that is not an acronym, or over capitals the check ignores', () => {
    const text = body(
      'Ofsted rated the school Good; see Part II, item F1 and COVID-19.',
      'Run `SEND` or see [the guidance](https://example.gov.uk/DEFRA).',
      'EXEMPT INFORMATION',
      '## 35a GATEWAY 1 MEMBERS REPORT: ICB UPDATE',
      '## DD – Is this within budget?',
      'A REPORT TO CABINET; it was RESOLVED; see Appendix AB and [2013] EWCA Civ 1345; ref comms/OS/010.',
      'CABINET',
      '| ICT | £5k |',
    );
    for (const [needle, shift] of [
      ['Ofsted', 1],
      ['Good', 0],
      ['II', 0],
      ['F1', 0],
      ['COVID-19', 1],
      ['SEND', 1],
      ['DEFRA', 1],
      ['EXEMPT', 1],
      ['Title', 0],
      ['GATEWAY', 1],
      ['ICB', 1],
      ['DD', 0],
      ['CABINET;', 1],
      ['RESOLVED', 1],
      ['AB', 1],
      ['EWCA', 1],
      ['OS/', 0],
      ['CABINET\n', 1],
      ['ICT', 1],
    ] as const) {
      assert.equal(hoverAt(text, needle, shift), undefined, needle);
    }
  });
});
