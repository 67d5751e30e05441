import * as assert from 'node:assert/strict';
import { checkFor, report, single, span, spanOf } from '../support';

const duplicates = (text: string) => checkFor('section-duplicate', text);

describe('section-duplicate', () => {
  it('is quiet when each section appears once', () => {
    assert.deepEqual(duplicates(report()), []);
  });

  it('warns on the second heading of a section, naming the line of the first', () => {
    const text = report({ append: '## Consultation\n\nA second round of consultation.\n' });
    const diagnostic = single(duplicates(text));
    assert.equal(diagnostic.severity, 'warning');
    assert.equal(span(diagnostic.range), spanOf(text, '## Consultation', 2));
    const firstLine = spanOf(text, '## Consultation').split(':')[0];
    assert.match(
      diagnostic.message,
      new RegExp(`second 'Consultation' section; the first is on line ${Number(firstLine) + 1}\\.`),
    );
  });

  it('counts an alias and the title as the same section', () => {
    const text = report({ append: '## Finance\n\nMore on costs.\n' });
    assert.equal(span(single(duplicates(text)).range), spanOf(text, '## Finance'));
  });

  it('counts headings of different levels and numbering as the same section', () => {
    const text = report({ append: '### 9.1 LEGAL IMPLICATIONS:\n\nMore advice.\n' });
    assert.equal(span(single(duplicates(text)).range), spanOf(text, '### 9.1 LEGAL IMPLICATIONS:'));
  });

  it('warns on every repeat after the first', () => {
    const text = report({ append: '## Consultation\n\nSecond.\n\n## Consultations\n\nThird.\n' });
    assert.deepEqual(
      duplicates(text).map((diagnostic) => span(diagnostic.range)),
      [spanOf(text, '## Consultation', 2), spanOf(text, '## Consultations')],
    );
  });

  it('does not warn about repeated headings of the author’s own', () => {
    assert.deepEqual(duplicates(report({ append: '## Next Steps\n\nOne.\n\n## Next Steps\n\nTwo.\n' })), []);
  });

  it('does not count a combined heading that overviews a section with a heading of its own', () => {
    const text = report({ sections: { Summary: null }, title: null }).replace(
      '## Recommendations',
      '## Summary and Recommendations\n\nThe report proposes new hours.\n\n## Recommendations',
    );
    assert.deepEqual(duplicates(text), []);
  });
});
