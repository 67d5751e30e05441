'use strict';
// Suite: whole-process check time and memory. Each round runs every tool once
// on each corpus, in an order that rotates from round to round, so slow
// drift on a noisy machine spreads evenly over the tools. Reports medians and
// the ratios ours ÷ peer from the same run, and checks the speed targets.

const fs = require('node:fs');
const path = require('node:path');
const { runMeasured } = require('../lib/measure');
const { summarise, median } = require('../lib/stats');
const format = require('../lib/format');
const { toolsFor, unavailable } = require('./whole-process-tools');

// The second round of targets (issue 19): the cold run against the peers, and runs with --cache against the service's cold run.
const TARGETS = [
  { corpus: 'corpus-a', label: 'Corpus A wall time: ours ≤ 0.5× markdown-languageservice', peer: 'mdls', limit: 0.5 },
  {
    corpus: 'corpus-a',
    label: 'Corpus A wall time: ours ≤ 0.05× markdownlint-cli2',
    peer: 'markdownlint',
    limit: 0.05,
  },
  { corpus: 'corpus-a', label: 'Corpus A peak RSS: ours ≤ 200 MiB', rssLimitKiB: 200 * 1024 },
  {
    corpus: 'corpus-a',
    label: 'Corpus A --cache, nothing changed: ≤ 0.1× markdown-languageservice',
    peer: 'mdls',
    ours: 'ours-cached',
    limit: 0.1,
  },
  {
    corpus: 'corpus-a',
    label: 'Corpus A --cache, one document changed: ≤ 0.15× markdown-languageservice',
    peer: 'mdls',
    ours: 'ours-one-changed',
    limit: 0.15,
  },
  { corpus: 'corpus-b', label: 'Corpus B wall time: ours ≤ 0.5× markdown-languageservice', peer: 'mdls', limit: 0.5 },
];

const { overBudget, rotate } = require('../lib/rounds');

function firstLine(file) {
  try {
    const text = fs.readFileSync(file, 'utf8').trim();
    return text ? text.split('\n')[0].slice(0, 200) : '';
  } catch {
    return '';
  }
}

/** Where a tool runs on a corpus: the corpus, or a copy of its own (`workDir`) for a tool that edits it. */
function dirFor(tool, corpus, context) {
  const dir = context.corpora[corpus].dir;
  return tool.workDir?.(dir) ?? dir;
}

async function runOnce(tool, corpus, state, context, round) {
  const dir = dirFor(tool, corpus, context);
  tool.beforeRun?.(dir);
  const stdoutFile = path.join(context.outputDir, `${corpus}.${tool.key}.stdout`);
  const stderrFile = path.join(context.outputDir, `${corpus}.${tool.key}.stderr`);
  const run = await runMeasured({
    command: process.execPath,
    args: [tool.entry, ...(typeof tool.args === 'function' ? tool.args(dir) : tool.args)],
    cwd: dir,
    timeoutMs: context.options.timeoutMs,
    stdoutFile,
    stderrFile,
  });
  const ok = !run.timedOut && !run.error && tool.okExitCodes.includes(run.exitCode);
  const note = ok
    ? ''
    : run.timedOut
      ? ` timed out after ${format.seconds(context.options.timeoutMs)}`
      : ` FAILED (exit ${run.exitCode ?? run.signal}${run.error ? `, ${run.error}` : ''})`;
  context.log(
    `  round ${round + 1}  ${corpus}  ${tool.name.padEnd(24)} ${format.seconds(run.wallMs).padStart(9)}` +
      `  ${format.mebibytes(run.rssKiB).padStart(8)}  cpu ${format.seconds(run.cpuMs).padStart(9)}${note}`,
  );
  if (ok) {
    state.runs.push({ round: round + 1, wallMs: run.wallMs, rssKiB: run.rssKiB, cpuMs: run.cpuMs });
    if (!state.output) {
      try {
        state.output = tool.summarise(stdoutFile, stderrFile);
      } catch (error) {
        state.output = `could not read output: ${error.message}`;
      }
    }
  } else {
    // A tool that crashes or hangs once is not run again on this corpus.
    state.status = run.timedOut ? 'timed out' : 'failed';
    state.reason = run.timedOut
      ? `no result within ${format.seconds(context.options.timeoutMs)}`
      : firstLine(stderrFile) || `exit ${run.exitCode ?? run.signal}`;
  }
  return run.wallMs;
}

