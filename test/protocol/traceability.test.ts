import * as assert from 'node:assert/strict';
import { ServerSession, useServer } from './support';

const TASK_GROUP = [
  '---',
  'type: scrutiny',
  'id: exclusions-tg',
  'title: School Exclusions Task Group',
  "committee: Children's Scrutiny Committee",
  'meeting: 2026-06-18',
  'response_due: 2026-09-17',
  "addressee: Cabinet Member for Children's Services",
  '---',
  '',
  '**F1** Exclusions are concentrated in eleven schools.',
  '',
  '**R1** That an inclusion partnership be set up [F1].',
  '',
].join('\n');

const MINUTES = [
  '---',
  'type: minutes',
  'title: Minutes',
  "committee: Children's Scrutiny Committee",
  'meeting: 2026-06-18',
  '---',
  '',
  "**R2** Endorses the task group's recommendation and refers it to the Cabinet Member for Children's Services for a response [exclusions-tg:R1].",
  '',
].join('\n');

const REQUEST = 'committeeReports/traceability';
const REFERRED_TO = "the Cabinet Member for Children's Services";

/** The result without its Markdown details, which a test of their own reads. */
function withoutDetails(result: unknown): unknown {
  return JSON.parse(JSON.stringify(result, (key, value: unknown) => (key === 'detail' ? undefined : value)));
}

/** The LSP range of the ID defined on the line that starts with `**ID**`. */
function idRange(text: string, id: string) {
  const line = text.split('\n').findIndex((candidate) => candidate.startsWith(`**${id}**`));
  assert.notEqual(line, -1, `no ${id}`);
  return { start: { line, character: 2 }, end: { line, character: 2 + id.length } };
}

