import * as assert from 'node:assert/strict';
import { exportHtml, previewHtml } from '../../support/core';
import { makeWorkspace, uriOf } from '../support';

const TASK_GROUP = `---
type: scrutiny
id: transport-tg
title: Home to School Transport – Report of the Task and Finish Group
committee: Children's Scrutiny Committee
meeting: 2026-03-12
---

# Home to School Transport

## Findings

**F1** Taxis cost most.

## Recommendations

**R1** That routes be reviewed [F1].

| Route | Cost |
|---|---|
| A | £10 |
`;

const MINUTES = `---
type: minutes
title: Cabinet – 14 April 2026
committee: Cabinet
meeting: 2026-04-14
---

## 5. Transport

**R1** Resolved as recommended [transport-tg:R1] and [unknown-paper:R2].
`;

/** The exported page of `name`, in a workspace holding the task group's report and the minutes citing it. */
function exported(name: string, files: Record<string, string> = {}): string {
  const { workspace } = makeWorkspace({ 'transport.report.md': TASK_GROUP, 'cabinet.minutes.md': MINUTES, ...files });
  return exportHtml(workspace.getDocument(uriOf(name))!, { papers: workspace });
}

/** The text between the first `<open` tag and its `</close>`, for assertions on one part of the page. */
function between(html: string, open: string, close: string): string {
  const start = html.indexOf(open);
  const end = html.indexOf(close, start);
  assert.ok(start !== -1 && end !== -1, `${open} … ${close} is not in the page`);
  return html.slice(start, end + close.length);
}

