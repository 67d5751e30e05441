/**
 * Positions are LSP positions: zero-based lines, columns in UTF-16 code
 * units. The line index is reached through a parsed document (`lines`),
 * which is how every check uses it.
 */
import * as assert from 'node:assert/strict';
import { brief, check, checkFor, parse, span, withBody } from './support';

const lineIndex = (text: string) => parse(text).lines;

describe('Line index', () => {
  describe('with LF line endings', () => {
    const text = 'one\ntwo\n\nfour';

    it('counts one line more than there are line feeds', () => {
      assert.equal(lineIndex(text).lineCount, 4);
      assert.equal(lineIndex('one\n').lineCount, 2);
      assert.equal(lineIndex('').lineCount, 1);
    });

    it('turns an offset into a zero-based line and character', () => {
      const lines = lineIndex(text);
      assert.deepEqual(lines.positionAt(0), { line: 0, character: 0 });
      assert.deepEqual(lines.positionAt(3), { line: 0, character: 3 });
      assert.deepEqual(lines.positionAt(4), { line: 1, character: 0 });
      assert.deepEqual(lines.positionAt(9), { line: 3, character: 0 });
      assert.deepEqual(lines.positionAt(13), { line: 3, character: 4 });
    });

    it('turns a position back into the same offset', () => {
      const lines = lineIndex(text);
      for (let offset = 0; offset <= text.length; offset++) {
        if (text[offset - 1] === '\r') continue;
        assert.equal(lines.offsetAt(lines.positionAt(offset)), offset, `offset ${offset}`);
      }
    });

    it('clamps offsets before the start and after the end of the text', () => {
      const lines = lineIndex(text);
      assert.deepEqual(lines.positionAt(-5), { line: 0, character: 0 });
      assert.deepEqual(lines.positionAt(1000), { line: 3, character: 4 });
    });

    it('clamps a character past the end of a line to the end of that line', () => {
      const lines = lineIndex(text);
      assert.equal(lines.offsetAt({ line: 1, character: 99 }), 7);
    });

    it('puts a line past the last at the end of the text', () => {
      assert.equal(lineIndex(text).offsetAt({ line: 10, character: 0 }), text.length);
    });

    it('gives each line its text without the line ending', () => {
      const lines = lineIndex(text);
      assert.deepEqual(
        [0, 1, 2, 3].map((line) => lines.lineText(line)),
        ['one', 'two', '', 'four'],
      );
      assert.equal(span(lines.lineRange(1)), '1:0-1:3');
    });
  });

  describe('with CRLF line endings', () => {
    const text = 'one\r\ntwo\r\n\r\nfour';

    it('leaves the carriage return out of the line', () => {
      const lines = lineIndex(text);
      assert.equal(lines.lineCount, 4);
      assert.deepEqual(
        [0, 1, 2, 3].map((line) => lines.lineText(line)),
        ['one', 'two', '', 'four'],
      );
      assert.equal(lines.lineEnd(0), 3);
      assert.equal(span(lines.lineRange(1)), '1:0-1:3');
    });

    it('starts each line after the line feed', () => {
      const lines = lineIndex(text);
      assert.equal(lines.lineStart(1), 5);
      assert.deepEqual(lines.positionAt(5), { line: 1, character: 0 });
      assert.deepEqual(lines.positionAt(12), { line: 3, character: 0 });
    });

    it('clamps a character past the end of a line to before its carriage return', () => {
      assert.equal(lineIndex(text).offsetAt({ line: 0, character: 10 }), 3);
    });

    it('positions diagnostics in a CRLF document exactly as in the same document with LF', () => {
      const lf = withBody('\n# Title\n\n## Summary\n\nSee [F9] and [F1, F7].\n\n**F1** A finding.\n');
      const crlf = lf.replace(/\n/g, '\r\n');
      assert.deepEqual(brief(check(crlf, { name: 'a.minutes.md' })), brief(check(lf, { name: 'a.minutes.md' })));
      assert.ok(brief(checkFor('ref-unresolved', crlf, { name: 'a.minutes.md' })).includes('ref-unresolved 10:4-10:8'));
    });

    it('ends a heading range before the carriage return', () => {
      const text = withBody('\r\n## Summary\r\n\r\nNone.\r\n').replace(/(?<!\r)\n/g, '\r\n');
      const [diagnostic] = checkFor('section-empty', text);
      assert.equal(span(diagnostic!.range), '6:0-6:10');
    });
  });

  describe('with characters outside the Basic Multilingual Plane', () => {
    it('counts an emoji as two UTF-16 code units', () => {
      const lines = lineIndex('a😀b');
      assert.deepEqual(lines.positionAt(3), { line: 0, character: 3 });
      assert.equal(lines.lineEnd(0), 4);
    });

    it('puts a reference after an astral character at its UTF-16 column', () => {
      const text = withBody('\n## Present\n\nMembers 𝔸😀 noted [F9].\n');
      const [diagnostic] = checkFor('ref-unresolved', text, { name: 'a.minutes.md' });
      assert.equal(span(diagnostic!.range), '8:19-8:23');
    });
  });

  describe('with tabs', () => {
    it('counts a tab as one character, not as a tab stop', () => {
      const text = withBody('\n## Present\n\nA\tB\t[F9]\n');
      const [diagnostic] = checkFor('ref-unresolved', text, { name: 'a.minutes.md' });
      assert.equal(span(diagnostic!.range), '8:4-8:8');
    });
  });

  describe('with a byte order mark', () => {
    const plain = withBody('\n# Title\n\nSee [F9].\n');

    it('reads the front matter of a document that starts with a byte order mark', () => {
      const document = parse('\uFEFF' + plain, { name: 'a.minutes.md' });
      assert.equal(document.data['title'], 'T');
      assert.deepEqual(brief(checkFor('front-matter', '\uFEFF' + plain, { name: 'a.minutes.md' })), []);
    });

    it('does not count the byte order mark in columns, as VS Code drops it', () => {
      const withMark = check('\uFEFF' + plain, { name: 'a.minutes.md' });
      assert.deepEqual(brief(withMark), brief(check(plain, { name: 'a.minutes.md' })));
      assert.equal(span(checkFor('ref-unresolved', '\uFEFF' + plain, { name: 'a.minutes.md' })[0]!.range), '8:4-8:8');
    });
  });

  describe('with lone carriage returns (old Mac line endings)', () => {
    // LSP and CommonMark both count a lone CR as a line ending.
    it('treats a lone carriage return as a line ending, as LSP does', () => {
      const lines = lineIndex('one\rtwo');
      assert.equal(lines.lineCount, 2);
      assert.deepEqual(lines.positionAt(4), { line: 1, character: 0 });
    });

    it('reports a heading after a lone carriage return on the line the editor shows', () => {
      const text = withBody('\n## Present\n\nCouncillor Ellis\r## Apologies\n');
      const [diagnostic] = checkFor('section-empty', text, { name: 'a.minutes.md' });
      assert.equal(span(diagnostic!.range), '9:0-9:12');
    });

    it('reports one unresolved reference once in a document with only carriage returns', () => {
      const text = '---\rtitle: T\rcommittee: C\rmeeting: 2026-03-12\r---\r## Present\r\rSee [F9].\r';
      assert.equal(checkFor('ref-unresolved', text, { name: 'a.minutes.md' }).length, 1);
    });
  });
});
