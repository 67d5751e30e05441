'use strict';
// Suite: the language server's start-up on corpus A. Each round, in an order
// that alternates from round to round:
//  - ours, cold: the built server (`bin/committee-reports-language-server.js
//    --stdio`) spawned with corpus A as its one workspace folder and an empty
//    index folder of its own (a temporary folder outside the corpus, so
//    nothing kept from another start is read); timed from sending
//    `initialize` (right after the spawn, so Node's start-up and loading the
//    modules count) to the publishDiagnostics that completes the set: one for
//    every file the config selects (every *.report.md and *.minutes.md: the
//    corpus has no config file). Then its resident memory, read from
//    /proc/<pid>/status: VmRSS (now, indexed and idle) and VmHWM (the peak).
//  - ours, with the index: the same, given the index folder one start wrote
//    before the rounds (its files unchanged since).
//  Both send `didOpen` of one report right after `initialized`, as an editor
//  does for the document it shows, and time its first diagnostics too: from
//  sending `initialize`, and from its answer (the server up).
//  - the peer: vscode-markdown-languageservice in a fresh process
//    (bench/peers/markdown-languageservice.js), timed from before reading the
//    files to the last computeDiagnostics for all 2,000 documents, in-process:
//    its Node start-up and module loading are not counted, so the ratio is,
//    if anything, unfair to us.
// Targets (issue 19): cold ≤ 0.5 × the peer, with the index ≤ 0.15 × the
// peer's (cold) run (medians); the open document's diagnostics ≤ 200 ms after
// the initialize answer, with the index; VmRSS after indexing ≤ 250 MiB.
// Run by bench/run.js, or alone: node bench/suites/startup.js [--rounds N]

const { runRounds } = require('../lib/rounds');
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');
const { spawn, execFileSync } = require('node:child_process');
const { pathToFileURL } = require('node:url');
const { summarise } = require('../lib/stats');
const { textTable, markdownTable } = require('../lib/table');
const format = require('../lib/format');

const ROOT = path.resolve(__dirname, '../..');
const SERVER = path.join(ROOT, 'bin', 'committee-reports-language-server.js');
const BUILT = path.join(ROOT, 'server', 'out', 'lsp', 'main.js');
const CORPUS = 'corpus-a';
const COLD_TARGET = 0.5;
const INDEX_TARGET = 0.15;
const OPEN_TARGET_MS = 200;
const RSS_TARGET_KIB = 250 * 1024;

const milliseconds = (ms) => (ms === undefined ? '–' : `${Math.round(ms)} ms`);

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

/**
 * Starts the server on `dir` with `indexFolder`, opens `opened` right after
 * `initialized`, waits for every checked file's diagnostics, reads its
 * memory, and shuts it down (which writes the index, if it changed).
 */
