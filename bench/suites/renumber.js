'use strict';
// Suite: renumbering one document with its dependents in the language server,
// on corpus A (issue 17). The corpus's papers are numbered in order, so the
// suite first picks, in a child process with the core, the document whose
// renumbering would reach the most other documents: for each document cited
// by others, the first two definitions of one kind swapped in its text (F2
// written before F1, say), the plan that puts them back in order, kept when
// no locked number refuses it. Then, each round:
//  - the built server (`bin/committee-reports-language-server.js --stdio`) is
//    started on corpus A and indexes it (every file's diagnostics published);
//  - the chosen document is opened with its two definitions swapped, in
//    memory (didOpen), and its diagnostics awaited (numbers out of order but
//    without a gap make no id-sequence problem: the Refactor… menu, not a
//    problem's light bulb, offers the renumbering here);
//  - the code action is asked for as VS Code's Refactor… menu asks
//    (textDocument/codeAction at the first swapped definition, only
//    refactor.rewrite), timed from the request to its response, first cold,
//    then again after each of REQUESTS_AFTER_FIRST didChange (the same text,
//    a new version, its diagnostics awaited before the clock starts), so no
//    answer is remembered.
// Every answer must carry the renumbering's one WorkspaceEdit, over every
// document the plan touches. Target: the median request ≤ 50 ms.
// Run by bench/run.js (npm run bench -- --only renumber), or alone:
// node bench/suites/renumber.js [--rounds N]

const fs = require('node:fs');
const path = require('node:path');
const { spawn, execFileSync } = require('node:child_process');
const { pathToFileURL } = require('node:url');
const { runRounds } = require('../lib/rounds');
const { summarise } = require('../lib/stats');
const { textTable, markdownTable } = require('../lib/table');
const format = require('../lib/format');

const ROOT = path.resolve(__dirname, '../..');
const SERVER = path.join(ROOT, 'bin', 'committee-reports-language-server.js');
const BUILT = path.join(ROOT, 'server', 'out', 'lsp', 'main.js');
const CORPUS = 'corpus-a';
const TARGET_MS = 50;
const REQUESTS_AFTER_FIRST = 20;
const TITLE = /^Renumber .* in this document$/;
/** How long to wait for the server's answer to one step once the corpus is indexed: far beyond what it needs. */
const STEP_LIMIT_MS = 30_000;

/** The files the server checks in a folder with no config: the default include globs. */
function checkedFiles(dir) {
  const peer = require('../peers/markdown-languageservice');
  return peer.listMarkdownFiles(dir).filter((file) => /\.(report|minutes)\.md$/.test(file));
}

/** `text` with the labels of two definitions exchanged (`**F1**` and `**F2**` written the other way round). */
function swapped(text, first, second) {
  return (
    text.slice(0, first.idStart) +
    second.id +
    text.slice(first.idEnd, second.idStart) +
    first.id +
    text.slice(second.idEnd)
  );
}

/** A meeting after every paper of the corpus's, so no later paper's citation locks a number. */
const LAST_MEETING = 'meeting: 2099-12-31';

/** The documents citing an ID of `document`, other than itself. */
function citersOf(workspace, document) {
  const citers = new Set();
  for (const definition of document.definitions)
    for (const { uri } of workspace.citationsOf(document.documentId, definition.id)) citers.add(uri);
  citers.delete(document.uri);
  return citers;
}

/**
 * In the child: the two cases the suite times, each a document with the first
 * two definitions of one kind swapped, and its renumbering plan's size:
 *  - "as published": the document whose renumbering edits the most other
 *    documents with no number locked (a paper for a later meeting citing an
 *    ID locks it, and most citations in the corpus are such);
 *  - "its meeting moved": the same, each document's meeting also moved after
 *    every other in memory, so no citation locks a number and the plan edits
 *    every citer (the work a renumbering past the locks does).
 * Prints them as `[{ name, file, text, kind, line, files, edits, citers }]`,
 * `line` that of the first swapped definition.
 */
