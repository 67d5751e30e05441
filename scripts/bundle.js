#!/usr/bin/env node
'use strict';
// Bundles the extension (client) and the language server into dist/ with
// esbuild, so the .vsix carries two files instead of node_modules; and the
// command line into dist/cli.js, which starts in about three quarters of the
// time the compiled modules take to load (bin/committee-reports.js runs it
// while it is at least as new as the last build; bench/README.md has figures).
//   node scripts/bundle.js            readable output with source maps (tests, debugging)
//   node scripts/bundle.js --release  minified, no source maps (the .vsix)
// It also writes dist/extension.meta.json, esbuild's account of what the
// extension's bundle holds (https://esbuild.github.io/analyze/ reads it);
// test/unit/client-bundle.test.ts checks the released bundle's inputs and size.
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.join(__dirname, '..');

function sharedOptions(release) {
  return {
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
}

/** The extension VS Code loads: the client, which speaks to the server only through server/src/protocol. */
function clientBuildOptions(release) {
  return {
    ...sharedOptions(release),
    entryPoints: ['client/src/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    metafile: true,
  };
}

/**
 * Loaded from node_modules at run time, not bundled, each only when it is
 * needed, and copied (only what is loaded) to dist/node_modules, where the
 * bundles find them first, so the .vsix, which carries no node_modules of
 * its own, carries them too (.vscodeignore):
 * - playwright-core prints PDFs; it reads its own package files by path and
 *   cannot be bundled (its trace viewer, a third of it, is never loaded);
 * - docx writes Word files: a megabyte that every start-up would parse,
 *   bundled, though only an export to Word runs it (one file, no imports).
 * Each entry says which files of the package (paths relative to it) are copied.
 */
const UNBUNDLED = {
  'playwright-core': (relative) => !relative.startsWith(path.join('lib', 'vite')),
  docx: (relative) => ['', 'package.json', 'dist', path.join('dist', 'index.cjs')].includes(relative),
};

/** Copies each unbundled package to dist/node_modules, unless the same version is there already. */
function copyUnbundled() {
  for (const [name, carried] of Object.entries(UNBUNDLED)) {
    // By its folder: a package's "exports" may not list its package.json.
    const from = path.join(root, 'node_modules', name);
    const to = path.join(root, 'dist', 'node_modules', name);
    const version = (folder) => {
      try {
        return JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')).version;
      } catch {
        return undefined;
      }
    };
    if (version(to) === version(from)) continue;
    fs.rmSync(to, { recursive: true, force: true });
    fs.cpSync(from, to, { recursive: true, filter: (source) => carried(path.relative(from, source)) });
  }
}

/**
 * The Word import (mammoth, turndown, a DOM and an XML parser: about a
 * megabyte) is a bundle of its own, dist/import-word.js, which the command
 * line and the server require only to import: their bundles leave it out
 * and load it from beside themselves at run time, so no start-up parses it.
 */
const IMPORT_ENTRY = 'server/src/node/import/import-word.ts';
/**
 * The command line and the server are loaded from V8's code cache (bin/code-cache.js) through a
 * script compiled by hand, where a native `import()` has no loader: esbuild writes each as a
 * `require` in a promise instead, which also loads dist/import-word.js only when it is called.
 */
const NO_NATIVE_IMPORT = { supported: { 'dynamic-import': false } };
const lazyImport = {
  name: 'lazy-import',
  setup(build) {
    build.onResolve({ filter: /\/node\/import\/import-word(\.js)?$/ }, () => ({
      path: './import-word.js',
      external: true,
    }));
  },
};

async function main() {
  const release = process.argv.includes('--release');
  const [client] = await Promise.all([
    esbuild.build(clientBuildOptions(release)),
    esbuild.build({
      ...sharedOptions(release),
      stdin: {
        // Started by the editor as a program (VS Code forks it), or required by
        // bin/committee-reports-language-server.js, which calls main itself.
        contents:
          "const server = require('./server/src/lsp/main');\nif (require.main === module) server.main();\nmodule.exports = server;",
        resolveDir: root,
        sourcefile: 'server-entry.js',
        loader: 'js',
      },
      outfile: 'dist/server.js',
      external: Object.keys(UNBUNDLED),
      plugins: [lazyImport],
      ...NO_NATIVE_IMPORT,
    }),
    esbuild.build({
      ...sharedOptions(release),
      stdin: {
        contents: "module.exports = require('./server/src/cli/main');",
        resolveDir: root,
        sourcefile: 'cli-entry.js',
        loader: 'js',
      },
      outfile: 'dist/cli.js',
      external: Object.keys(UNBUNDLED),
      plugins: [lazyImport],
      ...NO_NATIVE_IMPORT,
    }),
    esbuild.build({ ...sharedOptions(release), entryPoints: [IMPORT_ENTRY], outfile: 'dist/import-word.js' }),
  ]);
  fs.writeFileSync(path.join(root, 'dist/extension.meta.json'), JSON.stringify(client.metafile, null, 1));
  copyUnbundled();
}

module.exports = { clientBuildOptions };

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`bundle: ${error && error.message ? error.message : error}\n`);
    process.exit(1);
  });
}
