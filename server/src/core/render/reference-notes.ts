import type { ParsedDocument } from '../document';
import { writtenTitle } from '../document-names';
import type { Diagnostic } from '../types';
import type { PreviewMark } from './preview-marks';

/** What the preview asks the workspace about a document and the papers it cites; the core's Workspace is one. */
export interface PreviewWorkspace {
  diagnostics(uri: string): readonly Diagnostic[];
  documentsWithId(documentId: string): readonly { readonly uri: string }[];
  getDocument(uri: string): ParsedDocument | undefined;
}

/**
 * A reference as the preview draws it: broken, with the checker's message
 * for it; or working, with the text of what it leads to when that is known.
 */
export type ReferenceNote =
  { readonly broken: true; readonly message: string } | { readonly broken: false; readonly target: string | undefined };

/** The checks that say a reference leads nowhere. */
const BROKEN_REFERENCE_CODES: ReadonlySet<string> = new Set(['ref-unresolved', 'ref-unknown-document']);
/** About two lines of a tooltip: enough to recognise the item, not to read it all. */
const TARGET_TEXT_LENGTH = 160;

/**
 * How each reference of `document` is drawn. A reference is broken when the
 * checker reports it (so a check turned off in the config draws nothing
 * broken, as the editor underlines nothing); the message is the one the
 * Problems panel shows. A working one names its target's text: the
 * definition's words, or for another paper its title too.
 */
export function referenceNotes(
  document: ParsedDocument,
  workspace: PreviewWorkspace | undefined,
): (mark: PreviewMark) => ReferenceNote {
  const problems = (workspace?.diagnostics(document.uri) ?? [])
    .filter((diagnostic) => BROKEN_REFERENCE_CODES.has(diagnostic.code))
    .map((diagnostic) => ({
      start: document.lines.offsetAt(diagnostic.range.start),
      end: document.lines.offsetAt(diagnostic.range.end),
      message: diagnostic.message,
    }));
  return (mark) => {
    const messages = problems
      .filter((problem) => problem.start <= mark.start && mark.start < problem.end)
      .map((problem) => problem.message);
    if (messages.length > 0) return { broken: true, message: messages.join('\n') };
    return { broken: false, target: mark.local ? localTarget(document, mark.id) : otherPaperTarget(workspace, mark) };
  };
}

function localTarget(document: ParsedDocument, id: string): string | undefined {
  const definition = document.definitionsById.get(id)?.[0];
  return definition && `${id}: ${shortened(definition.text)}`;
}

/** "R2 of School transport: That the council…", when the workspace has exactly one paper with that id. */
function otherPaperTarget(workspace: PreviewWorkspace | undefined, mark: PreviewMark): string | undefined {
  const [found, ...more] = workspace?.documentsWithId(mark.documentId) ?? [];
  const paper = found && more.length === 0 ? workspace?.getDocument(found.uri) : undefined;
  if (paper === undefined) return undefined;
  const name = `${mark.id} of ${writtenTitle(paper.data) ?? paper.documentId}`;
  const definition = paper.definitionsById.get(mark.id)?.[0];
  return definition ? `${name}: ${shortened(definition.text)}` : name;
}

/** The text on one line, cut at a word before `TARGET_TEXT_LENGTH` characters with an ellipsis. */
export function shortened(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= TARGET_TEXT_LENGTH) return line;
  const cut = line.slice(0, TARGET_TEXT_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > TARGET_TEXT_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
