'use strict';
// Suite: the language server's start-up on corpus A. Each round, in an order
// that alternates from round to round:
//  - ours: the built server (`bin/committee-reports-language-server.js
//    --stdio`) spawned with corpus A as its one workspace folder; timed from
//    sending `initialize` (right after the spawn, so Node's start-up and
//    loading the modules count) to the publishDiagnostics that completes the
//    set: one for every file the config selects (every *.report.md and
//    *.minutes.md: the corpus has no config file). Then its resident memory,
//    read from /proc/<pid>/status: VmRSS (now, indexed and idle) and VmHWM
//    (the peak).
//  - the peer: vscode-markdown-languageservice in a fresh process
//    (bench/peers/markdown-languageservice.js), timed from before reading the
//    files to the last computeDiagnostics for all 2,000 documents, in-process:
//    its Node start-up and module loading are not counted, so the ratio is,
//    if anything, unfair to us.
// Targets: ours ≤ 0.3 × the peer (medians), VmRSS after indexing ≤ 250 MiB.
// Run by bench/run.js, or alone: node bench/suites/startup.js [--rounds N]

const { runRounds } = require('../lib/rounds');
const fs = require('node:fs');
const path = require('node:path');
const { spawn, execFileSync } = require('node:child_process');
const { pathToFileURL } = require('node:url');
const { summarise } = require('../lib/stats');
const { textTable, markdownTable } = require('../lib/table');
const format = require('../lib/format');

const ROOT = path.resolve(__dirname, '../..');
const SERVER = path.join(ROOT, 'bin', 'committee-reports-language-server.js');
const BUILT = path.join(ROOT, 'server', 'out', 'lsp', 'main.js');
const CORPUS = 'corpus-a';
const TIME_TARGET = 0.3;
const RSS_TARGET_KIB = 250 * 1024;

/** The files the server checks in a folder with no config: the default include globs. */
function checkedFiles(dir) {
  const peer = require('../peers/markdown-languageservice');
  return peer.listMarkdownFiles(dir).filter((file) => /\.(report|minutes)\.md$/.test(file));
}

/** `VmRSS` and `VmHWM` of a process, in KiB (Linux; undefined elsewhere). */
function memoryOf(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) || undefined;
    return { rssKib: field('VmRSS'), peakKib: field('VmHWM') };
  } catch {
    return { rssKib: undefined, peakKib: undefined };
  }
}

/** Starts the server on `dir`, waits for every checked file's diagnostics, reads its memory, and shuts it down. */
async function measureServer(dir, expected, timeoutMs) {
  const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');
  const child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const seen = new Set();
  const allPublished = new Promise((resolve) => {
    connection.onNotification('textDocument/publishDiagnostics', ({ uri }) => {
      if (!uri.endsWith('.md')) return;
      seen.add(uri);
      if (seen.size === expected) resolve(performance.now());
    });
  });
  connection.listen();
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let timer;
  const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  const start = performance.now();
  try {
    const folder = pathToFileURL(dir).href;
    const initialized = connection
      .sendRequest('initialize', {
        processId: process.pid,
        rootUri: folder,
        workspaceFolders: [{ uri: folder, name: 'corpus-a' }],
        capabilities: {},
      })
      .then(() => connection.sendNotification('initialized', {}));
    const end = await Promise.race([allPublished, timeout, exited.then(() => 'exited')]);
    if (typeof end !== 'number')
      return { error: `${end} after ${seen.size} of ${expected} files${stderr ? `: ${stderr.split('\n')[0]}` : ''}` };
    await initialized;
    const memory = memoryOf(child.pid);
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    await Promise.race([exited, timeout]);
    return { wallMs: end - start, ...memory, files: seen.size };
  } finally {
    clearTimeout(timer);
    connection.dispose();
    if (child.exitCode === null && child.signalCode === null) child.kill();
  }
}

/** In the child: the peer computes every document's diagnostics; prints `{ wallMs, documents }`. */
async function measurePeer(dir) {
  const peer = require('../peers/markdown-languageservice');
  const mdls = await import('vscode-markdown-languageservice');
  const { URI } = await import('vscode-uri');
  const { TextDocument } = require('vscode-languageserver-textdocument');
  const { CancellationTokenSource } = require('vscode-languageserver-protocol');
  const start = performance.now();
  const files = peer.listMarkdownFiles(dir);
  const documents = files.map((file) =>
    TextDocument.create(URI.file(file).toString(), 'markdown', 1, fs.readFileSync(file, 'utf8')),
  );
  const service = mdls.createLanguageService({
    workspace: peer.createWorkspace(URI, dir, documents),
    parser: peer.createParser(mdls),
    logger: { level: mdls.LogLevel.Off, log() {} },
  });
  const options = peer.allChecks(mdls);
  const token = new CancellationTokenSource().token;
  for (const document of documents) await service.computeDiagnostics(document, options, token);
  const wallMs = performance.now() - start;
  service.dispose();
  return { wallMs, documents: documents.length };
}

