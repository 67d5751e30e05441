/**
 * The samples as a reviewer sees them: every finding with what acted on it,
 * and the task group's recommendations tracked against the Cabinet Member's
 * response, due on 17 September 2026.
 */
import * as assert from 'node:assert/strict';
import { cleanSamples, readSample, DRAFT_SAMPLE } from '../support';
import { finding, name, recommendation, rows, trace } from './support';

describe('Traceability of the samples', () => {
  const samples = { ...cleanSamples(), [DRAFT_SAMPLE]: readSample(DRAFT_SAMPLE) };

  it('finds that every finding of the samples is cited by a recommendation', () => {
    const model = trace(samples);
    assert.ok(model.findings.length >= 20, `only ${model.findings.length} findings`);
    assert.deepEqual(model.findings.filter((item) => item.status !== 'addressed').map(name), []);
  });

  it('follows each of the task group findings to its recommendations and the resolutions endorsing them', () => {
    const model = trace(samples);
    const exclusions = rows(model).filter((row) => row.startsWith('school-exclusions-tg-2026:'));
    assert.deepEqual(exclusions, [
      'school-exclusions-tg-2026:F1 > school-exclusions-tg-2026:R1 > cyp-scrutiny-2026-06-18:R2',
      'school-exclusions-tg-2026:F1 > school-exclusions-tg-2026:R7 > cyp-scrutiny-2026-06-18:R5',
      'school-exclusions-tg-2026:F2 > school-exclusions-tg-2026:R2 > cyp-scrutiny-2026-06-18:R3',
      'school-exclusions-tg-2026:F2 > school-exclusions-tg-2026:R6 > cyp-scrutiny-2026-06-18:R4',
      'school-exclusions-tg-2026:F3 > school-exclusions-tg-2026:R3 > cyp-scrutiny-2026-06-18:R3',
      'school-exclusions-tg-2026:F3 > school-exclusions-tg-2026:R4 > cyp-scrutiny-2026-06-18:R4',
      'school-exclusions-tg-2026:F4 > school-exclusions-tg-2026:R4 > cyp-scrutiny-2026-06-18:R4',
      'school-exclusions-tg-2026:F5 > school-exclusions-tg-2026:R5 > cyp-scrutiny-2026-06-18:R4',
      'school-exclusions-tg-2026:F6 > school-exclusions-tg-2026:R6 > cyp-scrutiny-2026-06-18:R4',
      'school-exclusions-tg-2026:F7 > school-exclusions-tg-2026:R7 > cyp-scrutiny-2026-06-18:R5',
    ]);
    assert.deepEqual(finding(model, 'school-exclusions-tg-2026:F2').citedBy.map(name), [
      'school-exclusions-tg-2026:R2',
      'school-exclusions-tg-2026:R6',
    ]);
  });

  it("tracks the task group's recommendations against the response due on 17 September 2026", () => {
    const r1 = (today: string) => recommendation(trace(samples, today), 'school-exclusions-tg-2026:R1');
    assert.equal(r1('2026-09-17').responseDue, '2026-09-17');
    assert.equal(r1('2026-09-17').status, 'awaiting-response');
    assert.equal(r1('2026-09-18').status, 'overdue');
  });

  it("follows the home care report's recommendations to the Cabinet's resolutions deciding them, the same day", () => {
    const model = trace(samples);
    const homeCare = rows(model).filter((row) => row.startsWith('home-care-recommissioning:'));
    assert.deepEqual(homeCare, [
      'home-care-recommissioning:F1 > home-care-recommissioning:R1 > cabinet-2026-07-21:R2',
      'home-care-recommissioning:F1 > home-care-recommissioning:R3 > cabinet-2026-07-21:R3',
      'home-care-recommissioning:F2 > home-care-recommissioning:R1 > cabinet-2026-07-21:R2',
      'home-care-recommissioning:F3 > home-care-recommissioning:R4 > cabinet-2026-07-21:R4',
      'home-care-recommissioning:F3 > home-care-recommissioning:R5 > cabinet-2026-07-21:R5',
      'home-care-recommissioning:F4 > home-care-recommissioning:R2 > cabinet-2026-07-21:R3',
      'home-care-recommissioning:F4 > home-care-recommissioning:R3 > cabinet-2026-07-21:R3',
      'home-care-recommissioning:F5 > home-care-recommissioning:R2 > cabinet-2026-07-21:R3',
      'home-care-recommissioning:F5 > home-care-recommissioning:R5 > cabinet-2026-07-21:R5',
    ]);
    // An officer's report's recommendation is addressed by the decision itself, with no response to wait for.
    for (const id of ['R1', 'R2', 'R3', 'R4', 'R5'])
      assert.equal(recommendation(model, `home-care-recommissioning:${id}`).status, 'addressed', id);
  });

  it("reports the draft's recommendation citing a finding it does not have", () => {
    const model = trace(samples);
    assert.deepEqual(
      model.brokenLinks.map((link) => `${name(link.from)} cites ${link.documentId}:${link.id} (${link.problem})`),
      ['library-opening-hours-draft:R2 cites library-opening-hours-draft:F4 (unknown-id)'],
    );
  });
});
