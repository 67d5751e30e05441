'use strict';
// Starts a command compiled to server/out (npm run build), or says in one line why it cannot.
// `bundlePath`, when given, is the same command bundled into one file (scripts/bundle.js): it is
// used while it is at least as new as the last compile, so a `tsc -b` alone is never shadowed by an
// older bundle, and loaded with V8's code cache (code-cache.js).
const fs = require('node:fs');
const path = require('node:path');
const requireWithCodeCache = require('./code-cache');

module.exports = function launch(name, compiledPath, start, bundlePath) {
  let entry;
  try {
    entry =
      bundlePath !== undefined && isCurrent(bundlePath) ? requireWithCodeCache(bundlePath) : require(compiledPath);
  } catch (error) {
    const notBuilt = error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes(compiledPath);
    process.stderr.write(
      notBuilt
        ? `${name}: it has not been built; run npm run build first\n`
        : `${name}: could not start (${error && error.message ? String(error.message).split('\n')[0] : error}); reinstall or rebuild committee-reports\n`,
    );
    process.exit(2);
  }
  start(entry);
};

/** The bundle exists and is no older than the compiled server (its build info is written by every compile that changes it). */
function isCurrent(bundlePath) {
  try {
    const built = fs.statSync(path.join(__dirname, '..', 'server', 'tsconfig.tsbuildinfo'), { throwIfNoEntry: false });
    const bundle = fs.statSync(bundlePath, { throwIfNoEntry: false });
    return bundle !== undefined && (built === undefined || bundle.mtimeMs >= built.mtimeMs);
  } catch {
    return false;
  }
}
