#!/usr/bin/env node
'use strict';
// Writes the editor settings into package.json (contributes.configuration)
// from the zod schema in server/src/core/schema/settings.ts, so the two
// cannot drift; a unit test fails when they have. Run after `npm run build`.
// Settings only the VS Code client reads (trace.server, persistIndex) are kept as they are.
const fs = require('node:fs');
const path = require('node:path');
const { editorSettingsProperties } = require('../server/out/core/index.js');

const manifestPath = path.join(__dirname, '..', 'package.json');
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
const CLIENT_ONLY = ['committeeReports.trace.server', 'committeeReports.persistIndex'];
const current = manifest.contributes.configuration.properties;
const clientOnly = Object.fromEntries(Object.entries(current).filter(([key]) => CLIENT_ONLY.includes(key)));
manifest.contributes.configuration.properties = { ...editorSettingsProperties(), ...clientOnly };
fs.writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
process.stdout.write(`package.json: ${Object.keys(manifest.contributes.configuration.properties).length} settings\n`);
