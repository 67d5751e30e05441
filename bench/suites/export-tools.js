'use strict';
// The two tools the export suite times, and how each is started: ours as one
// process for all the documents, pandoc as one process per document, as a
// user converts papers with it. Also whether each can run here at all.

const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { ROOT } = require('./whole-process-tools');

const OURS = path.join(ROOT, 'bin', 'committee-reports.js');

/** The formats timed, and whether pandoc converts to them here (PDF would need LaTeX, which is not the comparison asked for). */
const FORMATS = [
  { key: 'docx', title: 'Word (.docx)', peer: true },
  { key: 'html', title: 'HTML', peer: true },
  { key: 'pdf', title: 'PDF', peer: false },
];

/** The pandoc on the PATH, or undefined. */
function findPandoc() {
  for (const folder of (process.env.PATH || '').split(path.delimiter)) {
    const candidate = path.join(folder || '.', 'pandoc');
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/** `{ command, version }` for pandoc, or `{ missing }` saying why it is not run. */
function pandocPeer() {
  const command = findPandoc();
  if (!command) return { missing: 'pandoc is not installed (on Debian or Ubuntu: apt-get install pandoc)' };
  try {
    const version = execFileSync(command, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'], timeout: 30000 })
      .toString()
      .split('\n')[0]
      .trim();
    return { command, version };
  } catch (error) {
    return { missing: `${command} --version failed (${error.message.split('\n')[0]})` };
  }
}

// The document's title from its front matter, for pandoc's --metadata title
// (its standalone HTML needs one); the file name when there is none.
function titleOf(file) {
  const text = fs.readFileSync(file, 'utf8').slice(0, 4096);
  const match = /^title:[ \t]*(.+?)[ \t]*$/m.exec(text);
  const title = match ? match[1].replace(/^(['"])(.*)\1$/, '$2') : '';
  return title || path.basename(file).replace(/\..*$/, '');
}

/** Our export of every document of the corpus, in one process: `[{ command, args }]`. */
function oursCommands(corpus, format, outDir) {
  return [
    {
      command: process.execPath,
      args: [OURS, 'export', ...corpus.names, '--to', format, '--out', outDir, '--force'],
    },
  ];
}

/** pandoc on each document in turn, as `pandoc -f markdown -t docx -o out.docx in.md` (HTML standalone, with a title). */
function pandocCommands(pandoc, corpus, format, outDir) {
  return corpus.names.map((name) => {
    const out = path.join(outDir, `${name.replace(/(?:\.(?:report|minutes))?\.md$/, '')}.${format}`);
    const html = format === 'html' ? ['-s', '--metadata', `title=${titleOf(path.join(corpus.dir, name))}`] : [];
    return { command: pandoc.command, args: ['-f', 'markdown', '-t', format, ...html, '-o', out, name] };
  });
}

/** What a run wrote: the number of files and their size. */
function outputSize(outDir) {
  let files = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(outDir, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += fs.statSync(path.join(outDir, entry.name)).size;
  }
  return { files, bytes };
}

/** How many documents our export wrote despite errors (with --force), from its report on stdout. */
function writtenDespiteErrors(stdoutFile) {
  return (fs.readFileSync(stdoutFile, 'utf8').match(/^Wrote .* despite \d+ errors?$/gm) || []).length;
}

module.exports = { OURS, FORMATS, pandocPeer, oursCommands, pandocCommands, outputSize, writtenDespiteErrors };
