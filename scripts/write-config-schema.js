#!/usr/bin/env node
'use strict';
// Writes schemas/committee-reports.schema.json, the JSON Schema of
// .committee-reports.yaml, from the zod schema in
// server/src/core/schema/config-file.ts, so the two cannot drift; a unit test
// fails when they have. Editors read it through package.json's
// contributes.yamlValidation (the YAML extension) or yaml-language-server's
// yaml.schemas. Written as Prettier lays it out, so formatting the repository
// leaves it as generated. Run with `npm run schema`, which builds first.
const fs = require('node:fs');
const path = require('node:path');
const prettier = require('prettier');
const { checkRegistry, configJsonSchema } = require('../server/out/core/index.js');

async function main() {
  const file = path.join(__dirname, '..', 'schemas', 'committee-reports.schema.json');
  const options = await prettier.resolveConfig(file);
  const text = await prettier.format(JSON.stringify(configJsonSchema(checkRegistry)), { ...options, filepath: file });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  process.stdout.write(`${path.relative(process.cwd(), file)}: ${checkRegistry.length} checks\n`);
}

main().catch((error) => {
  process.stderr.write(`write-config-schema: ${error && error.stack ? error.stack : error}\n`);
  process.exitCode = 1;
});
