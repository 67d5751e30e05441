import * as assert from 'node:assert/strict';
import { checkFor, single, span, spanOf, withBody } from '../support';

const images = (text: string) => checkFor('image-alt-missing', text);
const spans = (text: string) => images(text).map((diagnostic) => span(diagnostic.range));

describe('image-alt-missing', () => {
  describe('Markdown images', () => {
    it('reports an image with nothing between its brackets, as a warning covering the image', () => {
      const text = withBody('## Summary\n\nThe map ![](map.png) shows the wards.\n');
      const diagnostic = single(images(text));
      assert.equal(diagnostic.severity, 'warning');
      assert.equal(span(diagnostic.range), spanOf(text, '![](map.png)'));
      assert.equal(
        diagnostic.message,
        'This image has no alternative text: describe what it shows for someone who cannot see it, between the square brackets of ![…](…).',
      );
    });

    it('reports an image whose brackets hold only spaces, and one with a title', () => {
      const text = withBody('![ ](a.png)\n\n![  ](b.png "Chart")\n');
      assert.deepEqual(spans(text), [spanOf(text, '![ ](a.png)'), spanOf(text, '![  ](b.png "Chart")')]);
    });

    it('reports a reference image with empty text whose label the document defines', () => {
      const text = withBody('![][chart]\n\n[chart]: chart.png\n');
      assert.equal(span(single(images(text)).range), spanOf(text, '![][chart]'));
    });

    it('reports images in list items, block quotes and headings', () => {
      const text = withBody('- ![](a.png)\n\n> ![](b.png)\n\n## Map ![](c.png)\n');
      assert.deepEqual(spans(text), [
        spanOf(text, '![](a.png)'),
        spanOf(text, '![](b.png)'),
        spanOf(text, '![](c.png)'),
      ]);
    });

    it('is quiet about an image with alternative text', () => {
      assert.deepEqual(images(withBody('![Map of the three wards affected](map.png)\n')), []);
      assert.deepEqual(images(withBody('![a [nested] label](map.png)\n')), []);
    });

    it('is quiet about images in code spans, code blocks and comments, and escaped ones', () => {
      const body = '`![](a.png)`\n\n```\n![](b.png)\n```\n\n    ![](c.png)\n\n<!-- ![](d.png) -->\n\n\\![](e.png)\n';
      assert.deepEqual(images(withBody(body)), []);
    });

    it('is quiet about brackets that make no image: no destination, or a label the document does not define', () => {
      assert.deepEqual(images(withBody('Options ![] and ![][none] were dropped; see ![](\n')), []);
    });
  });

  describe('HTML images', () => {
    it('reports an <img> with no alt attribute, covering the tag, in a paragraph and in an HTML block', () => {
      const text = withBody('See <img src="a.png"> here.\n\n<div>\n<IMG SRC=b.png />\n</div>\n');
      const diagnostics = images(text);
      assert.deepEqual(
        diagnostics.map((diagnostic) => span(diagnostic.range)),
        [spanOf(text, '<img src="a.png">'), spanOf(text, '<IMG SRC=b.png />')],
      );
      assert.equal(
        diagnostics[0]!.message,
        'This image has no alt attribute: describe what it shows for someone who cannot see it, in alt="…". If it is only decoration, write alt="".',
      );
    });

    it('reports an alt of only spaces', () => {
      const text = withBody('<img alt="  " src="a.png">\n');
      assert.equal(
        single(images(text)).message,
        'This image\'s alternative text is only spaces: describe what it shows for someone who cannot see it, in alt="…". If it is only decoration, write alt="".',
      );
    });

    it('accepts alt="" as an image marked decorative, as WCAG does, and any alt with text', () => {
      const body =
        '<img alt="" src="rule.png">\n\n<img src=a.png alt>\n\n<img src="b.png" alt=\'Map of the wards\'>\n\n<img alt=Map src=c.png>\n';
      assert.deepEqual(images(withBody(body)), []);
    });

    it('is quiet about <img> in code spans, code blocks, comments and escaped, and about unclosed tags', () => {
      const body =
        '`<img src=a.png>`\n\n```html\n<img src="b.png">\n```\n\n<div>\n<!-- <img src="c.png"> -->\n</div>\n\n\\<img src=d.png>\n\nAn <img src="e.png" never closed\n';
      assert.deepEqual(images(withBody(body)), []);
    });

    it('does not read an attribute inside another quoted value as alt', () => {
      assert.equal(images(withBody('<img title="alt=x" src=a.png>\n')).length, 1);
    });
  });

  it('keeps positions exact after CRLF line endings and astral characters', () => {
    const text = withBody('## Summary\r\n\r\n😀 ![](a.png)\r\n').replace(/\n/g, '\r\n').replace(/\r\r/g, '\r');
    assert.equal(span(single(images(text)).range), spanOf(text, '![](a.png)'));
  });

  it('can be switched off for a decorative image with a disable comment', () => {
    const text = withBody('<!-- committee-reports-disable-next-line image-alt-missing -->\n![](rule.png)\n');
    assert.deepEqual(images(text), []);
  });
});
