import * as assert from 'node:assert/strict';
import { Workspace, defaultConfig } from '../support/core';

function malformed(paragraph: string): string[] {
  const text = ['---', 'title: T', '---', '', '**F1** A finding.', '', '**F3** Another.', '', paragraph, ''].join('\n');
  const workspace = new Workspace(defaultConfig());
  workspace.setDocument('file:///w/t.report.md', text);
  return workspace
    .diagnostics('file:///w/t.report.md')
    .filter((diagnostic) => diagnostic.code === 'ref-malformed')
    .map((diagnostic) => diagnostic.message);
}

describe('Reference lists written with the wrong separators', () => {
  it('reports IDs separated by semicolons instead of ignoring the bracket', () => {
    const messages = malformed('**R1** That it be done [F1; F3].');
    assert.equal(messages.length, 1);
    assert.match(messages[0]!, /commas/);
  });

  it('reports a second document named inside one bracket', () => {
    const messages = malformed('**R1** That it be done [doc-a:F1, doc-b:F3].');
    assert.equal(messages.length, 1);
    assert.match(messages[0]!, /names a second document/);
  });
});
