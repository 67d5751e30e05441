import type { Citation, WorkspaceView } from './checks/check';
import type { ResolvedConfig } from './config';
import { parseDocument, type ParsedDocument } from './document';
import { runChecks } from './run-checks';
import { closest } from './suggest';
import type { Diagnostic } from './types';

/**
 * The documents being checked and what links them. Updating a document
 * replaces only its own contribution to the index, so an edit costs the
 * size of that document, not of the workspace.
 */
export class Workspace implements WorkspaceView {
  private readonly documents = new Map<string, ParsedDocument>();
  private readonly urisById = new Map<string, Set<string>>();
  private readonly citationsByTarget = new Map<string, Citation[]>();
  /** "Did you mean" answers, valid until the set of document ids changes. */
  private readonly documentIdSuggestions = new Map<string, string | undefined>();

  constructor(private config: ResolvedConfig) {}

  get configuration(): ResolvedConfig {
    return this.config;
  }

  /** Re-reads every document under a new configuration (kinds and templates change parsing). */
  setConfig(config: ResolvedConfig): void {
    this.config = config;
    for (const document of [...this.documents.values()]) this.setDocument(document.uri, document.lines.text);
  }

  setDocument(uri: string, text: string): ParsedDocument {
    this.removeDocument(uri);
    const document = parseDocument(uri, text, this.config);
    this.documents.set(uri, document);
    if (!this.urisById.has(document.documentId)) this.documentIdSuggestions.clear();
    addTo(this.urisById, document.documentId, uri);
    for (const reference of document.references) {
      const key = targetKey(reference.documentId ?? document.documentId, reference.id);
      let list = this.citationsByTarget.get(key);
      if (!list) this.citationsByTarget.set(key, (list = []));
      list.push({ document, reference });
    }
    return document;
  }

  removeDocument(uri: string): void {
    const document = this.documents.get(uri);
    if (!document) return;
    this.documents.delete(uri);
    const uris = this.urisById.get(document.documentId);
    uris?.delete(uri);
    if (uris?.size === 0) {
      this.urisById.delete(document.documentId);
      this.documentIdSuggestions.clear();
    }
    const keys = new Set(document.references.map((reference) => targetKey(reference.documentId ?? document.documentId, reference.id)));
    for (const key of keys) {
      const remaining = (this.citationsByTarget.get(key) ?? []).filter((citation) => citation.document.uri !== uri);
      if (remaining.length === 0) this.citationsByTarget.delete(key);
      else this.citationsByTarget.set(key, remaining);
    }
  }

  getDocument(uri: string): ParsedDocument | undefined {
    return this.documents.get(uri);
  }

  allDocuments(): Iterable<ParsedDocument> {
    return this.documents.values();
  }

  diagnostics(uri: string): Diagnostic[] {
    const document = this.documents.get(uri);
    return document ? runChecks({ document, workspace: this, config: this.config }) : [];
  }

  documentsWithId(documentId: string): readonly ParsedDocument[] {
    const uris = this.urisById.get(documentId);
    return uris ? [...uris].map((uri) => this.documents.get(uri)!) : [];
  }

  documentIds(): Iterable<string> {
    return this.urisById.keys();
  }

  suggestDocumentId(unknown: string): string | undefined {
    if (!this.documentIdSuggestions.has(unknown)) this.documentIdSuggestions.set(unknown, closest(unknown, this.urisById.keys()));
    return this.documentIdSuggestions.get(unknown);
  }

  citationsOf(documentId: string, id: string): readonly Citation[] {
    return this.citationsByTarget.get(targetKey(documentId, id)) ?? [];
  }
}

function targetKey(documentId: string, id: string): string {
  return `${documentId}\u0000${id}`;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}
