import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkRegistry, configJsonSchema, loadConfig } from '../support/core';

const ROOT = path.join(__dirname, '..', '..', '..');
const SCHEMA_FILE = 'schemas/committee-reports.schema.json';

interface Manifest {
  readonly contributes: {
    readonly yamlValidation?: readonly { readonly fileMatch: readonly string[]; readonly url: string }[];
  };
}

describe("The config file's JSON Schema (schemas/committee-reports.schema.json)", () => {
  it('is what the zod schema generates today (npm run schema writes it)', () => {
    const checkedIn: unknown = JSON.parse(readFileSync(path.join(ROOT, SCHEMA_FILE), 'utf8'));
    assert.deepEqual(checkedIn, configJsonSchema(checkRegistry), `${SCHEMA_FILE} is out of date: run npm run schema`);
  });

  it('names every check under rules, with what it finds, and nothing else', () => {
    const rules = (
      configJsonSchema(checkRegistry)['properties'] as Record<
        string,
        { anyOf: { properties?: Record<string, { description: string }>; additionalProperties?: boolean }[] }
      >
    )['rules']!;
    const mapping = rules.anyOf.find((branch) => branch.properties)!;
    assert.deepEqual(
      Object.keys(mapping.properties!),
      checkRegistry.map((check) => check.code),
    );
    assert.deepEqual(
      Object.values(mapping.properties!).map((entry) => entry.description),
      checkRegistry.map((check) => check.description),
    );
    assert.equal(mapping.additionalProperties, false);
  });

  it('is given to the YAML extension for every .committee-reports.yaml, and packaged in the .vsix', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
    assert.deepEqual(manifest.contributes.yamlValidation, [
      { fileMatch: ['.committee-reports.yaml', '**/.committee-reports.yaml'], url: `./${SCHEMA_FILE}` },
    ]);
    const packaged = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(packaged.includes('!schemas/*.schema.json'), '.vscodeignore leaves the schema out of the .vsix');
  });
});

describe('max-file-size', () => {
  // Its pattern spells out both cases of each unit so that the JSON Schema, which cannot carry the i flag, takes what the reader takes.
  it('reads a unit written in capitals, in small letters or mixed, as the same size', () => {
    for (const [written, bytes] of [
      ['500 KB', 512_000],
      ['500 kb', 512_000],
      ['1.5 Mb', 1_572_864],
      ['2mB', 2_097_152],
      ['700 b', 700],
      ['700 B', 700],
      ['4096', 4096],
    ] as const) {
      const { config, diagnostics } = loadConfig(`max-file-size: ${written}\n`, 'file:///w/.committee-reports.yaml');
      assert.deepEqual(diagnostics, [], written);
      assert.equal(config.maxFileSize, bytes, written);
    }
  });

  it('still refuses a unit it does not know', () => {
    const { config, diagnostics } = loadConfig('max-file-size: 5 GB\n', 'file:///w/.committee-reports.yaml');
    assert.match(diagnostics[0]!.message, /max-file-size must be a size such as 5 MB/);
    assert.equal(config.maxFileSize, 5 * 1024 * 1024);
  });
});
