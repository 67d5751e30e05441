'use strict';
// After a keystroke, how long until the diagnostics are ready? Each measurement
// runs in a fresh process: the workspace is loaded, one document is edited 200
// times in its middle (a character typed, then deleted), and each edit is timed
// from the new text to the diagnostics of every document it may affect (ours)
// or of the edited document (the peer, which checks one document at a time).
// The first 20 edits warm the JIT up and are not counted.

const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { textTable, markdownTable } = require('../lib/table');

const ROOT = path.resolve(__dirname, '../..');
const EDITS = 200;
const WARM_UP = 20;

function editedTexts(text) {
  const middle = text.indexOf('\n', Math.floor(text.length / 2));
  return Array.from({ length: EDITS }, (_, i) =>
    i % 2 === 0 ? `${text.slice(0, middle)} x${text.slice(middle)}` : text,
  );
}

function summarise(times) {
  const counted = times.slice(WARM_UP).sort((a, b) => a - b);
  return { median: counted[Math.floor(counted.length / 2)], p90: counted[Math.floor(counted.length * 0.9)] };
}

function measureOurs(files, target) {
  const { Workspace, defaultConfig } = require(path.join(ROOT, 'server/out/core'));
  const workspace = new Workspace(defaultConfig());
  for (const file of files) workspace.setDocument(`file://${file}`, fs.readFileSync(file, 'utf8'));
  const uri = `file://${target}`;
  const times = editedTexts(fs.readFileSync(target, 'utf8')).map((text) => {
    const start = performance.now();
    const affected = workspace.affectedBy(uri);
    workspace.setDocument(uri, text);
    for (const other of workspace.affectedBy(uri)) affected.add(other);
    for (const other of affected) workspace.diagnostics(other);
    return performance.now() - start;
  });
  return summarise(times);
}

async function measurePeer(files, target, root) {
  const peer = require('../peers/markdown-languageservice');
  const mdls = await import('vscode-markdown-languageservice');
  const { URI } = await import('vscode-uri');
  const { TextDocument } = require('vscode-languageserver-textdocument');
  const { CancellationTokenSource } = require('vscode-languageserver-protocol');
  const documents = files.map((file) =>
    TextDocument.create(URI.file(file).toString(), 'markdown', 1, fs.readFileSync(file, 'utf8')),
  );
  const workspace = peer.createWorkspace(URI, root, documents);
  const service = mdls.createLanguageService({
    workspace,
    parser: peer.createParser(mdls),
    logger: { level: mdls.LogLevel.Off, log() {} },
  });
  const options = peer.allChecks(mdls);
  const token = new CancellationTokenSource().token;
  const uri = URI.file(target).toString();
  const times = [];
  let version = 1;
  for (const text of editedTexts(fs.readFileSync(target, 'utf8'))) {
    const document = TextDocument.create(uri, 'markdown', ++version, text);
    const start = performance.now();
    workspace.update(document);
    await service.computeDiagnostics(document, options, token);
    times.push(performance.now() - start);
  }
  service.dispose();
  return summarise(times);
}

/** In the child: `--measure ours|peer DIR TARGET [LIMIT]` prints `{ median, p90 }`. */
async function child([tool, dir, target, limit]) {
  const peer = require('../peers/markdown-languageservice');
  let files = peer.listMarkdownFiles(dir);
  if (limit) files = [target, ...files.filter((file) => file !== target).slice(0, Number(limit) - 1)];
  const result = tool === 'ours' ? measureOurs(files, target) : await measurePeer(files, target, dir);
  process.stdout.write(JSON.stringify(result));
}

function lineCount(file) {
  return fs.readFileSync(file, 'utf8').split('\n').length;
}

async function run(context) {
  const corpusA = context.corpora['corpus-a'].dir;
  const corpusB = context.corpora['corpus-b'].dir;
  const peer = require('../peers/markdown-languageservice');
  const typical = peer.listMarkdownFiles(corpusA).find((file) => Math.abs(lineCount(file) - 300) <= 20);
  const large = peer.listMarkdownFiles(corpusB)[0];
  const cases = [
    { name: `a ${lineCount(typical)}-line report, 2,000-document workspace`, dir: corpusA, target: typical },
    { name: `the same report, 20-document workspace`, dir: corpusA, target: typical, limit: 20 },
    { name: `the ${lineCount(large).toLocaleString('en-GB')}-line document`, dir: corpusB, target: large },
  ];
  const rows = [];
  for (const testCase of cases) {
    const measure = (tool) =>
      JSON.parse(
        execFileSync(
          process.execPath,
          [
            __filename,
            '--measure',
            tool,
            testCase.dir,
            testCase.target,
            ...(testCase.limit ? [String(testCase.limit)] : []),
          ],
          { encoding: 'utf8', maxBuffer: 1 << 24 },
        ),
      );
    const ours = measure('ours');
    const theirs = measure('peer');
    context.log(
      `  ${testCase.name}: ours ${ours.median.toFixed(2)} ms, markdown-languageservice ${theirs.median.toFixed(2)} ms`,
    );
    rows.push({ name: testCase.name, ours, theirs });
  }
  return { rows };
}

function render(result) {
  const columns = [
    { title: 'Edit in' },
    { title: 'Ours (median)', align: 'right' },
    { title: 'Ours (p90)', align: 'right' },
    { title: 'markdown-languageservice (median)', align: 'right' },
    { title: 'Ours ÷ peer', align: 'right' },
  ];
  const rows = result.rows.map((row) => [
    row.name,
    `${row.ours.median.toFixed(2)} ms`,
    `${row.ours.p90.toFixed(2)} ms`,
    `${row.theirs.median.toFixed(2)} ms`,
    `${(row.ours.median / row.theirs.median).toFixed(3)}×`,
  ]);
  const note = `Analysis time after one keystroke, in-process, ${EDITS - WARM_UP} edits after ${WARM_UP} to warm up. Ours re-parses the document and re-checks every document the edit may affect; the peer computes the edited document's diagnostics.`;
  return { text: `${note}\n\n${textTable(columns, rows)}`, markdown: `${note}\n\n${markdownTable(columns, rows)}` };
}

if (process.argv[2] === '--measure') {
  child(process.argv.slice(3)).catch((error) => {
    process.stderr.write(String(error && error.stack ? error.stack : error));
    process.exitCode = 1;
  });
}

module.exports = { name: 'keystroke', title: 'After a keystroke: time to fresh diagnostics', run, render };
