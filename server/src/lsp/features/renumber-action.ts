import { CodeActionKind, type CodeAction, type WorkspaceEdit } from 'vscode-languageserver';
import { renumberPlan, type Diagnostic, type Workspace } from '../../core';
import { toLspDiagnostic } from '../convert';

/** What the kinds are called in the action's title, by the config's names for them (finding, recommendation, …). */
function kindsTitle(workspace: Workspace, uri: string): string {
  const names = [...workspace.configFor(uri).kinds.values()].map((name) => `${name}s`);
  return names.length <= 1 ? (names[0] ?? 'IDs') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * "Renumber findings and recommendations in this document" (refactor.rewrite):
 * the core's renumbering plan as one WorkspaceEdit, every document it
 * touches in one change (one undo in VS Code, whose refactor preview lists
 * each file). Offered where the numbers are out of order, and on an
 * id-sequence diagnostic under the cursor. When the plan refuses (a locked
 * number, an ID defined twice), the action is there but disabled, with the
 * reason, for a client that shows disabled actions; otherwise left out.
 */
export function renumberAction(
  workspace: Workspace,
  uri: string,
  idSequence: readonly Diagnostic[],
  showsDisabled: boolean,
): CodeAction | undefined {
  if (!workspace.getDocument(uri)) return undefined;
  const title = `Renumber ${kindsTitle(workspace, uri)} in this document`;
  const related = idSequence.length === 0 ? {} : { diagnostics: idSequence.map(toLspDiagnostic) };
  const result = renumberPlan(workspace, uri);
  if ('refusal' in result)
    return showsDisabled
      ? { title, kind: CodeActionKind.RefactorRewrite, ...related, disabled: { reason: result.refusal } }
      : undefined;
  if (result.plan.changes.length === 0) return undefined;
  const edit: WorkspaceEdit = {
    changes: Object.fromEntries(
      result.plan.files.map((file) => [file.uri, file.edits.map(({ range, newText }) => ({ range, newText }))]),
    ),
  };
  return { title, kind: CodeActionKind.RefactorRewrite, ...related, edit };
}
