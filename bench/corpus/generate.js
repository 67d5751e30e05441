'use strict';
// Generates the benchmark corpora into bench/.corpus/ (git-ignored), only when
// they are missing or the generator changed (version or source hash).
//
//   node bench/corpus/generate.js [--force]
//
// corpus-a: a 2,000-document workspace of 500,000 lines (~23 MB).
// corpus-b: one 20,000-line scrutiny inquiry report.

const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const { createRandom } = require('./prng');
const { createProse } = require('./prose');
const { createStyle, createParagraphs } = require('./docs/common');
const { DocumentBuilder } = require('./docs/builder');
const report = require('./docs/report');
const minutes = require('./docs/minutes');
const { planWorkspace, planLargeReport } = require('./plan');

const GENERATOR_VERSION = 2;
const SEED = 'committee-reports-bench';
const CORPUS_ROOT = path.join(__dirname, '..', '.corpus');
const CORPORA = {
  'corpus-a': { documents: 2000, lines: 500000 },
  'corpus-b': { documents: 1, lines: 20000 },
};

function sourceHash() {
  const hash = crypto.createHash('sha1');
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.js')) hash.update(entry.name).update(fs.readFileSync(full));
    }
  };
  walk(__dirname);
  return hash.digest('hex').slice(0, 12);
}

function buildDocument(spec) {
  const random = createRandom(`${SEED}:${spec.path}`);
  const prose = createProse(random, { topic: spec.topic || spec.committee.name });
  const numbered = random.chance(0.6);
  const ctx = {
    random,
    prose,
    style: createStyle(random, numbered),
    para: createParagraphs(prose, numbered),
    defects: spec.defects,
  };
  const builder = new DocumentBuilder(random, prose);
  (spec.kind === 'minutes' ? minutes : report).build(ctx, spec, builder);
  return builder;
}

// Builds every document, then shares the lines still needed to reach the
// corpus's total among them by weight, so the total is exact.
function generateCorpus(specs, totalLines) {
  const docs = specs.map((spec) => ({ spec, builder: buildDocument(spec) }));
  const base = docs.reduce((sum, d) => sum + d.builder.lineCount(), 0);
  let extra = Math.max(0, totalLines - base);
  const weights = docs.reduce((sum, d) => sum + d.spec.weight, 0);
  let carry = 0;
  docs.forEach((d, i) => {
    const last = i === docs.length - 1;
    let want = last ? extra : Math.floor(((totalLines - base) * d.spec.weight) / weights) + carry;
    want = Math.min(want, extra);
    if (want < 2) {
      carry = want;
      return;
    }
    const before = d.builder.lineCount();
    d.builder.grow(want);
    const added = d.builder.lineCount() - before;
    extra -= added;
    carry = want - added;
  });
  return docs;
}

function writeCorpus(dir, docs) {
  fs.rmSync(dir, { recursive: true, force: true });
  const stats = { files: 0, lines: 0, bytes: 0, kinds: {}, defects: {} };
  for (const { spec, builder } of docs) {
    const text = builder.render();
    const file = path.join(dir, spec.path);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    stats.files += 1;
    stats.lines += builder.lineCount();
    stats.bytes += Buffer.byteLength(text);
    stats.kinds[spec.kind] = (stats.kinds[spec.kind] || 0) + 1;
    for (const defect of spec.defects) stats.defects[defect] = (stats.defects[defect] || 0) + 1;
  }
  return stats;
}

function readManifest(root) {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

function isCurrent(manifest, root, hash) {
  if (!manifest || manifest.version !== GENERATOR_VERSION || manifest.sourceHash !== hash) return false;
  return Object.keys(CORPORA).every((name) => manifest.corpora?.[name] && fs.existsSync(path.join(root, name)));
}

// Returns the manifest: { version, sourceHash, corpora: { name: { dir, files, lines, bytes, ... } } }.
function ensureCorpora({ root = CORPUS_ROOT, force = false, log = () => {} } = {}) {
  const hash = sourceHash();
  const existing = readManifest(root);
  if (!force && isCurrent(existing, root, hash)) {
    for (const [name, corpus] of Object.entries(existing.corpora)) corpus.dir = path.join(root, name);
    return existing;
  }
  const started = Date.now();
  log(
    `Generating corpora in ${path.relative(process.cwd(), root) || root} (generator v${GENERATOR_VERSION}, ${hash}) ...`,
  );
  fs.mkdirSync(root, { recursive: true });
  fs.rmSync(path.join(root, 'manifest.json'), { force: true });
  const corpora = {};
  const specsA = planWorkspace(createRandom(`${SEED}:plan`), CORPORA['corpus-a'].documents);
  corpora['corpus-a'] = writeCorpus(path.join(root, 'corpus-a'), generateCorpus(specsA, CORPORA['corpus-a'].lines));
  const specsB = [planLargeReport()];
  corpora['corpus-b'] = writeCorpus(path.join(root, 'corpus-b'), generateCorpus(specsB, CORPORA['corpus-b'].lines));
  const manifest = { version: GENERATOR_VERSION, sourceHash: hash, seed: SEED, corpora };
  fs.writeFileSync(path.join(root, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  log(`Generated in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  for (const [name, corpus] of Object.entries(corpora)) corpus.dir = path.join(root, name);
  return manifest;
}

module.exports = { ensureCorpora, GENERATOR_VERSION, CORPUS_ROOT };

if (require.main === module) {
  const manifest = ensureCorpora({ force: process.argv.includes('--force'), log: console.log });
  for (const [name, c] of Object.entries(manifest.corpora)) {
    console.log(
      `${name}: ${c.files} files, ${c.lines} lines, ${(c.bytes / 1e6).toFixed(1)} MB`,
      JSON.stringify(c.kinds),
    );
  }
}
