import type { ParsedDocument } from '../document';
import type { Position, Range } from '../types';
import type { Workspace } from '../workspace';
import { acronymHoverAt } from './acronym-hover';
import { hoverFor, idAt } from './navigation';
import { sectionHoverAt } from './section-hover';

/** What a hover shows: Markdown, over the span of text it is about. */
export interface Hover {
  readonly markdown: string;
  readonly range: Range;
}

/**
 * The hover at a position: what the cursor points at, narrowest first. Over
 * an ID that leads somewhere: the definition's words, where it is, and who
 * cites it. Else over an acronym: what it stands for, or whether and how to
 * spell it out; it comes before the heading's section, as in "SEND
 * Provision" the cursor is on SEND. Else over a template section's heading:
 * what the section is for, why it is there, and whether this document needs it.
 */
export function hoverAt(document: ParsedDocument, workspace: Workspace, position: Position): Hover | undefined {
  const offset = document.lines.offsetAt(position);
  const found = idAt(document, offset);
  const markdown = found ? hoverFor(workspace, found.target) : undefined;
  if (found && markdown) return { markdown, range: found.range };
  return acronymHoverAt(document, offset, workspace.configFor(document.uri)) ?? sectionHoverAt(document, offset);
}
