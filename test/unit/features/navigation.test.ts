import * as assert from 'node:assert/strict';
import { Workspace, defaultConfig, definitionsOf, hoverFor, idAt, referencesTo } from '../../support/core';

const REPORT = [
  '---',
  'id: rep',
  'title: T',
  '---',
  '**F1** One.',
  '',
  '**F2** Two.',
  '',
  '**F3** Three.',
  '',
  '**R1** Act [F1-F3].',
  '',
].join('\n');
const MINUTES = ['---', 'type: minutes', 'title: M', '---', '**R1** Endorses [rep:R1, F2] and [nowhere:F1].', ''].join(
  '\n',
);

function setUp() {
  const workspace = new Workspace(defaultConfig());
  const report = workspace.setDocument('file:///w/rep.report.md', REPORT);
  const minutes = workspace.setDocument('file:///w/m.minutes.md', MINUTES);
  return { workspace, report, minutes };
}

describe('Navigation between IDs', () => {
  it('reads the ID written at either end of a range', () => {
    const { report } = setUp();
    const at = (needle: string, shift: number) => idAt(report, REPORT.indexOf(needle) + shift)?.target.id;
    assert.equal(at('F1-F3]', 1), 'F1');
    assert.equal(at('F1-F3]', 4), 'F3');
  });

  it('reads a lone reference from anywhere in its brackets, the bracket itself included', () => {
    const { minutes } = setUp();
    assert.deepEqual(idAt(minutes, MINUTES.indexOf('[nowhere:F1]'))?.target, { documentId: 'nowhere', id: 'F1' });
  });

  it('gives a cross-document reference its document, and an ID in a list its own', () => {
    const { minutes } = setUp();
    assert.deepEqual(idAt(minutes, MINUTES.indexOf('F2]'))?.target, { documentId: 'rep', id: 'F2' });
    assert.deepEqual(idAt(minutes, MINUTES.indexOf('R1,'))?.target, { documentId: 'rep', id: 'R1' });
  });

  it('counts a range as referring to the IDs inside it', () => {
    const { workspace } = setUp();
    const uris = referencesTo(workspace, { documentId: 'rep', id: 'F2' })
      .map((location) => location.uri)
      .sort();
    assert.deepEqual(uris, ['file:///w/m.minutes.md', 'file:///w/rep.report.md']);
  });

  it('finds no definition and shows no hover for a document id nobody has', () => {
    const { workspace } = setUp();
    assert.deepEqual(definitionsOf(workspace, { documentId: 'nowhere', id: 'F1' }), []);
    assert.equal(hoverFor(workspace, { documentId: 'nowhere', id: 'F1' }), undefined);
  });

  it('says in the hover when no recommendation or resolution cites a finding', () => {
    const workspace = new Workspace(defaultConfig());
    workspace.setDocument(
      'file:///w/rep.report.md',
      ['---', 'id: rep', 'title: T', '---', '**F1** Alone.', ''].join('\n'),
    );
    assert.match(hoverFor(workspace, { documentId: 'rep', id: 'F1' })!, /No recommendation or resolution cites it\.$/);
  });
});
