import * as assert from 'node:assert/strict';
import { checkFor, single, span, spanIn, spanOf, withBody } from '../support';

const tables = (text: string) => checkFor('table-header-missing', text);
const spans = (text: string) => tables(text).map((diagnostic) => span(diagnostic.range));

describe('table-header-missing', () => {
  describe('Markdown tables', () => {
    it('reports a header row whose cells are all empty, as a layout table pasted from Word leaves it, covering the row', () => {
      const text = withBody('## Consultation\n\n| | |\n|---|---|\n| 1 | Chief Executive |\n');
      const diagnostic = single(tables(text));
      assert.equal(diagnostic.severity, 'warning');
      assert.equal(span(diagnostic.range), spanOf(text, '| | |'));
      assert.equal(
        diagnostic.message,
        "This table's header row is empty, so a screen reader cannot say what each column holds: write a heading for each column in the first row. A table used only for layout reads better as paragraphs or a list.",
      );
    });

    it('reports each empty header cell, covering the cell with its pipes', () => {
      const text = withBody('| REPORT TO CABINET | | Date |  |\n|---|---|---|---|\n| a | b | c | d |\n');
      const diagnostics = tables(text);
      assert.deepEqual(
        diagnostics.map((diagnostic) => span(diagnostic.range)),
        [spanIn(text, 'CABINET | | Date', '| |'), spanOf(text, '|  |')],
      );
      assert.equal(
        diagnostics[0]!.message,
        'The header of column 2 of this table is empty: write what the column holds, so that a screen reader can say it.',
      );
      assert.match(diagnostics[1]!.message, /^The header of column 4 /);
    });

    it('reads rows without outer pipes, with alignment marks, and with escaped pipes in a cell', () => {
      const text = withBody('Stage |  | a \\| b\n:--- | :---: | ---:\nx | y | z\n');
      assert.equal(span(single(tables(text)).range), spanIn(text, 'Stage |  | a', '|  |'));
    });

    it('reports a table that follows a paragraph line directly, and one in a block quote', () => {
      const text = withBody('The timetable:\n| | |\n|---|---|\n\n> | Stage | |\n> |---|---|\n');
      assert.deepEqual(spans(text), [spanOf(text, '| | |'), spanIn(text, 'Stage | |', '| |')]);
    });

    it('reports a table at the very end of the text, with no line ending after it', () => {
      const text = withBody('Text.\n\n| | |\n|---|---|');
      assert.equal(span(single(tables(text)).range), spanOf(text, '| | |'));
    });

    it('reads only the first row as the header: a row of dashes under an empty body row starts no table', () => {
      const text = withBody('| Stage | Date |\n|---|---|\n| | |\n|---|---|\n| x | y |\n');
      assert.deepEqual(tables(text), []);
    });

    it('is quiet about a table whose header cells all have text', () => {
      const text = withBody('| Stage | Date |\n|---|---|\n| | 1 October |\n');
      assert.deepEqual(tables(text), []);
    });

    it('is quiet about tables in code blocks and lines that only look like a delimiter row', () => {
      const body =
        '```\n| | |\n|---|---|\n```\n\n    | | |\n    |---|---|\n\nA list:\n- one\n---\n\n| a | |\n|---|\n\nNot a table\n- - -\n';
      assert.deepEqual(tables(withBody(body)), []);
    });
  });

  describe('HTML tables', () => {
    it('reports a <table> with no <th>, covering its opening tag', () => {
      const text = withBody('<table class="grid">\n<tr><td>Stage</td><td>Date</td></tr>\n</table>\n');
      const diagnostic = single(tables(text));
      assert.equal(span(diagnostic.range), spanOf(text, '<table class="grid">'));
      assert.equal(
        diagnostic.message,
        'This HTML table has no header cells (<th>), so a screen reader cannot say what each column holds: make the cells of its first row <th>, or write it as a Markdown table, whose first row is the header.',
      );
    });

    it('follows a table over blank lines, and reports one never closed', () => {
      const text = withBody(
        '<table>\n<tr><td>a</td></tr>\n\n<tr><td>b</td></tr>\n</table>\n\n<TABLE>\n<tr><td>c</td></tr>\n',
      );
      assert.deepEqual(spans(text), [spanOf(text, '<table>'), spanOf(text, '<TABLE>')]);
    });

    it('is quiet about a table with <th> cells, in any row, and one inside a comment', () => {
      const body =
        '<table>\n<tr><TH scope="col">Stage</TH></tr>\n<tr><td>a</td></tr>\n</table>\n\n<table>\n\n<tr><td>a</td></tr>\n\n<tr><th>b</th></tr>\n\n</table>\n\n<!--\n<table><tr><td>x</td></tr></table>\n-->\n';
      assert.deepEqual(tables(withBody(body)), []);
    });

    it('does not take <thead> or <tbody> for a header cell', () => {
      assert.equal(tables(withBody('<table>\n<thead><tr><td>a</td></tr></thead>\n</table>\n')).length, 1);
    });
  });
});
