import * as assert from 'node:assert/strict';
import { Workspace, defaultConfig, findingLenses, foldingRanges, workspaceSymbols } from '../../support/core';

const REPORT = [
  '---',
  'type: scrutiny',
  'id: rep',
  'title: T',
  '---',
  '',
  '## Findings',
  '',
  '**F1** Costs rose',
  'by 31%.',
  '',
  '**F2** Routes are planned by hand.',
  '',
  '## Recommendations',
  '',
  '- **R1** Review routes [F1].',
  '',
  '',
].join('\n');
const MINUTES = ['---', 'type: minutes', 'title: M', '---', '**R1** Endorses [rep:R1] and acts on [rep:F1].', ''].join(
  '\n',
);

function setUp() {
  const workspace = new Workspace(defaultConfig());
  const report = workspace.setDocument('file:///w/rep.report.md', REPORT);
  workspace.setDocument('file:///w/m.minutes.md', MINUTES);
  return { workspace, report };
}

describe('Folding, workspace symbols and lenses', () => {
  it('folds the front matter, each section to its last line of text, and paragraphs that span lines', () => {
    const { report } = setUp();
    assert.deepEqual(
      foldingRanges(report).map((range) => [range.startLine, range.endLine]),
      [
        [0, 4],
        [6, 11],
        [13, 15],
        [8, 9],
      ],
    );
  });

  it('finds IDs across the workspace by document id, ID or words', () => {
    const { workspace } = setUp();
    assert.deepEqual(
      workspaceSymbols(workspace, 'rep:F').map((symbol) => symbol.name),
      ['rep:F1 Costs rose by 31%.', 'rep:F2 Routes are planned by hand.'],
    );
    assert.deepEqual(
      workspaceSymbols(workspace, 'endorses').map((symbol) => [symbol.name, symbol.detail]),
      [['m:R1 Endorses and acts on.', 'resolution']],
    );
  });

  it('says over each finding what cites it, by kind, or that nothing does', () => {
    const { workspace, report } = setUp();
    assert.deepEqual(
      findingLenses(workspace, report).map((lens) => lens.title),
      ['cited by 1 recommendation, 1 resolution', 'not addressed'],
    );
  });
});
