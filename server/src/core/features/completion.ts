import { kindName } from '../kinds';
import { isRequired } from '../templates/requirement';
import type { ParsedDocument } from '../document';
import { FRONT_MATTER_KEYS, KEYS_FOR_MINUTES_ONLY } from '../schema/front-matter';
import type { Workspace } from '../workspace';

export interface CompletionEntry {
  readonly label: string;
  readonly kind: 'id' | 'document' | 'section' | 'key' | 'value';
  readonly detail: string;
  readonly documentation?: string;
  /** What to insert, when it differs from the label (a key gets its colon). */
  readonly insertText?: string;
  /** Orders the list: missing sections before present ones. */
  readonly sortText?: string;
}

export interface Completions {
  readonly items: readonly CompletionEntry[];
  /** Offset where the word being typed starts: the items replace from here to the cursor. */
  readonly replaceFrom: number;
}

const FRONT_MATTER_VALUES: Readonly<Record<string, readonly string[]>> = {
  type: ['report', 'scrutiny', 'minutes'],
  purpose: ['decision', 'discussion', 'noting'],
  key_decision: ['yes', 'no', 'not-applicable'],
  divisions: ['All'],
};

/** What can be typed at the cursor, from where it stands: front matter, a heading, or a reference. */
export function completionsAt(workspace: Workspace, document: ParsedDocument, offset: number): Completions {
  const { lines } = document;
  const position = lines.positionAt(offset);
  const before = lines.text.slice(lines.lineStart(position.line), offset);
  // The word being typed, found backwards: a pattern anchored only at the end retries at every offset of a long line.
  let wordStart = before.length;
  while (wordStart > 0 && isWordCharacter(before.charCodeAt(wordStart - 1))) wordStart--;
  const replaceFrom = offset - (before.length - wordStart);
  const none = { items: [], replaceFrom: offset };
  const frontMatter = document.frontMatter;
  if (frontMatter && position.line >= 1 && position.line < frontMatter.closingLine)
    return frontMatterCompletions(document, before, replaceFrom) ?? none;
  // One space or tab, then anything but #: the same as `[ \t]+[^#]*`, without its two ways of reading each space.
  const heading = /^ {0,3}#{1,6}[ \t][^#]*$/.test(before);
  if (heading)
    return { items: sectionCompletions(document), replaceFrom: offset - /[^#]*$/.exec(before)![0].trimStart().length };
  const bracket = before.lastIndexOf('[');
  if (bracket === -1 || before.indexOf(']', bracket) !== -1) return none;
  const inner = before.slice(bracket + 1);
  const prefixed = /^([a-z0-9][a-z0-9-]*):[^\]]*$/.exec(inner);
  if (prefixed)
    return {
      items: idCompletions(
        workspace,
        workspace.documentsWithId(prefixed[1]!).map((linked) => workspace.getDocument(linked.uri)),
      ),
      replaceFrom,
    };
  if (!/^[A-Za-z0-9,\s\u2013-]*$/.test(inner)) return none;
  // Not the ID whose definition the cursor is in: R5 does not cite itself.
  const beingWritten = idsDefinedAtLine(document, position.line);
  const items = idCompletions(workspace, [document]).filter((item) => !beingWritten.has(item.label));
  // A document id only as the first thing in the bracket: [doc-id:F1].
  if (!inner.includes(',')) items.push(...documentCompletions(workspace, document));
  return { items, replaceFrom };
}

/** The IDs whose definition covers the line: one pass, as a document may define thousands (or one ID thousands of times). */
function idsDefinedAtLine(document: ParsedDocument, line: number): Set<string> {
  const ids = new Set<string>();
  for (const { id, extent } of document.definitions)
    if (extent.startLine <= line && line <= extent.endLine) ids.add(id);
  return ids;
}

function idCompletions(workspace: Workspace, documents: readonly (ParsedDocument | undefined)[]): CompletionEntry[] {
  return documents.flatMap((document) =>
    (document?.definitions ?? []).map((definition) => ({
      label: definition.id,
      kind: 'id' as const,
      detail: kindName(definition.kind, document!.type, workspace.configFor(document!.uri)),
      documentation: definition.text,
      sortText: `${definition.kind}${String(definition.number).padStart(6, '0')}`,
    })),
  );
}

function documentCompletions(workspace: Workspace, current: ParsedDocument): CompletionEntry[] {
  return [...workspace.allDocuments()]
    .filter((document) => document.documentId !== current.documentId)
    .map((document) => ({
      label: document.documentId,
      kind: 'document' as const,
      detail: typeof document.data['title'] === 'string' ? document.data['title'] : document.type,
      insertText: `${document.documentId}:`,
      sortText: `~${document.documentId}`,
    }));
}

function sectionCompletions(document: ParsedDocument): CompletionEntry[] {
  const present = new Set(document.sections.map((matched) => matched.order));
  return (document.template?.sections ?? []).map((section, order) => {
    const missing = !present.has(order);
    const required = isRequired(section.requirement, document);
    return {
      label: section.title,
      kind: 'section' as const,
      detail: missing ? (required ? 'required, missing' : 'missing') : 'already in the document',
      documentation: section.purpose,
      sortText: `${missing ? (required ? 0 : 1) : 2}${String(order).padStart(3, '0')}`,
    };
  });
}

function frontMatterCompletions(
  document: ParsedDocument,
  before: string,
  replaceFrom: number,
): Completions | undefined {
  if (/^[a-z_]*$/.test(before)) {
    const used = new Set(Object.keys(document.data));
    const keys: readonly string[] = FRONT_MATTER_KEYS.filter(
      (key) => document.type === 'minutes' || !KEYS_FOR_MINUTES_ONLY.includes(key),
    );
    return {
      items: keys
        .filter((key) => !used.has(key))
        .map((key) => ({ label: key, kind: 'key' as const, detail: 'front matter', insertText: `${key}: ` })),
      replaceFrom,
    };
  }
  const value = /^([a-z_]+):[ \t]*[A-Za-z-]*$/.exec(before);
  const choices = value ? FRONT_MATTER_VALUES[value[1]!] : undefined;
  if (!choices) return undefined;
  return {
    items: choices.map((choice) => ({ label: choice, kind: 'value' as const, detail: value![1]! })),
    replaceFrom,
  };
}

/** A letter, digit, `_` or `-`: what an ID, a document id or a front matter key is made of. */
function isWordCharacter(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 ||
    code === 45
  );
}