async function measureServer(dir, expected, timeoutMs, indexFolder, opened) {
  const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');
  const child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const seen = new Set();
  const openedUri = pathToFileURL(opened).href;
  let openedAt;
  const allPublished = new Promise((resolve) => {
    connection.onNotification('textDocument/publishDiagnostics', ({ uri }) => {
      if (!uri.endsWith('.md')) return;
      if (uri === openedUri && openedAt === undefined) openedAt = performance.now();
      seen.add(uri);
      if (seen.size === expected) resolve(performance.now());
    });
  });
  const openedText = fs.readFileSync(opened, 'utf8');
  let answeredAt;
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
        initializationOptions: { indexFolder },
      })
      .then(async () => {
        answeredAt = performance.now();
        await connection.sendNotification('initialized', {});
        await connection.sendNotification('textDocument/didOpen', {
          textDocument: { uri: openedUri, languageId: 'committee-report', version: 1, text: openedText },
        });
      });
    const end = await Promise.race([allPublished, timeout, exited.then(() => 'exited')]);
    if (typeof end !== 'number')
      return { error: `${end} after ${seen.size} of ${expected} files${stderr ? `: ${stderr.split('\n')[0]}` : ''}` };
    await initialized;
    const memory = memoryOf(child.pid);
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    await Promise.race([exited, timeout]);
    return {
      wallMs: end - start,
      openMs: openedAt - start,
      openAfterAnswerMs: openedAt - answeredAt,
      ...memory,
      files: seen.size,
    };
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
  // The report opened right after `initialized`, as an editor opens the one it shows: the first by name.
  const opened = checkedFiles(dir)
    .filter((file) => file.endsWith('.report.md'))
    .sort()[0];
  const result = {
    expected,
    opened: path.relative(dir, opened),
    rounds: { planned: options.rounds, completed: 0 },
    ours: [],
    withIndex: [],
    peer: [],
    failures: [],
  };
  // Outside the corpus, so the server's checked files are the corpus's alone; one start writes the index.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'committee-reports-bench-index-'));
  const kept = path.join(scratch, 'kept');
  const prepared = await measureServer(dir, expected, options.timeoutMs, kept, opened);
  if (prepared.error) result.failures.push({ round: 0, error: `writing the index: ${prepared.error}` });
  const server = (label, into, indexFolder) => async (round) => {
    const measured = await measureServer(dir, expected, options.timeoutMs, indexFolder(round), opened);
    if (measured.error) {
      result.failures.push({ round, error: `${label}: ${measured.error}` });
      return `FAILED: ${measured.error}`;
    }
    into.push({ round, ...measured });
    return `${format.seconds(measured.wallMs)}, open document ${milliseconds(measured.openMs)} (${milliseconds(measured.openAfterAnswerMs)} after the answer), VmRSS ${format.mebibytes(measured.rssKib)}`;
  };
  const steps = [
    // A fresh empty index folder each round: nothing kept is read.
    { name: 'ours, cold', run: server('cold', result.ours, (round) => path.join(scratch, `cold-${round}`)) },
    { name: 'ours, with the index', run: server('with the index', result.withIndex, () => kept) },
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
  try {
    await runRounds({ steps, options, startedAt, log, result });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  const perRound = (runs) =>
    summarise(
      runs
        .map((ours) => {
          const peer = result.peer.find((p) => p.round === ours.round);
          return peer ? ours.wallMs / peer.wallMs : undefined;
        })
        .filter((ratio) => ratio !== undefined),
    );
  result.summary = {
    ours: summarise(result.ours.map((r) => r.wallMs)),
    withIndex: summarise(result.withIndex.map((r) => r.wallMs)),
    coldOpen: summarise(result.ours.map((r) => r.openMs)),
    coldOpenAfterAnswer: summarise(result.ours.map((r) => r.openAfterAnswerMs)),
    indexOpen: summarise(result.withIndex.map((r) => r.openMs)),
    indexOpenAfterAnswer: summarise(result.withIndex.map((r) => r.openAfterAnswerMs)),
    peer: summarise(result.peer.map((r) => r.wallMs)),
    rss: summarise(result.ours.map((r) => r.rssKib)),
    peak: summarise(result.ours.map((r) => r.peakKib)),
    perRound: perRound(result.ours),
    perRoundWithIndex: perRound(result.withIndex),
  };
  const s = result.summary;
  const ratioOf = (stats) => (stats && s.peer ? stats.median / s.peer.median : undefined);
  const verdict = (value, target) => (value === undefined ? 'n/a' : value <= target ? 'PASS' : 'FAIL');
  const cold = ratioOf(s.ours);
  const withIndex = ratioOf(s.withIndex);
  result.targets = [
    {
      label: `Start-up, cold: ours ≤ ${COLD_TARGET}× markdown-languageservice (medians)`,
      measured: format.ratio(cold),
      verdict: verdict(cold, COLD_TARGET),
    },
    {
      label: `Start-up with the index: ours ≤ ${INDEX_TARGET}× markdown-languageservice's (cold) run (medians)`,
      measured: format.ratio(withIndex),
      verdict: verdict(withIndex, INDEX_TARGET),
    },
    {
      label: `The open document's diagnostics, with the index: ≤ ${OPEN_TARGET_MS} ms after the initialize answer`,
      measured: milliseconds(s.indexOpenAfterAnswer?.median),
      verdict: verdict(s.indexOpenAfterAnswer?.median, OPEN_TARGET_MS),
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
    [
      'Ours, cold: initialize → diagnostics for every file',
      format.seconds(s.ours?.median),
      range(s.ours, format.seconds),
    ],
    [
      'Ours, with the index: initialize → diagnostics for every file',
      format.seconds(s.withIndex?.median),
      range(s.withIndex, format.seconds),
    ],
    [
      'Ours, cold: initialize → the open document’s diagnostics',
      milliseconds(s.coldOpen?.median),
      range(s.coldOpen, milliseconds),
    ],
    [
      'Ours, cold: initialize answer → the open document’s diagnostics',
      milliseconds(s.coldOpenAfterAnswer?.median),
      range(s.coldOpenAfterAnswer, milliseconds),
    ],
    [
      'Ours, with the index: initialize → the open document’s diagnostics',
      milliseconds(s.indexOpen?.median),
      range(s.indexOpen, milliseconds),
    ],
    [
      'Ours, with the index: initialize answer → the open document’s diagnostics',
      milliseconds(s.indexOpenAfterAnswer?.median),
      range(s.indexOpenAfterAnswer, milliseconds),
    ],
    [
      'markdown-languageservice: diagnostics for every file, in-process',
      format.seconds(s.peer?.median),
      range(s.peer, format.seconds),
    ],
    [
      'Ours, cold ÷ peer',
      format.ratio(s.ours && s.peer ? s.ours.median / s.peer.median : undefined),
      `per round ${range(s.perRound, format.ratio)}`,
    ],
    [
      'Ours, with the index ÷ peer',
      format.ratio(s.withIndex && s.peer ? s.withIndex.median / s.peer.median : undefined),
      `per round ${range(s.perRoundWithIndex, format.ratio)}`,
    ],
    ['Ours, cold: VmRSS after indexing', format.mebibytes(s.rss?.median), range(s.rss, format.mebibytes)],
    ['Ours, cold: VmHWM (peak RSS)', format.mebibytes(s.peak?.median), range(s.peak, format.mebibytes)],
  ];
  const notes = [
    `Corpus A, ${result.rounds.completed} of ${result.rounds.planned} rounds; the server publishes diagnostics for ${format.count(result.expected)} files, and opens ${result.opened} right after initialized.`,
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
