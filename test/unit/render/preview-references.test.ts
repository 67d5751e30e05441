import * as assert from 'node:assert/strict';
import { previewHtml } from '../../support/core';
import { makeWorkspace, uriOf, type Files } from '../support';

const TRANSPORT = `---
type: scrutiny
id: transport-tg
title: Transport
---

## Findings

**F1** Taxis cost most.

**F2** ${'Routes overlap where two schools share a road, and each contract is let on its own, so the council pays twice for the same journey. '.repeat(3)}

**R1** That routes be reviewed [F1], [F2] and [F5], as [school-tg:R2] and [nowhere-tg:R1] ask.
`;

const SCHOOL = `---
type: scrutiny
id: school-tg
title: School Transport
---

## Recommendations

**R2** That bus passes be free.
`;

/** The preview of transport.report.md in a workspace of `files`, as the server renders it. */
function previewIn(files: Files, config?: string): string {
  const { workspace } = makeWorkspace(files, config);
  return previewHtml(workspace.getDocument(uriOf('transport.report.md'))!, workspace);
}

/** The element the preview makes of the reference written `text`. */
function referenceTo(html: string, text: string): string {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new RegExp(`<(a|span) class="cr-reference[^"]*"[^>]*>${escaped}</(a|span)>`).exec(html);
  assert.ok(found, `no reference ${text} in ${html}`);
  return found[0];
}

describe('The preview’s references', () => {
  const html = previewIn({ 'transport.report.md': TRANSPORT, 'school.report.md': SCHOOL });

  it('draws a reference to an ID the document does not define as broken, not as a link, with the checker’s message', () => {
    const { workspace } = makeWorkspace({ 'transport.report.md': TRANSPORT, 'school.report.md': SCHOOL });
    const diagnostic = workspace
      .diagnostics(uriOf('transport.report.md'))
      .find((d) => d.code === 'ref-unresolved' && d.message.startsWith('F5'))!;
    const broken = referenceTo(html, 'F5');
    assert.match(broken, /^<span class="cr-reference cr-broken" data-line="12" data-character="\d+" title="/);
    assert.doesNotMatch(broken, /href=/);
    assert.ok(broken.includes(`title="${diagnostic.message.replace(/\*/g, '*')}"`), broken);
  });

  it('draws a reference to a paper no checked document is as broken, saying so', () => {
    assert.match(
      referenceTo(html, 'nowhere-tg:R1'),
      /^<span class="cr-reference cr-broken" [^>]*title="No checked document has the id &#39;nowhere-tg&#39;|^<span class="cr-reference cr-broken" [^>]*title="No checked document has the id 'nowhere-tg'/,
    );
  });

  it('titles a working reference with the text of what it leads to, not its anchor', () => {
    assert.equal(
      referenceTo(html, 'F1'),
      '<a class="cr-reference" href="#transport-tg--F1" data-line="12" data-character="32" title="F1: Taxis cost most.">F1</a>',
    );
  });

  it('shortens a long definition in the title to a line or two, at a word, with an ellipsis', () => {
    const [, title] = /title="([^"]*)"/.exec(referenceTo(html, 'F2'))!;
    assert.ok(title!.startsWith('F2: Routes overlap where two schools share a road'), title);
    assert.ok(title!.endsWith('…'), title);
    assert.ok(title!.length <= 165, `${title!.length} characters`);
    assert.match(title!, / \S+…$/);
  });

  it('titles a reference to another paper with that paper’s title and the item’s text', () => {
    assert.match(
      referenceTo(html, 'school-tg:R2'),
      /^<a class="cr-reference cr-external" href="#" [^>]*title="R2 of School Transport: That bus passes be free\.">/,
    );
  });

  it('says which paper a reference opens when the workspace does not hold the paper’s text', () => {
    const alone = previewHtml(
      makeWorkspace({ 'transport.report.md': TRANSPORT }).workspace.getDocument(uriOf('transport.report.md'))!,
    );
    assert.match(referenceTo(alone, 'school-tg:R2'), /title="Opens school-tg"/);
  });

  it('draws nothing broken that the config turns the check off for, as the editor underlines nothing', () => {
    const quiet = previewIn(
      { 'transport.report.md': TRANSPORT, 'school.report.md': SCHOOL },
      'rules:\n  ref-unresolved: off\n',
    );
    assert.doesNotMatch(referenceTo(quiet, 'F5'), /cr-broken/);
    assert.match(referenceTo(quiet, 'nowhere-tg:R1'), /cr-broken/);
  });

  it('escapes a message and a definition’s text in the title, so neither can add markup', () => {
    const text = TRANSPORT.replace('Taxis cost most.', 'Taxis cost "most" <b>here</b> & there.');
    const escaped = previewIn({ 'transport.report.md': text });
    assert.match(
      referenceTo(escaped, 'F1'),
      /title="F1: Taxis cost &quot;most&quot; &lt;b&gt;here&lt;\/b&gt; &amp; there\."/,
    );
  });
});
