/**
 * Every check has one code, a default severity and a one-line
 * description, and can be set to off, info, warning or error in the config.
 */
import * as assert from 'node:assert/strict';
import { CHECK_CODES, checkRegistry, loadConfig } from '../support/core';
import { checkFor } from './support';

/** The structure and reference checks, with the default severities the README's table gives them. */
const WAVE_ONE: Readonly<Record<string, string>> = {
  'front-matter': 'error',
  'front-matter-schema': 'error',
  'front-matter-unknown-key': 'warning',
  'section-missing': 'error',
  'section-empty': 'error',
  'section-none-without-reason': 'error',
  'section-duplicate': 'warning',
  'section-order': 'info',
  'section-alias': 'info',
  'id-duplicate': 'error',
  'id-sequence': 'info',
  'ref-unresolved': 'error',
  'ref-malformed': 'error',
  'ref-unknown-document': 'error',
  'document-id-duplicate': 'error',
  'finding-unaddressed': 'warning',
  'recommendation-uncited': 'info',
  'config-invalid': 'error',
};

describe('Check registry', () => {
  it('registers every structure and reference check with its default severity', () => {
    const registered = Object.fromEntries(checkRegistry.map((check) => [check.code, check.defaultSeverity]));
    for (const [code, severity] of Object.entries(WAVE_ONE)) assert.equal(registered[code], severity, code);
  });

  it('registers each code once', () => {
    const codes = checkRegistry.map((check) => check.code);
    assert.deepEqual(codes, [...new Set(codes)]);
  });

  it('lists, for the config to read rules against, exactly the registered codes in the registry’s order', () => {
    assert.deepEqual(
      [...CHECK_CODES],
      checkRegistry.map((check) => check.code),
    );
  });

  it('gives each check a one-line description', () => {
    for (const check of checkRegistry) {
      assert.ok(check.description.length > 0 && !check.description.includes('\n'), check.code);
    }
  });

  it('accepts off, info, warning and error for every registered check', () => {
    for (const setting of ['off', 'info', 'warning', 'error']) {
      const text = `rules:\n${checkRegistry.map((check) => `  ${check.code}: ${setting}`).join('\n')}\n`;
      const result = loadConfig(text, 'file:///workspace/.committee-reports.yaml');
      assert.deepEqual(result.diagnostics, [], setting);
      assert.equal(result.config.rules.size, checkRegistry.length);
    }
  });

  it('applies a severity from the config to a check whose default differs', () => {
    const [diagnostic] = checkFor('front-matter', '# No front matter\n', { config: 'rules:\n  front-matter: info\n' });
    assert.equal(diagnostic!.severity, 'info');
  });
});
