/**
 * The command line's display paths and file URIs are worked out by hand for
 * the common case (server/src/cli/paths.ts): they must be exactly what
 * `path.relative` and `pathToFileURL` give, for any path.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as fc from 'fast-check';
import type * as PathsModule from '../../server/src/cli/paths';
import { parameters } from './support';

// The command line's modules are not exported from the package, so the compiled one is loaded by path.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { displayPath, fileUri } = require(
  path.resolve(__dirname, '../../../server/out/cli/paths'),
) as typeof PathsModule;

/** Path segments as files are named, with what URLs and path arithmetic treat specially. */
const segment = fc.oneof(
  fc.constantFrom(
    '.',
    '..',
    '',
    'reports',
    'cabinet',
    'a b',
    'café',
    '100%',
    'x#y',
    'q?',
    "Leader's",
    '~tmp',
    '.hidden',
  ),
  fc.stringMatching(/^[A-Za-z0-9._~ %#-]{1,8}$/),
);
const absolute = fc.array(segment, { minLength: 1, maxLength: 5 }).map((parts) => `/${parts.join('/')}`);

describe('command line paths worked out by hand', () => {
  it('gives exactly the file URI that pathToFileURL gives', () => {
    fc.assert(
      fc.property(absolute, (file) => assert.equal(fileUri(file), pathToFileURL(file).href)),
      parameters(2000),
    );
  });

  it('shows exactly the path that path.relative gives, with / between folders', () => {
    fc.assert(
      fc.property(absolute, absolute, (root, file) =>
        assert.equal(displayPath(root, file), path.relative(root, file).split(path.sep).join('/')),
      ),
      parameters(2000),
    );
  });
});
