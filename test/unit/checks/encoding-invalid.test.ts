import * as assert from 'node:assert/strict';
import { Workspace, defaultConfig } from '../../support/core';
import { scrutiny, single, span, spanOf, uriOf, withCode } from '../support';

const URI = uriOf('budget.report.md');
const LOST = scrutiny({ append: 'The budget is \uFFFD40,000 \uFFFD as agreed.\n' });

function encodingDiagnostics(workspace: Workspace) {
  return withCode(workspace.diagnostics(URI), 'encoding-invalid');
}

describe('encoding-invalid', () => {
  it('reports a file whose bytes were not UTF-8 once, at its first lost character, counting the rest', () => {
    const workspace = new Workspace(defaultConfig());
    workspace.setDocument(URI, LOST, { invalidUtf8: true });
    const diagnostic = single(encodingDiagnostics(workspace));
    assert.equal(diagnostic.severity, 'warning');
    assert.equal(span(diagnostic.range), spanOf(LOST, '\uFFFD'));
    assert.match(
      diagnostic.message,
      /^This character could not be read \(and 1 more in this file\): the file is not valid UTF-8/,
    );
  });

  it('is quiet for a valid UTF-8 file that contains the character �', () => {
    const workspace = new Workspace(defaultConfig());
    workspace.setDocument(URI, LOST, { invalidUtf8: false });
    assert.deepEqual(encodingDiagnostics(workspace), []);
  });

  it('is quiet for an editor’s text containing � when nothing was read from disk', () => {
    const workspace = new Workspace(defaultConfig());
    workspace.setDocument(URI, LOST);
    assert.deepEqual(encodingDiagnostics(workspace), []);
  });

  it('still reports the editor’s text of a file whose bytes were not UTF-8, until its � are retyped', () => {
    const workspace = new Workspace(defaultConfig());
    workspace.setDocument(URI, LOST, { invalidUtf8: true });
    workspace.setDocument(URI, LOST.replace('\uFFFD', '£'));
    assert.match(single(encodingDiagnostics(workspace)).message, /^This character could not be read:/);
    workspace.setDocument(URI, LOST.replace(/\uFFFD/g, '£'));
    assert.deepEqual(encodingDiagnostics(workspace), []);
  });

  it('forgets the bad bytes once the file is read again as valid UTF-8, or removed', () => {
    const workspace = new Workspace(defaultConfig());
    workspace.setDocument(URI, LOST, { invalidUtf8: true });
    assert.equal(encodingDiagnostics(workspace).length, 1);
    workspace.setDocument(URI, LOST, { invalidUtf8: false });
    assert.deepEqual(encodingDiagnostics(workspace), []);
    workspace.setDocument(URI, LOST, { invalidUtf8: true });
    workspace.removeDocument(URI);
    workspace.setDocument(URI, LOST);
    assert.deepEqual(encodingDiagnostics(workspace), []);
  });
});
