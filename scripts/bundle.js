#!/usr/bin/env node
'use strict';
// Bundles the extension (client) and the language server into dist/ with
// esbuild, so the .vsix carries two files instead of node_modules; and the
// command line into dist/cli.js, which starts in about three quarters of the
// time the compiled modules take to load (bin/committee-reports.js runs it
// while it is at least as new as the last build; bench/README.md has figures).
//   node scripts/bundle.js            readable output with source maps (tests, debugging)
//   node scripts/bundle.js --release  minified, no source maps (the .vsix)
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.join(__dirname, '..');
const release = process.argv.includes('--release');

const shared = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  minify: release,
  sourcemap: release ? false : 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
  // ES modules bundled into CommonJS (fdir, under tinyglobby) still ask for import.meta.url.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

async function main() {
  await Promise.all([
    esbuild.build({ ...shared, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
    esbuild.build({
      ...shared,
      stdin: { contents: "require('./server/src/lsp/main').main();", resolveDir: root, sourcefile: 'server-entry.js', loader: 'js' },
      outfile: 'dist/server.js',
    }),
    esbuild.build({
      ...shared,
      stdin: { contents: "module.exports = require('./server/src/cli/main');", resolveDir: root, sourcefile: 'cli-entry.js', loader: 'js' },
      outfile: 'dist/cli.js',
    }),
  ]);
}

main().catch((error) => {
  process.stderr.write(`bundle: ${error && error.message ? error.message : error}\n`);
  process.exit(1);
});
