#!/usr/bin/env node
'use strict';
/**
 * `npm run fuzz`: the property tests (test/properties, and the incremental
 * sync test of the protocol suite) with many more cases than `npm test`
 * runs, and a new seed each time. The seed is printed first: a failure is
 * replayed with `FUZZ_SEED=<seed> FUZZ_SCALE=<scale> node test/run.js properties`.
 *
 *   node test/properties/fuzz.js [--scale N] [--seed S]   (default: 20 times the cases, a random seed)
 *
 * Run after a build (`tsc -b`); exits as test/run.js does.
 */
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { parseArgs } = require('node:util');

const { values } = parseArgs({
  options: { scale: { type: 'string', default: '20' }, seed: { type: 'string' } },
  strict: true,
});
const scale = Number(values.scale);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
if (!Number.isFinite(scale) || scale <= 0 || !Number.isInteger(seed)) {
  process.stderr.write('fuzz: --scale takes a positive number and --seed a whole number\n');
  process.exit(2);
}
process.stdout.write(`Fuzzing with seed ${seed} at ${scale} times the cases of npm test.\n`);
const result = spawnSync(process.execPath, [path.join(__dirname, '..', 'run.js'), 'properties', 'protocol'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_SEED: String(seed), FUZZ_SCALE: String(scale) },
});
if (result.status !== 0)
  process.stdout.write(`\nTo replay: FUZZ_SEED=${seed} FUZZ_SCALE=${scale} node test/run.js properties protocol\n`);
process.exitCode = result.status ?? 1;
