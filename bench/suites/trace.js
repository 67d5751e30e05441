'use strict';
// Suite: what the traceability matrix (issue 7) costs on top of a full check,
// on corpus A. Each round runs three measurements in an order that rotates
// from round to round, so a noisy spell is shared out:
//  - in-process, in a fresh process: every document parsed and checked (the
//    full check), then the model built and its rows listed as `trace` does;
//    both phases timed in the same process, one after the other;
//  - whole process: `check . --format json`, and `trace . --format csv`.
// Target: building the matrix costs at most 10% of the full check (median
// of the per-round in-process ratios, wall time).
// Run by bench/run.js, or alone: node bench/suites/trace.js [--rounds N]

const { runRounds } = require('../lib/rounds');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { runMeasured } = require('../lib/measure');
const { summarise } = require('../lib/stats');
const { textTable, markdownTable } = require('../lib/table');
const format = require('../lib/format');

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'bin', 'committee-reports.js');
const CORPUS = 'corpus-a';
const LIMIT = 0.1;
// Fixed, so the statuses, and what is printed, do not change with the day the bench runs.
const TODAY = '2026-11-23';

/** In the child: parse and check every document, then build the matrix; prints the timings as JSON. */
function measure(dir) {
  const core = require(path.join(ROOT, 'server/out/core'));
  const files = fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .sort();
  const texts = files.map((file) => fs.readFileSync(path.join(dir, file), 'utf8'));
  const timed = (work) => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const value = work();
    const used = process.cpuUsage(cpu);
    return { value, wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
  };
  const check = timed(() => {
    const workspace = new core.Workspace(core.defaultConfig());
    files.forEach((file, index) => workspace.setDocument(`file:///corpus/${file}`, texts[index]));
    let diagnostics = 0;
    for (const file of files) diagnostics += workspace.diagnostics(`file:///corpus/${file}`).length;
    return { workspace, diagnostics };
  });
  const trace = timed(() =>
    core.selectTrace(core.buildTraceability(check.value.workspace, { today: TODAY }), () => true),
  );
  const { model, chains } = trace.value;
  const statuses = {};
  for (const item of [...model.findings, ...model.recommendations])
    statuses[item.status] = (statuses[item.status] ?? 0) + 1;
  return {
    check: { wallMs: check.wallMs, cpuMs: check.cpuMs },
    trace: { wallMs: trace.wallMs, cpuMs: trace.cpuMs },
    counts: {
      documents: files.length,
      diagnostics: check.value.diagnostics,
      findings: model.findings.length,
      recommendations: model.recommendations.length,
      rows: chains.length,
      brokenLinks: model.brokenLinks.length,
      statuses,
    },
  };
}

async function run(context) {
  const { options, log, startedAt } = context;
  if (!options.corpora.includes(CORPUS)) return { skipped: `${CORPUS} was not selected` };
  const corpus = context.corpora[CORPUS];
  const result = {
    today: TODAY,
    rounds: { planned: options.rounds, completed: 0 },
    inProcess: [],
    wholeProcess: { check: [], trace: [] },
  };
  const steps = [
    {
      name: 'in-process check + trace',
      run: async (round) => {
        const output = execFileSync(process.execPath, [__filename, '--measure', corpus.dir], {
          encoding: 'utf8',
          maxBuffer: 1 << 24,
        });
        const measured = { round, ...JSON.parse(output) };
        result.inProcess.push(measured);
        result.counts = measured.counts;
        return `check ${format.seconds(measured.check.wallMs)}, trace ${format.seconds(measured.trace.wallMs)} (${format.ratio(measured.trace.wallMs / measured.check.wallMs)})`;
      },
    },
    ...['check', 'trace'].map((command) => ({
      name: `${command} command`,
      run: async (round) => {
        const args =
          command === 'check'
            ? ['check', '.', '--format', 'json']
            : ['trace', '.', '--format', 'csv', '--today', TODAY];
        const measured = await runMeasured({
          command: process.execPath,
          args: [CLI, ...args],
          cwd: corpus.dir,
          timeoutMs: options.timeoutMs,
          stdoutFile: path.join(context.outputDir, `${CORPUS}.${command}.stdout`),
          stderrFile: path.join(context.outputDir, `${CORPUS}.${command}.stderr`),
        });
        const ok = !measured.timedOut && !measured.error && [0, 1].includes(measured.exitCode);
        if (ok) result.wholeProcess[command].push({ round, wallMs: measured.wallMs, cpuMs: measured.cpuMs });
        return ok ? format.seconds(measured.wallMs) : `FAILED (exit ${measured.exitCode ?? measured.signal})`;
      },
    })),
  ];
  await runRounds({ steps, options, startedAt, log, result });
  const ratios = (key) => result.inProcess.map((r) => r.trace[key] / r.check[key]);
  result.summary = {
    checkWall: summarise(result.inProcess.map((r) => r.check.wallMs)),
    traceWall: summarise(result.inProcess.map((r) => r.trace.wallMs)),
    checkCpu: summarise(result.inProcess.map((r) => r.check.cpuMs)),
    traceCpu: summarise(result.inProcess.map((r) => r.trace.cpuMs)),
    wallRatio: summarise(ratios('wallMs')),
    cpuRatio: summarise(ratios('cpuMs')),
    checkCommand: summarise(result.wholeProcess.check.map((r) => r.wallMs)),
    traceCommand: summarise(result.wholeProcess.trace.map((r) => r.wallMs)),
  };
  const ratio = result.summary.wallRatio?.median;
  result.target = {
    label: `Building the matrix ≤ ${LIMIT * 100}% of a full check (in-process wall time, median of the rounds)`,
    measured: ratio === undefined ? '–' : `${(ratio * 100).toFixed(1)}%`,
    verdict: ratio === undefined ? 'n/a' : ratio <= LIMIT ? 'PASS' : 'FAIL',
  };
  return result;
}

