/**
 * The Findings and Resolutions tree as data (client/src/traceability/nodes.ts),
 * built from the words the server sends: what each row says, and what the
 * "Show Only What Needs Attention" filter keeps.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type * as Nodes from '../../../client/src/traceability/nodes';
import { STATUS_LABELS, describeTraceability } from '../../support/core';
import { paper, trace } from './support';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the client's built module, reached by path as the core is
const { traceTree } = require(path.resolve(__dirname, '../../../../client/out/traceability/nodes')) as typeof Nodes;

const TASK_GROUP = paper(
  [
    'type: scrutiny',
    'id: tg',
    'title: School Exclusions Task Group',
    "committee: Children's Scrutiny Committee",
    'meeting: 2026-06-18',
    'response_due: 2026-09-17',
  ],
  [
    '**F1** Exclusions are concentrated in eleven schools.',
    '**F2** Parents are not well supported through the process.',
    '**R1** That an inclusion partnership be set up [F1].',
    '**R2** That a guide for parents be published [F2].',
  ].join('\n\n'),
);
const MINUTES = paper(
  ['type: minutes', 'id: cyp', 'title: Minutes', "committee: Children's Scrutiny Committee", 'meeting: 2026-06-18'],
  '**R1** Endorses recommendation R1 and refers it to the Cabinet for a response [tg:R1].\n\n**R2** Endorses recommendation R2 [tg:R2].',
);
const CABINET = paper(
  ['type: minutes', 'id: cabinet', 'title: Cabinet', 'committee: Cabinet', 'meeting: 2026-09-01'],
  '**R3** Agrees to publish the guide for parents [tg:R2].',
);

function tree(needsAttentionOnly: boolean) {
  const model = trace({ 'tg.report.md': TASK_GROUP, 'cyp.minutes.md': MINUTES, 'cabinet.minutes.md': CABINET });
  return traceTree({ ...describeTraceability(model), statusLabels: STATUS_LABELS }, needsAttentionOnly);
}

type Node = Nodes.TraceNode;
const shape = (node: Node): unknown => [node.label, node.description, node.children.map(shape)];

describe('The Findings and Resolutions tree', () => {
  it('labels each item with its ID and a short title, and describes it by its status or relation and date', () => {
    const [report] = tree(false).filter((node) => node.label === 'School Exclusions Task Group');
    assert.deepEqual(report!.children.map(shape), [
      [
        'F1 Exclusions are concentrated in eleven…',
        'addressed 18 Jun 2026',
        [
          [
            'R1 That an inclusion partnership be set up',
            'overdue since 17 Sep 2026',
            [['R1 Endorses recommendation R1 and refers it…', 'referred to the Cabinet 18 Jun 2026', []]],
          ],
        ],
      ],
      [
        'F2 Parents are not well supported through…',
        'addressed 18 Jun 2026',
        [
          [
            'R2 That a guide for parents be published',
            'responded 1 Sep 2026',
            [
              ['R2 Endorses recommendation R2', 'referred on 18 Jun 2026', []],
              ['R3 Agrees to publish the guide for parents', 'responded 1 Sep 2026', []],
            ],
          ],
        ],
      ],
    ]);
  });

  it("gives the overdue recommendation the server's Markdown detail as its tooltip", () => {
    const r1 = tree(false)[0]!.children[0]!.children[0]!;
    assert.equal(r1.status, 'overdue');
    assert.match(r1.tooltip, /\*\*Status:\*\* overdue, only referred on so far, which is not the response/);
    assert.equal(r1.children[0]!.relation, 'referred');
  });

  it('shows only what needs attention and the path to it, open, with the referral that explains it', () => {
    const documents = tree(true);
    assert.deepEqual(documents.map(shape), [
      [
        'School Exclusions Task Group',
        "Children's Scrutiny Committee, 2026-06-18",
        [
          [
            'F1 Exclusions are concentrated in eleven…',
            'addressed 18 Jun 2026',
            [
              [
                'R1 That an inclusion partnership be set up',
                'overdue since 17 Sep 2026',
                [['R1 Endorses recommendation R1 and refers it…', 'referred to the Cabinet 18 Jun 2026', []]],
              ],
            ],
          ],
        ],
      ],
    ]);
    const f1 = documents[0]!.children[0]!;
    assert.equal(f1.expanded, true, 'the path to the overdue recommendation is not open');
    assert.equal(f1.children[0]!.expanded, true);
  });
});
