import * as assert from 'node:assert/strict';
import { CONFIG_FILE_NAME, checkRegistry } from '../../support/core';
import { applyFix, brief, checkDocuments, report, span, spanIn, spanOf, withCode } from '../support';

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

describe('config-invalid quick fixes', () => {
  const configDiagnostics = (config: string) => checkDocuments({ 'a.report.md': report() }, config)[CONFIG_FILE_NAME]!;

  it('change a misspelt setting, check or template to the one close to it, and the problem goes', () => {
    const config = ['rule:', '  sectoin-order: off', 'templates:', '  cabinet:', '    extends: reprot', ''].join('\n');
    const diagnostics = configDiagnostics(config);
    assert.deepEqual(
      diagnostics.map((diagnostic) => diagnostic.fixes?.map((fix) => [fix.title, span(fix.edits[0]!.range)])),
      [[["Change to 'rules'", spanOf(config, 'rule')]], [["Change to 'report'", spanOf(config, 'reprot')]]],
    );
    let fixed = config;
    for (const diagnostic of diagnostics) fixed = applyFix(fixed, diagnostic.fixes![0]!);
    assert.equal(
      fixed,
      ['rules:', '  sectoin-order: off', 'templates:', '  cabinet:', '    extends: report', ''].join('\n'),
    );
    const after = configDiagnostics(fixed);
    assert.deepEqual(
      after.map((diagnostic) => diagnostic.fixes?.map((fix) => fix.title)),
      [["Change to 'section-order'"]],
    );
    assert.deepEqual(configDiagnostics(applyFix(fixed, after[0]!.fixes![0]!)), []);
  });

  it('are not offered for a name close to none', () => {
    const diagnostics = configDiagnostics('colours: blue\nrules:\n  spelling: off\n');
    assert.equal(diagnostics.length, 2);
    assert.ok(diagnostics.every((diagnostic) => diagnostic.fixes === undefined));
  });
});
