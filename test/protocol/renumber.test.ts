/**
 * Renumbering over the wire (issue 17): a refactor.rewrite code action whose
 * one WorkspaceEdit renumbers the document's IDs and every reference to them,
 * in other documents too; disabled, with the reason, when a number is locked.
 */
import * as assert from 'node:assert/strict';
import { validMinutes, validReport } from '../cli/support';
import { useServer, applyEdits, type Edit } from './support';

interface Action {
  title: string;
  kind: string;
  edit?: { changes: Record<string, Edit[]> };
  disabled?: { reason: string };
  diagnostics?: { code: string }[];
}

/** F1 and F3, with F2 missing: id-sequence; the minutes of the same meeting cite R2 (not a later meeting: not locked). */
const REPORT = validReport({
  recommendations: '**R1** That the contract be renewed [F1].\n\n**R3** That the menu be reviewed [F3].',
  background: '**F1** The contract ends in August 2026.\n\n**F3** Parents find the menu bland.',
});
const MINUTES = validMinutes().replace(':R1]', ':R3]');
const LOCKED = REPORT.replace('exempt: false', 'exempt: false\nlocked: [F3]');
/** Numbered paragraphs 2.1, 2.3 and 2.4 under `## 2. Background` (para-sequence), one mentioned by number. */
const PARAGRAPHS = validReport({
  background:
    '## 2. Background\n\n2.1 The contract ends in August 2026.\n\n2.3 Parents find the menu bland.\n\n2.4 As paragraph 2.3 says, the menu needs a review.',
}).replace('school-meals-2026', 'paragraphs-2026');

describe('The language server: renumbering as a code action', () => {
  const server = useServer(
    {
      'meals.report.md': REPORT,
      'cabinet.minutes.md': MINUTES,
      'locked.report.md': LOCKED.replace('school-meals-2026', 'locked-2026'),
    },
    undefined,
    { capabilities: { textDocument: { codeAction: { disabledSupport: true } } } },
  );

  /** The code actions at the document's diagnostic of `code` (or its first line when it has none). */
  async function actionsAt(file: string, text: string, only?: string[], code = 'id-sequence'): Promise<Action[]> {
    const session = server.session;
    await session.open(file, text);
    const { diagnostics } = await session.nextDiagnostics(file, 1);
    const outOfOrder = diagnostics.find((diagnostic) => diagnostic.code === code);
    return (await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: session.uriOf(file) },
      range: outOfOrder?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: outOfOrder ? [outOfOrder] : [], ...(only ? { only } : {}) },
    })) as Action[];
  }

  it('offers, on the id-sequence problem, one edit that renumbers the report and the minutes citing it', async () => {
    const session = server.session;
    const [action] = (await actionsAt('meals.report.md', REPORT)).filter((a) => a.kind === 'refactor.rewrite');
    assert.ok(action?.edit, 'no renumbering action');
    assert.deepEqual(
      action.diagnostics?.map((diagnostic) => diagnostic.code),
      ['id-sequence'],
    );
    assert.equal(action.title, 'Renumber findings and recommendations in this document');
    const report = applyEdits(REPORT, action.edit.changes[session.uriOf('meals.report.md')]!);
    assert.match(report, /\*\*F2\*\* Parents find the menu bland\./);
    assert.match(report, /\*\*R2\*\* That the menu be reviewed \[F2\]\./);
    const minutes = applyEdits(MINUTES, action.edit.changes[session.uriOf('cabinet.minutes.md')]!);
    assert.match(minutes, /\[school-meals-2026:R2\]/);
  });

  it('answers an editor that asks only for refactorings, and offers nothing for a document in order', async () => {
    const [action] = await actionsAt('meals.report.md', REPORT, ['refactor']);
    assert.equal(action?.kind, 'refactor.rewrite');
    assert.deepEqual(await actionsAt('cabinet.minutes.md', MINUTES, ['refactor']), []);
  });

  it('is disabled, saying why, when a locked number would move', async () => {
    const locked = LOCKED.replace('school-meals-2026', 'locked-2026');
    const [action] = await actionsAt('locked.report.md', locked, ['refactor']);
    assert.equal(action?.edit, undefined);
    assert.match(action?.disabled?.reason ?? '', /F3 .*locked.*cannot change/i);
  });

  it('offers, on the para-sequence problem, one edit that renumbers the paragraphs and their mentions', async () => {
    const session = server.session;
    const actions = await actionsAt('paras.report.md', PARAGRAPHS, undefined, 'para-sequence');
    const action = actions.find((candidate) => candidate.title === 'Renumber paragraphs in this document');
    assert.ok(action?.edit, `no paragraph renumbering among ${actions.map((candidate) => candidate.title).join('; ')}`);
    assert.equal(action.kind, 'refactor.rewrite');
    assert.deepEqual(Object.keys(action.edit.changes), [session.uriOf('paras.report.md')]);
    const renumbered = applyEdits(PARAGRAPHS, action.edit.changes[session.uriOf('paras.report.md')]!);
    assert.equal(
      renumbered,
      PARAGRAPHS.replace('2.3 Parents', '2.2 Parents').replace('2.4 As paragraph 2.3', '2.3 As paragraph 2.2'),
    );
  });
});
