import * as assert from 'node:assert/strict';
import { applyFix, checkFor, lineNumberOf, minutes, onlyFix, report, single, span, spanOf } from '../support';

const aliases = (text: string, name = 'a.report.md') => checkFor('section-alias', text, { name });
const withHeading = (heading: string) =>
  report({ sections: { 'Financial Implications': null }, append: `${heading}\n\nIt saves £40,000.\n` });

describe('section-alias', () => {
  it('is quiet when headings use the canonical titles', () => {
    assert.deepEqual(aliases(report()), []);
  });

  it('reports, as info, a heading that uses an alias, on the heading', () => {
    const text = withHeading('## Finance');
    const diagnostic = single(aliases(text));
    assert.equal(diagnostic.severity, 'info');
    assert.equal(span(diagnostic.range), spanOf(text, '## Finance'));
    assert.match(diagnostic.message, /^'Finance' is another name for the 'Financial Implications' section/);
  });

  it('offers the canonical title as a safe fix', () => {
    const text = withHeading('## Finance');
    const fix = onlyFix(single(aliases(text)));
    assert.equal(fix.title, "Use the standard title 'Financial Implications'");
    assert.equal(fix.safe, true);
    assert.equal(applyFix(text, fix), withHeading('## Financial Implications'));
  });

  it('keeps the numbering and the trailing colon when it fixes the title', () => {
    const text = withHeading('### 6.2 Resource Implications:');
    assert.equal(applyFix(text, onlyFix(single(aliases(text)))), withHeading('### 6.2 Financial Implications:'));
  });

  it('keeps closing hashes when it fixes the title', () => {
    const text = withHeading('## Finance ##');
    assert.equal(applyFix(text, onlyFix(single(aliases(text)))), withHeading('## Financial Implications ##'));
  });

  it('fixes a setext heading in place', () => {
    const text = withHeading('Finance\n-------');
    assert.equal(applyFix(text, onlyFix(single(aliases(text)))), withHeading('Financial Implications\n-------'));
  });

  it('leaves a comment after the heading text in place when it fixes the title', () => {
    const text = withHeading('## Finance <!-- agreed with the S151 officer -->');
    assert.equal(
      applyFix(text, onlyFix(single(aliases(text)))),
      withHeading('## Financial Implications <!-- agreed with the S151 officer -->'),
    );
  });

  it('offers no fix for an alias heading whose text runs over two lines', () => {
    const text = report({
      sections: { 'Equality Duty': null },
      append: 'Public Sector\nEquality Duty\n-------------\n\nAn assessment was made.\n',
    });
    const diagnostic = single(aliases(text));
    const line = lineNumberOf(text, 'Public Sector');
    assert.equal(span(diagnostic.range), `${line}:0-${line + 1}:13`);
    assert.equal(diagnostic.fixes, undefined);
  });

  it('does not report a heading that differs from the title only by normalisation', () => {
    assert.deepEqual(aliases(withHeading('## 6. FINANCIAL  implications:')), []);
    assert.deepEqual(
      aliases(report().replace('## Crime and Disorder Implications', '## Crime & Disorder Implications')),
      [],
    );
  });

  it('reports every alias in the document', () => {
    const text = report({
      sections: { Summary: null, 'Legal Implications': null },
      append: '## Executive Summary\n\nShort.\n\n## Legal\n\nAdvice.\n',
    });
    assert.deepEqual(
      aliases(text).map((diagnostic) => span(diagnostic.range)),
      [spanOf(text, '## Executive Summary'), spanOf(text, '## Legal')],
    );
  });

  it('reports aliases in minutes', () => {
    const text = minutes({ sections: { Apologies: null }, append: '## Apologies for Absence\n\nNone.\n' });
    const diagnostic = single(aliases(text, 'a.minutes.md'));
    assert.match(diagnostic.message, /'Apologies'/);
  });

  it('uses an alias a config template defines', () => {
    const config =
      'templates:\n  report:\n    sections:\n      - { title: Financial Implications, aliases: [Money Matters] }\n';
    const text = withHeading('## Money Matters');
    const [diagnostic] = checkFor('section-alias', text, { config });
    assert.equal(span(diagnostic!.range), spanOf(text, '## Money Matters'));
  });

  it('does not report a combined heading, for which no one standard title stands', () => {
    const text = report({ sections: { 'Legal Implications': null, 'Risk Management Implications': null } }).replace(
      '## Financial Implications',
      '## Finance, Legal and Risk Implications',
    );
    assert.deepEqual(checkFor('section-alias', text), []);
  });

  it('quotes the title words of the heading, without its numbering or trailing dash', () => {
    const text = minutes({ sections: { Apologies: null }, append: '## 410 APOLOGIES FOR ABSENCE -\n\nNone.\n' });
    assert.match(
      single(checkFor('section-alias', text, { name: 'a.minutes.md' })).message,
      /^'APOLOGIES FOR ABSENCE' is another name for the 'Apologies' section/,
    );
  });
});