describe('The language server: the traceability request', () => {
  const server = useServer({ 'exclusions.report.md': TASK_GROUP, 'cyp-2026-06-18.minutes.md': MINUTES });
  let session: ServerSession;

  beforeEach(() => {
    session = server.session;
  });

  it('announces the request in its capabilities', async () => {
    // useServer has already initialised this server; a second one is started to read its initialize result.
    const other = new ServerSession(server.folder);
    try {
      const result = (await other.initialize()) as { capabilities: { experimental?: { traceability?: boolean } } };
      assert.equal(result.capabilities.experimental?.traceability, true);
    } finally {
      await other.stop();
    }
  });

  it('returns the model of the workspace, with document URIs and LSP ranges, for the date given, and the words for each status', async () => {
    const document = {
      documentId: 'exclusions-tg',
      documentType: 'scrutiny',
      documentTitle: 'School Exclusions Task Group',
      committee: "Children's Scrutiny Committee",
      meeting: '2026-06-18',
    };
    const f1 = {
      uri: session.uriOf('exclusions.report.md'),
      ...document,
      id: 'F1',
      kind: 'finding',
      text: 'Exclusions are concentrated in eleven schools.',
      range: idRange(TASK_GROUP, 'F1'),
    };
    const r1 = {
      uri: session.uriOf('exclusions.report.md'),
      ...document,
      id: 'R1',
      kind: 'recommendation',
      text: 'That an inclusion partnership be set up [F1].',
      range: idRange(TASK_GROUP, 'R1'),
    };
    const r2 = {
      uri: session.uriOf('cyp-2026-06-18.minutes.md'),
      documentId: 'cyp-2026-06-18',
      documentType: 'minutes',
      documentTitle: 'Minutes',
      committee: "Children's Scrutiny Committee",
      meeting: '2026-06-18',
      id: 'R2',
      kind: 'resolution',
      text: `Endorses the task group's recommendation and refers it to ${REFERRED_TO} for a response [exclusions-tg:R1].`,
      range: idRange(MINUTES, 'R2'),
    };
    const result = await session.connection.sendRequest(REQUEST, { today: '2026-10-01' });
    assert.deepEqual(withoutDetails(result), {
      today: '2026-10-01',
      findings: [
        {
          ...f1,
          status: 'addressed',
          citedBy: [
            {
              ...r1,
              relation: 'acted-on',
              title: 'That an inclusion partnership be set up',
              summary: 'acted on 18 Jun 2026',
            },
          ],
          title: 'Exclusions are concentrated in eleven…',
          summary: 'addressed 18 Jun 2026',
        },
      ],
      recommendations: [
        {
          ...r1,
          status: 'overdue',
          cites: [f1],
          citedBy: [
            {
              ...r2,
              relation: 'referred',
              referredTo: REFERRED_TO,
              title: "Endorses the task group's recommendation…",
              summary: `referred to ${REFERRED_TO} 18 Jun 2026`,
            },
          ],
          addressee: "Cabinet Member for Children's Services",
          responseDue: '2026-09-17',
          title: 'That an inclusion partnership be set up',
          summary: 'overdue since 17 Sep 2026',
        },
      ],
      brokenLinks: [],
      statusLabels: {
        addressed: 'addressed',
        'not-addressed': 'not addressed',
        'awaiting-response': 'awaiting response',
        responded: 'responded',
        'responded-late': 'responded late',
        overdue: 'overdue',
      },
    });
  });

  it('gives each recommendation its detail in Markdown: its text, status and why, due date, addressee, and what cited it and how', async () => {
    const result = (await session.connection.sendRequest(REQUEST, { today: '2026-10-01' })) as {
      recommendations: { detail: string }[];
    };
    const { detail } = result.recommendations[0]!;
    assert.match(
      detail,
      /^\*\*R1\*\* recommendation in School Exclusions Task Group\n\nThat an inclusion partnership be set up \\\[F1\\\]\\\./,
    );
    assert.match(
      detail,
      /\*\*Status:\*\* overdue, only referred on so far, which is not the response; it was due 17 September 2026/,
    );
    assert.match(detail, /\*\*Response due:\*\* 17 September 2026/);
    assert.match(detail, /\*\*Addressed to:\*\* Cabinet Member for Children's Services/);
    assert.match(
      detail,
      /- resolution cyp\\-2026\\-06\\-18:R2, referred to the Cabinet Member for Children's Services \\\(Children's Scrutiny Committee, 18 June 2026\\\)/,
    );
  });

  it('works the status out for the date given', async () => {
    const statusOn = async (today: string) =>
      ((await session.connection.sendRequest(REQUEST, { today })) as { recommendations: { status: string }[] })
        .recommendations[0]!.status;
    assert.equal(await statusOn('2026-09-17'), 'awaiting-response');
    assert.equal(await statusOn('2026-09-18'), 'overdue');
  });

  it("uses the server's date when the client gives none", async () => {
    const result = (await session.connection.sendRequest(REQUEST, {})) as { today: string };
    assert.match(result.today, /^\d{4}-\d{2}-\d{2}$/);
  });

  it('takes in an edit not yet saved', async () => {
    await session.open('cyp-2026-06-18.minutes.md', MINUTES);
    await session.nextDiagnostics('cyp-2026-06-18.minutes.md', 1);
    await session.change('cyp-2026-06-18.minutes.md', 2, MINUTES.replace(' [exclusions-tg:R1]', ' [exclusions-tg:R9]'));
    const result = (await session.connection.sendRequest(REQUEST, { today: '2026-10-01' })) as {
      recommendations: { citedBy: unknown[] }[];
      brokenLinks: { from: { id: string }; documentId: string; id: string; problem: string }[];
    };
    assert.deepEqual(result.recommendations[0]!.citedBy, []);
    assert.deepEqual(
      result.brokenLinks.map((link) => [link.from.id, `${link.documentId}:${link.id}`, link.problem]),
      [['R2', 'exclusions-tg:R9', 'unknown-id']],
    );
  });

  it('answers a date that is not a real YYYY-MM-DD date with an invalid params error', async () => {
    await assert.rejects(
      session.connection.sendRequest(REQUEST, { today: '2026-02-30' }),
      (error: { code?: number; message?: string }) => {
        assert.equal(error.code, -32602);
        assert.match(error.message ?? '', /today must be a real date written YYYY-MM-DD/);
        return true;
      },
    );
  });
});
