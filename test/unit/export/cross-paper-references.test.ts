import * as assert from 'node:assert/strict';
import { exportHtml } from '../../support/core';
import { makeWorkspace, uriOf } from '../support';

const TASK_GROUP = `---
type: scrutiny
id: transport-tg
title: Transport Review
committee: Children's Scrutiny Committee
meeting: 2026-03-12
---

# Transport Review

## Findings

**F1** Taxis cost most.

## Recommendations

**R1** Review routes [F1].

**R2** Share taxis [F1].

**R3** Buy minibuses [F1].

**R4** Train drivers [F1].

**R5** Publish costs [F1].

**R6** Report back [F1].
`;

/** The page of minutes resolving `line`, with the task group's report beside them. */
function minutesSaying(line: string): string {
  const minutes = `---
type: minutes
title: Cabinet – 14 April 2026
committee: Cabinet
meeting: 2026-04-14
---

## 5. Transport

${line}
`;
  const { workspace } = makeWorkspace({ 'transport.report.md': TASK_GROUP, 'cabinet.minutes.md': minutes });
  return exportHtml(workspace.getDocument(uriOf('cabinet.minutes.md'))!, { papers: workspace });
}

/** The one cross-paper reference in the page, as its text with the title's markup kept. */
function reference(html: string): string {
  const found = /<span class="cr-reference">(.*?)<\/span>/.exec(html);
  assert.ok(found, 'the page has no reference');
  return found[1]!;
}

const OF_TITLE = ' of <cite>Transport Review</cite>';

describe('A reference to another paper in the exported page', () => {
  it('reads a range as its first and last IDs in the plural: "recommendations R4 to R6"', () => {
    const html = minutesSaying('**R1** Resolved [transport-tg:R4-R6].');
    assert.equal(reference(html), `recommendations R4 to R6${OF_TITLE}`);
    assert.doesNotMatch(html, /-R6/);
  });

  it('reads two IDs as "recommendations R2 and R3", leaving neither as written', () => {
    const html = minutesSaying('**R1** Resolved [transport-tg:R2, R3].');
    assert.equal(reference(html), `recommendations R2 and R3${OF_TITLE}`);
    assert.match(html, /\[<span class="cr-reference">[^<]*<cite>Transport Review<\/cite><\/span>\]/);
  });

  it('lists three or more IDs with commas and a last "and"', () => {
    assert.equal(
      reference(minutesSaying('**R1** Resolved [transport-tg:R2, R3, R5].')),
      `recommendations R2, R3 and R5${OF_TITLE}`,
    );
  });

  it('names each kind once, in the singular for one ID: "finding F1 and recommendation R2"', () => {
    assert.equal(
      reference(minutesSaying('**R1** Resolved [transport-tg:F1, R2].')),
      `finding F1 and recommendation R2${OF_TITLE}`,
    );
  });

  it('mixes ranges and single IDs of one kind in one list', () => {
    assert.equal(
      reference(minutesSaying('**R1** Resolved [transport-tg:R1-R2, R4, R5–R6].')),
      `recommendations R1 to R2, R4 and R5 to R6${OF_TITLE}`,
    );
  });

  it('keeps a single ID in the singular: "recommendation R1"', () => {
    assert.equal(reference(minutesSaying('**R1** Resolved [transport-tg:R1].')), `recommendation R1${OF_TITLE}`);
  });

  it('writes an ID the other paper does not define without a kind', () => {
    assert.equal(reference(minutesSaying('**R1** Resolved [transport-tg:R9, R10].')), `R9 and R10${OF_TITLE}`);
  });

  it('says only the first ID in words when the bracket holds something that is not an ID', () => {
    const html = minutesSaying('**R1** Resolved [transport-tg:R2, X9, R3].');
    assert.equal(reference(html), `recommendation R2${OF_TITLE}`);
    assert.match(html, /<\/span>, X9, R3\]/);
  });

  it('leaves a bracket citing a paper the workspace does not know as written', () => {
    const html = minutesSaying('**R1** Resolved [unknown-paper:R2, R3].');
    assert.equal(reference(html), 'unknown-paper:R2, R3');
  });
});
