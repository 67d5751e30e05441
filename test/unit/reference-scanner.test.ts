/**
 * docs/format.md, "References": `[F1]`, `[F1, F3]`, `[F1-F3]`, `[doc-id:F1]`; only bracketed
 * IDs of a known kind are references; not in code; `\[F1]` and `[F1](url)`
 * are not. Each reference is listed as `doc:ID@covered text`, where the
 * covered text is what a diagnostic about that ID would underline.
 */
import * as assert from 'node:assert/strict';
import { parse, withBody } from './support';

function scan(body: string, config?: string): { ids: string[]; malformed: string[] } {
  const text = withBody(body);
  const document = parse(text, { name: 'a.minutes.md', ...(config === undefined ? {} : { config }) });
  return {
    ids: document.references.map(
      (reference) =>
        `${reference.documentId === undefined ? '' : reference.documentId + ':'}${reference.id}@${text.slice(reference.start, reference.end)}`,
    ),
    malformed: document.malformedReferences.map((malformed) => text.slice(malformed.start, malformed.end)),
  };
}

const ids = (body: string, config?: string) => scan(body, config).ids;

describe('Reference scanner', () => {
  describe('what is a reference', () => {
    it('reads a single bracketed ID and covers the whole bracket', () => {
      assert.deepEqual(ids('See [F1].\n'), ['F1@[F1]']);
    });

    it('reads a recommendation or resolution as well as a finding', () => {
      assert.deepEqual(ids('See [R12].\n'), ['R12@[R12]']);
    });

    it('allows spaces inside the brackets', () => {
      assert.deepEqual(ids('See [ F1 ].\n'), ['F1@[ F1 ]']);
    });

    it('does not read [sic] as a reference', () => {
      assert.deepEqual(scan('The policy [sic] says so.\n'), { ids: [], malformed: [] });
    });

    it('does not read a numbered note such as [1] as a reference', () => {
      assert.deepEqual(scan('As reported [1] and [12].\n'), { ids: [], malformed: [] });
    });

    it('does not read an ID of an unknown kind such as [X1] or [Q3]', () => {
      assert.deepEqual(scan('See [X1] and [Q3].\n'), { ids: [], malformed: [] });
    });

    it('does not read a lower-case id such as [f1]', () => {
      assert.deepEqual(scan('See [f1].\n'), { ids: [], malformed: [] });
    });

    it('reads an ID of a kind the config adds', () => {
      assert.deepEqual(ids('See [A2].\n', 'kinds:\n  A: action\n'), ['A2@[A2]']);
    });

    it('reads IDs of a kind of several letters the config adds, in lists and ranges', () => {
      assert.deepEqual(ids('See [SR2] and [SR1-SR2, F1].\n', 'kinds:\n  SR: select committee recommendation\n'), [
        'SR2@[SR2]',
        'SR1@SR1',
        'SR2@SR2',
        'F1@F1',
      ]);
    });

    it('does not read a footnote marker such as [^F1]', () => {
      assert.deepEqual(scan('Costs rose.[^F1]\n'), { ids: [], malformed: [] });
    });

    it('reads references in list items, nested lists and block quotes', () => {
      assert.deepEqual(ids('- item [F1]\n  - nested [F2]\n\n> quoted [F3]\n'), ['F1@[F1]', 'F2@[F2]', 'F3@[F3]']);
    });

    it('reads references in headings', () => {
      assert.deepEqual(ids('## Costs [F1]\n'), ['F1@[F1]']);
    });

    it('reads references in table cells', () => {
      assert.deepEqual(ids('| Finding | Action |\n|---|---|\n| [F1] | Review |\n'), ['F1@[F1]']);
    });

    it('reads a reference that follows a space before a bracket, which is not a link', () => {
      assert.deepEqual(ids('See [F1] (page 4).\n'), ['F1@[F1]']);
    });

    it('reads the inner bracket of a doubled bracket [[F1]]', () => {
      assert.deepEqual(ids('See [[F1]].\n'), ['F1@[F1]']);
    });
  });

  describe('code, escapes, HTML and links', () => {
    it('ignores a reference in a code span', () => {
      assert.deepEqual(scan('Write `[F1]` to cite.\n'), { ids: [], malformed: [] });
    });

    it('ignores a reference in a code span of several backticks', () => {
      assert.deepEqual(scan('Write `` [F1] `` to cite.\n'), { ids: [], malformed: [] });
    });

    it('reads a reference after an unclosed backtick, which is not a code span', () => {
      assert.deepEqual(ids('A stray ` and [F1].\n'), ['F1@[F1]']);
    });

    it('ignores a reference in a fenced code block', () => {
      assert.deepEqual(scan('```\n[F1]\n```\n\n~~~markdown\n[F2]\n~~~\n'), { ids: [], malformed: [] });
    });

    it('ignores a reference in an indented code block', () => {
      assert.deepEqual(scan('Text.\n\n    [F1]\n'), { ids: [], malformed: [] });
    });

    it('ignores an escaped bracket \\[F1]', () => {
      assert.deepEqual(scan('Write \\[F1] to cite.\n'), { ids: [], malformed: [] });
    });

    it('reads a reference after an escaped backslash \\\\[F1]', () => {
      assert.deepEqual(ids('A backslash \\\\[F1].\n'), ['F1@[F1]']);
    });

    it('ignores an inline link [F1](url)', () => {
      assert.deepEqual(scan('See [F1](https://example.gov.uk/f1).\n'), { ids: [], malformed: [] });
    });

    it('ignores an image ![F1](file)', () => {
      assert.deepEqual(scan('![F1](chart.png)\n'), { ids: [], malformed: [] });
    });

    it('ignores a full reference link [F1][x]', () => {
      assert.deepEqual(scan('See [F1][x].\n\n[x]: https://example.gov.uk\n'), { ids: [], malformed: [] });
    });

    it('ignores a collapsed reference link [F1][]', () => {
      assert.deepEqual(scan('See [F1][].\n\n[F1]: https://example.gov.uk\n'), { ids: [], malformed: [] });
    });

    it('ignores [F1] when a link reference definition gives it a target', () => {
      assert.deepEqual(ids('See [F1] and [F2].\n\n[F1]: https://example.gov.uk\n'), ['F2@[F2]']);
    });

    it('matches link labels without regard to case, as CommonMark does', () => {
      assert.deepEqual(ids('See [F1] and [F2].\n\n[f1]: https://example.gov.uk\n'), ['F2@[F2]']);
    });

    it('ignores a reference in an HTML comment', () => {
      assert.deepEqual(ids('Text <!-- [F1] --> and [F2].\n'), ['F2@[F2]']);
    });

    it('ignores a reference inside an HTML tag or an autolink', () => {
      assert.deepEqual(ids('<span title="[F1]">x</span> <https://example.gov.uk/[F2]> [F3]\n'), ['F3@[F3]']);
    });

    it('ignores bracketed IDs in the front matter', () => {
      const document = parse('---\ntitle: Review of [F1]\ncommittee: C\nmeeting: 2026-03-12\n---\nText.\n', {
        name: 'a.minutes.md',
      });
      assert.deepEqual(document.references, []);
    });

    it('ignores a reference in an HTML block', () => {
      assert.deepEqual(scan('<div>\n[F1]\n</div>\n'), { ids: [], malformed: [] });
    });
  });

  describe('lists and ranges', () => {
    it('reads a list and covers each ID alone', () => {
      assert.deepEqual(ids('See [F1, F3].\n'), ['F1@F1', 'F3@F3']);
    });

    it('reads a list with irregular spacing', () => {
      assert.deepEqual(ids('See [F1 ,F3,  R2].\n'), ['F1@F1', 'F3@F3', 'R2@R2']);
    });

    it('reads a list that mixes kinds', () => {
      assert.deepEqual(ids('See [F2, R1].\n'), ['F2@F2', 'R1@R1']);
    });

    it('reads a list that wraps onto the next line of the paragraph', () => {
      assert.deepEqual(ids('See [F1,\nF3].\n'), ['F1@F1', 'F3@F3']);
    });

    it('expands a range, covering each written end alone and an unwritten middle with the range', () => {
      assert.deepEqual(ids('See [F1-F3].\n'), ['F1@F1', 'F2@F1-F3', 'F3@F3']);
    });

    it('expands a range written with an en dash', () => {
      assert.deepEqual(ids('See [F1–F3].\n'), ['F1@F1', 'F2@F1–F3', 'F3@F3']);
    });

    it('expands a range with spaces around the dash', () => {
      assert.deepEqual(ids('See [F1 - F3].\n'), ['F1@F1', 'F2@F1 - F3', 'F3@F3']);
    });

    it('reads a range of one ID as that ID', () => {
      assert.deepEqual(ids('See [F2-F2].\n'), ['F2@F2']);
    });

    it('reads ranges and single IDs in one list', () => {
      assert.deepEqual(ids('See [F1, F3-F4, R2].\n'), ['F1@F1', 'F3@F3', 'F4@F4', 'R2@R2']);
    });
  });

  describe('across documents', () => {
    it('reads a document id before the ID', () => {
      assert.deepEqual(ids('See [cyp-2026-03-12:R2].\n'), ['cyp-2026-03-12:R2@[cyp-2026-03-12:R2]']);
    });

    it('applies the document id to every ID of a list', () => {
      assert.deepEqual(ids('See [transport-tg:F1, F3].\n'), ['transport-tg:F1@F1', 'transport-tg:F3@F3']);
    });

    it('applies the document id to every ID of a range', () => {
      assert.deepEqual(ids('See [transport-tg:F1-F3].\n'), [
        'transport-tg:F1@F1',
        'transport-tg:F2@F1-F3',
        'transport-tg:F3@F3',
      ]);
    });

    it('allows spaces around the colon', () => {
      assert.deepEqual(ids('See [transport-tg: F2].\n'), ['transport-tg:F2@[transport-tg: F2]']);
    });

    it('records where the document id is written, for diagnostics about it', () => {
      const text = withBody('See [transport-tg:F1, F3].\n');
      const [first, second] = parse(text, { name: 'a.minutes.md' }).references;
      assert.equal(text.slice(first!.prefixStart, first!.prefixEnd), 'transport-tg');
      assert.equal(second!.prefixStart, first!.prefixStart);
    });

    it('does not read a capitalised word before a colon as a document id', () => {
      assert.deepEqual(scan('See [Note:F1].\n'), { ids: [], malformed: [] });
    });
  });

  describe('brackets that look like references but cannot be read', () => {
    it('reports a range that runs backwards as malformed, not as IDs', () => {
      assert.deepEqual(scan('See [F3-F1].\n'), { ids: [], malformed: ['[F3-F1]'] });
    });

    it('reports a range across kinds as malformed', () => {
      assert.deepEqual(scan('See [F1-R2].\n'), { ids: [], malformed: ['[F1-R2]'] });
    });

    it('reports only the bad range inside a list and keeps the good IDs', () => {
      assert.deepEqual(scan('See [F1, F3-F2, R1].\n'), { ids: ['F1@F1', 'R1@R1'], malformed: ['F3-F2'] });
    });

    it('reports a stray word inside a list', () => {
      assert.deepEqual(scan('See [F1, sic].\n'), { ids: ['F1@F1'], malformed: ['sic'] });
    });

    it('reports an ID numbered zero or with a leading zero', () => {
      assert.deepEqual(scan('See [F0] and [F01].\n'), { ids: [], malformed: ['[F0]', '[F01]'] });
    });

    it('reports a range whose far end is a bare number', () => {
      assert.deepEqual(scan('See [F1-3].\n'), { ids: [], malformed: ['[F1-3]'] });
    });

    it('reports a range of more than 200 IDs rather than expanding it', () => {
      assert.deepEqual(scan('See [F1-F5000].\n'), { ids: [], malformed: ['[F1-F5000]'] });
    });
  });
});
