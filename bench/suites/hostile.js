'use strict';
// Suite: hostile input. Two measurements:
//  - linear time: the analysis of adversarial patterns (each once quadratic
//    or worse, or a markdown-it worst case) repeated to 10,000, 100,000 and
//    1,000,000 characters, in a fresh process, CPU time (the least of three
//    runs below a million characters, one run at a million). Ten times the
//    text should take about ten times as long; a quadratic scan takes a
//    hundred.
//  - worst cases at the size limit: `committee-reports check --format json`
//    as a whole process (wall, CPU, peak RSS) on one file of each adversarial
//    pattern just under the default max-file-size (5 MB), each in its own
//    folder, and on files over it (a 10 MB line; a 2 GB sparse file, read no
//    further than the limit).
// Run by bench/run.js, or alone: node bench/suites/hostile.js [--quick]

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { runMeasured } = require('../lib/measure');
const { textTable, markdownTable } = require('../lib/table');

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'bin', 'committee-reports.js');
const FRONT_MATTER = '---\ntitle: T\ncommittee: Cabinet\nmeeting: 2026-03-12\n---\n';
const SIZES = [10_000, 100_000, 1_000_000];
const LIMIT = 5 * 1024 * 1024;

const PLACES = {
  paragraph: (body) => FRONT_MATTER + body,
  heading: (body) => `${FRONT_MATTER}# ${body}`,
  'aliased heading': (body) => `${FRONT_MATTER}## Executive ${body} Summary`,
  'front matter': (body) => `---\ntitle: ${body}\n---\n`,
};

/** Adversarial patterns: [what, pattern (or a function of the length that makes the text), place]. */
const PATTERNS = [
  ['spaces in a heading naming a section', ' ', 'aliased heading'],
  ['blank lines in a setext heading', '\n', 'aliased heading'],
  ['unclosed comments in a heading', '<!--', 'heading'],
  ['unclosed comments in a paragraph', '<!--', 'paragraph'],
  ['backtick runs of many lengths', '`` ` ``` ', 'paragraph'],
  ['Summary sections', '## Summary\n', 'paragraph'],
  ['unresolved references and definitions', '**R1** [F1]\n\n', 'paragraph'],
  ['disable comments in a heading', '<!-- committee-reports-disable -->', 'heading'],
  ['enable comments in a paragraph', '<!-- committee-reports-enable --> ', 'paragraph'],
  ['block quotes with lazy lines', '> -\nx\n', 'paragraph'],
  ['references', '[F9] ', 'paragraph'],
  ['ranges of 200 IDs', '[F1-F200] ', 'paragraph'],
  ['distinct acronyms before "("', distinctAcronyms, 'paragraph'],
  ['acronyms spelt out by 200 one-letter words', speltOutAcronyms, 'paragraph'],
  ['nested brackets in the front matter', '[', 'front matter'],
  ['one front matter key, repeated', 'k: v\n', 'front matter'],
  ['list markers', '- ', 'paragraph'],
  ['CRLF lines', 'a\r\n', 'paragraph'],
];

/** "QAAA (QAAB (…": a new acronym each time, each opening a bracket that never closes. */
function distinctAcronyms(length) {
  const parts = [];
  let total = 0;
  for (let index = 0; total < length; index++) {
    const letters = [0, 1, 2].map((shift) => String.fromCharCode(65 + (Math.floor(index / 26 ** shift) % 26))).join('');
    const part = `Q${letters} (`;
    parts.push(part);
    total += part.length;
  }
  return parts.join('').slice(0, length);
}

/** "a b a … (ABA…)": a new 200-letter acronym each time, after the words spelling it out (each shorter run of them was once tried from scratch: 0.7 s each). */
function speltOutAcronyms(length) {
  const parts = [];
  let total = 0;
  for (let index = 0; total < length; index++) {
    const letters = Array.from({ length: 200 }, (_, at) => ((index >> (at % 16)) & 1 ? 'B' : 'A'));
    const part = `${letters.join(' ').toLowerCase()} (${letters.join('')})\n\n`;
    parts.push(part);
    total += part.length;
  }
  return parts.join('').slice(0, length);
}

