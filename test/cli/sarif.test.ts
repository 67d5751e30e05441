import * as assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import type { Log } from 'sarif';
import { positionOf, reportWithUnresolvedReference, runCli, useTemporaryFolders, validReport } from './support';

describe('committee-reports check --format sarif', function () {
  this.timeout(30_000);
  const workspace = useTemporaryFolders();

  function checkSarif(cwd: string, args: readonly string[] = []): { status: number | null; log: Log } {
    const run = runCli(cwd, ['check', '--format', 'sarif', ...args]);
    return { status: run.status, log: JSON.parse(run.stdout) as Log };
  }

  it('writes one SARIF 2.1.0 run whose rules are the registered checks', function () {
    const { status, log } = checkSarif(workspace({ 'a.report.md': validReport() }));
    assert.equal(status, 0);
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema ?? '', /sarif-2\.1\.0/);
    assert.equal(log.runs.length, 1);
    const driver = log.runs[0]?.tool.driver;
    assert.equal(driver?.name, 'committee-reports');
    assert.match(driver?.version ?? '', /^\d+\.\d+\.\d+/);
    const rules = driver?.rules ?? [];
    const ids = rules.map((rule) => rule.id);
    for (const code of ['ref-unresolved', 'section-missing', 'config-invalid', 'finding-unaddressed']) {
      assert.ok(ids.includes(code), `no rule ${code}`);
    }
    assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
    for (const rule of rules) {
      assert.ok((rule.shortDescription?.text ?? '').length > 0, `${rule.id} has no description`);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration?.level ?? ''), `${rule.id} level`);
    }
    assert.deepEqual(log.runs[0]?.results, []);
  });

  it('reports each diagnostic as a result with its rule, level and 1-based region', function () {
    const text = reportWithUnresolvedReference();
    const cwd = workspace({ 'reports/a b.report.md': text });
    const { status, log } = checkSarif(cwd, ['reports/a b.report.md']);
    assert.equal(status, 1);
    const run = log.runs[0];
    assert.equal(run?.columnKind, 'utf16CodeUnits');
    assert.deepEqual(run?.originalUriBaseIds, { '%SRCROOT%': { uri: `${pathToFileURL(cwd).href}/` } });
    assert.equal(run?.results?.length, 1);
    const result = run?.results?.[0];
    assert.equal(result?.ruleId, 'ref-unresolved');
    assert.equal(result?.level, 'error');
    assert.match(result?.message.text ?? '', /F9/);
    assert.equal(run?.tool.driver.rules?.[result?.ruleIndex ?? -1]?.id, 'ref-unresolved');
    const start = positionOf(text, '[F9]');
    assert.deepEqual(result?.locations?.[0]?.physicalLocation, {
      artifactLocation: { uri: 'reports/a%20b.report.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: start.line, startColumn: start.column, endLine: start.line, endColumn: start.column + 4 },
    });
  });

  it('maps info diagnostics to the SARIF level note', function () {
    // An alias heading ("Executive Summary" for Summary) is reported at info.
    const text = validReport().replace('## Summary', '## Executive Summary');
    const { log } = checkSarif(workspace({ 'a.report.md': text }));
    const result = log.runs[0]?.results?.find((r) => r.ruleId === 'section-alias');
    assert.equal(result?.level, 'note');
  });
});
