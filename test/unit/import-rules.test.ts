/**
 * The import rules of .dependency-cruiser.cjs (run by `npm run lint`) applied
 * to a small tree laid out like the repository, holding one edge of each kind
 * the design forbids beside edges it allows: the lint fails, and names exactly
 * the forbidden ones.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const DEPCRUISE = path.join(REPO_ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const CONFIG = path.join(REPO_ROOT, '.dependency-cruiser.cjs');

const TREE: Readonly<Record<string, string>> = {
  // The package's own name resolves through its exports, as in the repository; `unbuilt` names nothing yet.
  'package.json': JSON.stringify({
    name: 'committee-reports',
    exports: { './core': './server/out/core/index.js', './unbuilt': './server/out/unbuilt/index.js' },
  }),
  'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'node16', strict: true } }),
  'server/out/core/index.js': 'exports.item = 1;\n',

  'server/src/core/model.ts': 'export interface Item { readonly id: string }\nexport const NO_ITEM = "";\n',
  'server/src/core/analyse.ts':
    "import { NO_ITEM, type Item } from './model';\nimport picomatch from 'picomatch';\nexport const first = (items: Item[]) => items[0]?.id ?? NO_ITEM;\nexport const matcher = picomatch;\n",
  'server/src/core/impure.ts':
    "import * as fs from 'node:fs';\nimport type { Connection } from 'vscode-languageserver';\nimport { handle } from '../lsp/handler';\nexport const all = [fs, handle] as const;\nexport type C = Connection;\n",
  'server/src/core/cycle-a.ts': "import { b } from './cycle-b';\nexport const a = () => b();\n",
  'server/src/core/cycle-b.ts': "import { a } from './cycle-a';\nexport const b = (): unknown => a;\n",

  'server/src/protocol/requests.ts':
    "import type { Item } from '../core/model';\nexport const REQUEST = 'committeeReports/items';\nexport type Items = Item[];\n",
  'server/src/protocol/loads-core.ts': "import { NO_ITEM } from '../core/model';\nexport const EMPTY = NO_ITEM;\n",
  'server/src/protocol/lsp-types.ts':
    "import type { handle } from '../lsp/handler';\nexport type Handler = typeof handle;\n",

  'server/src/node/files.ts':
    "import * as fs from 'node:fs';\nimport { first } from '../core/analyse';\nexport const read = (file: string) => [fs.readFileSync(file, 'utf8'), first([])];\n",
  'server/src/node/watch.ts': "import { run } from '../cli/main';\nexport const watch = run;\n",
  'server/src/cli/serve.ts':
    "import { handle } from '../lsp/handler';\nimport { activate } from '../../../client/src/extension';\nexport const serve = [handle, activate];\n",
  'server/src/cli/main.ts':
    "import { read } from '../node/files';\nimport { first } from '../core/analyse';\nexport const run = () => [read('a'), first([])];\n",
  'server/src/lsp/handler.ts':
    "import { REQUEST } from '../protocol/requests';\nimport { first } from '../core/analyse';\nimport { run } from '../cli/main';\nexport const handle = () => [REQUEST, first([]), run()];\n",

  'client/src/extension.ts':
    "import * as vscode from 'vscode';\nimport { REQUEST } from '../../server/src/protocol/requests';\nexport const activate = () => [vscode, REQUEST];\n",
  'client/src/uses-core.ts': "import { item } from 'committee-reports/core';\nexport const shown = item;\n",
  'client/src/uses-unbuilt.ts': "import { item } from 'committee-reports/unbuilt';\nexport const shown = item;\n",
  'client/src/uses-lsp.ts': "import { handle } from '../../server/src/lsp/handler';\nexport const shown = handle;\n",
};

function depcruise(cwd: string, ...options: string[]) {
  const run = spawnSync(process.execPath, [DEPCRUISE, 'server/src', 'client/src', '--config', CONFIG, ...options], {
    cwd,
    encoding: 'utf8',
    timeout: 25_000,
  });
  assert.equal(run.error, undefined, String(run.error));
  return run;
}

interface Violation {
  readonly from: string;
  readonly to: string;
  readonly rule: { readonly name: string };
}

describe('The import rules', function () {
  this.timeout(60_000);
  let folder: string;
  let status: number | null;
  let violations: readonly Violation[];

  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'committee-reports-import-rules-'));
    for (const [file, text] of Object.entries(TREE)) {
      fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
      fs.writeFileSync(path.join(folder, file), text);
    }
    // As `npm run lint` runs it, for the exit code; then with JSON output, for the violations.
    status = depcruise(folder).status;
    violations = (
      JSON.parse(depcruise(folder, '--output-type', 'json').stdout) as { summary: { violations: Violation[] } }
    ).summary.violations;
  });

  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  const edges = (rule: string) =>
    violations
      .filter((violation) => violation.rule.name === rule)
      .map((violation) => `${violation.from} → ${violation.to}`)
      .sort();

  it('fail the lint when a forbidden edge is there, with an exit code counting them', () => {
    assert.equal(status, violations.length);
    assert.ok(violations.length > 0);
  });

  it('keep the core from Node built-ins, the editor libraries and the layers above it', () => {
    assert.deepEqual(edges('core-imports-no-node-built-ins'), ['server/src/core/impure.ts → fs']);
    assert.deepEqual(edges('core-knows-no-editor-or-lsp'), ['server/src/core/impure.ts → vscode-languageserver']);
    assert.deepEqual(edges('core-imports-no-layer-above-it'), [
      'server/src/core/impure.ts → server/src/lsp/handler.ts',
    ]);
  });

  it('let the protocol import the core for types only', () => {
    assert.deepEqual(edges('protocol-imports-nothing-of-ours-at-run-time'), [
      'server/src/protocol/loads-core.ts → server/src/core/model.ts',
    ]);
  });

  it("keep the client to the server's protocol, the package's own name for the core included, built or not", () => {
    assert.deepEqual(edges('client-imports-only-the-protocol-of-the-server'), [
      'client/src/uses-core.ts → server/out/core/index.js',
      'client/src/uses-lsp.ts → server/src/lsp/handler.ts',
      'client/src/uses-unbuilt.ts → committee-reports/unbuilt',
    ]);
  });

  it('keep the language server and the command line apart', () => {
    assert.deepEqual(edges('cli-and-lsp-apart'), [
      'server/src/cli/serve.ts → server/src/lsp/handler.ts',
      'server/src/lsp/handler.ts → server/src/cli/main.ts',
    ]);
  });

  it('keep the file helpers, the protocol and the server off the layers built on them', () => {
    assert.deepEqual(edges('node-imports-no-cli-or-lsp'), ['server/src/node/watch.ts → server/src/cli/main.ts']);
    assert.deepEqual(edges('protocol-types-come-from-the-core-only'), [
      'server/src/protocol/lsp-types.ts → server/src/lsp/handler.ts',
    ]);
    assert.deepEqual(edges('server-imports-no-client'), ['server/src/cli/serve.ts → client/src/extension.ts']);
  });

  it('report a cycle', () => {
    assert.deepEqual(edges('no-cycles'), ['server/src/core/cycle-a.ts → server/src/core/cycle-b.ts']);
  });

  it('report nothing else: the edges the design allows pass', () => {
    const named = new Set([
      'core-imports-no-node-built-ins',
      'core-knows-no-editor-or-lsp',
      'core-imports-no-layer-above-it',
      'protocol-imports-nothing-of-ours-at-run-time',
      'protocol-types-come-from-the-core-only',
      'client-imports-only-the-protocol-of-the-server',
      'cli-and-lsp-apart',
      'node-imports-no-cli-or-lsp',
      'server-imports-no-client',
      'no-cycles',
    ]);
    assert.deepEqual(
      violations
        .filter((violation) => !named.has(violation.rule.name))
        .map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`),
      [],
    );
  });
});
