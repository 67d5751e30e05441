import * as assert from 'node:assert/strict';
import { applyFix, checkFor, minutes, onlyFix, report, single, span, spanOf } from '../support';

const unknown = (text: string, name = 'a.report.md') => checkFor('front-matter-unknown-key', text, { name });

describe('front-matter-unknown-key', () => {
  it('is quiet when every key is one the format defines', () => {
    const text = report({
      frontMatter: {
        type: 'report',
        id: 'libraries-2026',
        template: 'report',
        divisions: 'All',
        purpose: 'noting',
        key_decision: 'no',
        exempt: 'false',
        appendices: '\n  - { id: A, title: Map }',
        addressee: 'Cabinet',
        response_due: '2026-05-12',
      },
    });
    assert.deepEqual(unknown(text), []);
  });

  it('warns at a misspelt key and suggests the key it is close to', () => {
    const text = report({ frontMatter: { purpse: 'decision' } });
    const diagnostic = single(unknown(text));
    assert.equal(diagnostic.severity, 'warning');
    assert.equal(span(diagnostic.range), spanOf(text, 'purpse'));
    assert.match(diagnostic.message, /'purpse' is not a key .* did you mean 'purpose'\?/);
  });

  it('offers a fix that renames the key to the suggestion', () => {
    const text = report({ frontMatter: { comittee: 'Cabinet', committee: null } });
    const diagnostic = single(unknown(text));
    const fixed = applyFix(text, onlyFix(diagnostic));
    assert.equal(fixed, text.replace('comittee: Cabinet', 'committee: Cabinet'));
  });

  it('gives no suggestion and no fix for a key unlike any other', () => {
    const text = report({ frontMatter: { colour_scheme: 'blue' } });
    const diagnostic = single(unknown(text));
    assert.doesNotMatch(diagnostic.message, /did you mean/);
    assert.equal(diagnostic.fixes, undefined);
  });

  it('warns about an unknown key under contact, suggesting the nested key', () => {
    const text = report({ frontMatter: { contact: '\n  name: Sam Patel\n  emial: sam.patel@example.gov.uk' } });
    const diagnostic = single(unknown(text));
    assert.equal(span(diagnostic.range), spanOf(text, 'emial'));
    assert.match(diagnostic.message, /under contact: did you mean 'email'\?/);
  });

  it('warns about an unknown key under exempt', () => {
    const text = report({ frontMatter: { exempt: '\n  paragraphs: [3]\n  reason: Prices.\n  reasons: More.' } });
    const diagnostic = single(unknown(text));
    assert.equal(span(diagnostic.range), spanOf(text, 'reasons'));
  });

  it('warns about an unknown key in an appendix entry', () => {
    const text = report({ frontMatter: { appendices: '\n  - { id: A, titel: Map }' } });
    assert.ok(unknown(text).some((diagnostic) => span(diagnostic.range) === spanOf(text, 'titel')));
  });

  it('does not treat report_by as unknown in minutes, where it is optional', () => {
    assert.deepEqual(
      unknown(minutes({ frontMatter: { report_by: 'Democratic Services Officer' } }), 'a.minutes.md'),
      [],
    );
  });

  it('warns once per unknown key', () => {
    const text = report({ frontMatter: { author: 'Sam', version: '3' } });
    assert.deepEqual(
      unknown(text).map((diagnostic) => span(diagnostic.range)),
      [spanOf(text, 'author'), spanOf(text, 'version')],
    );
  });

  it('knows item, in minutes and in reports (where front-matter-schema explains it is for minutes)', () => {
    assert.deepEqual(unknown(minutes({ frontMatter: { item: '"72"' } }), 'a.minutes.md'), []);
    assert.deepEqual(unknown(report({ frontMatter: { item: '"72"' } })), []);
  });
});