function repeatTo(pattern, length) {
  return typeof pattern === 'function'
    ? pattern(length)
    : pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length);
}

function textOf(pattern, place, length) {
  return PLACES[place](repeatTo(pattern, length));
}

/** In a fresh process: CPU milliseconds of the analysis of each pattern at each size. */
function measureLinear(sizes) {
  const { Workspace, defaultConfig, documentSymbols, foldingRanges } = require(path.join(ROOT, 'server/out/core'));
  const analyse = (text) => {
    const workspace = new Workspace(defaultConfig());
    const document = workspace.setDocument('file:///bench/a.report.md', text);
    workspace.diagnostics(document.uri);
    documentSymbols(document, workspace.configuration);
    foldingRanges(document);
  };
  const cpu = (text, runs) => {
    let best = Infinity;
    for (let run = 0; run < runs; run++) {
      const start = process.cpuUsage();
      analyse(text);
      const used = process.cpuUsage(start);
      best = Math.min(best, (used.user + used.system) / 1000);
    }
    return best;
  };
  return PATTERNS.map(([what, pattern, place]) => {
    analyse(textOf(pattern, place, sizes[0])); // warm up
    return { what, place, ms: sizes.map((size) => cpu(textOf(pattern, place, size), size >= 1_000_000 ? 1 : 3)) };
  });
}

/** The files of the worst-case runs: [name, content or a size to make sparse]. */
function worstCaseFiles() {
  const under = (pattern) => FRONT_MATTER + repeatTo(pattern, LIMIT - 200 - FRONT_MATTER.length);
  return [
    ['block quotes with lazy lines (5 MB)', under('> -\nx\n')],
    ['headings (5 MB)', under('# a \n')],
    ['Summary sections (5 MB)', under('## Summary\n')],
    ['definitions citing an unknown ID (5 MB)', under('**R1** [F1]\n\n')],
    ['blank lines (5 MB)', under('\n')],
    ['CRLF lines (5 MB)', under('a\r\n')],
    ['references (5 MB)', under('[F9] ')],
    ['ranges of 200 IDs (5 MB)', under('[F1-F200] ')],
    ['distinct acronyms (5 MB)', under(distinctAcronyms)],
    ['acronyms spelt out by 200 one-letter words (5 MB)', under(speltOutAcronyms)],
    ['unclosed comments (5 MB)', under('<!--')],
    ['one line of [ (5 MB)', under('[')],
    ['a 10 MB single line (over the limit)', FRONT_MATTER + 'a'.repeat(10 * 1024 * 1024)],
    ['a 2 GB sparse file (over the limit)', 2 * 1024 ** 3],
  ];
}

