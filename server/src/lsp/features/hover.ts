import { MarkupKind } from 'vscode-languageserver';
import { acronymHoverAt, hoverFor, idAt, sectionHoverAt } from '../../core';
import type { Feature } from '../context';

/**
 * Over a reference or definition: the definition's words, where it is, and
 * who cites it. Over an acronym: what it stands for, or whether and how to
 * spell it out. Over a template section's heading: what the section is for,
 * why it is there, and whether this document needs it.
 */
export const registerHover: Feature = (connection, context) => {
  connection.onHover(async ({ textDocument, position }) => {
    const workspace = await context.workspace();
    const document = workspace.getDocument(textDocument.uri);
    if (!document) return null;
    const offset = document.lines.offsetAt(position);
    const found = idAt(document, offset);
    const text = found ? hoverFor(workspace, found.target) : undefined;
    if (found && text) return { contents: { kind: MarkupKind.Markdown, value: text }, range: found.range };
    // Before the section hover: an acronym in a heading ("SEND Provision") is what the cursor points at.
    const hover = acronymHoverAt(document, offset, workspace.configuration) ?? sectionHoverAt(document, offset);
    return hover ? { contents: { kind: MarkupKind.Markdown, value: hover.markdown }, range: hover.range } : null;
  });
  return { hoverProvider: true };
};
