/**
 * docs/format.md, "Switching a check off": `<!-- committee-reports-disable-next-line CODE -->` and
 * `<!-- committee-reports-disable CODE -->` (to the end of the file, or to
 * `<!-- committee-reports-enable CODE -->`); with no CODE, every check.
 */
import * as assert from 'node:assert/strict';
import { brief, check, lineNumberOf, report, withBody } from './support';

const MINUTES = { name: 'a.minutes.md' };
/** Diagnostics as `code line` (1-based lines are harder to misread in a list). */
const found = (body: string) =>
  check(withBody(body), MINUTES).map((diagnostic) => `${diagnostic.code} ${diagnostic.range.start.line}`);

const SECTIONS =
  '\n## Present\n\nCouncillor Ellis.\n\n## Apologies\n\nNone.\n\n## Declarations of Interest\n\nNone.\n\n';

describe('Disable comments', () => {
  it('reports as usual with no comment', () => {
    assert.deepEqual(found(`${SECTIONS}See [F9].\n`), ['ref-unresolved 18']);
  });

  describe('disable-next-line', () => {
    it('silences the named check on the next line', () => {
      assert.deepEqual(
        found(`${SECTIONS}<!-- committee-reports-disable-next-line ref-unresolved -->\nSee [F9].\n`),
        [],
      );
    });

    it('silences only the next line', () => {
      assert.deepEqual(
        found(`${SECTIONS}<!-- committee-reports-disable-next-line ref-unresolved -->\nSee [F9]\nand [F8].\n`),
        ['ref-unresolved 20'],
      );
    });

    it('leaves other checks on the next line alone', () => {
      assert.deepEqual(
        found(`${SECTIONS}<!-- committee-reports-disable-next-line ref-malformed -->\nSee [F9] and [F3-F1].\n`),
        ['ref-unresolved 19'],
      );
    });

    it('silences every check on the next line when it names none', () => {
      assert.deepEqual(found(`${SECTIONS}<!-- committee-reports-disable-next-line -->\nSee [F9] and [F3-F1].\n`), []);
    });

    it('silences several checks named in one comment', () => {
      assert.deepEqual(
        found(
          `${SECTIONS}<!-- committee-reports-disable-next-line ref-unresolved ref-malformed -->\nSee [F9] and [F3-F1].\n`,
        ),
        [],
      );
    });

    it('works as an inline comment at the end of a paragraph line', () => {
      assert.deepEqual(
        found(`${SECTIONS}Text. <!-- committee-reports-disable-next-line ref-unresolved -->\nSee [F9].\n`),
        [],
      );
    });

    it('silences a diagnostic on a heading', () => {
      const body =
        '\n<!-- committee-reports-disable-next-line section-empty -->\n## Present\n\n## Apologies\n\nNone.\n\n## Declarations of Interest\n\nNone.\n';
      assert.deepEqual(found(body), []);
    });
  });

  describe('disable and enable', () => {
    it('silences the named check to the end of the file', () => {
      assert.deepEqual(
        found(`${SECTIONS}<!-- committee-reports-disable ref-unresolved -->\n\nSee [F9].\n\nAnd [F8].\n`),
        [],
      );
    });

    it('silences the named check only until it is enabled again', () => {
      const body = `${SECTIONS}<!-- committee-reports-disable ref-unresolved -->\n\nSee [F9].\n\n<!-- committee-reports-enable ref-unresolved -->\n\nAnd [F8].\n`;
      assert.deepEqual(found(body), ['ref-unresolved 24']);
    });

    it('silences every check when it names none, until a bare enable', () => {
      const body = `${SECTIONS}<!-- committee-reports-disable -->\n\nSee [F9] and [F3-F1].\n\n<!-- committee-reports-enable -->\n\nAnd [F8].\n`;
      assert.deepEqual(found(body), ['ref-unresolved 24']);
    });

    it('lets a bare enable end a disable of one check', () => {
      const body = `${SECTIONS}<!-- committee-reports-disable ref-unresolved -->\n\nSee [F9].\n\n<!-- committee-reports-enable -->\n\nAnd [F8].\n`;
      assert.deepEqual(found(body), ['ref-unresolved 24']);
    });

    it('does not end a disable of one check with an enable of another', () => {
      const body = `${SECTIONS}<!-- committee-reports-disable ref-unresolved -->\n\nSee [F9].\n\n<!-- committee-reports-enable ref-malformed -->\n\nAnd [F8].\n`;
      assert.deepEqual(found(body), []);
    });

    it('leaves checks it does not name alone', () => {
      const body = `${SECTIONS}<!-- committee-reports-disable ref-malformed -->\n\nSee [F9] and [F3-F1].\n`;
      assert.deepEqual(found(body), ['ref-unresolved 20']);
    });

    it('does not silence anything before the comment', () => {
      const body = `${SECTIONS}See [F9].\n\n<!-- committee-reports-disable ref-unresolved -->\n\nAnd [F8].\n`;
      assert.deepEqual(found(body), ['ref-unresolved 18']);
    });

    it('can silence section-missing, reported on the title, with a comment placed before the title', () => {
      const text = withBody(
        '\n<!-- committee-reports-disable section-missing -->\n\n# Minutes\n\n## Present\n\nCouncillor Ellis.\n',
      );
      assert.deepEqual(brief(check(text, MINUTES)), []);
    });
  });

  it('works in a document with CRLF line endings', () => {
    const text = withBody(
      `${SECTIONS}<!-- committee-reports-disable-next-line ref-unresolved -->\nSee [F9].\n\nAnd [F8].\n`,
    ).replace(/\n/g, '\r\n');
    assert.deepEqual(
      check(text, MINUTES).map((diagnostic) => `${diagnostic.code} ${diagnostic.range.start.line}`),
      ['ref-unresolved 21'],
    );
  });

  it('lets a duty section say a bare None when the check is disabled for that line', () => {
    const text = report({
      sections: { 'Equality Duty': '<!-- committee-reports-disable-next-line section-none-without-reason -->\nNone.' },
    });
    assert.deepEqual(brief(check(text)), []);
  });

  describe('comments that do not count', () => {
    it('ignores a comment inside a fenced code block', () => {
      assert.deepEqual(found(`${SECTIONS}\`\`\`\n<!-- committee-reports-disable -->\n\`\`\`\n\nSee [F9].\n`), [
        'ref-unresolved 22',
      ]);
    });

    it('ignores a disable-next-line comment inside a fenced code block', () => {
      assert.deepEqual(
        found(`${SECTIONS}\`\`\`\n<!-- committee-reports-disable-next-line ref-unresolved -->\n\`\`\`\nSee [F9].\n`),
        ['ref-unresolved 21'],
      );
    });

    it('ignores a comment inside an indented code block', () => {
      assert.deepEqual(found(`${SECTIONS}Intro.\n\n    <!-- committee-reports-disable -->\n\nSee [F9].\n`), [
        'ref-unresolved 22',
      ]);
    });

    it('ignores a comment inside a code span', () => {
      assert.deepEqual(found(`${SECTIONS}Write \`<!-- committee-reports-disable -->\` to silence.\n\nSee [F9].\n`), [
        'ref-unresolved 20',
      ]);
    });

    it('ignores a comment in the front matter', () => {
      const text =
        '---\ntitle: "<!-- committee-reports-disable -->"\ncommittee: C\nmeeting: 2026-03-12\n---\n' +
        SECTIONS +
        'See [F9].\n';
      assert.deepEqual(
        brief(check(text, MINUTES)).map((entry) => entry.split(' ')[0]),
        ['ref-unresolved'],
      );
      assert.equal(check(text, MINUTES)[0]!.range.start.line, lineNumberOf(text, 'See [F9].'));
    });

    it('ignores a misspelt directive', () => {
      assert.deepEqual(found(`${SECTIONS}<!-- committee-reports-disabled ref-unresolved -->\n\nSee [F9].\n`), [
        'ref-unresolved 20',
      ]);
    });
  });
});
