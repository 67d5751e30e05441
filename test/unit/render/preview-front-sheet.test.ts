import * as assert from 'node:assert/strict';
import { exportHtml, previewHtml } from '../../support/core';
import { makeWorkspace, parse, uriOf } from '../support';

const FRONT_MATTER = `type: scrutiny
id: transport-tg
title: Home to School Transport
committee: Cabinet
meeting: 2026-03-12
report_by: Director of Children's Services
contact:
  name: Sam Okafor
  email: sam.okafor@example.gov.uk
wards: [Northgate, Priory]
purpose: decision
key_decision: yes
appendices:
  - { id: A, title: Route costs }
`;

function preview(frontMatter: string, body = '## Findings\n\n**F1** Taxis cost most.\n'): string {
  return previewHtml(parse(`---\n${frontMatter}---\n\n${body}`, { name: 'transport.report.md' }));
}

/** The rows of the front sheet table, as `Label: value`, tags dropped. */
function rowsOf(html: string): string[] {
  return [...html.matchAll(/<tr><th scope="row">([^<]*)<\/th><td>(.*?)<\/td><\/tr>/g)].map(
    ([, label, value]) => `${label}: ${value!.replace(/<br>/g, ' | ').replace(/<[^>]+>/g, '')}`,
  );
}

describe('The preview’s front sheet', () => {
  it('opens the preview with the front sheet from the front matter, above the body, in the order councils print it', () => {
    const html = preview(FRONT_MATTER);
    assert.match(html, /^<header class="cr-front-matter code-line" data-line="0">\n<table class="cr-front-sheet">/);
    assert.ok(html.indexOf('</header>') < html.indexOf('Findings</h2>'));
    assert.deepEqual(rowsOf(html), [
      'Committee: Cabinet',
      'Meeting date: 12 March 2026',
      'Title: Home to School Transport',
      "Report by: Director of Children's Services",
      'Contact officer: Sam Okafor | sam.okafor@example.gov.uk',
      'Wards affected: Northgate, Priory',
      'Purpose: For decision',
      'Key decision: Yes',
      'Appendices: Appendix A: Route costs',
    ]);
  });

  it('is the front sheet the HTML export prints, from the same renderer', () => {
    const text = `---\n${FRONT_MATTER}exempt: { paragraphs: [3] }\n---\n\n# Transport\n`;
    const { workspace } = makeWorkspace({ 'transport.report.md': text });
    const document = workspace.getDocument(uriOf('transport.report.md'))!;
    const exported = /<header>\n([^]*?)<\/header>/.exec(exportHtml(document))![1];
    const previewed = /<header [^>]*>\n([^]*?)<\/header>/.exec(previewHtml(document))![1];
    assert.equal(previewed, exported);
  });

  it('puts the exempt notice above the front sheet of an exempt report', () => {
    const html = preview(`${FRONT_MATTER}exempt:\n  paragraphs: [3]\n`);
    assert.match(
      html,
      /<header [^>]*>\n<p class="cr-exempt">NOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972<\/p>\n<table class="cr-front-sheet">/,
    );
  });

  it('names Part 4 of Schedule 12A in the notice of an exempt report from Wales', () => {
    const html = preview(`${FRONT_MATTER}exempt:\n  paragraphs: [12, 14]\n  jurisdiction: wales\n`);
    assert.match(html, /paragraphs 12 and 14 of Part 4 of Schedule 12A/);
  });

  it('shows no front sheet when the front matter gives nothing a front sheet shows', () => {
    assert.doesNotMatch(preview('type: scrutiny\n'), /<header|cr-front-sheet/);
    assert.doesNotMatch(previewHtml(parse('## Findings\n', { name: 'notes.report.md' })), /<header/);
  });

  it('escapes the front matter, so a value cannot add markup to the page', () => {
    const html = preview('title: "<script>alert(1)</script>"\n');
    assert.match(html, /<td>&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/td>/);
    assert.doesNotMatch(html, /<script/);
  });
});

describe('The preview’s lines', () => {
  it('gives each block the line of the document it starts at, for scrolling with the editor', () => {
    const text = `---\n${FRONT_MATTER}---\n\n## Findings\n\n**F1** Taxis cost most.\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n\`\`\`\ncode\n\`\`\`\n`;
    const html = previewHtml(parse(text, { name: 'transport.report.md' }));
    const lines = text.split('\n');
    const blocks = [...html.matchAll(/<(\w+) class="(?:[\w-]+ )?code-line" data-line="(\d+)"/g)].map(
      ([, tag, line]) => `${tag} ${lines[Number(line)]}`,
    );
    assert.deepEqual(blocks, [
      'header ---',
      'h2 ## Findings',
      'p **F1** Taxis cost most.',
      'ul - one',
      'li - one',
      'li - two',
      'table | a | b |',
      'thead | a | b |',
      'tr | a | b |',
      'tbody | 1 | 2 |',
      'tr | 1 | 2 |',
      'code ```',
    ]);
  });

  it('counts lines from the top of a document without front matter, with CRLF line endings', () => {
    const html = previewHtml(parse('# Notes\r\n\r\nText.\r\n', { name: 'notes.report.md' }));
    assert.match(
      html,
      /^<h1 class="code-line" data-line="0">Notes<\/h1>\n<p class="code-line" data-line="2">Text\.<\/p>/,
    );
  });
});