async function run(context) {
  const quick = context.options.rounds === 1;
  const sizes = quick ? SIZES.slice(0, 2) : SIZES;
  context.log(`  linear time: ${PATTERNS.length} patterns at ${sizes.join(', ')} characters`);
  const linear = JSON.parse(
    execFileSync(process.execPath, [__filename, '--measure-linear', sizes.join(',')], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    }),
  );

  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'committee-reports-bench-hostile-'));
  const worst = [];
  try {
    for (const [index, [what, content]] of worstCaseFiles().entries()) {
      const dir = path.join(folder, String(index));
      fs.mkdirSync(dir);
      const file = path.join(dir, 'worst.report.md');
      if (typeof content === 'number') {
        fs.closeSync(fs.openSync(file, 'w'));
        fs.truncateSync(file, content);
      } else fs.writeFileSync(file, content);
      const stdoutFile = path.join(context.outputDir, `hostile-${index}.json`);
      const result = await runMeasured({
        command: process.execPath,
        args: [CLI, 'check', '--format', 'json'],
        cwd: dir,
        timeoutMs: context.options.timeoutMs,
        stdoutFile,
        stderrFile: path.join(context.outputDir, `hostile-${index}.stderr.txt`),
      });
      let diagnostics;
      try {
        diagnostics = JSON.parse(fs.readFileSync(stdoutFile, 'utf8')).files.reduce(
          (sum, entry) => sum + entry.diagnostics.length,
          0,
        );
      } catch {
        diagnostics = undefined;
      }
      const size = typeof content === 'number' ? content : Buffer.byteLength(content);
      worst.push({
        what,
        size,
        wallMs: result.wallMs,
        cpuMs: result.cpuMs,
        rssKiB: result.rssKiB,
        exitCode: result.exitCode,
        timedOut: result.timedOut,
        diagnostics,
      });
      context.log(
        `  ${what}: ${(result.wallMs / 1000).toFixed(1)} s, exit ${result.exitCode}${result.rssKiB ? `, ${Math.round(result.rssKiB / 1024)} MiB` : ''}`,
      );
      fs.rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
  return { sizes, linear, worst };
}

function render(result) {
  const { sizes, linear, worst } = result;
  const ms = (value) => `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ms`;
  const linearColumns = [
    { title: 'Pattern' },
    { title: 'Where' },
    ...sizes.map((size) => ({ title: `${size.toLocaleString('en-GB')} chars`, align: 'right' })),
    ...sizes.slice(1).map((size, index) => ({ title: `×${size / sizes[index]} text`, align: 'right' })),
  ];
  const linearRows = linear.map((row) => [
    row.what,
    row.place,
    ...row.ms.map(ms),
    ...row.ms.slice(1).map((value, index) => `×${(value / Math.max(row.ms[index], 0.1)).toFixed(1)} time`),
  ]);
  const worstColumns = [
    { title: 'File' },
    { title: 'Wall', align: 'right' },
    { title: 'CPU', align: 'right' },
    { title: 'Peak RSS', align: 'right' },
    { title: 'Exit', align: 'right' },
    { title: 'Diagnostics', align: 'right' },
  ];
  const worstRows = worst.map((row) => [
    row.what,
    row.timedOut ? 'timed out' : `${(row.wallMs / 1000).toFixed(1)} s`,
    row.cpuMs === undefined ? '' : `${(row.cpuMs / 1000).toFixed(1)} s`,
    row.rssKiB === undefined ? '' : `${Math.round(row.rssKiB / 1024)} MiB`,
    String(row.exitCode),
    row.diagnostics === undefined ? '' : row.diagnostics.toLocaleString('en-GB'),
  ]);
  const slowest = [...worst].filter((row) => !row.timedOut).sort((a, b) => b.wallMs - a.wallMs)[0];
  const note1 =
    'Linear time: CPU time of the analysis (parse, every check, outline, folding) in one process; ten times the text should take about ten times as long (a quadratic scan: a hundred).';
  const note2 = `Worst cases: \`committee-reports check --format json\` as a whole process, one file per folder.${slowest ? ` Slowest: ${slowest.what}, ${(slowest.wallMs / 1000).toFixed(1)} s.` : ''}`;
  return {
    text: `${note1}\n\n${textTable(linearColumns, linearRows)}\n\n${note2}\n\n${textTable(worstColumns, worstRows)}`,
    markdown: `${note1}\n\n${markdownTable(linearColumns, linearRows)}\n\n${note2}\n\n${markdownTable(worstColumns, worstRows)}`,
  };
}

if (process.argv[2] === '--measure-linear') {
  process.stdout.write(JSON.stringify(measureLinear(process.argv[3].split(',').map(Number))));
} else if (require.main === module) {
  // Alone: node bench/suites/hostile.js [--quick]
  const quick = process.argv.includes('--quick');
  const outputDir = path.join(__dirname, '..', 'results', 'output');
  fs.mkdirSync(outputDir, { recursive: true });
  run({
    options: { rounds: quick ? 1 : 5, timeoutMs: 300_000 },
    log: (line) => process.stdout.write(`${line}\n`),
    outputDir,
  }).then(
    (result) => process.stdout.write(`\n${render(result).text}\n`),
    (error) => {
      process.stderr.write(`${error.stack}\n`);
      process.exitCode = 1;
    },
  );
}

module.exports = { name: 'hostile', title: 'Hostile input: linear time and worst cases', run, render };
