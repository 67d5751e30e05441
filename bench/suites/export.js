'use strict';
// Suite: whole-process export to Word, HTML and PDF, ours against pandoc, on
// 20 copies of the samples and on corpus B's 20,000-line report. Each round
// runs both tools once per corpus and format, in an order that alternates
// from round to round. Ours exports all the documents in one process; pandoc
// converts one document per process, one after another, and its time is the
// sum of them. A format our build refuses (exit 2, "cannot export to 'docx'
// yet") is reported as not available and not timed.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { runMeasured } = require('../lib/measure');
const { overBudget, rotate } = require('../lib/rounds');
const { summarise, median } = require('../lib/stats');
const format = require('../lib/format');
const { writeSampleCopies, COUNT } = require('../corpus/samples-copies');
const tools = require('./export-tools');

const LIMIT = 0.5;
const CORPUS_TITLES = {
  samples: `${COUNT} samples-sized documents (copies of samples/)`,
  'corpus-b': 'Corpus B (one 20,000-line report)',
};

function firstLine(file) {
  try {
    const text = fs.readFileSync(file, 'utf8').trim();
    return text ? text.split('\n')[0].slice(0, 200) : '';
  } catch {
    return '';
  }
}

// Why our export refused a document (exit 1), from its report on stdout.
function notExported(file) {
  try {
    const line = fs.readFileSync(file, 'utf8').match(/^Not exported: .*$/m);
    return line ? line[0].slice(0, 200) : '';
  } catch {
    return '';
  }
}

/** The corpora this run exports: the sample copies always, corpus B when it is selected. */
function corporaFor(context) {
  const corpora = { samples: writeSampleCopies() };
  if (context.options.corpora.includes('corpus-b')) {
    const b = context.corpora['corpus-b'];
    const names = fs.readdirSync(b.dir).filter((name) => name.endsWith('.md'));
    corpora['corpus-b'] = { ...b, names };
  }
  return corpora;
}

/**
 * Whether our build exports to `format`: one document, untimed (it also
 * warms the disk cache). Exit 2 is a refusal of the command; any other
 * failure shows up, with its reason, in the timed runs.
 */
async function probe(formatKey, corpus, scratch, context) {
  const outDir = fs.mkdtempSync(path.join(scratch, `probe-${formatKey}-`));
  const stderrFile = path.join(context.outputDir, `export.probe.${formatKey}.stderr`);
  const run = await runMeasured({
    command: process.execPath,
    args: [tools.OURS, 'export', corpus.names[0], '--to', formatKey, '--out', outDir, '--force'],
    cwd: corpus.dir,
    timeoutMs: context.options.timeoutMs,
    stdoutFile: path.join(context.outputDir, `export.probe.${formatKey}.stdout`),
    stderrFile,
  });
  if (run.exitCode !== 2) return undefined;
  return { reason: 'not available in this build', detail: firstLine(stderrFile) || 'exit 2' };
}

/** Runs a tool's processes one after another: wall and CPU summed, the largest peak RSS. */
async function runCommands(commands, cwd, files, timeoutMs) {
  const total = { wallMs: 0, cpuMs: 0, rssKiB: undefined };
  for (const { command, args } of commands) {
    const run = await runMeasured({ command, args, cwd, timeoutMs, ...files });
    total.wallMs += run.wallMs;
    total.cpuMs = run.cpuMs === undefined || total.cpuMs === undefined ? undefined : total.cpuMs + run.cpuMs;
    if (run.rssKiB !== undefined) total.rssKiB = Math.max(total.rssKiB ?? 0, run.rssKiB);
    if (run.timedOut || run.error || run.exitCode !== 0) return { ...total, failed: run };
  }
  return total;
}

async function runOnce(cell, corpusKey, corpus, context, round) {
  const { state, commands, formatKey } = cell;
  const base = path.join(context.outputDir, `export.${corpusKey}.${formatKey}.${state.key}`);
  const files = { stdoutFile: `${base}.stdout`, stderrFile: `${base}.stderr` };
  fs.rmSync(cell.outDir, { recursive: true, force: true });
  fs.mkdirSync(cell.outDir, { recursive: true });
  const run = await runCommands(commands, corpus.dir, files, context.options.timeoutMs);
  const failed = run.failed;
  const note = !failed
    ? ''
    : failed.timedOut
      ? ` timed out after ${format.seconds(context.options.timeoutMs)}`
      : ` FAILED (exit ${failed.exitCode ?? failed.signal}${failed.error ? `, ${failed.error}` : ''})`;
  context.log(
    `  round ${round + 1}  ${corpusKey.padEnd(8)}  ${formatKey.padEnd(4)}  ${state.name.padEnd(17)} ${format.seconds(run.wallMs).padStart(9)}` +
      `  ${format.mebibytes(run.rssKiB).padStart(8)}  cpu ${format.seconds(run.cpuMs).padStart(9)}${note}`,
  );
  if (failed) {
    // A tool that fails or hangs once is not run again on this corpus and format.
    state.status = failed.timedOut ? 'timed out' : 'failed';
    state.reason = failed.timedOut
      ? `no result within ${format.seconds(context.options.timeoutMs)}`
      : firstLine(files.stderrFile) || notExported(files.stdoutFile) || `exit ${failed.exitCode ?? failed.signal}`;
    return undefined;
  }
  state.runs.push({ round: round + 1, wallMs: run.wallMs, rssKiB: run.rssKiB, cpuMs: run.cpuMs });
  if (!state.output) {
    const { files: count, bytes } = tools.outputSize(cell.outDir);
    const despite = state.key === 'ours' ? tools.writtenDespiteErrors(files.stdoutFile) : 0;
    state.output = `${format.plural(count, 'file')}, ${format.megabytes(bytes)}${despite ? ` (${despite} despite errors, --force)` : ''}`;
  }
  return run.wallMs;
}

