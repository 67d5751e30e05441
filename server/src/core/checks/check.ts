import type { CheckCode } from '../check-codes';
import type { ResolvedConfig } from '../config';
import type { ParsedDocument } from '../document';
import type { LinkedDocument } from '../links';
import type { Definition } from '../parse/definitions';
import type { ReferencedId } from '../parse/references';
import type { Suppressions } from '../parse/suppressions';
import type { LinePositions } from '../text/line-index';
import type { DocumentType, Finding, Range, Severity } from '../types';

/** What the README, the SARIF rules and the config know about a check. */
export interface CheckInfo {
  readonly code: CheckCode;
  readonly defaultSeverity: Severity;
  readonly description: string;
}

/** A reference from one document to an ID, as the workspace index holds it. */
export interface Citation {
  readonly uri: string;
  /** Kind of the definition whose text holds the reference, or null outside any definition. */
  readonly citingKind: string | null;
}

/** What a check may ask about the rest of the workspace. */
export interface WorkspaceView {
  documentsWithId(documentId: string): readonly LinkedDocument[];
  documentIds(): Iterable<string>;
  /** The known document id closest to a misspelt one, if any is close. */
  suggestDocumentId(unknown: string): string | undefined;
  /** Every reference, in any document, to `id` in the document `documentId`. */
  citationsOf(documentId: string, id: string): readonly Citation[];
  /** Whether the document's file on disk, when last read, held bytes that are not UTF-8. */
  hasInvalidUtf8(uri: string): boolean;
  /** The line (from 1) where a document's front matter writes its id, or undefined when it takes its id from its file name. */
  documentIdLine(uri: string): number | undefined;
}

/** What a check of one document alone is given: nothing of the other documents. */
export interface DocumentCheckContext {
  readonly document: ParsedDocument;
  readonly config: ResolvedConfig;
  /** Whether the document's file on disk, when last read, held bytes that are not UTF-8. */
  readonly invalidUtf8: boolean;
}

export interface DocumentCheck extends CheckInfo {
  run(context: DocumentCheckContext, report: (finding: Finding) => void): void;
}

/**
 * What a check that reads the other documents is given of its own document:
 * its links and where they are, not its text. So the command line can check
 * each document alone as it reads it, let its text go, and run these checks
 * once every document is known (`Workspace.release`); a parsed document is
 * one of these too.
 */
export interface LinkedCheckDocument {
  readonly uri: string;
  readonly type: DocumentType;
  readonly documentId: string;
  /** Where the id is written (the `id` value), or undefined when it comes from the file name. */
  documentIdRange(): Range | undefined;
  readonly lines: LinePositions;
  readonly definitions: readonly Pick<Definition, 'id' | 'kind' | 'number' | 'start' | 'end'>[];
  readonly definitionsById: { has(id: string): boolean };
  readonly references: readonly ReferencedId[];
  readonly suppressions: Suppressions;
}

export interface WorkspaceCheckContext {
  readonly document: LinkedCheckDocument;
  readonly workspace: WorkspaceView;
  readonly config: ResolvedConfig;
}

export interface WorkspaceCheck extends CheckInfo {
  /** Marks a check whose findings depend on other documents (run after every document is known). */
  readonly readsWorkspace: true;
  run(context: WorkspaceCheckContext, report: (finding: Finding) => void): void;
}

export function isWorkspaceCheck(check: DocumentCheck | WorkspaceCheck): check is WorkspaceCheck {
  return 'readsWorkspace' in check;
}
