import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Workspace, defaultConfig } from '../support/core';

const SAMPLES = path.resolve(__dirname, '../../../samples');
const DRAFT = path.join(SAMPLES, 'drafts', 'library-opening-hours-draft.report.md');

function checkSamples(): Map<string, { line: number; code: string; severity: string }[]> {
  const files = fs
    .readdirSync(SAMPLES, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(report|minutes)\.md$/.test(file));
  const workspace = new Workspace(defaultConfig());
  for (const file of files)
    workspace.setDocument(
      pathToFileURL(path.join(SAMPLES, file)).href,
      fs.readFileSync(path.join(SAMPLES, file), 'utf8'),
    );
  return new Map(
    files.map((file) => [
      path.join(SAMPLES, file),
      workspace
        .diagnostics(pathToFileURL(path.join(SAMPLES, file)).href)
        .map((d) => ({ line: d.range.start.line + 1, code: d.code, severity: d.severity })),
    ]),
  );
}

describe('The samples', () => {
  const results = checkSamples();

  it('are at least five documents', () => {
    assert.ok(results.size >= 5);
  });

  it('have no errors or warnings, apart from the deliberately flawed draft', () => {
    for (const [file, diagnostics] of results) {
      if (file === DRAFT) continue;
      assert.deepEqual(
        diagnostics.filter((d) => d.severity !== 'info'),
        [],
        file,
      );
    }
  });

  it('report in the draft exactly the mistakes its README lists, on the lines it gives', () => {
    const readme = fs.readFileSync(path.join(SAMPLES, 'README.md'), 'utf8');
    const listed = [...readme.matchAll(/^\| \d+ \| (\d+) \| .+ \| `([a-z-]+)`/gm)]
      .map((match) => `${match[1]} ${match[2]}`)
      .sort();
    const reported = results
      .get(DRAFT)!
      .map((d) => `${d.line} ${d.code}`)
      .sort();
    assert.ok(listed.length >= 10, 'the README lists the mistakes');
    assert.deepEqual(reported, listed);
  });
});
