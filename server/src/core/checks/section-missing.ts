import type { ParsedDocument } from '../document';
import { titleRange } from '../document-positions';
import { primarySections } from '../templates/match';
import { isRequired } from '../templates/requirement';
import type { Requirement, TemplateSection } from '../templates/template';
import type { Fix } from '../types';
import type { DocumentCheck } from './check';

export const sectionMissing: DocumentCheck = {
  code: 'section-missing',
  defaultSeverity: 'error',
  description: 'A section the template requires is not in the document.',
  run({ document }, report) {
    const template = document.template;
    if (!template) return;
    const present = new Set(document.sections.map((matched) => matched.order));
    template.sections.forEach((section, order) => {
      if (present.has(order) || !isRequired(section.requirement, document)) return;
      report({
        range: titleRange(document),
        message: `This document has no '${section.title}' section, which the ${document.templateName} template requires${REQUIRED_WHEN[section.requirement]}: add it${ELSE[section.requirement]}. ${section.purpose}`,
        fixes: [insertSectionFix(document, order, section)],
      });
    });
  },
};

/** What makes a conditional section required, for the message. */
const REQUIRED_WHEN: Readonly<Record<Requirement, string>> = {
  required: '',
  optional: '',
  'if-decision': ' in a report for decision',
  'if-exempt': ' in an exempt report',
  'unless-item': ' in the minutes of a whole meeting',
};

/** The other way to satisfy it, where there is one. */
const ELSE: Readonly<Record<Requirement, string>> = {
  required: '',
  optional: '',
  'if-decision': '',
  'if-exempt': '',
  'unless-item': ", or, if this file holds only some of the meeting's items, list them with 'item' in the front matter",
};

/**
 * Inserts the heading and standard wording where the template expects it:
 * after the nearest earlier section that is present, else before the nearest
 * later one, else at the end.
 */
export function insertSectionFix(document: ParsedDocument, order: number, section: TemplateSection): Fix {
  const firsts = primarySections(document.sections);
  const before = [...firsts].filter((matched) => matched.order < order).sort((a, b) => b.order - a.order)[0];
  const after = [...firsts].filter((matched) => matched.order > order).sort((a, b) => a.order - b.order)[0];
  const { lines } = document;
  const newline = lines.newline;
  const neighbour = before ?? after;
  const level = neighbour ? document.headings[neighbour.headingIndex]!.level : 2;
  const block = `${'#'.repeat(level)} ${section.title}${newline}${newline}${section.wording}${newline}${newline}`;
  let offset: number;
  let text = block;
  if (before) {
    const endLine = document.sectionEnd(before.headingIndex);
    offset = endLine >= lines.lineCount ? lines.text.length : lines.lineStart(endLine);
    if (endLine >= lines.lineCount) text = endOfDocumentInsert(lines.text, block, newline);
  } else if (after) {
    offset = lines.lineStart(document.headings[after.headingIndex]!.line);
  } else {
    offset = lines.text.length;
    text = endOfDocumentInsert(lines.text, block, newline);
  }
  const position = lines.positionAt(offset);
  return {
    title: `Add the '${section.title}' section`,
    edits: [{ range: { start: position, end: position }, newText: text }],
    safe: false,
  };
}

/** At the end of the file: start on a fresh line after a blank one, end with one newline. */
function endOfDocumentInsert(text: string, block: string, newline: string): string {
  const trailing = text.slice(trailingLineBreaksStart(text));
  const lead = text.length === 0 ? '' : trailing.length === 0 ? newline + newline : trailing === newline ? newline : '';
  return lead + block.slice(0, block.length - newline.length);
}

/**
 * Where the line breaks at the very end of the text start. Scanned backwards:
 * a regular expression anchored only at the end retries at every offset, which
 * took seconds on a document with a long run of blank lines before its last text.
 */
function trailingLineBreaksStart(text: string): number {
  let at = text.length;
  while (text.charCodeAt(at - 1) === 10 /* \n */) {
    at--;
    if (text.charCodeAt(at - 1) === 13 /* \r */) at--;
  }
  return at;
}