async function run(context) {
  const { options, log, startedAt } = context;
  if (!options.corpora.includes(CORPUS)) return { skipped: `${CORPUS} was not selected` };
  if (!fs.existsSync(BUILT)) return { skipped: 'the language server is not built (npm run build)' };
  const dir = context.corpora[CORPUS].dir;
  const expected = checkedFiles(dir).length;
  const result = { expected, rounds: { planned: options.rounds, completed: 0 }, ours: [], peer: [], failures: [] };
  const steps = [
    {
      name: 'ours',
      run: async (round) => {
        const measured = await measureServer(dir, expected, options.timeoutMs);
        if (measured.error) {
          result.failures.push({ round, error: measured.error });
          return `FAILED: ${measured.error}`;
        }
        result.ours.push({ round, ...measured });
        return `${format.seconds(measured.wallMs)}, VmRSS ${format.mebibytes(measured.rssKib)}, peak ${format.mebibytes(measured.peakKib)}`;
      },
    },
    {
      name: 'markdown-languageservice',
      run: async (round) => {
        const measured = JSON.parse(
          execFileSync(process.execPath, [__filename, '--measure-peer', dir], {
            encoding: 'utf8',
            timeout: options.timeoutMs,
          }),
        );
        result.peer.push({ round, ...measured });
        return format.seconds(measured.wallMs);
      },
    },
  ];
  await runRounds({ steps, options, startedAt, log, result });
  const perRound = result.ours.map((ours) => {
    const peer = result.peer.find((p) => p.round === ours.round);
    return peer ? ours.wallMs / peer.wallMs : undefined;
  });
  result.summary = {
    ours: summarise(result.ours.map((r) => r.wallMs)),
    peer: summarise(result.peer.map((r) => r.wallMs)),
    rss: summarise(result.ours.map((r) => r.rssKib)),
    peak: summarise(result.ours.map((r) => r.peakKib)),
    perRound: summarise(perRound.filter((ratio) => ratio !== undefined)),
  };
  const s = result.summary;
  const ratio = s.ours && s.peer ? s.ours.median / s.peer.median : undefined;
  result.targets = [
    {
      label: `Start-up: ours ≤ ${TIME_TARGET}× markdown-languageservice (medians)`,
      measured: format.ratio(ratio),
      verdict: ratio === undefined ? 'n/a' : ratio <= TIME_TARGET ? 'PASS' : 'FAIL',
    },
    {
      label: 'Memory after indexing (VmRSS): ours ≤ 250 MiB',
      measured: format.mebibytes(s.rss?.median),
      verdict: s.rss === undefined ? 'n/a' : s.rss.median <= RSS_TARGET_KIB ? 'PASS' : 'FAIL',
    },
  ];
  return result;
}

function render(result) {
  if (result.skipped) return { text: `Not run: ${result.skipped}.`, markdown: `Not run: ${result.skipped}.` };
  const s = result.summary;
  const range = (stats, show) => (stats ? `${show(stats.min)}–${show(stats.max)}` : '–');
  const columns = [{ title: 'Measure' }, { title: 'Median', align: 'right' }, { title: 'Min–max', align: 'right' }];
  const rows = [
    ['Ours: initialize → diagnostics for every file', format.seconds(s.ours?.median), range(s.ours, format.seconds)],
    [
      'markdown-languageservice: diagnostics for every file, in-process',
      format.seconds(s.peer?.median),
      range(s.peer, format.seconds),
    ],
    [
      'Ours ÷ peer',
      format.ratio(s.ours && s.peer ? s.ours.median / s.peer.median : undefined),
      `per round ${range(s.perRound, format.ratio)}`,
    ],
    ['Ours: VmRSS after indexing', format.mebibytes(s.rss?.median), range(s.rss, format.mebibytes)],
    ['Ours: VmHWM (peak RSS)', format.mebibytes(s.peak?.median), range(s.peak, format.mebibytes)],
  ];
  const notes = [
    `Corpus A, ${result.rounds.completed} of ${result.rounds.planned} rounds; the server publishes diagnostics for ${format.count(result.expected)} files.`,
    ...result.failures.map((failure) => `Round ${failure.round}: ours failed: ${failure.error}`),
    ...(result.stoppedEarly ? [result.stoppedEarly] : []),
  ];
  const targets = result.targets.map((target) => `${target.label}: ${target.measured} ${target.verdict}`);
  return {
    text: `${notes.join('\n')}\n\n${textTable(columns, rows)}\n\n${targets.join('\n')}`,
    markdown: `${notes.join('\n\n')}\n\n${markdownTable(columns, rows)}\n\n${targets.map((t) => `- ${t}`).join('\n')}`,
  };
}

if (process.argv[2] === '--measure-peer') {
  measurePeer(process.argv[3]).then(
    (measured) => process.stdout.write(JSON.stringify(measured)),
    (error) => {
      process.stderr.write(String(error && error.stack ? error.stack : error));
      process.exitCode = 1;
    },
  );
} else if (require.main === module) {
  // Alone: the same suite, without the others (node bench/suites/startup.js [--rounds N]).
  require('../lib/alone').runAlone(run, render);
}

module.exports = { name: 'startup', title: 'Language server start-up on corpus A', run, render };
