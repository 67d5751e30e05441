import * as assert from 'node:assert/strict';
import {
  markdownLanguageConfiguration,
  ourLanguageConfiguration,
  wordAt,
  wordPattern,
  wordsOf,
  type LanguageConfiguration,
} from './language-configuration';

describe('Language configuration', () => {
  let ours: LanguageConfiguration;
  let markdown: LanguageConfiguration;
  before(() => {
    ours = ourLanguageConfiguration();
    markdown = markdownLanguageConfiguration();
  });

  it('comments out a selection with an HTML comment, as Markdown does', () => {
    assert.deepEqual(ours['comments'], { blockComment: ['<!--', '-->'] });
  });

  it("keeps Markdown's brackets, auto-closing pairs, bracket colouring and folding", () => {
    for (const key of ['brackets', 'autoClosingPairs', 'colorizedBracketPairs', 'folding']) {
      assert.deepEqual(ours[key], markdown[key], key);
    }
  });

  it("surrounds a selection with Markdown's pairs except $, which only Markdown maths needs", () => {
    const markdownPairs = markdown['surroundingPairs'];
    assert.ok(Array.isArray(markdownPairs));
    assert.deepEqual(
      ours['surroundingPairs'],
      markdownPairs.filter((pair: unknown) => JSON.stringify(pair) !== '["$","$"]'),
    );
  });

  it('folds a region marked with HTML comments', () => {
    const folding = ours['folding'] as { markers: { start: string; end: string } };
    assert.match('<!-- #region Findings -->', new RegExp(folding.markers.start));
    assert.match('  <!-- #endregion -->', new RegExp(folding.markers.end));
    assert.doesNotMatch('<!-- committee-reports-disable section-order -->', new RegExp(folding.markers.start));
  });

  describe('word pattern', () => {
    let pattern: RegExp;
    let markdownPattern: RegExp;
    before(() => {
      pattern = wordPattern(ours);
      markdownPattern = wordPattern(markdown);
    });

    it('keeps an ID such as F12, R3 or ACT2 one word', () => {
      assert.deepEqual(wordsOf(pattern, 'Findings F12 and R3 led to ACT2.'), [
        'Findings',
        'F12',
        'and',
        'R3',
        'led',
        'to',
        'ACT2',
      ]);
    });

    it('keeps a document id and the ID after it one word, wherever the cursor is in it', () => {
      const line = 'As resolved [cypssc-2019:R2].';
      for (let column = line.indexOf('c', 12); column <= line.indexOf(']'); column++) {
        assert.equal(wordAt(pattern, line, column), 'cypssc-2019:R2', `column ${column}`);
      }
    });

    it('keeps a document id longer than the 15 characters VS Code searches back at a time one word', () => {
      const line = 'Members endorsed the recommendation [school-transport-tg-2026:R1, R2] in full.';
      assert.equal(wordAt(pattern, line, line.indexOf(':R1') + 2), 'school-transport-tg-2026:R1');
      assert.equal(wordAt(pattern, line, line.indexOf('tg-2026')), 'school-transport-tg-2026:R1');
      assert.equal(wordAt(pattern, line, line.indexOf('R2')), 'R2');
    });

    it('does not start a document id in the middle of a word', () => {
      assert.deepEqual(wordsOf(pattern, 'Note:F1 and café-report:F2'), ['Note', 'F1', 'and', 'café', 'report', 'F2']);
    });

    it('splits a document id from an ID that is not right after its colon', () => {
      assert.deepEqual(wordsOf(pattern, '[doc-id: F3] [doc-id:F3x]'), ['doc', 'id', 'F3', 'doc', 'id', 'F3x']);
    });

    it('ends an ID at a dot, since an ID is a kind and a whole number (R1.2 is R1 and 2)', () => {
      assert.deepEqual(wordsOf(pattern, 'See R1.2'), ['See', 'R1', '2']);
    });

    it('finds ordinary words exactly as Markdown does', () => {
      const lines = [
        "The Council's well-being strategy (2026–27) costs £1.5m; see https://example.gov.uk/plan.",
        'Naïve café owners, snake_case_words and __bold__ or *emphasis* — all 12 of them.',
        '2.1 Members noted paragraph 20.1.10 and Appendix A: Terms of Reference.',
        '| Finding | Response |',
      ];
      for (const line of lines) assert.deepEqual(wordsOf(pattern, line), wordsOf(markdownPattern, line), line);
    });
  });
});
