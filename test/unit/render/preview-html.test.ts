import * as assert from 'node:assert/strict';
import { previewHtml } from '../../support/core';
import { parse } from '../support';

/** The preview's HTML for `transport.report.md`, under the config text given (the defaults when none). */
function renderPreview(text: string, config?: string): string {
  return previewHtml(parse(text, { name: 'transport.report.md', ...(config === undefined ? {} : { config }) }));
}

function report(body: string): string {
  return `---\ntype: scrutiny\nid: transport-tg\ntitle: Transport\n---\n\n${body}`;
}

describe('The preview’s HTML', () => {
  it('renders the body as Markdown and leaves the front matter out of it', () => {
    const html = renderPreview(report('## Findings\n\nSome *emphasis*.\n'));
    assert.match(html, /<h2 [^>]*>Findings<\/h2>/);
    assert.match(html, /<em>emphasis<\/em>/);
    assert.doesNotMatch(html, /type: scrutiny/);
  });

  it('makes a defined ID an anchor and a reference to it a link to that anchor', () => {
    const html = renderPreview(report('**F1** Taxis cost most.\n\n**R1** That routes be reviewed [F1].\n'));
    assert.match(html, /<strong><a class="cr-definition" id="transport-tg--F1">F1<\/a><\/strong> Taxis cost most\./);
    assert.match(
      html,
      /\[<a class="cr-reference" href="#transport-tg--F1" data-line="\d+" data-character="\d+" title="F1: Taxis cost most\.">F1<\/a>\]/,
    );
  });

  it('links each written ID of a list and a range, and a reference to another document through the editor', () => {
    const html = renderPreview(
      report('**F1** a\n\n**F2** b\n\n**F3** c\n\n**R1** d [F1, F3] and [F1-F3] and [school-tg:R2].\n'),
    );
    assert.equal(html.match(/class="cr-reference" href="#transport-tg--F1"/g)?.length, 2);
    assert.equal(html.match(/class="cr-reference" href="#transport-tg--F3"/g)?.length, 2);
    assert.match(
      html,
      /<a class="cr-reference cr-external" href="#" data-line="\d+" data-character="\d+" title="Opens school-tg">school-tg:R2<\/a>/,
    );
  });

  it('gives the line and column of a reference as the editor counts them', () => {
    const text = report('**F1** a\n\n**R1** see [F1].\n');
    const html = renderPreview(text);
    const [, line, character] = html.match(/data-line="(\d+)" data-character="(\d+)"[^>]*>F1/) ?? [];
    const lines = text.split('\n');
    assert.equal(lines[Number(line)]!.slice(Number(character), Number(character) + 2), 'F1');
  });

  it('does not link IDs in code, in escaped brackets or in links', () => {
    const html = renderPreview(report('**F1** a\n\n**R1** `[F1]` and \\[F1] and [F1](https://example.org).\n'));
    assert.equal(html.match(/cr-reference/g), null);
    assert.match(html, /<code>\[F1\]<\/code>/);
  });

  it('hides HTML comments and shows other HTML as text, so nothing in a report can run', () => {
    const html = renderPreview(
      report(
        '<!-- committee-reports-disable section-order -->\n\n<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> here.\n',
      ),
    );
    assert.doesNotMatch(html, /committee-reports-disable/);
    assert.doesNotMatch(html, /<script|<img/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  });

  it('drops links that are not web, mail or in-page links', () => {
    const html = renderPreview(report('[click](javascript:alert(1)) and [ok](https://example.org)\n'));
    assert.doesNotMatch(html, /href="javascript/);
    assert.match(html, /<a href="https:\/\/example.org">ok<\/a>/);
  });

  it('writes a link to a file beside the document as its words, which lead nowhere once published', () => {
    const html = renderPreview(report('See [the appendix](appendix-a.pdf) and [the plan](#plan).\n'));
    assert.match(html, /See the appendix and <a href="#plan">the plan<\/a>\./);
  });

  it('shows an image beside the document as its alternative text when the preview is not given it', () => {
    const html = renderPreview(report('![Bar chart of costs by route](charts/costs.png)\n'));
    assert.match(html, /<span class="cr-image-missing">\[Image: Bar chart of costs by route\]<\/span>/);
    assert.doesNotMatch(html, /<img/);
  });

  it('keeps a stray private-use character in the text from being read as a link placeholder', () => {
    const html = renderPreview(report('**F1** a \uE0000\uE001 b [F1]\n'));
    assert.equal(html.match(/cr-reference/g)?.length, 1);
    assert.match(html, /\uFFFD0\uFFFD/);
  });

  it('links the kinds a council adds in its config, as the checker reads them', () => {
    const text = report('**A1** Write to the schools.\n\n**R1** Agreed [A1].\n');
    assert.equal(renderPreview(text).match(/cr-reference/g), null);
    const html = renderPreview(text, 'kinds: { F: finding, R: recommendation, A: action }\n');
    assert.match(html, /<a class="cr-definition" id="transport-tg--A1">A1<\/a>/);
    assert.match(html, /href="#transport-tg--A1"/);
  });

  it('renders a document with CRLF line endings and no front matter', () => {
    const html = renderPreview('## Findings\r\n\r\n**F1** a\r\n\r\n**R1** b [F1]\r\n');
    // Without front matter the document id comes from the file name.
    assert.match(html, /<a class="cr-definition" id="transport--F1">F1<\/a>/);
    assert.match(html, /href="#transport--F1" data-line="4" data-character="10"/);
  });
});