function newState(key, name, reason) {
  return { key, name, runs: [], status: reason ? 'not run' : 'ok', reason };
}

async function run(context) {
  const { options, log } = context;
  const corpora = corporaFor(context);
  const pandoc = tools.pandocPeer();
  const result = {
    rounds: { planned: options.rounds, completed: 0 },
    pandoc: pandoc.missing ? { missing: pandoc.missing } : { version: pandoc.version },
    formats: {},
    corpora: {},
  };
  log(`  pandoc: ${pandoc.missing ? `not run: ${pandoc.missing}` : `${pandoc.command}, ${pandoc.version}`}`);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'committee-reports-bench-export-'));
  try {
    const built = fs.existsSync(tools.OURS);
    for (const { key } of tools.FORMATS) {
      const refused = built
        ? await probe(key, corpora.samples, scratch, context)
        : { reason: 'pending', detail: `${path.relative(process.cwd(), tools.OURS)} not found (npm run build)` };
      result.formats[key] = refused ? { available: false, ...refused } : { available: true };
      log(`  ${key}: ${refused ? `${refused.reason} (${refused.detail})` : 'available'}`);
    }
    const cells = [];
    for (const [corpusKey, corpus] of Object.entries(corpora)) {
      const { files, lines, bytes } = corpus;
      const entry = { title: CORPUS_TITLES[corpusKey], stats: { files, lines, bytes }, formats: {} };
      result.corpora[corpusKey] = entry;
      for (const { key: formatKey, peer } of tools.FORMATS) {
        const unavailable = result.formats[formatKey].reason;
        const states = { ours: newState('ours', 'committee-reports', unavailable) };
        if (peer) states.pandoc = newState('pandoc', 'pandoc', pandoc.missing || unavailable);
        entry.formats[formatKey] = states;
        const row = Object.values(states).map((state) => {
          const outDir = path.join(scratch, `${corpusKey}-${formatKey}-${state.key}`);
          const commands =
            state.status !== 'ok'
              ? []
              : state.key === 'ours'
                ? tools.oursCommands(corpus, formatKey, outDir)
                : tools.pandocCommands(pandoc, corpus, formatKey, outDir);
          return { state, formatKey, outDir, commands };
        });
        cells.push({ corpusKey, corpus, row });
      }
    }
    await runAllRounds(cells, context, result);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  for (const corpus of Object.values(result.corpora)) {
    corpus.ratios = {};
    for (const [formatKey, states] of Object.entries(corpus.formats)) {
      for (const state of Object.values(states)) {
        state.wall = summarise(state.runs.map((r) => r.wallMs));
        state.rss = summarise(state.runs.map((r) => r.rssKiB));
        state.cpu = summarise(state.runs.map((r) => r.cpuMs));
      }
      corpus.ratios[formatKey] = compare(states);
    }
  }
  result.targets = evaluateTargets(result);
  return result;
}

// Every round: each corpus and format, both tools, the first of them
// alternating; no round is started that would overrun the bench's budget.
async function runAllRounds(cells, context, result) {
  const { options, log, startedAt } = context;
  const lastWall = new Map();
  for (let round = 0; round < options.rounds; round++) {
    const estimate = [...lastWall.values()].reduce((a, b) => a + b, 0);
    if (overBudget({ completed: round, nextRoundMs: estimate, options, startedAt, log, result })) break;
    for (const { corpusKey, corpus, row } of cells) {
      for (const cell of rotate(row, round)) {
        if (cell.state.status !== 'ok') continue;
        const id = `${corpusKey}:${cell.formatKey}:${cell.state.key}`;
        const wall = await runOnce(cell, corpusKey, corpus, context, round);
        if (wall === undefined) lastWall.delete(id);
        else lastWall.set(id, wall);
      }
    }
    result.rounds.completed = round + 1;
  }
}

/** Ratio of the medians ours ÷ pandoc, and the ratios of each round (the two runs next to each other in time). */
function compare(states) {
  const { ours, pandoc } = states;
  if (!pandoc || !ours.wall || !pandoc.wall) return undefined;
  const perRound = ours.runs
    .map((r) => [r, pandoc.runs.find((p) => p.round === r.round)])
    .filter(([, p]) => p)
    .map(([r, p]) => r.wallMs / p.wallMs);
  return { ratio: ours.wall.median / pandoc.wall.median, perRound, perRoundMedian: median(perRound) };
}

function evaluateTargets(result) {
  const targets = [];
  for (const corpus of Object.values(result.corpora)) {
    for (const { key, title, peer } of tools.FORMATS) {
      if (!peer) continue;
      const states = corpus.formats[key];
      const c = corpus.ratios[key];
      const why = states.ours.status !== 'ok' ? states.ours.reason : states.pandoc.reason;
      targets.push({
        label: `${corpus.title}, ${title}: ours ≤ ${LIMIT}× pandoc (whole-process wall time)`,
        measured: format.ratio(c?.ratio),
        verdict: c === undefined ? `n/a${why ? ` (${why})` : ''}` : c.ratio <= LIMIT ? 'PASS' : 'FAIL',
      });
    }
  }
  return targets;
}

if (require.main === module) {
  // Alone: the same suite, without the others (node bench/suites/export.js [--quick] [--rounds N]).
  require('../lib/alone').runAlone(run, require('./export-report').render);
}

module.exports = { name: 'export', title: 'Export to Word, HTML and PDF against pandoc', run };
