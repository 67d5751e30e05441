/**
 * After an edit, the Workspace re-reads only the blocks the edit can reach
 * and keeps the rest of the previous version. These are the edits whose reach
 * is longest: each must give what a fresh parse of the new text gives.
 */
import * as assert from 'node:assert/strict';
import { Workspace, defaultConfig } from '../support/core';
import type { ParsedDocument } from './support';

const URI = 'file:///workspace/a.report.md';
const FRONT_MATTER = '---\ntitle: T\ncommittee: C\nmeeting: 2026-03-12\nid: cab-2026\n---\n';

/** The document after editing `before` into `after` in one workspace, and the fresh parse of `after` in another. */
function edit(
  before: string,
  after: string,
): { edited: ParsedDocument; previous: ParsedDocument; fresh: ParsedDocument } {
  const workspace = new Workspace(defaultConfig());
  const previous = workspace.setDocument(URI, before);
  const edited = workspace.setDocument(URI, after);
  return { edited, previous, fresh: new Workspace(defaultConfig()).setDocument(URI, after) };
}

function shape(document: ParsedDocument): unknown {
  return {
    headings: document.headings,
    prose: document.markdown.prose,
    htmlBlocks: document.markdown.htmlBlocks,
    linkLabels: [...document.markdown.linkLabels].sort(),
    sections: document.sections,
    definitions: document.definitions,
    references: document.references,
    malformedReferences: document.malformedReferences,
    data: document.data,
    frontMatterProblems: document.frontMatterProblems,
    frontMatterIssues: document.frontMatterIssues,
  };
}

/** Edits `before` into `after` and asserts the result is the fresh parse's; returns both versions. */
function assertSameAsFresh(before: string, after: string): { edited: ParsedDocument; previous: ParsedDocument } {
  const { edited, previous, fresh } = edit(before, after);
  assert.deepStrictEqual(shape(edited), shape(fresh));
  return { edited, previous };
}

const paragraphs = (count: number, from = 1) =>
  Array.from({ length: count }, (_, index) => `Paragraph ${index + from} cites [F1].\n`).join('\n');

