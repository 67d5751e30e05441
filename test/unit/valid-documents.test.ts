import * as assert from 'node:assert/strict';
import { brief, check, checkDocuments, minutes, report, scrutiny } from './support';

describe('Valid documents', () => {
  it('finds nothing to report in a complete officer report', () => {
    assert.deepEqual(brief(check(report())), []);
  });

  it('finds nothing to report in a complete scrutiny report', () => {
    assert.deepEqual(brief(check(scrutiny(), { name: 'transport.report.md' })), []);
  });

  it('finds nothing to report in minutes that resolve on a scrutiny report across documents', () => {
    const result = checkDocuments({
      'transport.report.md': scrutiny({ frontMatter: { id: 'transport-tg' } }),
      'scrutiny-2026-03-12.minutes.md': minutes({
        sections: { '5. Home to School Transport': '**R1** Endorses the recommendation [transport-tg:R1, F2].' },
      }),
    });
    assert.deepEqual(brief(result['transport.report.md']!), []);
    assert.deepEqual(brief(result['scrutiny-2026-03-12.minutes.md']!), []);
  });
});
