import * as assert from 'node:assert/strict';
import { Workspace, completionsAt, defaultConfig } from '../../support/core';

const REPORT = [
  '---',
  'id: rep',
  'title: Route Review',
  'committee: Cabinet',
  '',
  '---',
  '',
  '## Summary',
  'Text.',
  '',
  '**F1** Costs rose.',
  '',
  '**F2** Routes are planned by hand.',
  '',
  'See [',
  '',
].join('\n');
const MINUTES = ['---', 'type: minutes', 'title: M', '---', '**R1** Endorses [rep:', ''].join('\n');

function at(text: string, needle: string, shift = needle.length) {
  const workspace = new Workspace(defaultConfig());
  workspace.setDocument('file:///w/rep.report.md', REPORT);
  const uri = text.includes('type: minutes') ? 'file:///w/other.minutes.md' : 'file:///w/rep.report.md';
  const document = workspace.setDocument(uri, text);
  const offset = text.indexOf(needle) + shift;
  return { ...completionsAt(workspace, document, offset), offset };
}

describe('Completion', () => {
  it('does not offer the ID whose definition is being written', () => {
    const text = REPORT.replace('See [', '**R1** That routes be planned again [');
    const { items } = at(text, 'again [');
    assert.deepEqual(
      items.filter((item) => item.kind === 'id').map((item) => item.label),
      ['F1', 'F2'],
    );
  });

  it('offers the document’s IDs after [, with what they are and their words, and other documents’ ids', () => {
    const { items } = at(REPORT, 'See [');
    assert.deepEqual(
      items.filter((item) => item.kind === 'id').map((item) => [item.label, item.detail, item.documentation]),
      [
        ['F1', 'finding', 'Costs rose.'],
        ['F2', 'finding', 'Routes are planned by hand.'],
      ],
    );
  });

  it('offers the IDs of the document named before the colon', () => {
    const { items } = at(MINUTES, '[rep:');
    assert.deepEqual(
      items.map((item) => item.label),
      ['F1', 'F2'],
    );
  });

  it('offers another document’s id with its colon, and its title', () => {
    const { items } = at(MINUTES.replace('[rep:', '[re'), '[re');
    const document = items.find((item) => item.kind === 'document')!;
    assert.deepEqual([document.label, document.insertText, document.detail], ['rep', 'rep:', 'Route Review']);
  });

  it('offers template sections at the start of a heading, required missing ones first, replacing what is typed', () => {
    const text = REPORT.replace('See [', '## Equ');
    const { items, replaceFrom, offset } = at(text, '## Equ');
    const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    assert.equal(sorted[0]!.label, 'Recommendations');
    assert.equal(sorted.find((item) => item.label === 'Summary')!.detail, 'already in the document');
    assert.equal(offset - replaceFrom, 3);
  });

  it('offers front matter keys not yet used, and the values of a key with a fixed set', () => {
    const keys = at(REPORT, 'committee: Cabinet\n', 'committee: Cabinet\n'.length).items.map((item) => item.label);
    assert.ok(keys.includes('meeting') && keys.includes('purpose'));
    assert.ok(!keys.includes('title') && !keys.includes('committee'));
    const values = at(
      REPORT.replace('committee: Cabinet\n\n', 'committee: Cabinet\npurpose: \n'),
      'purpose: ',
    ).items.map((item) => item.label);
    assert.deepEqual(values, ['decision', 'discussion', 'noting']);
  });

  it('offers nothing in plain text or after a closed bracket', () => {
    assert.deepEqual(at(REPORT, 'Text.').items, []);
    assert.deepEqual(at(REPORT.replace('See [', 'See [F1] and'), 'See [F1] and').items, []);
  });

  it('offers item among the front matter keys of minutes only', () => {
    const keys = (text: string, after: string) => at(text, after, after.length).items.map((item) => item.label);
    assert.ok(keys(['---', 'type: minutes', 'title: M', '', '---', ''].join('\n'), 'title: M\n').includes('item'));
    assert.ok(!keys(REPORT, 'committee: Cabinet\n').includes('item'));
  });
});
