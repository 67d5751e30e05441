'use strict';
// Requires a bundle (dist/cli.js) with V8's code cache, so a run does not compile again the
// two megabytes of JavaScript the last run compiled: about a tenth of a cold `check` of 2,000
// documents, and a third of a `check --cache` with nothing changed (bench/README.md).
//
// Node 22.1 and later do this themselves (module.enableCompileCache), and are asked to. On older
// Node the bundle is compiled here as Node would compile it, with the cached data V8 made at the
// end of an earlier run; the first run, and any run whose cache V8 rejects (another Node, another
// bundle), writes it at exit, as Node 22 does. V8 checks the data against its own version and
// flags and the source's length, and the file is named by the bundle's path, size, times and inode,
// which any rebuild changes, so a cache is never used for other code. NODE_DISABLE_COMPILE_CACHE=1 turns it off, as it does Node's own.
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

module.exports = function requireWithCodeCache(file) {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return require(file);
  if (typeof Module.enableCompileCache === 'function') {
    Module.enableCompileCache();
    return require(file);
  }
  let source;
  let stamp;
  try {
    // The stamp before the read: a bundle replaced in between is then cached under the old stamp, unused.
    stamp = fs.statSync(file);
    source = fs.readFileSync(file, 'utf8');
  } catch {
    // Let require say what is wrong with it.
    return require(file);
  }
  const folder = cacheFolder();
  const prefix = hash(file).slice(0, 16);
  // The bundle's size, times and inode name its version, as file stamps do for the cache of
  // `check --cache` (server/src/node/file-stamp.ts): hashing its two megabytes took longer.
  // One cache per command: the first run of each compiles what that command needs, and a `--version`
  // run first does not leave `check` a cache with almost nothing in it.
  const command = /^[a-z]+$/.test(process.argv[2] ?? '') ? process.argv[2] : 'options';
  const version = `${process.version} ${process.arch} ${stamp.size} ${stamp.mtimeMs} ${stamp.ctimeMs} ${stamp.ino} ${command}`;
  const cacheFile = path.join(folder, `${prefix}-${hash(version)}.bin`);
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    // None yet: this run makes it.
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const module = new Module(file, undefined);
  module.filename = file;
  const run = script.runInThisContext();
  if (cachedData === undefined || script.cachedDataRejected)
    process.once('exit', () => writeCache(folder, prefix, cacheFile, script, stamp.mtimeMs));
  run.call(module.exports, module.exports, Module.createRequire(file), module, file, path.dirname(file));
  module.loaded = true;
  return module.exports;
};

function hash(text) {
  return crypto.createHash('sha1').update(text).digest('hex');
}

/** One folder per user, as Node keeps its own compile cache in the temporary folder. */
function cacheFolder() {
  const user = typeof process.getuid === 'function' ? `-${process.getuid()}` : '';
  return path.join(os.tmpdir(), `committee-reports-code-cache${user}`);
}

/**
 * At exit, so the functions this run compiled are in it. Written to a file of its own and renamed
 * into place, so two runs at once leave one whole cache; caches of earlier builds of the same
 * bundle (written before this one was built) are removed, and those of its other commands kept.
 * Failing to write only means the next run compiles again.
 */
function writeCache(folder, prefix, cacheFile, script, bundleTime) {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    fs.writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
    fs.renameSync(temporary, cacheFile);
    // Caches of earlier builds: older than the bundle they were made for.
    for (const name of fs.readdirSync(folder)) {
      const other = path.join(folder, name);
      if (name.startsWith(`${prefix}-`) && other !== cacheFile && !name.endsWith('.tmp') && isStale(other, bundleTime))
        fs.rmSync(other, { force: true });
    }
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // Nothing was written.
    }
  }
}

/** A cache file written before the bundle it is beside in the folder was built. */
function isStale(file, bundleTime) {
  const stats = fs.statSync(file, { throwIfNoEntry: false });
  return stats !== undefined && stats.mtimeMs < bundleTime;
}
