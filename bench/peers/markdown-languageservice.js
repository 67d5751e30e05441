'use strict';
// Peer: vscode-markdown-languageservice (the library behind VS Code's Markdown
// language server) computing diagnostics for every Markdown file under DIR,
// with all link validation on. Prints the diagnostics as JSON, in the same
// shape as `committee-reports check --format json`.
//
//   node bench/peers/markdown-languageservice.js [DIR]     (default: cwd)
//
// Set-up follows the service's README example and vscode-markdown-languageserver:
// a markdown-it parser (html on, front matter hidden as VS Code's
// markdown-it-front-matter plugin does, a one-entry token cache like VS Code's
// engine), GitHub slugs, and a workspace over the files read from disk.

const fs = require('node:fs');
const path = require('node:path');
const MarkdownIt = require('markdown-it');
const { TextDocument } = require('vscode-languageserver-textdocument');
const { CancellationTokenSource, Emitter } = require('vscode-languageserver-protocol');

function listMarkdownFiles(root) {
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.md')) files.push(full);
    }
  };
  walk(root);
  return files.sort();
}

// Blank the YAML front matter but keep its lines, so token maps stay right.
function hideFrontMatter(text) {
  const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?=\r?\n|$)/.exec(text);
  return match ? match[0].replace(/[^\n]/g, '') + text.slice(match[0].length) : text;
}

function createParser(mdls) {
  const engine = MarkdownIt({ html: true });
  let cache = { uri: '', version: -1, tokens: [] };
  return {
    slugifier: mdls.githubSlugifier,
    async tokenize(document) {
      if (cache.uri !== document.uri || cache.version !== document.version) {
        cache = {
          uri: document.uri,
          version: document.version,
          tokens: engine.parse(hideFrontMatter(document.getText()), {}),
        };
      }
      return cache.tokens;
    },
  };
}

function createWorkspace(URI, root, documents) {
  const byUri = new Map(documents.map((doc) => [doc.uri, doc]));
  const changed = new Emitter();
  const created = new Emitter();
  const deleted = new Emitter();
  return {
    /** An edit in the editor: the new version replaces the old, and the service is told (as VS Code's server does). */
    update(doc) {
      byUri.set(doc.uri, doc);
      changed.fire(doc);
    },
    get workspaceFolders() {
      return [URI.file(root)];
    },
    onDidChangeMarkdownDocument: changed.event,
    onDidCreateMarkdownDocument: created.event,
    onDidDeleteMarkdownDocument: deleted.event,
    async getAllMarkdownDocuments() {
      return byUri.values();
    },
    hasMarkdownDocument(resource) {
      return byUri.has(resource.toString());
    },
    async openMarkdownDocument(resource) {
      const key = resource.toString();
      if (byUri.has(key)) return byUri.get(key);
      if (!resource.path.endsWith('.md')) return undefined;
      try {
        const doc = TextDocument.create(key, 'markdown', 0, await fs.promises.readFile(resource.fsPath, 'utf8'));
        byUri.set(key, doc);
        return doc;
      } catch {
        return undefined;
      }
    },
    async stat(resource) {
      if (byUri.has(resource.toString())) return { isDirectory: false };
      try {
        return { isDirectory: (await fs.promises.stat(resource.fsPath)).isDirectory() };
      } catch {
        return undefined;
      }
    },
    async readDirectory(resource) {
      const entries = await fs.promises.readdir(resource.fsPath, { withFileTypes: true });
      return entries.map((e) => [e.name, { isDirectory: e.isDirectory() }]);
    },
  };
}

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

async function main() {
  const mdls = await import('vscode-markdown-languageservice');
  const { URI } = await import('vscode-uri'); // the same module instance the service uses
  const root = path.resolve(process.argv[2] || '.');
  const files = listMarkdownFiles(root);
  const documents = files.map((file) =>
    TextDocument.create(URI.file(file).toString(), 'markdown', 1, fs.readFileSync(file, 'utf8')),
  );
  const service = mdls.createLanguageService({
    workspace: createWorkspace(URI, root, documents),
    parser: createParser(mdls),
    logger: { level: mdls.LogLevel.Off, log() {} },
  });
  const options = allChecks(mdls);
  const tokenSource = new CancellationTokenSource();
  const result = { version: 1, files: [], summary: { files: 0, errors: 0, warnings: 0, infos: 0 } };
  for (let i = 0; i < documents.length; i++) {
    const diagnostics = await service.computeDiagnostics(documents[i], options, tokenSource.token);
    result.files.push({
      path: path.relative(process.cwd(), files[i]).split(path.sep).join('/'),
      diagnostics: diagnostics.map((d) => ({
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        severity: SEVERITY[d.severity] || 'warning',
        code: String(d.code),
        message: d.message,
      })),
    });
    for (const d of diagnostics) {
      const key = { 1: 'errors', 2: 'warnings' }[d.severity] || 'infos';
      result.summary[key] += 1;
    }
  }
  result.summary.files = documents.length;
  service.dispose();
  tokenSource.dispose();
  process.stdout.write(JSON.stringify(result) + '\n');
}

/** The service's options with every link check on, as `main` uses them. */
function allChecks(mdls) {
  const level = mdls.DiagnosticLevel.warning;
  return {
    validateReferences: level,
    validateFragmentLinks: level,
    validateFileLinks: level,
    validateMarkdownFileLinkFragments: level,
    validateUnusedLinkDefinitions: level,
    validateDuplicateLinkDefinitions: level,
    ignoreLinks: [],
  };
}

// Reused by bench/suites/keystroke.js, which times the same service after each edit.
module.exports = { listMarkdownFiles, createParser, createWorkspace, allChecks };

if (require.main === module) {
  main().catch((error) => {
    console.error(`markdown-languageservice peer failed: ${error && error.stack ? error.stack : error}`);
    process.exitCode = 2;
  });
}
