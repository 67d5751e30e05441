import type { CheckCode } from '../check-codes';
import type { ResolvedConfig } from '../config';
import type { ParsedDocument } from '../document';
import type { LinkedDocument } from '../links';
import type { Finding, Severity } from '../types';

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

export interface CheckContext {
  readonly document: ParsedDocument;
  readonly workspace: WorkspaceView;
  readonly config: ResolvedConfig;
}

export interface DocumentCheck extends CheckInfo {
  run(context: CheckContext, report: (finding: Finding) => void): void;
}
