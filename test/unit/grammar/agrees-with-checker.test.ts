import * as assert from 'node:assert/strict';
import type { IGrammar } from 'vscode-textmate';
import { DRAFT_SAMPLE, cleanSamples, parse, positionOf, readSample } from '../support';
import * as scope from './scopes';
import { loadGrammar, tokenise } from './tokenise';

/**
 * The grammar is a second reader of IDs beside the checker's parser. On real
 * documents both must find the same definitions and references, so what is
 * coloured is what go-to-definition and the diagnostics work on.
 */
describe('Grammar: agreement with the checker on the samples', function () {
  // Whole documents reach rules the small tests do not, and each regex is compiled on first use.
  this.timeout(20_000);
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  /** `kind line:column` of each ID the grammar scopes. */
  function coloured(text: string): string[] {
    return tokenise(grammar, text).flatMap((token) => {
      if (token.scopes.includes(scope.DEFINITION_ID)) return [`definition ${token.line}:${token.start}`];
      if (token.scopes.includes(scope.REFERENCE_ID)) return [`reference ${token.line}:${token.start}`];
      return [];
    });
  }

  /** `kind line:column` of each ID as written that the checker reads (IDs inside a range are not written). */
  function parsed(text: string, name: string): string[] {
    const document = parse(text, { name });
    const at = (offset: number) => {
      const position = positionOf(text, offset);
      return `${position.line}:${position.character}`;
    };
    return [
      ...document.definitions.map((definition) => `definition ${at(definition.idStart)}`),
      ...document.references
        .filter((reference) => reference.idStart !== -1)
        .map((reference) => `reference ${at(reference.idStart)}`),
    ];
  }

  const sorted = (items: readonly string[]) => [...new Set(items)].sort();

  it('colours exactly the definitions and references the checker reads in every clean sample', () => {
    for (const [name, text] of Object.entries(cleanSamples())) {
      const fromChecker = sorted(parsed(text, name.split('/').at(-1)!));
      assert.ok(fromChecker.length > 0, `${name} has no IDs: the comparison would prove nothing`);
      assert.deepEqual(sorted(coloured(text)), fromChecker, name);
    }
  });

  it('colours a malformed range in the draft as a reference, leaving the checker to report it', () => {
    const text = readSample(DRAFT_SAMPLE);
    const document = parse(text, { name: DRAFT_SAMPLE.split('/').at(-1)! });
    const malformed = document.malformedReferences.map((reference) => {
      const start = positionOf(text, reference.start);
      return { line: start.line, from: start.character, to: positionOf(text, reference.end).character };
    });
    const inMalformed = (entry: string) => {
      const [line, column] = entry.split(' ')[1]!.split(':').map(Number);
      return malformed.some((range) => range.line === line && column! >= range.from && column! < range.to);
    };
    const extra = coloured(text).filter((entry) => !parsed(text, 'draft.report.md').includes(entry));
    assert.ok(extra.length > 0, 'the draft should hold a malformed reference the grammar colours');
    assert.deepEqual(
      extra.filter((entry) => !inMalformed(entry)),
      [],
    );
    assert.deepEqual(
      parsed(text, 'draft.report.md').filter((entry) => !coloured(text).includes(entry)),
      [],
    );
  });
});
