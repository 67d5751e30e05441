import * as assert from 'node:assert/strict';
import {
  applyFix,
  brief,
  onlyFix,
  checkDocuments,
  checkFor,
  lineNumberOf,
  lineSpan,
  minutes,
  report,
  scrutiny,
  single,
  span,
  spanOf,
  withBody,
  cleanSamples,
  DRAFT_SAMPLE,
  readSample,
} from '../support';

const levels = (text: string, name = 'a.report.md') => checkFor('heading-levels', text, { name });
const spans = (text: string) => levels(text).map((diagnostic) => span(diagnostic.range));

describe('heading-levels', () => {
  describe('skipped levels', () => {
    it('reports a level 4 heading straight after a level 2 one, as info on the deeper heading', () => {
      const text = withBody('## Financial Implications\n\nText.\n\n#### Staffing\n\nText.\n');
      const diagnostic = single(levels(text));
      assert.equal(diagnostic.severity, 'info');
      assert.equal(span(diagnostic.range), spanOf(text, '#### Staffing'));
      assert.equal(diagnostic.message, 'This heading is level 4 but follows a level 2 heading: use level 3.');
    });

    it('reports a level 3 heading straight after the level 1 title', () => {
      const text = withBody('# Title\n\n### Too deep\n');
      assert.equal(single(levels(text)).message, 'This heading is level 3 but follows a level 1 heading: use level 2.');
    });

    it('is quiet when each heading goes one level deeper at most', () => {
      assert.deepEqual(levels(withBody('# A\n\n## B\n\n### C\n\n#### D\n\n##### E\n\n###### F\n')), []);
    });

    it('is quiet when headings return to a higher level by any number of levels', () => {
      assert.deepEqual(levels(withBody('# A\n\n## B\n\n### C\n\n#### D\n\n# E\n\n## F\n')), []);
    });

    it('lets the first heading be of any level', () => {
      assert.deepEqual(levels(withBody('## Summary\n\nText.\n\n### Detail\n')), []);
      assert.deepEqual(levels(withBody('### Summary\n\nText.\n')), []);
    });

    it('compares with the heading just before, after a sub-section returns to a higher level', () => {
      const text = withBody('## A\n\n### B\n\n## C\n\n#### D\n');
      const diagnostic = single(levels(text));
      assert.equal(span(diagnostic.range), spanOf(text, '#### D'));
      assert.equal(diagnostic.message, 'This heading is level 4 but follows a level 2 heading: use level 3.');
    });

    it('reports each jump once, not the headings that follow the deeper one in step', () => {
      const text = withBody('## A\n\n#### B\n\n##### C\n\n#### D\n\n###### E\n');
      assert.deepEqual(spans(text), [spanOf(text, '#### B'), spanOf(text, '###### E')]);
    });

    it('reads setext headings as levels 1 and 2, covering the text and not the underline', () => {
      const text = withBody('Title\n=====\n\n### Too deep\n\nPart\n----\n\n### Fine\n');
      assert.deepEqual(spans(text), [spanOf(text, '### Too deep')]);
      const deep = withBody('Title\n=====\n\nSub\n---\n\n#### Deep\n\n# Next\n\nNext part\n---\n');
      assert.deepEqual(spans(deep), [spanOf(deep, '#### Deep')]);
    });

    it('reports a level 3 heading after a setext level 1 heading', () => {
      const text = withBody('My Title\n========\n\n### Section\n');
      assert.equal(single(levels(text)).message, 'This heading is level 3 but follows a level 1 heading: use level 2.');
    });

    it('ignores lines that look like headings in code blocks and HTML blocks', () => {
      assert.deepEqual(
        levels(
          withBody(
            '## A\n\n```\n#### not a heading\n```\n\n    #### nor this\n\n<div>\n#### nor this\n</div>\n\n### B\n',
          ),
        ),
        [],
      );
    });

    it('ignores hash signs that do not make a heading', () => {
      assert.deepEqual(levels(withBody('## A\n\n####### seven is not a heading\n\n#5 on the list\n')), []);
    });

    it('gives exact positions in a CRLF document and for an indented heading', () => {
      const text = withBody('## A\n\nText.\n\n   #### B\n').replace(/\n/g, '\r\n');
      assert.equal(span(single(levels(text)).range), spanOf(text, '#### B'));
    });
  });

  describe('empty headings', () => {
    it('reports a heading with no text, covering its marks', () => {
      const text = withBody('## A\n\nText.\n\n##\n\nMore.\n');
      const diagnostic = single(levels(text));
      assert.equal(diagnostic.severity, 'info');
      assert.equal(span(diagnostic.range), lineSpan(text, lineNumberOf(text, '##')));
      assert.equal(diagnostic.message, 'This heading has no title: write one or remove the heading.');
    });

    it('reports a heading of only spaces, a closing sequence or an HTML comment', () => {
      const text = withBody('## A\n\n##   \n\n## ##\n\n## <!-- title to come -->\n');
      assert.deepEqual(
        levels(text).map((d) => d.message),
        Array(3).fill('This heading has no title: write one or remove the heading.'),
      );
    });

    it('reports an empty heading that also skips a level once, as empty', () => {
      const text = withBody('## A\n\n####\n');
      assert.equal(single(levels(text)).message, 'This heading has no title: write one or remove the heading.');
    });

    it('does not take a heading of a code span or a number for an empty one', () => {
      assert.deepEqual(levels(withBody('## A\n\n## `config`\n\n## 2.\n\n## _\n')), []);
    });

    it('reads the title as the heading normaliser does: a heading of only a dash, colon or full stop has none', () => {
      const text = withBody('## A\n\n## –\n\n## :\n\n## .\n\n## <!-- to come --> -\n');
      assert.deepEqual(
        levels(text).map((d) => d.range.start.line),
        ['## –', '## :', '## .', '## <!-- to come --> -'].map((line) => lineNumberOf(text, line)),
      );
    });

    it('does not report a heading that is only numbering, such as 3., 410 -, (a) or Item 5, as empty: it numbers a section', () => {
      assert.deepEqual(levels(withBody('## A\n\n## 3.\n\n## 410 -\n\n## (a)\n\n## Item 5\n\n## A.\n')), []);
    });

    it('reads a numbered title with a trailing dash, 410 APOLOGIES FOR ABSENCE -, as a title', () => {
      assert.deepEqual(
        levels(withBody('## 410 APOLOGIES FOR ABSENCE -\n\n## (a) Her Majesty The Queen’s Birthday Honours\n')),
        [],
      );
    });
  });

  describe('valid documents', () => {
    it('is quiet on the valid report, scrutiny report and minutes', () => {
      assert.deepEqual(levels(report()), []);
      assert.deepEqual(levels(scrutiny()), []);
      assert.deepEqual(levels(minutes(), 'a.minutes.md'), []);
    });

    it('is quiet on every sample except the draft', () => {
      for (const [name, diagnostics] of Object.entries(checkDocuments(cleanSamples()))) {
        assert.deepEqual(brief(diagnostics.filter((d) => d.code === 'heading-levels')), [], name);
      }
    });

    it('reports the #### heading under a ## heading in the sample draft, on the line its README gives', () => {
      const name = DRAFT_SAMPLE;
      const text = readSample(name);
      const found = checkDocuments({ [name]: text })[name]!.filter((d) => d.code === 'heading-levels');
      assert.deepEqual(
        found.map((d) => d.range.start.line + 1),
        [111],
      );
    });
  });
});