describe('The exported HTML page', () => {
  it('is a whole page in British English, titled with the paper’s title', () => {
    const html = exported('transport.report.md');
    assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'));
    assert.match(html, /<title>Home to School Transport – Report of the Task and Finish Group<\/title>/);
    assert.ok(html.endsWith('</body>\n</html>\n'));
  });

  it('puts the front sheet in the header as a table whose rows are headed, and the body in main', () => {
    const html = exported('transport.report.md');
    const header = between(html, '<header>', '</header>');
    assert.match(header, /<tr><th scope="row">Committee<\/th><td>Children's Scrutiny Committee<\/td><\/tr>/);
    assert.match(header, /<tr><th scope="row">Meeting date<\/th><td>12 March 2026<\/td><\/tr>/);
    const main = between(html, '<main>', '</main>');
    assert.match(main, /<h1>Home to School Transport<\/h1>/);
    assert.doesNotMatch(main, /type: scrutiny/);
  });

  it('renders the body as the preview does, apart from the front sheet above it and what the editor needs', () => {
    const html = exported('transport.report.md');
    const main = between(html, '<main>\n', '</main>').slice('<main>\n'.length, -'</main>'.length);
    const { workspace } = makeWorkspace({ 'transport.report.md': TASK_GROUP });
    const preview = previewHtml(workspace.getDocument(uriOf('transport.report.md'))!);
    const previewBody = preview
      .replace(/^<header[^>]*>[^]*?<\/header>\n/, '')
      .replace(/ class="code-line" data-line="\d+"| data-line="\d+" data-character="\d+"| title="[^"]*"/g, '');
    assert.equal(main, previewBody);
  });

  it('makes each ID an anchor and each reference in the paper a link to it', () => {
    const html = exported('transport.report.md');
    assert.match(html, /<a class="cr-definition" id="transport-tg--F1">F1<\/a>/);
    assert.match(html, /\[<a class="cr-reference" href="#transport-tg--F1">F1<\/a>\]/);
  });

  it('names another paper by its title, and leaves a reference to a paper it does not know as written', () => {
    const html = exported('cabinet.minutes.md');
    assert.match(
      html,
      /\[<span class="cr-reference">recommendation R1 of <cite>Home to School Transport – Report of the Task and Finish Group<\/cite><\/span>\]/,
    );
    assert.match(html, /\[<span class="cr-reference">unknown-paper:R2<\/span>\]/);
    assert.doesNotMatch(html, /href="#"/);
  });

  it('gives a paper whose body has no top-level heading its title as one', () => {
    const main = between(exported('cabinet.minutes.md'), '<main>', '</main>');
    assert.match(main, /^<main>\n<h1>Cabinet – 14 April 2026<\/h1>\n<h2>5\. Transport<\/h2>/);
  });

  it('closes a heading level the source skips, so the outline a screen reader lists has no gap', () => {
    const skipping = TASK_GROUP.replace('## Findings', '## Findings\n\n#### Costs\n\n##### Taxis\n\n### Routes');
    const main = between(exported('transport.report.md', { 'transport.report.md': skipping }), '<main>', '</main>');
    assert.deepEqual(
      [...main.matchAll(/<h(\d)>([^<]*)<\/h(\d)>/g)].map(([, open, text, close]) => `${open}${text}${close}`),
      ['1Home to School Transport1', '2Findings2', '3Costs3', '4Taxis4', '3Routes3', '2Recommendations2'],
    );
  });

  it('heads each table column with a header cell scoped to it', () => {
    const table = between(exported('transport.report.md'), '<main>', '</main>');
    assert.match(table, /<thead>\n<tr>\n<th scope="col">Route<\/th>\n<th scope="col">Cost<\/th>/);
  });

  it('puts an exempt report’s notice first, above the front sheet', () => {
    const exempt = TASK_GROUP.replace('meeting:', 'exempt:\n  paragraphs: [3]\n  reason: Finances.\nmeeting:');
    const header = between(exported('exempt.report.md', { 'exempt.report.md': exempt }), '<header>', '</header>');
    assert.ok(
      header.startsWith(
        '<header>\n<p class="cr-exempt">NOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972</p>\n<table',
      ),
    );
  });

  it('holds no script, loads nothing from elsewhere, and says so to the browser', () => {
    const html = exported('transport.report.md', {
      'transport.report.md': `${TASK_GROUP}\n<script>alert(1)</script>\n\n![Map](https://example.org/map.png)\n`,
    });
    assert.doesNotMatch(html, /<script/);
    assert.doesNotMatch(html, /<link|@import|url\(/);
    assert.match(
      html,
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/,
    );
  });

  it('styles a visible focus ring and, for print, A4 with the front sheet on the first page', () => {
    const style = between(exported('transport.report.md'), '<style>', '</style>');
    assert.match(style, /a:focus-visible \{ outline: 3px solid/);
    assert.match(style, /@media print \{[^]*@page \{ size: A4;[^]*header \{ break-after: page; \}/);
  });

  it('escapes the title and the front sheet’s values', () => {
    const html = exported('x.report.md', { 'x.report.md': '---\ntitle: Fees & <Charges>\ncommittee: A & B\n---\n' });
    assert.match(html, /<title>Fees &amp; &lt;Charges&gt;<\/title>/);
    assert.match(html, /<td>A &amp; B<\/td>/);
  });

  describe('images', () => {
    // The smallest PNG there is: one transparent pixel.
    const PIXEL = Uint8Array.from(
      atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
      (character) => character.charCodeAt(0),
    );
    const withImage = (markdown: string, image: (source: string) => Uint8Array | undefined) => {
      const { workspace } = makeWorkspace({ 'transport.report.md': TASK_GROUP + markdown });
      return exportHtml(workspace.getDocument(uriOf('transport.report.md'))!, { papers: workspace, image });
    };

    it('puts an image kept beside the paper into the page, so the page fetches nothing', () => {
      const asked: string[] = [];
      const html = withImage('\n![Map of the routes](<maps/routes map.png>)\n', (source) => {
        asked.push(source);
        return PIXEL;
      });
      assert.deepEqual(asked, ['maps/routes map.png']);
      assert.match(html, /<img src="data:image\/png;base64,iVBORw0KGgo[^"]*" alt="Map of the routes" \/>/);
    });

    it('shows the alternative text of an image that cannot be read, or is not a picture', () => {
      for (const bytes of [undefined, new TextEncoder().encode('not a picture')]) {
        const html = withImage('\n![Map of the routes](routes.png)\n', () => bytes);
        assert.match(html, /<span class="cr-image-missing">\[Image: Map of the routes\]<\/span>/);
        assert.doesNotMatch(html, /<img/);
      }
    });

    it('says once for each image why it was left out, in the words the Word export uses', () => {
      const told: string[] = [];
      const { workspace } = makeWorkspace({
        'transport.report.md': `${TASK_GROUP}\n![Map](gone.png) ![Map again](gone.png) ![Notes](notes.png)\n`,
      });
      exportHtml(workspace.getDocument(uriOf('transport.report.md'))!, {
        papers: workspace,
        image: (source) => (source === 'notes.png' ? new TextEncoder().encode('not a picture') : undefined),
        onWarning: (message) => told.push(message),
      });
      assert.deepEqual(told, [
        'The image "gone.png" could not be read from beside the document, so its alternative text is shown in its place.',
        'The image "notes.png" is not a picture a browser can show (PNG, JPEG, GIF, SVG), so its alternative text is shown in its place.',
      ]);
    });

    it('leaves a web image for the reader’s browser, which the page’s policy stops from fetching it', () => {
      const html = withImage('\n![Logo](https://example.org/logo.png)\n', () => assert.fail('a web image is not read'));
      assert.match(html, /<img src="https:\/\/example.org\/logo.png" alt="Logo" \/>/);
    });
  });
});