function choose(dir) {
  const { Workspace, defaultConfig, renumberPlan } = require(path.join(ROOT, 'server/out/core'));
  const workspace = new Workspace(defaultConfig());
  const files = checkedFiles(dir);
  for (const file of files) workspace.setDocument(pathToFileURL(file).href, fs.readFileSync(file, 'utf8'));
  const cited = files
    .map((file) => {
      const uri = pathToFileURL(file).href;
      return { file, uri, citers: citersOf(workspace, workspace.getDocument(uri)).size };
    })
    .filter((candidate) => candidate.citers > 0)
    .sort((a, b) => b.citers - a.citers);
  /** The largest plan for one document, its text changed by `change` after the swap, or undefined. */
  const largestPlan = ({ file, uri, citers }, change) => {
    const original = workspace.getDocument(uri).lines.text;
    const definitions = workspace.getDocument(uri).definitions;
    let best;
    for (const kind of new Set(definitions.map((definition) => definition.kind))) {
      const [first, second] = definitions.filter((definition) => definition.kind === kind);
      if (!second) continue;
      const text = change(swapped(original, first, second));
      workspace.setDocument(uri, text);
      const result = renumberPlan(workspace, uri);
      workspace.setDocument(uri, original);
      if (!result.plan) continue;
      const edits = result.plan.files.reduce((sum, edited) => sum + edited.edits.length, 0);
      const files = result.plan.files.length;
      if (!best || files > best.files || (files === best.files && edits > best.edits)) {
        const line = text.slice(0, text.indexOf(`**${second.id}**`)).split('\n').length - 1;
        best = { file, text, kind, line, files, edits, citers };
      }
    }
    return best;
  };
  const larger = (a, b) => (!a || (b && (b.files > a.files || (b.files === a.files && b.edits > a.edits))) ? b : a);
  let published;
  for (const candidate of cited)
    published = larger(
      published,
      largestPlan(candidate, (text) => text),
    );
  let unlocked;
  for (const candidate of cited)
    unlocked = larger(
      unlocked,
      largestPlan(candidate, (text) => text.replace(/^meeting:.*$/m, LAST_MEETING)),
    );
  return [
    published && { name: 'as published', ...published },
    unlocked && { name: "its meeting moved after its citers'", ...unlocked },
  ].filter(Boolean);
}

/**
 * Starts the server on `dir`; for each case, opens its document as the case
 * has it, renumbers it by the code action again and again, and times each.
 * Returns, for each case, `{ first, after, files, edits }`, or `{ error }`.
 */
async function measureServer(dir, expected, cases, timeoutMs) {
  const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');
  const child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const seen = new Set();
  let indexed;
  const allPublished = new Promise((resolve) => (indexed = resolve));
  /** Waiters for an open document's diagnostics of one version. */
  const waiting = [];
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    if (!params.uri.endsWith('.md')) return;
    seen.add(params.uri);
    if (seen.size === expected) indexed();
    for (const waiter of waiting.splice(0)) waiter(params);
  });
  const diagnosticsOf = (uri, version) =>
    new Promise((resolve) => {
      const check = (params) =>
        params.uri === uri && params.version === version ? resolve(version) : waiting.push(check);
      waiting.push(check);
    });
  connection.listen();
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const timers = [];
  const within = async (promise, what, limitMs = STEP_LIMIT_MS) => {
    const timeout = new Promise((resolve) => timers.push(setTimeout(() => resolve('timeout'), limitMs)));
    const end = await Promise.race([promise, timeout, exited.then(() => 'exited')]);
    if (end === 'timeout' || end === 'exited')
      throw new Error(`${end} while ${what}${stderr ? `: ${stderr.split('\n')[0]}` : ''}`);
    return end;
  };
  /** The case's document opened, then renumbered REQUESTS_AFTER_FIRST + 1 times, each after its diagnostics. */
  const renumber = async (chosen) => {
    const uri = pathToFileURL(chosen.file).href;
    let version = 1;
    let checked = diagnosticsOf(uri, version);
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'committee-report', version, text: chosen.text },
    });
    const timesMs = [];
    let answer;
    for (let request = 0; request <= REQUESTS_AFTER_FIRST; request++) {
      if (request > 0) {
        checked = diagnosticsOf(uri, ++version);
        await connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [{ text: chosen.text }],
        });
      }
      await within(checked, `waiting for the diagnostics of version ${version}`);
      const at = { line: chosen.line, character: 0 };
      const start = performance.now();
      const actions = await within(
        connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri },
          range: { start: at, end: at },
          context: { diagnostics: [], only: ['refactor.rewrite'] },
        }),
        'renumbering',
      );
      timesMs.push(performance.now() - start);
      answer = actions.find((action) => TITLE.test(action.title));
      if (!answer?.edit)
        throw new Error(
          `no renumbering edit: ${JSON.stringify(actions.map((action) => [action.title, action.disabled]))}`,
        );
    }
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const changes = Object.values(answer.edit.changes);
    return { first: timesMs[0], after: timesMs.slice(1), files: changes.length, edits: changes.flat().length };
  };
  try {
    const folder = pathToFileURL(dir).href;
    await within(
      connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: folder,
        workspaceFolders: [{ uri: folder, name: CORPUS }],
        capabilities: { textDocument: { codeAction: { disabledSupport: true } } },
        // Each round a cold start, as the first rounds were: no index kept in the user's cache folder between rounds.
        initializationOptions: { persistIndex: false },
      }),
      'initializing',
    );
    await connection.sendNotification('initialized', {});
    await within(allPublished, `indexing (${seen.size} of ${expected} files)`, timeoutMs);
    const measured = [];
    for (const chosen of cases) measured.push(await renumber(chosen));
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    await within(exited, 'shutting down');
    return measured;
  } catch (error) {
    return { error: error.message };
  } finally {
    for (const timer of timers) clearTimeout(timer);
    connection.dispose();
    if (child.exitCode === null && child.signalCode === null) child.kill();
  }
}

