/**
 * The model is plain, stable data: sorted by committee and meeting date
 * whatever order the documents were read in, and unchanged by a JSON round
 * trip. Selecting the documents named keeps every chain that runs through them.
 */
import * as assert from 'node:assert/strict';
import { selectTrace } from '../../support/core';
import { name, paper, rows, trace } from './support';

const report = (id: string, committee: string | undefined, meeting: string | undefined) =>
  paper(
    [
      `id: ${id}`,
      'title: T',
      ...(committee ? [`committee: ${committee}`] : []),
      ...(meeting ? [`meeting: ${meeting}`] : []),
    ],
    `**F1** A finding of ${id}.`,
  );

const FILES = {
  'a.report.md': report('planning-2026-05', 'Planning Committee', '2026-05-01'),
  'b.report.md': report('cabinet-2026-07', 'Cabinet', '2026-07-01'),
  'c.report.md': report('cabinet-2026-02', 'Cabinet', '2026-02-01'),
  'd.report.md': report('undated', 'Cabinet', undefined),
  'e.report.md': report('no-committee', undefined, '2026-01-01'),
  'f.report.md': report('audit-2026-03', 'audit and governance committee', '2026-03-01'),
};

describe('The order of the traceability model', () => {
  it('sorts by committee (ignoring case), then meeting date, with no date and no committee last', () => {
    assert.deepEqual(trace(FILES).findings.map(name), [
      'audit-2026-03:F1',
      'cabinet-2026-02:F1',
      'cabinet-2026-07:F1',
      'undated:F1',
      'planning-2026-05:F1',
      'no-committee:F1',
    ]);
  });

  it('is the same whatever order the documents are read in', () => {
    const reversed = Object.fromEntries(Object.entries(FILES).reverse());
    assert.deepEqual(trace(reversed), trace(FILES));
  });

  it('is plain data that survives a JSON round trip unchanged', () => {
    const minutes = paper(
      ['type: minutes', 'title: M', 'committee: Cabinet', 'meeting: 2026-07-01'],
      '**R1** Resolved [cabinet-2026-07:F1] and [nowhere:R2].',
    );
    const model = trace({ ...FILES, 'm.minutes.md': minutes });
    assert.deepEqual(JSON.parse(JSON.stringify(model)), model);
  });
});

describe('Selecting the documents named', () => {
  const TASK_GROUP = paper(
    ['type: scrutiny', 'id: tg', 'title: T', 'committee: Scrutiny', 'meeting: 2026-03-12'],
    '**F1** Costs rose.\n\n**F2** Routes are planned by hand.\n\n**R1** That routes be re-tendered [F1].',
  );
  const MINUTES = paper(
    ['type: minutes', 'id: m', 'title: M', 'committee: Scrutiny', 'meeting: 2026-03-12'],
    '**R1** Endorses [tg:R1].',
  );
  const model = trace({ 'tg.report.md': TASK_GROUP, 'm.minutes.md': MINUTES });

  it('keeps the chains that run through the minutes named, with their findings and recommendations', () => {
    const selected = selectTrace(model, (uri) => uri.endsWith('/m.minutes.md'));
    assert.deepEqual(
      selected.chains.map(
        (chain) => `${name(chain.finding)} > ${name(chain.recommendation)} > ${name(chain.actedOnBy)}`,
      ),
      ['tg:F1 > tg:R1 > m:R1'],
    );
    assert.deepEqual(selected.model.findings.map(name), ['tg:F1']);
    assert.deepEqual(selected.model.recommendations.map(name), ['tg:R1']);
  });

  it('keeps everything when every document is named', () => {
    const selected = selectTrace(model, () => true);
    assert.deepEqual(selected.model, model);
    assert.equal(selected.chains.length, rows(model).length);
  });

  it('keeps nothing when no document is named', () => {
    const selected = selectTrace(model, () => false);
    assert.deepEqual(selected.chains, []);
    assert.deepEqual(selected.model.findings, []);
  });
});
