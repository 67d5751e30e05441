#!/usr/bin/env node
'use strict';
// Writes schemas/committee-reports.schema.json, the JSON Schema of
// .committee-reports.yaml, from the zod schema in
// server/src/core/schema/config-file.ts, so the two cannot drift; a unit test
// fails when they have. Editors read it through package.json's
// contributes.yamlValidation (the YAML extension) or yaml-language-server's
// yaml.schemas. Run with `npm run schema`, which builds first.
const fs = require('node:fs');
const path = require('node:path');
const { checkRegistry, configJsonSchema } = require('../server/out/core/index.js');

const file = path.join(__dirname, '..', 'schemas', 'committee-reports.schema.json');
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, `${JSON.stringify(configJsonSchema(checkRegistry), null, 2)}\n`);
process.stdout.write(`${path.relative(process.cwd(), file)}: ${checkRegistry.length} checks\n`);