describe('Re-parsing after an edit', () => {
  it('keeps the blocks before and after a one-character edit, and reads the edited one again', () => {
    const before = `${FRONT_MATTER}# Summary\n\n${paragraphs(5)}\n## Findings\n\n**F1** Costs rose.\n`;
    const { edited, previous } = assertSameAsFresh(
      before,
      before.replace('Paragraph 3 cites', 'Paragraph 3 now cites'),
    );
    assert.equal(edited.headings[1], previous.headings[1], 'the heading after the edit is kept as it was');
    assert.equal(
      edited.markdown.prose[1],
      previous.markdown.prose[1],
      'the paragraph before the edit is kept as it was',
    );
    assert.notEqual(edited.markdown.prose[3], previous.markdown.prose[3], 'the edited paragraph is read again');
    assert.equal(
      edited.references[4]!.start,
      previous.references[4]!.start + 4,
      'references after the edit move with the text',
    );
  });

  it('moves the lines of everything after an edit that adds lines', () => {
    const before = `${FRONT_MATTER}# Summary\n\n${paragraphs(4)}\n## Findings\n\n**F1** Costs rose.\n`;
    const { edited } = assertSameAsFresh(
      before,
      before.replace('Paragraph 2 cites [F1].\n', 'Paragraph 2 cites [F1].\n\nA new paragraph.\n\n## A new heading\n'),
    );
    assert.deepEqual(
      edited.headings.map((heading) => heading.text),
      ['Summary', 'A new heading', 'Findings'],
    );
  });

  it('reads everything after a fence that an edit opens as code', () => {
    const before = `${FRONT_MATTER}# Summary\n\n${paragraphs(3)}\n## Findings\n\n**F1** Costs rose.\n`;
    const { edited } = assertSameAsFresh(
      before,
      before.replace('Paragraph 2 cites [F1].\n', '```\nParagraph 2 cites [F1].\n'),
    );
    assert.deepEqual(
      edited.headings.map((heading) => heading.text),
      ['Summary'],
    );
    assert.deepEqual(edited.definitions, []);
  });

  it('reads the rest again when an edit closes a fence that ran to the end', () => {
    const before = `${FRONT_MATTER}# Summary\n\n\`\`\`\ncode\n\n${paragraphs(3)}\n## Findings\n\n**F1** Costs rose.\n`;
    const { edited } = assertSameAsFresh(before, before.replace('code\n', 'code\n```\n'));
    assert.deepEqual(
      edited.headings.map((heading) => heading.text),
      ['Summary', 'Findings'],
    );
  });

  it('reads the rest again when an edit closes an HTML comment', () => {
    const before = `${FRONT_MATTER}# Summary\n\n<!-- a note\n\n${paragraphs(3)}\n## Findings\n\n**F1** Costs rose.\n`;
    const { edited, previous } = assertSameAsFresh(before, before.replace('<!-- a note\n', '<!-- a note -->\n'));
    assert.equal(previous.references.length, 0);
    assert.equal(edited.references.length, 3);
  });

  it('reads an HTML comment that an edit opens as swallowing the blocks up to its end', () => {
    const before = `${FRONT_MATTER}# Summary\n\n${paragraphs(3)}\n-->\n\n## Findings\n`;
    const { edited } = assertSameAsFresh(before, before.replace('Paragraph 2', '<!-- Paragraph 2'));
    assert.deepEqual(
      edited.headings.map((heading) => heading.text),
      ['Summary', 'Findings'],
    );
    assert.equal(edited.references.length, 1);
  });

  it('reads the paragraph above as a heading when an edit turns the next line into a setext underline', () => {
    const before = `${FRONT_MATTER}# Summary\n\nSome text\nmore text\n\n${paragraphs(2)}`;
    const { edited } = assertSameAsFresh(before, before.replace('more text', '========='));
    assert.deepEqual(
      edited.headings.map((heading) => heading.text),
      ['Summary', 'Some text'],
    );
  });

  it('stops reading a bracket as a reference when an edit adds a link definition for its label, anywhere', () => {
    const before = `${FRONT_MATTER}# Summary\n\n${paragraphs(3)}\n## Notes\n\nEnd.\n`;
    const { edited, previous } = assertSameAsFresh(
      before,
      before.replace('End.\n', 'End.\n\n[F1]: https://example.org\n'),
    );
    assert.equal(previous.references.length, 3);
    assert.equal(edited.references.length, 0);
    assert.deepEqual([...edited.markdown.linkLabels], ['F1']);
  });

  it('reads brackets as references again when an edit removes the link definition', () => {
    const before = `${FRONT_MATTER}# Summary\n\n${paragraphs(3)}\n[F1]: https://example.org\n\nEnd.\n`;
    const { edited } = assertSameAsFresh(
      before,
      before.replace('[F1]: https://example.org\n', 'F1 https://example.org\n'),
    );
    assert.equal(edited.references.length, 3);
  });

  it('reads a link definition whose title an edit closes lines below it as one block', () => {
    const before = `${FRONT_MATTER}# Summary\n\nIntro.\n\n[x]: /url\n'title\nmore\n\n${paragraphs(2)}`;
    const { edited, previous } = assertSameAsFresh(before, before.replace('more\n', "more'\n"));
    assert.equal(previous.markdown.prose.length, 5);
    assert.equal(edited.markdown.prose.length, 4);
  });

  it('joins a line to the list above when an edit indents it', () => {
    const before = `${FRONT_MATTER}# Summary\n\n- **R1** Do it.\n\nAlso [F1].\n\n${paragraphs(2)}`;
    const { edited } = assertSameAsFresh(before, before.replace('Also [F1]', '  Also [F1]'));
    assert.equal(edited.definitions[0]!.extent.endLine, 12);
  });

  it('reads a line as lazy continuation of a block quote when an edit removes the blank line between them', () => {
    const before = `${FRONT_MATTER}# Summary\n\n> quoted [F1]\n\nafter [F1]\n\n${paragraphs(2)}`;
    assertSameAsFresh(before, before.replace('> quoted [F1]\n\n', '> quoted [F1]\n'));
  });

  it('gives the same for a document with Windows line endings', () => {
    const before = `${FRONT_MATTER}# Summary\n\n${paragraphs(4)}\n## Findings\n\n**F1** Costs rose.\n`.replace(
      /\n/g,
      '\r\n',
    );
    assertSameAsFresh(before, before.replace('Paragraph 3', 'Paragraph\r\n\r\n## Three\r\n'));
    assertSameAsFresh(before, before.replace('Paragraph 3 cites [F1].\r', 'Paragraph 3 cites [F1].'));
  });

  it('reads the front matter again when an edit is inside it', () => {
    const before = `${FRONT_MATTER}# Summary\n\n${paragraphs(2)}`;
    const { edited } = assertSameAsFresh(before, before.replace('id: cab-2026', 'id: cab-2027'));
    assert.equal(edited.documentId, 'cab-2027');
  });

  it('reads the whole document again when an edit closes a front matter that was open', () => {
    const before = `---\ntitle: T\n\n# Summary\n\n${paragraphs(2)}`;
    assertSameAsFresh(before, before.replace('# Summary', '---\n# Summary'));
  });

  it("updates another document's diagnostics when an edit removes a definition it cites, and keeps them when it does not", () => {
    const workspace = new Workspace(defaultConfig());
    const other = 'file:///workspace/b.minutes.md';
    workspace.setDocument(
      other,
      `${FRONT_MATTER.replace('cab-2026', 'minutes-1')}## Minutes\n\nWe noted [cab-2026:F1].\n`,
    );
    const report = `${FRONT_MATTER}# Summary\n\n${paragraphs(2)}\n## Findings\n\n**F1** Costs rose.\n`;
    workspace.setDocument(URI, report);
    const cites = workspace.diagnostics(other);
    workspace.setDocument(URI, report.replace('Costs rose', 'Costs rose sharply'));
    assert.deepEqual(workspace.diagnostics(other), cites);
    workspace.setDocument(URI, report.replace('**F1** Costs', 'Costs'));
    const expected = new Workspace(defaultConfig());
    expected.setDocument(
      other,
      `${FRONT_MATTER.replace('cab-2026', 'minutes-1')}## Minutes\n\nWe noted [cab-2026:F1].\n`,
    );
    expected.setDocument(URI, report.replace('**F1** Costs', 'Costs'));
    assert.deepEqual(workspace.diagnostics(other), expected.diagnostics(other));
    assert.notDeepEqual(workspace.diagnostics(other), cites);
  });
});