describe('heading-levels quick fixes', () => {
  const fixOf = (text: string) => onlyFix(levels(text)[0]!);

  it('make a heading that skips a level the level it should be, changing only its # marks', () => {
    const text = withBody('## Financial Implications\n\nText.\n\n#### Staffing\n\nText.\n');
    const fix = fixOf(text);
    assert.equal(fix.title, 'Make this a level 3 heading');
    assert.deepEqual(
      fix.edits.map((edit) => span(edit.range)),
      [spanOf(text, '####')],
    );
    const after = applyFix(text, fix);
    assert.equal(after, withBody('## Financial Implications\n\nText.\n\n### Staffing\n\nText.\n'));
    assert.deepEqual(levels(after), []);
  });

  it('move the headings under it up as far, so none of them starts skipping', () => {
    const text = withBody('## A\n\n##### B\n\n###### C\n\n##### D\n\n### E\n\n#### F\n');
    const fix = fixOf(text);
    assert.equal(fix.title, 'Make this a level 3 heading, and move the headings under it up with it');
    const after = applyFix(text, fix);
    assert.equal(after, withBody('## A\n\n### B\n\n#### C\n\n### D\n\n### E\n\n#### F\n'));
    assert.deepEqual(levels(after), []);
  });

  it('move up every heading under it to one level below the one it sits under', () => {
    const text = withBody('# S\n\n###### Deeper\n\n##### Back up\n\n###### Under it\n\n# T\n\n#### U\n');
    const after = applyFix(text, fixOf(text));
    assert.equal(after, withBody('# S\n\n## Deeper\n\n## Back up\n\n### Under it\n\n# T\n\n#### U\n'));
    assert.deepEqual(spans(after), [spanOf(after, '#### U')]);
  });

  it('keep the indent and the text of the heading', () => {
    const text = withBody('# Title\n\n   ### Too deep ###\n');
    assert.equal(applyFix(text, fixOf(text)), withBody('# Title\n\n   ## Too deep ###\n'));
  });

  it('are not offered for a heading inside a block quote', () => {
    const text = withBody('# Title\n\n> ### Quoted\n');
    for (const diagnostic of levels(text)) assert.equal(diagnostic.fixes, undefined);
  });

  it('are not offered for a heading with no title', () => {
    const text = withBody('# Title\n\n## \n');
    assert.equal(single(levels(text)).fixes, undefined);
  });
});
