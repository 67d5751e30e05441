import { CodeActionKind, ResourceOperationKind, type ClientCapabilities, type Range } from 'vscode-languageserver';
import type { Feature } from '../context';
import type { Diagnostic } from '../../core';
import type { WorkspaceSession } from '../workspace/session';
import { toCodeActions, toFixAllAction } from '../convert';
import { renumberAction, type RenumberTarget } from './renumber-action';

/** The diagnostics on which each renumbering is offered. */
const RENUMBERED: readonly { readonly code: string; readonly target: RenumberTarget }[] = [
  { code: 'id-sequence', target: 'ids' },
  { code: 'para-sequence', target: 'paragraphs' },
];

/**
 * Quick fixes for the diagnostics at the cursor, source.fixAll for every safe
 * one, and the refactorings that renumber the document's IDs and its paragraphs.
 */
export const registerCodeActions: Feature = (connection, context) => {
  connection.onCodeAction(async ({ textDocument, range, context: { only } }) => {
    const workspace = await context.workspace();
    const diagnostics = workspace.getDocument(textDocument.uri)
      ? workspace.diagnostics(textDocument.uri)
      : configDiagnostics(await context.readySession(), textDocument.uri, context.documents.get(textDocument.uri));
    // Offered on an id-sequence or para-sequence diagnostic under the cursor, and whenever a refactoring is asked
    // for (VS Code's Refactor… menu); not at every other cursor move, at which editors ask too.
    const askedToRefactor = only?.some((kind) => kind.startsWith(CodeActionKind.Refactor)) ?? false;
    const showsDisabled = context.client.textDocument?.codeAction?.disabledSupport === true;
    const renumber = RENUMBERED.flatMap(({ code, target }) => {
      const here = diagnostics.filter((diagnostic) => diagnostic.code === code && overlaps(diagnostic.range, range));
      if (!askedToRefactor && (only !== undefined || here.length === 0)) return [];
      const action = renumberAction(workspace, textDocument.uri, target, here, showsDisabled);
      return action ? [action] : [];
    });
    if (askedToRefactor) return renumber;
    if (diagnostics.length === 0) return [];
    if (only?.some((kind) => kind.startsWith(CodeActionKind.SourceFixAll))) {
      const action = toFixAllAction(textDocument.uri, diagnostics);
      return action ? [action] : [];
    }
    const canCreateFiles = clientCreatesFiles(context.client);
    const current = (diagnostic: Diagnostic): Diagnostic =>
      withoutStaleFileEdits(diagnostic, (uri) => context.documents.get(uri)?.getText());
    const fixes = diagnostics
      .filter((diagnostic) => overlaps(diagnostic.range, range))
      .flatMap((diagnostic) => toCodeActions(textDocument.uri, current(diagnostic), canCreateFiles));
    return [...fixes, ...renumber];
  });
  return {
    codeActionProvider: {
      codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, CodeActionKind.RefactorRewrite],
    },
  };
};

/**
 * The config file's diagnostics, read from the file on disk: while the
 * editor holds other text for it (changes not yet saved), their fixes would
 * land in the wrong place, and none are offered until it is saved.
 */
function configDiagnostics(
  session: WorkspaceSession,
  uri: string,
  open: { getText(): string } | undefined,
): readonly Diagnostic[] {
  const config = session.configDiagnostics(uri);
  if (!config) return [];
  return open === undefined || open.getText() === config.text ? config.diagnostics : [];
}

/**
 * A fix that edits another file (the config) was worked out from that file as
 * it is on disk. Open in the editor with changes not yet saved, its text is
 * not what the edit's positions were counted in: the fix is left out until
 * the file is saved, rather than applied in the wrong place.
 */
function withoutStaleFileEdits(diagnostic: Diagnostic, openText: (uri: string) => string | undefined): Diagnostic {
  const fixes = diagnostic.fixes;
  if (!fixes?.some((fix) => fix.otherFiles !== undefined)) return diagnostic;
  const fresh = fixes.filter((fix) =>
    (fix.otherFiles ?? []).every((file) => {
      const open = openText(file.uri);
      return open === undefined || (file.create !== true && open === file.basedOn);
    }),
  );
  return { ...diagnostic, fixes: fresh };
}

/** Whether the client applies workspace edits that create files (`documentChanges` with the `create` operation). */
function clientCreatesFiles(client: ClientCapabilities): boolean {
  const workspaceEdit = client.workspace?.workspaceEdit;
  return (
    workspaceEdit?.documentChanges === true &&
    (workspaceEdit.resourceOperations?.includes(ResourceOperationKind.Create) ?? false)
  );
}

/** Whether two ranges touch: a cursor at either end of a diagnostic still offers its fix. */
function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']) =>
    x.line < y.line || (x.line === y.line && x.character < y.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}
