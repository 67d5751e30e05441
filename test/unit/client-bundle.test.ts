import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const REPO = path.resolve(__dirname, '../../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build script is plain JavaScript, loaded by path
const { clientBuildOptions } = require(path.join(REPO, 'scripts/bundle.js')) as {
  clientBuildOptions(release: boolean): esbuild.BuildOptions;
};

/** The released extension's bundle may be at most this large (the .vsix's dist/extension.js). */
const LIMIT_BYTES = 400_000;
/**
 * The libraries the client may bundle: the language client and what it is
 * built on. Anything else (zod, yaml, js-yaml, markdown-it: the core's) means
 * the client has reached past the protocol into the server.
 */
const ALLOWED_PACKAGES = new Set([
  'vscode-languageclient',
  'vscode-languageserver-protocol',
  'vscode-languageserver-types',
  'vscode-jsonrpc',
  'semver',
  'minimatch',
  'brace-expansion',
  'balanced-match',
]);

/** The package an input belongs to (`zod`, `@scope/name`), or undefined for our own sources. */
function packageOf(input: string): string | undefined {
  const after = input.split('node_modules/').slice(1).pop();
  if (after === undefined) return undefined;
  const parts = after.split('/');
  return (parts[0]!.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

describe('The extension’s bundle, as released', () => {
  let inputs: string[];
  let bytes: number;

  before(async function () {
    this.timeout(30_000);
    const result = await esbuild.build({ ...clientBuildOptions(true), write: false, logLevel: 'silent' });
    const output = Object.values(result.metafile!.outputs)[0]!;
    inputs = Object.keys(output.inputs);
    bytes = output.bytes;
  });

  it('holds of our sources only the client and the protocol, none of the core or the rest of the server', () => {
    const ours = inputs.filter((input) => packageOf(input) === undefined);
    assert.ok(
      ours.some((input) => input.startsWith('client/src/')),
      ours.join(', '),
    );
    assert.deepEqual(
      ours.filter((input) => !input.startsWith('client/src/') && !input.startsWith('server/src/protocol/')),
      [],
    );
  });

  it('holds no library but the language client and what it is built on (no zod, yaml, js-yaml or markdown-it)', () => {
    const packages = new Set(inputs.map(packageOf).filter((name) => name !== undefined));
    assert.deepEqual(
      [...packages].filter((name) => !ALLOWED_PACKAGES.has(name)),
      [],
    );
    assert.ok(packages.has('vscode-languageclient'));
  });

  it(`is under ${LIMIT_BYTES / 1000} KB`, () => {
    assert.ok(bytes < LIMIT_BYTES, `${bytes} bytes`);
  });
});