async function run(context) {
  const { options } = context;
  const result = { rounds: { planned: options.rounds, completed: 0 }, corpora: {} };
  const tools = toolsFor(options);
  for (const corpus of options.corpora) {
    const { files, lines, bytes } = context.corpora[corpus];
    result.corpora[corpus] = { stats: { files, lines, bytes }, tools: {} };
    for (const tool of tools) {
      const reason = unavailable(tool);
      result.corpora[corpus].tools[tool.key] = { name: tool.name, runs: [], status: reason ? 'not run' : 'ok', reason };
    }
  }
  for (const corpus of options.corpora)
    for (const tool of tools)
      if (result.corpora[corpus].tools[tool.key].status === 'ok') tool.prepare?.(context.corpora[corpus].dir);
  try {
    await rounds(context, tools, result);
  } finally {
    for (const corpus of options.corpora) for (const tool of tools) tool.finish?.(dirFor(tool, corpus, context));
  }
  for (const corpus of Object.values(result.corpora)) {
    for (const state of Object.values(corpus.tools)) {
      state.wall = summarise(state.runs.map((r) => r.wallMs));
      state.rss = summarise(state.runs.map((r) => r.rssKiB));
      state.cpu = summarise(state.runs.map((r) => r.cpuMs));
    }
  }
  result.targets = evaluateTargets(result);
  return result;
}

async function rounds(context, tools, result) {
  const { options, log, startedAt } = context;
  const lastWall = new Map();
  for (let round = 0; round < options.rounds; round++) {
    const estimate = [...lastWall.values()].reduce((a, b) => a + b, 0);
    if (overBudget({ completed: round, nextRoundMs: estimate, options, startedAt, log, result })) break;
    for (const corpus of options.corpora) {
      for (const tool of rotate(tools, round)) {
        const state = result.corpora[corpus].tools[tool.key];
        if (state.status !== 'ok') continue;
        lastWall.set(`${corpus}:${tool.key}`, await runOnce(tool, corpus, state, context, round));
        if (state.status !== 'ok') lastWall.delete(`${corpus}:${tool.key}`);
      }
    }
    result.rounds.completed = round + 1;
  }
}

// Ratio of medians, plus the spread of the per-round ratios (same round =
// the two runs were next to each other in time).
function compare(corpus, peerKey, oursKey = 'ours') {
  const ours = corpus.tools[oursKey];
  const peer = corpus.tools[peerKey];
  if (!ours.wall || !peer.wall) return undefined;
  const perRound = ours.runs
    .map((r) => [r, peer.runs.find((p) => p.round === r.round)])
    .filter(([, p]) => p)
    .map(([r, p]) => r.wallMs / p.wallMs);
  return { ratio: ours.wall.median / peer.wall.median, perRound, perRoundMedian: median(perRound) };
}

function evaluateTargets(result) {
  return TARGETS.filter((t) => result.corpora[t.corpus]).map((t) => {
    const corpus = result.corpora[t.corpus];
    if (t.rssLimitKiB) {
      const rss = corpus.tools.ours.rss?.median;
      return {
        label: t.label,
        measured: format.mebibytes(rss),
        verdict: rss === undefined ? 'n/a' : rss <= t.rssLimitKiB ? 'PASS' : 'FAIL',
      };
    }
    const c = compare(corpus, t.peer, t.ours);
    return {
      label: t.label,
      measured: format.ratio(c?.ratio),
      verdict: c === undefined ? 'n/a' : c.ratio <= t.limit ? 'PASS' : 'FAIL',
    };
  });
}

module.exports = { name: 'whole-process', title: 'Whole-process check: time and memory', run, compare, TARGETS };
