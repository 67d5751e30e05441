import * as assert from 'node:assert/strict';
import { Workspace, defaultConfig } from '../support/core';

const withTypo = (comment: string) =>
  [
    '---',
    'title: Parks Byelaws',
    'commitee: Communities Committee',
    '---',
    '',
    comment,
    '',
    '# Parks Byelaws',
    '',
  ].join('\n');

function codes(text: string): string[] {
  const workspace = new Workspace(defaultConfig());
  workspace.setDocument('file:///w/parks.report.md', text);
  return workspace
    .diagnostics('file:///w/parks.report.md')
    .map((diagnostic) => `${diagnostic.code} ${diagnostic.range.start.line}`);
}

describe('Disable comments and the front matter', () => {
  it('lets a disable comment before the first heading silence a check in the front matter', () => {
    assert.ok(codes(withTypo('')).includes('front-matter-unknown-key 2'));
    assert.ok(
      !codes(withTypo('<!-- committee-reports-disable front-matter-unknown-key -->')).some((code) =>
        code.startsWith('front-matter-unknown-key'),
      ),
    );
  });

  it('does not reach back into the front matter from a comment after the first heading', () => {
    const text = withTypo('') + '<!-- committee-reports-disable front-matter-unknown-key -->\n';
    assert.ok(codes(text).includes('front-matter-unknown-key 2'));
  });
});