async function run(context) {
  const { options, log, startedAt } = context;
  if (!options.corpora.includes(CORPUS)) return { skipped: `${CORPUS} was not selected` };
  if (!fs.existsSync(BUILT)) return { skipped: 'the language server is not built (npm run build)' };
  const dir = context.corpora[CORPUS].dir;
  const chosen = JSON.parse(
    execFileSync(process.execPath, [__filename, '--choose', dir], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      timeout: options.timeoutMs,
    }),
  );
  if (chosen.length === 0) return { skipped: 'no document of the corpus can be renumbered with its dependents' };
  const cases = chosen.map((one) => ({
    name: one.name,
    document: path.relative(dir, one.file),
    kind: one.kind,
    citers: one.citers,
    planned: { files: one.files, edits: one.edits },
    first: [],
    after: [],
  }));
  for (const one of cases)
    log(
      `  ${one.name}: ${one.document}, ${one.kind}1 and ${one.kind}2 swapped; cited by ${format.plural(one.citers, 'document')}; the plan edits ${one.planned.files} files (${one.planned.edits} edits)`,
    );
  const expected = checkedFiles(dir).length;
  const result = { cases, rounds: { planned: options.rounds, completed: 0 }, failures: [] };
  // One step a round: a fresh server, both cases measured in it.
  const step = {
    name: 'server on corpus A',
    async run(round) {
      const measured = await measureServer(dir, expected, chosen, options.timeoutMs);
      if (measured.error) {
        result.failures.push({ round, error: measured.error });
        return `FAILED: ${measured.error}`;
      }
      return measured
        .map((times, index) => {
          const one = cases[index];
          one.first.push(times.first);
          one.after.push(...times.after);
          one.answered = { files: times.files, edits: times.edits };
          const after = summarise(times.after);
          return `${one.name}: first ${times.first.toFixed(1)} ms; then median ${after.median.toFixed(1)} ms (${after.min.toFixed(1)}–${after.max.toFixed(1)}); ${times.files} files, ${times.edits} edits`;
        })
        .join('; ');
    },
  };
  await runRounds({ steps: [step], options, startedAt, log, result });
  for (const one of cases) one.summary = { first: summarise(one.first), after: summarise(one.after) };
  result.targets = cases.map((one) => {
    const median = one.summary.after?.median;
    return {
      label: `Renumbering one document with its dependents (${one.name}): the server's answer ≤ ${TARGET_MS} ms (median)`,
      measured: median === undefined ? 'n/a' : `${median.toFixed(1)} ms`,
      verdict: median === undefined ? 'n/a' : median <= TARGET_MS ? 'PASS' : 'FAIL',
    };
  });
  return result;
}

function render(result) {
  if (result.skipped) return { text: `Not run: ${result.skipped}.`, markdown: `Not run: ${result.skipped}.` };
  const ms = (value) => (value === undefined ? '–' : `${value.toFixed(1)} ms`);
  const range = (stats) => (stats ? `${ms(stats.min)}–${ms(stats.max)}` : '–');
  const columns = [
    { title: 'codeAction request → response' },
    { title: 'Files, edits' },
    { title: 'Requests', align: 'right' },
    { title: 'Median', align: 'right' },
    { title: 'Min–max', align: 'right' },
  ];
  const rows = result.cases.flatMap((one) => {
    const size = one.answered ? `${one.answered.files}, ${one.answered.edits}` : '–';
    const { first, after } = one.summary;
    return [
      [`${one.name}: first, after indexing`, size, String(first?.count ?? 0), ms(first?.median), range(first)],
      [`${one.name}: each after a change`, size, String(after?.count ?? 0), ms(after?.median), range(after)],
    ];
  });
  const notes = [
    `Corpus A, ${result.rounds.completed} of ${result.rounds.planned} rounds, a fresh server each, ${REQUESTS_AFTER_FIRST + 1} requests a case a round; each case's document has its first two definitions of one kind swapped in memory:`,
    ...result.cases.map(
      (one) =>
        `- ${one.name}: ${one.document} (${one.kind}1 and ${one.kind}2), cited by ${format.plural(one.citers, 'document')}`,
    ),
    ...result.failures.map((failure) => `Round ${failure.round}: failed: ${failure.error}`),
    ...(result.stoppedEarly ? [result.stoppedEarly] : []),
  ];
  const targets = result.targets.map((target) => `${target.label}: ${target.measured} ${target.verdict}`);
  return {
    text: `${notes.join('\n')}\n\n${textTable(columns, rows)}\n\n${targets.join('\n')}`,
    markdown: `${notes.join('\n')}\n\n${markdownTable(columns, rows)}\n\n${targets.map((t) => `- ${t}`).join('\n')}`,
  };
}

if (process.argv[2] === '--choose') {
  process.stdout.write(JSON.stringify(choose(process.argv[3])));
} else if (require.main === module) {
  // Alone: the same suite, without the others (node bench/suites/renumber.js [--rounds N]).
  require('../lib/alone').runAlone(run, render);
}

module.exports = { name: 'renumber', title: 'Renumbering one document with its dependents in the server', run, render };
