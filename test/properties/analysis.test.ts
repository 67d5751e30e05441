/**
 * The analysis of any text: it returns (never throws), every range it gives
 * lies inside the document, and it gives the same answer every time.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { loadConfig } from '../support/core';
import {
  analyse,
  anyText,
  configText,
  fragmentText,
  linesOf,
  parameters,
  rangeProblem,
  reportLikeText,
  timeout,
} from './support';

interface Ranged {
  readonly range: {
    readonly start: { line: number; character: number };
    readonly end: { line: number; character: number };
  };
  readonly selectionRange?: Ranged['range'];
  readonly children?: readonly Ranged[];
}

/** Every range in the analysis that is not a range of the text, described. */
function rangesOutside(text: string, name = 'a.report.md', config?: string): string[] {
  const lines = linesOf(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const { diagnostics, symbols, folding, featureRanges } = analyse(text, name, config);
  const problems: string[] = [];
  for (const range of featureRanges) {
    const problem = rangeProblem(lines, range);
    if (problem) problems.push(`a feature's range ${problem}`);
  }
  for (const diagnostic of diagnostics) {
    const problem = rangeProblem(lines, diagnostic.range);
    if (problem) problems.push(`${diagnostic.code} ${problem}`);
    for (const fix of diagnostic.fixes ?? []) {
      for (const edit of fix.edits) {
        const editProblem = rangeProblem(lines, edit.range);
        if (editProblem) problems.push(`the fix '${fix.title}' of ${diagnostic.code} ${editProblem}`);
      }
    }
  }
  const visit = (symbol: Ranged) => {
    for (const range of [symbol.range, symbol.selectionRange]) {
      const problem = range && rangeProblem(lines, range);
      if (problem) problems.push(`an outline entry ${problem}`);
    }
    symbol.children?.forEach(visit);
  };
  (symbols as Ranged[]).forEach(visit);
  for (const fold of folding as { startLine: number; endLine: number }[]) {
    if (fold.startLine < 0 || fold.endLine >= lines.length || fold.endLine < fold.startLine)
      problems.push(`a folding range ${fold.startLine}-${fold.endLine} is outside the text`);
  }
  return problems;
}

describe('The analysis of any text', function () {
  this.timeout(timeout(30_000));
  it('returns, with every range inside the document, for any string of UTF-16 code units', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        assert.deepEqual(rangesOutside(text), []);
      }),
      parameters(1000),
    );
  });

  it('returns, with every range inside the document, for text built from report fragments', () => {
    fc.assert(
      fc.property(reportLikeText, fc.constantFrom('a.report.md', 'b.minutes.md'), (text, name) => {
        assert.deepEqual(rangesOutside(text, name), []);
      }),
      parameters(1500),
    );
  });

  it('gives the same diagnostics, outline and folding every time it reads the same text', () => {
    fc.assert(
      fc.property(reportLikeText, (text) => {
        assert.deepEqual(analyse(text), analyse(text));
      }),
      parameters(300),
    );
  });

  it('reads text with a byte order mark as the text without it, as editors do', () => {
    fc.assert(
      fc.property(fragmentText, (text) => {
        fc.pre(!text.startsWith('\uFEFF'));
        assert.deepEqual(analyse(`\uFEFF${text}`).diagnostics, analyse(text).diagnostics);
      }),
      parameters(300),
    );
  });

  it('loads any config text without throwing, with every problem inside the config file', () => {
    fc.assert(
      fc.property(fc.oneof(configText, anyText), (text) => {
        const { diagnostics } = loadConfig(text, 'file:///workspace/.committee-reports.yaml');
        const lines = linesOf(text);
        for (const diagnostic of diagnostics)
          assert.equal(rangeProblem(lines, diagnostic.range), undefined, diagnostic.message);
        // Under any config, documents are still checked without throwing.
        assert.deepEqual(
          rangesOutside('---\ntitle: T\n---\n## Summary\n\n[F1] **F1** x [A1]\n', 'a.report.md', text),
          [],
        );
      }),
      parameters(600),
    );
  });
});
