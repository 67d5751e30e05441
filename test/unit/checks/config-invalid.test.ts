import * as assert from 'node:assert/strict';
import { CONFIG_FILE_NAME, checkRegistry } from '../../support/core';
import { brief, checkDocuments, report, spanIn, spanOf, withCode } from '../support';

describe('config-invalid', () => {
  it('is registered as an error-level check', () => {
    const entry = checkRegistry.find((check) => check.code === 'config-invalid');
    assert.equal(entry?.defaultSeverity, 'error');
  });

  it('reports each bad entry at its own position while the rest of the file applies', () => {
    const config = [
      'rules:',
      '  section-order: loud',
      '  ref-unresolved: warning',
      'kinds:',
      '  a: action',
      '  A: action',
      'templates:',
      '  cabinet:',
      '    extends: reprot',
      'acronyms: NHS',
      '',
    ].join('\n');
    const text = report({ sections: { Background: '**A1** Clerk to act.\n\nSee [A1] and [F9].' } });
    const result = checkDocuments({ 'a.report.md': text }, config);
    assert.deepEqual(
      brief(result[CONFIG_FILE_NAME]!).sort(),
      [
        `config-invalid ${spanOf(config, 'loud')}`,
        `config-invalid ${spanIn(config, '  a: action', 'a')}`,
        `config-invalid ${spanOf(config, 'reprot')}`,
        `config-invalid ${spanOf(config, 'NHS')}`,
      ].sort(),
    );
    assert.deepEqual(
      withCode(result['a.report.md']!, 'ref-unresolved').map((diagnostic) => diagnostic.severity),
      ['warning'],
      'the good rule and kind still apply',
    );
  });

  it('reports nothing for a valid config', () => {
    const result = checkDocuments({ 'a.report.md': report() }, 'rules:\n  section-order: off\n');
    assert.deepEqual(result[CONFIG_FILE_NAME], []);
  });

  it('never reports on the documents themselves', () => {
    const result = checkDocuments({ 'a.report.md': report() }, 'rules: [oops]\n');
    assert.deepEqual(withCode(result['a.report.md']!, 'config-invalid'), []);
  });
});
