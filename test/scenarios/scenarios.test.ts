/**
 * Each folder beside this file is a small workspace. Its documents say what
 * the checker must report, in comments:
 *   `<!-- expect: code, code -->` (or `# expect: code` in front matter): diagnostics starting on this line;
 *   `<!-- expect(12): code -->`: diagnostics starting on line 12 (for lines that cannot hold a comment).
 * The test fails on any diagnostic not expected and any expected one missing.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONFIG_FILE_NAME, Workspace, loadConfig, defaultConfig } from '../support/core';

const SCENARIOS = path.resolve(__dirname, '../../scenarios');
const EXPECT = /(?:<!--|#)\s*expect(?:\((\d+)\))?:\s*([a-z0-9,\s-]+?)\s*(?:-->|$)/g;

function expectations(text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(EXPECT)) {
      const at = match[1] ? Number(match[1]) : index + 1;
      for (const code of match[2]!
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean))
        found.push(`${at} ${code}`);
    }
  });
  return found.sort();
}

describe('Scenario workspaces check as their documents say', () => {
  for (const name of fs
    .readdirSync(SCENARIOS)
    .filter((entry) => fs.statSync(path.join(SCENARIOS, entry)).isDirectory())) {
    it(`scenario "${name}"`, () => {
      const folder = path.join(SCENARIOS, name);
      const configPath = path.join(folder, CONFIG_FILE_NAME);
      const configText = fs.existsSync(configPath) ? fs.readFileSync(configPath, 'utf8') : undefined;
      const config =
        configText === undefined
          ? { config: defaultConfig(), diagnostics: [] }
          : loadConfig(configText, pathToFileURL(configPath).href);
      const workspace = new Workspace(config.config);
      const files = fs
        .readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.md') && !file.endsWith('README.md'));
      for (const file of files)
        workspace.setDocument(
          pathToFileURL(path.join(folder, file)).href,
          fs.readFileSync(path.join(folder, file), 'utf8'),
        );
      const failures: string[] = [];
      const compare = (file: string, text: string, actual: string[], details: string[]) => {
        const expected = expectations(text);
        const missing = expected.filter(
          (entry, index) => expected.indexOf(entry) === index && count(expected, entry) > count(actual, entry),
        );
        const unexpected = actual.filter(
          (entry, index) => actual.indexOf(entry) === index && count(actual, entry) > count(expected, entry),
        );
        for (const entry of missing)
          failures.push(`${file}: expected ${entry} (×${count(expected, entry)}) but got ×${count(actual, entry)}`);
        for (const entry of unexpected)
          failures.push(
            `${file}: unexpected ${entry}: ${details.filter((detail) => detail.startsWith(entry + ' ')).join(' | ')}`,
          );
      };
      for (const file of files) {
        const diagnostics = workspace.diagnostics(pathToFileURL(path.join(folder, file)).href);
        const actual = diagnostics.map((diagnostic) => `${diagnostic.range.start.line + 1} ${diagnostic.code}`);
        const details = diagnostics.map(
          (diagnostic) => `${diagnostic.range.start.line + 1} ${diagnostic.code} ${diagnostic.message}`,
        );
        compare(file, fs.readFileSync(path.join(folder, file), 'utf8'), actual, details);
      }
      if (configText !== undefined) {
        const actual = config.diagnostics.map((diagnostic) => `${diagnostic.range.start.line + 1} ${diagnostic.code}`);
        compare(
          CONFIG_FILE_NAME,
          configText,
          actual,
          config.diagnostics.map((d) => `${d.range.start.line + 1} ${d.code} ${d.message}`),
        );
      }
      assert.deepEqual(failures, []);
    });
  }
});

function count(list: readonly string[], entry: string): number {
  return list.filter((item) => item === entry).length;
}
