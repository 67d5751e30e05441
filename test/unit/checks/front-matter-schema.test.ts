import * as assert from 'node:assert/strict';
import { checkFor, find, minutes, report, scrutiny, single, span, spanIn, spanOf } from '../support';

const schema = (text: string, name = 'a.report.md') => checkFor('front-matter-schema', text, { name });

describe('front-matter-schema', () => {
  describe('required keys', () => {
    it('reports a missing title at the opening fence', () => {
      const diagnostic = single(schema(report({ frontMatter: { title: null } })));
      assert.equal(diagnostic.severity, 'error');
      assert.equal(span(diagnostic.range), '0:0-0:3');
      assert.match(diagnostic.message, /no title/);
    });

    it('reports each missing key of a report separately at the opening fence', () => {
      const text = '---\ntype: report\n---\n# T\n';
      const diagnostics = schema(text);
      assert.equal(diagnostics.length, 5);
      assert.ok(diagnostics.every((diagnostic) => span(diagnostic.range) === '0:0-0:3'));
      for (const key of ['title', 'committee', 'meeting date', 'report_by', 'contact']) {
        assert.ok(
          diagnostics.some((diagnostic) => diagnostic.message.includes(`no ${key}`)),
          key,
        );
      }
    });

    it('says a key written with no value is empty, rather than that its value has the wrong type', () => {
      assert.equal(single(schema(report({ frontMatter: { title: '' } }))).message, 'title is empty: fill it in.');
      assert.equal(
        single(schema(report({ frontMatter: { key_decision: '' } }))).message,
        'key_decision is empty: fill it in, or remove the line.',
      );
      const phone = report({ frontMatter: { contact: '\n  name: Sam Patel\n  phone:' } });
      assert.equal(single(schema(phone)).message, 'The contact phone is empty: fill it in, or remove the line.');
    });

    it('still says what a value of the wrong type should be', () => {
      assert.match(
        single(schema(report({ frontMatter: { key_decision: 'maybe' } }))).message,
        /must be 'yes', 'no' or 'not-applicable'/,
      );
      const phone = report({ frontMatter: { contact: '\n  name: Sam Patel\n  phone: 01632960418' } });
      assert.match(single(schema(phone)).message, /Put the phone number in quotes, such as phone: '01632 960418'/);
    });

    it('reports a title of empty quotes as empty too', () => {
      assert.equal(single(schema(report({ frontMatter: { title: '""' } }))).message, 'title is empty: fill it in.');
    });

    it('does not require report_by or contact in minutes', () => {
      assert.deepEqual(schema(minutes(), 'a.minutes.md'), []);
    });

    it('requires report_by and contact in a scrutiny report', () => {
      const diagnostics = schema(scrutiny({ frontMatter: { report_by: null, contact: null } }));
      assert.equal(diagnostics.length, 2);
    });

    it('reports a missing nested key at its parent key', () => {
      const text = report({ frontMatter: { contact: '\n  email: sam.patel@example.gov.uk' } });
      const diagnostic = single(schema(text));
      assert.equal(span(diagnostic.range), spanOf(text, 'contact'));
      assert.match(diagnostic.message, /contact has no name/);
    });

    it('reports a contact written as plain text at the value', () => {
      const text = report({ frontMatter: { contact: 'Sam Patel' } });
      const diagnostic = single(schema(text));
      assert.equal(span(diagnostic.range), spanOf(text, 'Sam Patel'));
      assert.match(diagnostic.message, /contact must list name/);
    });

    it('accepts report_by as a list of post titles', () => {
      assert.deepEqual(
        schema(report({ frontMatter: { report_by: '[Director of Communities, Head of Libraries]' } })),
        [],
      );
    });

    it('reports an empty report_by list at the value', () => {
      const text = report({ frontMatter: { report_by: '[]' } });
      assert.equal(span(single(schema(text)).range), spanOf(text, '[]'));
    });

    it('reports an empty title at its value', () => {
      const text = report({ frontMatter: { title: '""' } });
      const diagnostic = single(schema(text));
      assert.equal(span(diagnostic.range), spanOf(text, '""'));
      assert.match(diagnostic.message, /title is empty/);
    });

    it('reports a title that is not text at its value', () => {
      const text = report({ frontMatter: { title: '42' } });
      assert.equal(span(single(schema(text)).range), spanOf(text, '42'));
    });
  });

  describe('dates', () => {
    it('reports a date that is not on the calendar (2019-02-30) at the value', () => {
      const text = report({ frontMatter: { meeting: '2019-02-30' } });
      const diagnostic = single(schema(text));
      assert.equal(span(diagnostic.range), spanOf(text, '2019-02-30'));
      assert.match(diagnostic.message, /real date written YYYY-MM-DD/);
    });

    it('accepts 29 February in a leap year', () => {
      assert.deepEqual(schema(report({ frontMatter: { meeting: '2028-02-29' } })), []);
    });

    it('reports a date in another format', () => {
      const text = report({ frontMatter: { meeting: '12/03/2026' } });
      assert.equal(span(single(schema(text)).range), spanOf(text, '12/03/2026'));
    });

    it('checks response_due as a date too', () => {
      const text = scrutiny({ frontMatter: { response_due: '2026-13-01' } });
      const diagnostic = single(schema(text));
      assert.equal(span(diagnostic.range), spanOf(text, '2026-13-01'));
      assert.match(diagnostic.message, /response_due/);
    });
  });

  describe('locked', () => {
    it('accepts a list of IDs', () => {
      assert.deepEqual(schema(report({ frontMatter: { locked: '[F1, R2]' } })), []);
    });

    it('reports anything but a list of IDs, saying what to write', () => {
      for (const value of ['F1', '[finding one]', '[F0]']) {
        const diagnostic = single(schema(report({ frontMatter: { locked: value } })));
        assert.equal(
          diagnostic.message,
          'locked must list the IDs whose numbers must not change, such as [F1, F2].',
          value,
        );
      }
    });
  });

  describe('contact', () => {
    it('reports an invalid email at its value', () => {
      const text = report({ frontMatter: { contact: '\n  name: Sam Patel\n  email: sam.patel-at-example' } });
      const diagnostic = single(schema(text));
      assert.equal(span(diagnostic.range), spanOf(text, 'sam.patel-at-example'));
      assert.match(diagnostic.message, /not a valid email/);
    });

    it('accepts a contact with a quoted phone number', () => {
      assert.deepEqual(
        schema(report({ frontMatter: { contact: "\n  name: Sam Patel\n  phone: '01234 567890'" } })),
        [],
      );
    });

    it('reports an unquoted phone number that YAML reads as a number, asking for quotes', () => {
      const text = report({ frontMatter: { contact: '\n  name: Sam Patel\n  phone: 01234567890' } });
      const diagnostic = single(schema(text));
      assert.equal(span(diagnostic.range), spanOf(text, '01234567890'));
      assert.match(diagnostic.message, /quotes/);
    });
  });

  describe('enumerated values', () => {
    it('reports an unknown type at its value', () => {
      const text = report({ frontMatter: { type: 'memo' } });
      assert.equal(span(single(schema(text)).range), spanOf(text, 'memo'));
    });

    it('reports an unknown purpose at its value', () => {
      const text = report({ frontMatter: { purpose: 'deciding' } });
      const diagnostic = single(schema(text));
      assert.equal(span(diagnostic.range), spanOf(text, 'deciding'));
      assert.match(diagnostic.message, /'decision', 'discussion' or 'noting'/);
    });

    it('accepts key_decision as yes, no, not-applicable or a boolean', () => {
      for (const value of ['yes', 'no', 'not-applicable', 'true', 'false']) {
        assert.deepEqual(schema(report({ frontMatter: { key_decision: value } })), [], value);
      }
    });

    it('reports any other key_decision at its value', () => {
      const text = report({ frontMatter: { key_decision: 'maybe' } });
      assert.equal(span(single(schema(text)).range), spanOf(text, 'maybe'));
    });

    it('reports a document id that is not lower-case letters, digits and hyphens', () => {
      const text = report({ frontMatter: { id: 'Cabinet_2026' } });
      const diagnostic = single(schema(text));
      assert.equal(span(diagnostic.range), spanOf(text, 'Cabinet_2026'));
      assert.match(diagnostic.message, /lower-case letters, digits and hyphens/);
    });

    it('reports a template the config does not define', () => {
      const text = report({ frontMatter: { template: 'cabnet' } });
      const diagnostic = single(schema(text));
      assert.equal(span(diagnostic.range), spanOf(text, 'cabnet'));
      assert.match(diagnostic.message, /report, scrutiny, minutes/);
    });

    it('accepts a template the config defines', () => {
      const config = 'templates:\n  cabinet:\n    extends: report\n';
      assert.deepEqual(
        checkFor('front-matter-schema', report({ frontMatter: { template: 'cabinet' } }), { config }),
        [],
      );
    });
  });

  describe('divisions and wards', () => {
    it("accepts divisions as 'All' or a list", () => {
      assert.deepEqual(schema(report({ frontMatter: { divisions: 'All' } })), []);
      assert.deepEqual(schema(report({ frontMatter: { divisions: '[North, South]' } })), []);
      assert.deepEqual(schema(report({ frontMatter: { wards: '[Abbey]' } })), []);
    });

    it('reports any other divisions value', () => {
      const text = report({ frontMatter: { divisions: 'Some' } });
      assert.equal(span(single(schema(text)).range), spanOf(text, 'Some'));
    });

    it('reports divisions and wards together at the second of them', () => {
      const text = report({ frontMatter: { divisions: 'All', wards: '[Abbey]' } });
      const diagnostic = single(schema(text));
      assert.equal(span(diagnostic.range), spanOf(text, 'wards'));
      assert.match(diagnostic.message, /either divisions or wards/);
    });

    it('reports wards then divisions at divisions', () => {
      const text = report({ frontMatter: { wards: '[Abbey]', divisions: 'All' } });
      assert.equal(span(single(schema(text)).range), spanOf(text, 'divisions'));
    });
  });

  describe('exempt', () => {
    it('accepts exempt: false', () => {
      assert.deepEqual(schema(report({ frontMatter: { exempt: 'false' } })), []);
    });

    it('accepts the English paragraphs 1 to 7, 7A, 7B and 7C, whatever the case', () => {
      const text = report({
        frontMatter: {
          exempt: '\n  paragraphs: [1, 3, 7, 7A, 7b, 7C]\n  reason: Commercially sensitive tender prices.',
        },
        sections: { 'Reason for Inclusion in Part II': 'Paragraph 3: the tender prices.' },
      });
      assert.deepEqual(schema(text), []);
    });

    it('reports a Welsh paragraph in an English report at the paragraph', () => {
      const text = report({ frontMatter: { exempt: '\n  paragraphs: [3, 14]\n  reason: Tender prices.' } });
      const diagnostic = single(schema(text));
      assert.equal(span(diagnostic.range), spanOf(text, '14'));
      assert.match(diagnostic.message, /Paragraph 14 is not an exempt-information paragraph in England/);
    });

    it('accepts paragraphs 12 to 18 in Wales and reports an English one', () => {
      const text = report({
        frontMatter: { exempt: '\n  jurisdiction: wales\n  paragraphs: [12, 18, 3]\n  reason: Tender prices.' },
      });
      const diagnostic = single(schema(text));
      assert.equal(span(diagnostic.range), spanIn(text, '18, 3]', '3'));
      assert.match(diagnostic.message, /in Wales: use 12 to 18/);
    });

    it('reports exempt: true, which names no paragraph', () => {
      const text = report({ frontMatter: { exempt: 'true' } });
      assert.equal(span(single(schema(text)).range), spanOf(text, 'true'));
    });

    it('reports an exempt block with no reason at the block', () => {
      const text = report({ frontMatter: { exempt: '\n  paragraphs: [3]' } });
      const diagnostic = single(schema(text));
      assert.deepEqual(diagnostic.range.start, find(text, 'paragraphs: [3]').start);
      assert.match(diagnostic.message, /reason/);
    });
  });

  describe('appendices', () => {
    it('reports appendices that are not a list at the value', () => {
      const text = report({ frontMatter: { appendices: 'Map' } });
      assert.equal(span(single(schema(text)).range), spanOf(text, 'Map'));
    });

    it('accepts letters and numbers, quoted or not', () => {
      const text = report({
        frontMatter: {
          appendices: "\n  - { id: A, title: Map }\n  - { id: '2', title: Survey }\n  - { id: 3, title: Costs }",
        },
      });
      assert.deepEqual(schema(text), []);
    });

    it('reports an id that is neither a letter nor a number at the id', () => {
      const text = report({ frontMatter: { appendices: '\n  - { id: AB, title: Map }' } });
      const diagnostic = single(schema(text));
      assert.equal(span(diagnostic.range), spanOf(text, 'AB'));
    });

    it('reports an appendix declared twice at the second id', () => {
      const text = report({ frontMatter: { appendices: '\n  - { id: A, title: Map }\n  - { id: A, title: Survey }' } });
      const diagnostic = single(schema(text));
      assert.equal(span(diagnostic.range), spanIn(text, '{ id: A, title: Survey }', 'A'));
      assert.match(diagnostic.message, /declared twice/);
    });
  });

  describe('item (minutes of some items)', () => {
    const minutesWith = (item: string) => schema(minutes({ frontMatter: { item } }), 'a.minutes.md');

    it('accepts one item number, quoted or not, and a list of them', () => {
      for (const item of ['"72"', '72', '5a', '["4", "5"]', '[4, 5]', '\n  - "4"\n  - "5"'])
        assert.deepEqual(minutesWith(item), [], item);
    });

    it('reports an empty list, an empty item and a mapping at the value', () => {
      const text = minutes({ frontMatter: { item: '[]' } });
      const diagnostic = single(schema(text, 'a.minutes.md'));
      assert.equal(span(diagnostic.range), spanOf(text, '[]'));
      assert.match(diagnostic.message, /^item lists no items/);
      assert.equal(minutesWith('""').length, 1);
      assert.match(
        single(minutesWith('{ number: 5 }')).message,
        /^item must be the item number this file holds, such as "72", or a list of them/,
      );
    });

    it('reports item in a report or scrutiny report at the value, saying it is for minutes', () => {
      const text = report({ frontMatter: { item: '"6"' } });
      const diagnostic = single(schema(text));
      assert.equal(span(diagnostic.range), spanOf(text, '"6"'));
      assert.equal(
        diagnostic.message,
        "item is for minutes that hold only some of a meeting's items: remove it from a report, or set 'type: minutes' if this file is minutes.",
      );
      assert.equal(schema(scrutiny({ frontMatter: { item: '"6"' } })).length, 1);
    });
  });
});