function render(result) {
  if (result.skipped) return { text: `Not run: ${result.skipped}.`, markdown: `Not run: ${result.skipped}.` };
  const s = result.summary;
  const percent = (value) => (value === undefined ? '–' : `${(value * 100).toFixed(1)}%`);
  const range = (stats) => (stats ? `${percent(stats.min)}–${percent(stats.max)}` : '–');
  const columns = [
    { title: 'Measure' },
    { title: 'Full check (median)', align: 'right' },
    { title: 'Matrix (median)', align: 'right' },
    { title: 'Matrix ÷ check (median of rounds)', align: 'right' },
    { title: 'Per round', align: 'right' },
  ];
  const rows = [
    [
      'In-process, wall',
      format.seconds(s.checkWall?.median),
      format.seconds(s.traceWall?.median),
      percent(s.wallRatio?.median),
      range(s.wallRatio),
    ],
    [
      'In-process, CPU',
      format.seconds(s.checkCpu?.median),
      format.seconds(s.traceCpu?.median),
      percent(s.cpuRatio?.median),
      range(s.cpuRatio),
    ],
  ];
  const commandRatio = s.checkCommand && s.traceCommand ? s.traceCommand.median / s.checkCommand.median : undefined;
  const c = result.counts ?? {};
  const notes = [
    `Corpus A, ${result.rounds.completed} of ${result.rounds.planned} rounds; statuses as at ${result.today}.`,
    `The matrix: ${format.count(c.findings ?? 0)} findings, ${format.count(c.recommendations ?? 0)} recommendations, ${format.count(c.rows ?? 0)} rows, ${format.count(c.brokenLinks ?? 0)} broken links; ` +
      `statuses ${Object.entries(c.statuses ?? {})
        .map(([status, count]) => `${status} ${format.count(count)}`)
        .join(', ')}.`,
    `Whole process: \`check . --format json\` ${format.seconds(s.checkCommand?.median)}, \`trace . --format csv\` ${format.seconds(s.traceCommand?.median)} ` +
      `(${format.ratio(commandRatio)}; trace parses but does not check).`,
    ...(result.stoppedEarly ? [result.stoppedEarly] : []),
  ];
  const target = `${result.target.label}: ${result.target.measured} ${result.target.verdict}`;
  return {
    text: `${notes.join('\n')}\n\n${textTable(columns, rows)}\n\n${target}`,
    markdown: `${notes.join('\n\n')}\n\n${markdownTable(columns, rows)}\n\n${target}`,
  };
}

if (process.argv[2] === '--measure') {
  process.stdout.write(JSON.stringify(measure(process.argv[3])));
} else if (require.main === module) {
  // Alone: the same suite, without the others (node bench/suites/trace.js [--rounds N]).
  require('../lib/alone').runAlone(run, render);
}

module.exports = { name: 'trace', title: 'Traceability matrix on top of a full check', run, render };
