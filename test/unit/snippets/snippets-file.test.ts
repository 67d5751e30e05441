import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { snippetBody } from './snippet-expander';
import { SNIPPETS_FILE, expand, prefixesOf, readSnippets } from './snippets-file';

describe('Snippets: the file', () => {
  it('is strict JSON (no comments or trailing commas) holding snippets with a prefix, a body and a description', () => {
    assert.doesNotThrow(() => JSON.parse(fs.readFileSync(SNIPPETS_FILE, 'utf8')));
    const snippets = readSnippets();
    assert.ok(snippets.length >= 6, `only ${snippets.length} snippets`);
  });

  it('gives every snippet prefixes of its own', () => {
    const prefixes = readSnippets().flatMap(prefixesOf);
    assert.deepEqual(
      prefixes.filter((prefix, index) => prefixes.indexOf(prefix) !== index),
      [],
    );
  });

  it('writes every snippet in valid snippet syntax', () => {
    for (const snippet of readSnippets()) assert.doesNotThrow(() => expand(snippet), snippet.name);
  });

  it('numbers the tab stops of every snippet from 1 without gaps, and ends it at $0', () => {
    for (const snippet of readSnippets()) {
      const { tabStops } = expand(snippet);
      const numbered = tabStops.filter((stop) => stop !== 0);
      assert.deepEqual(
        numbered,
        numbered.map((_, index) => index + 1),
        snippet.name,
      );
      assert.ok(
        tabStops.includes(0) && snippetBody(snippet.body).trimEnd().endsWith('$0'),
        `${snippet.name} should end at $0`,
      );
    }
  });

  it('gives every choice at least two options, none of them empty', () => {
    for (const snippet of readSnippets()) {
      const { choices } = expand(snippet);
      for (const [stop, options] of choices) {
        assert.ok(options.length >= 2, `${snippet.name}: choice ${stop} has one option`);
        assert.deepEqual(
          options.filter((option) => option.trim() === ''),
          [],
          `${snippet.name}: choice ${stop} has an empty option`,
        );
      }
    }
  });
});
