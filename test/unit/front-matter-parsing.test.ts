/**
 * docs/format.md, "Front matter": YAML between `---` lines at the very top, read as YAML 1.2.
 * Problems with the block itself are `front-matter` errors at the YAML error.
 */
import * as assert from 'node:assert/strict';
import { brief, checkFor, lineSpan, parse, single, span } from './support';

const MINUTES = { name: 'a.minutes.md' };
const problems = (text: string) => checkFor('front-matter', text, MINUTES);

describe('Front matter parsing', () => {
  it('reads the keys of a well-formed block into data', () => {
    const document = parse('---\ntitle: T\ncommittee: C\nmeeting: 2026-03-12\n---\n# T\n', MINUTES);
    assert.deepEqual(document.data, { title: 'T', committee: 'C', meeting: '2026-03-12' });
    assert.deepEqual(problems('---\ntitle: T\ncommittee: C\nmeeting: 2026-03-12\n---\n# T\n'), []);
  });

  it('starts the Markdown body after the closing fence, so the YAML is not read as a heading', () => {
    const document = parse('---\ntitle: T\ncommittee: C\nmeeting: 2026-03-12\n---\n# Title\n', MINUTES);
    assert.deepEqual(
      document.headings.map((heading) => [heading.line, heading.text]),
      [[5, 'Title']],
    );
  });

  it('does not take a setext underline right after the front matter for a closing fence', () => {
    const document = parse(
      '---\ntitle: T\ncommittee: C\nmeeting: 2026-03-12\n---\nPresent\n---\n\nCouncillor Ellis.\n',
      MINUTES,
    );
    assert.deepEqual(
      document.headings.map((heading) => [heading.line, heading.text, heading.level]),
      [[5, 'Present', 2]],
    );
  });

  it('accepts trailing spaces on the fences', () => {
    const text = '--- \ntitle: T\ncommittee: C\nmeeting: 2026-03-12\n---\t\n# T\n';
    assert.deepEqual(problems(text), []);
    assert.equal(parse(text, MINUTES).data['title'], 'T');
  });

  it('accepts a YAML document end marker (...) as the closing fence', () => {
    const text = '---\ntitle: T\ncommittee: C\nmeeting: 2026-03-12\n...\n# T\n';
    assert.deepEqual(problems(text), []);
    assert.deepEqual(
      parse(text, MINUTES).headings.map((heading) => heading.text),
      ['T'],
    );
  });

  it('reads front matter written with CRLF line endings', () => {
    const text = '---\r\ntitle: T\r\ncommittee: C\r\nmeeting: 2026-03-12\r\n---\r\n# T\r\n';
    assert.deepEqual(parse(text, MINUTES).data, { title: 'T', committee: 'C', meeting: '2026-03-12' });
    assert.deepEqual(problems(text), []);
  });

  it('reads YAML 1.2, so no, off and yes stay strings', () => {
    const document = parse(
      '---\ntitle: no\ncommittee: off\nmeeting: 2026-03-12\nkey_decision: yes\n---\n# T\n',
      MINUTES,
    );
    assert.equal(document.data['title'], 'no');
    assert.equal(document.data['committee'], 'off');
    assert.equal(document.data['key_decision'], 'yes');
  });

  it('reads 1_000 and 0b101 as text, as YAML 1.2 (the yaml library) does', () => {
    const text = '---\ntitle: 1_000\ncommittee: 0b101\nmeeting: 2026-03-12\n---\n# T\n';
    const document = parse(text, MINUTES);
    assert.equal(document.data['title'], '1_000');
    assert.equal(document.data['committee'], '0b101');
    assert.deepEqual(checkFor('front-matter-schema', text, MINUTES), []);
  });

  it('reports a document with no front matter on line 1', () => {
    const text = '# Library Opening Hours\n\nText.\n';
    const diagnostic = single(problems(text));
    assert.equal(span(diagnostic.range), lineSpan(text, 0));
    assert.match(diagnostic.message, /no front matter/);
  });

  it('does not take front matter that is not on the very first line', () => {
    const text = '\n---\ntitle: T\ncommittee: C\nmeeting: 2026-03-12\n---\n# T\n';
    assert.equal(single(problems(text)).range.start.line, 0);
    assert.deepEqual(parse(text, MINUTES).data, {});
  });

  it('reports front matter that is never closed at the opening fence', () => {
    const text = '---\ntitle: T\ncommittee: C\n\n# Title\n';
    const diagnostic = single(problems(text));
    assert.equal(span(diagnostic.range), '0:0-0:3');
    assert.match(diagnostic.message, /never closed/);
  });

  it('still finds the headings of a document whose front matter is never closed', () => {
    const document = parse('---\ntitle: T\n\n# Title\n', MINUTES);
    assert.deepEqual(
      document.headings.map((heading) => [heading.line, heading.text]),
      [[3, 'Title']],
    );
  });

  it('reports an empty block at the opening fence', () => {
    const diagnostic = single(problems('---\n---\n# T\n'));
    assert.equal(span(diagnostic.range), '0:0-0:3');
    assert.match(diagnostic.message, /empty/);
  });

  it('counts a block of blank lines and comments as empty', () => {
    assert.match(single(problems('---\n\n# just a comment\n---\n# T\n')).message, /empty/);
  });

  it('reports a block that is a list rather than a mapping over the list', () => {
    const diagnostic = single(problems('---\n- title\n- committee\n---\n# T\n'));
    assert.equal(diagnostic.range.start.line, 1);
    assert.equal(diagnostic.range.start.character, 0);
    assert.match(diagnostic.message, /key: value/);
  });

  it('reports a block that is a single scalar over the scalar', () => {
    const diagnostic = single(problems('---\njust some words\n---\n# T\n'));
    assert.equal(span(diagnostic.range), '1:0-1:15');
  });

  it('reports an unclosed quote where YAML gives up (the end of the block), not at the opening fence', () => {
    const text = '---\ntitle: "Library Opening Hours\ncommittee: Cabinet\nmeeting: 2026-03-12\n---\n# T\n';
    const diagnostics = problems(text);
    assert.ok(diagnostics.length >= 1);
    for (const diagnostic of diagnostics) {
      assert.ok(diagnostic.range.start.line >= 1 && diagnostic.range.start.line <= 4, span(diagnostic.range));
      assert.match(diagnostic.message, /not valid YAML/);
    }
  });

  it('reports an unclosed flow sequence where YAML notices it', () => {
    const text = '---\ntitle: T\ncommittee: [Cabinet\nmeeting: 2026-03-12\n---\n# T\n';
    const diagnostic = single(problems(text));
    assert.equal(span(diagnostic.range), '3:0-3:1');
    assert.match(diagnostic.message, /\]/);
  });

  it('reports a key given twice at the second', () => {
    const text = '---\ntitle: T\ncommittee: C\ntitle: U\nmeeting: 2026-03-12\n---\n# T\n';
    const diagnostic = single(problems(text));
    assert.equal(diagnostic.range.start.line, 3);
    assert.match(diagnostic.message, /unique/);
  });

  it('gives no schema diagnostics when the YAML cannot be read', () => {
    const text = '---\ntitle: "T\n---\n# T\n';
    assert.deepEqual(brief(checkFor('front-matter-schema', text, MINUTES)), []);
  });

  it('positions YAML errors in a document with a byte order mark as without it', () => {
    const text = '---\ntitle: T\ncommittee: [Cabinet\nmeeting: 2026-03-12\n---\n# T\n';
    assert.deepEqual(brief(problems('\uFEFF' + text)), brief(problems(text)));
  });

  describe('with YAML aliases', () => {
    const bomb = [
      '---',
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
      'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
      'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
      '---',
      '# T',
      '',
    ].join('\n');

    it('refuses a billion-laughs alias bomb with a front-matter error instead of expanding it', () => {
      const diagnostic = single(problems(bomb));
      assert.equal(diagnostic.code, 'front-matter');
      assert.equal(diagnostic.range.start.line, 1);
      assert.match(diagnostic.message, /aliases/);
    });

    it('reads no data from an alias bomb, so the schema check stays quiet', () => {
      assert.deepEqual(parse(bomb, MINUTES).data, {});
      assert.deepEqual(checkFor('front-matter-schema', bomb, MINUTES), []);
    });

    it('accepts a few ordinary aliases', () => {
      const text = '---\ntitle: &name Cabinet\ncommittee: *name\nmeeting: 2026-03-12\n---\n# T\n';
      assert.deepEqual(problems(text), []);
      assert.equal(parse(text, MINUTES).data['committee'], 'Cabinet');
    });
  });
});
