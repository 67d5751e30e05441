import { CodeActionKind, type CodeAction, type WorkspaceEdit } from 'vscode-languageserver';
import { renumberPlan, type Diagnostic, type RenumberOptions, type Workspace } from '../../core';
import { toLspDiagnostic } from '../convert';

/** What a renumbering action numbers: the document's IDs of every kind, or its numbered paragraphs. */
export type RenumberTarget = 'ids' | 'paragraphs';

/** What the kinds are called in the action's title, by the config's names for them (finding, recommendation, …). */
function kindsTitle(workspace: Workspace, uri: string): string {
  const names = [...workspace.configFor(uri).kinds.values()].map((name) => `${name}s`);
  return names.length <= 1 ? (names[0] ?? 'IDs') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const OPTIONS: Record<RenumberTarget, RenumberOptions> = {
  ids: {},
  paragraphs: { kinds: [], paragraphs: true },
};

/**
 * "Renumber findings and recommendations in this document" or "Renumber
 * paragraphs in this document" (refactor.rewrite): the core's renumbering
 * plan as one WorkspaceEdit, every document it touches in one change (one
 * undo in VS Code, whose refactor preview lists each file). Offered where
 * the numbers are out of order (on an id-sequence or para-sequence
 * diagnostic, given as `related`) and in an editor's Refactor menu. When the
 * plan refuses (a locked number, an ID defined twice, a mention that would
 * change its meaning), the action is there but disabled, with the reason,
 * for a client that shows disabled actions; otherwise left out.
 */
export function renumberAction(
  workspace: Workspace,
  uri: string,
  target: RenumberTarget,
  related: readonly Diagnostic[],
  showsDisabled: boolean,
): CodeAction | undefined {
  if (!workspace.getDocument(uri)) return undefined;
  const title = `Renumber ${target === 'ids' ? kindsTitle(workspace, uri) : 'paragraphs'} in this document`;
  const diagnostics = related.length === 0 ? {} : { diagnostics: related.map(toLspDiagnostic) };
  const result = renumberPlan(workspace, uri, OPTIONS[target]);
  if ('refusal' in result)
    return showsDisabled
      ? { title, kind: CodeActionKind.RefactorRewrite, ...diagnostics, disabled: { reason: result.refusal } }
      : undefined;
  if (result.plan.files.length === 0) return undefined;
  const edit: WorkspaceEdit = {
    changes: Object.fromEntries(
      result.plan.files.map((file) => [file.uri, file.edits.map(({ range, newText }) => ({ range, newText }))]),
    ),
  };
  return { title, kind: CodeActionKind.RefactorRewrite, ...diagnostics, edit };
}
