import type { Citation, LinkedCheckDocument, WorkspaceView } from './checks/check';
import type { ResolvedConfig } from './config';
import { parseDocument, type ParsedDocument } from './document';
import { linksOf, withDefinedIds, type DocumentLinks, type LinkedDocument } from './links';
import { releasedDocument } from './released-document';
import {
  notCheckedDiagnostics,
  notCheckedReason,
  runChecks,
  runDocumentChecks,
  runWorkspaceChecks,
  sortDiagnostics,
} from './run-checks';
import { closest } from './suggest';
import type { Diagnostic, FileFacts } from './types';

/**
 * Which config a document is read and checked under, by its URI. In a
 * multi-root workspace each folder has its own; they share one index, so
 * references between folders resolve.
 */
export type ConfigFor = (uri: string) => ResolvedConfig;

/**
 * The text of a document known by its summary, read when it is first asked
 * for (see `Workspace.setLoader`); undefined when it cannot be had now (the
 * holder then deals with the file, which stays unparsed).
 */
export type DocumentLoader = (uri: string) => (FileFacts & { readonly text: string }) | undefined;

/**
 * The documents being checked and what links them. Updating a document
 * replaces only its own contribution to the index, so an edit costs the
 * size of that document, not of the workspace.
 */
export class Workspace implements WorkspaceView {
  /** The parsed documents, by URI. */
  private readonly documents = new Map<string, ParsedDocument>();
  /**
   * Every document's URI, parsed or summarised, in the order it came in: a
   * walk over every document goes in this order, whenever and in whatever
   * order the summarised ones came to be parsed.
   */
  private readonly order = new Set<string>();
  /** What each document tells the others: its document id, the IDs it defines and those it cites. */
  private readonly linked = new Map<string, LinkedDocument>();
  private readonly urisById = new Map<string, Set<string>>();
  private readonly citationsByTarget = new Map<string, Citation[]>();
  /** Which documents cite each document id, and how many times. */
  private readonly citersByDocumentId = new Map<string, Map<string, number>>();
  /** "Did you mean" answers, valid until the set of document ids changes. */
  private readonly documentIdSuggestions = new Map<string, string | undefined>();
  /**
   * Documents too large to check, or not text: their text (kept so a new
   * config can decide again) and why. They stand in `documents` as empty
   * documents, so features answer with nothing, and link to nothing.
   */
  private readonly notChecked = new Map<string, { readonly text: string; readonly reason: string }>();
  /** Documents whose file on disk held bytes that are not UTF-8 when it was last read. */
  private readonly invalidUtf8 = new Set<string>();
  /**
   * Documents known only by their summary (from a cache): not parsed, in the
   * index by their links, with the line of their id.
   */
  private readonly summarised = new Map<string, number | undefined>();
  /** Gives the text of a summarised document when it is asked for; without one, it stays unparsed. */
  private loader: DocumentLoader | undefined;
  /**
   * Documents checked alone and let go of (`release`): what the checks that
   * read other documents need of them, and their own checks' diagnostics
   * (none kept for a document released unchecked).
   */
  private readonly released = new Map<
    string,
    { readonly document: LinkedCheckDocument; readonly own: readonly Diagnostic[] | undefined }
  >();
  /** Counts changes to what documents know of each other (links, config): a document's diagnostics depend on it and on the document alone. */
  private generation = 0;
  /** Each document's last diagnostics, valid while its version and `generation` are those they were made from. */
  private readonly diagnosticsCache = new Map<
    string,
    { readonly document: ParsedDocument; readonly generation: number; readonly diagnostics: readonly Diagnostic[] }
  >();

  /** `config` for every document, unless `configFor` gives a document another (its folder's). */
  constructor(
    private config: ResolvedConfig,
    private configOf: ConfigFor = () => config,
  ) {}

  /** The workspace's own config: for a document outside every folder, and where a new config file goes. */
  get configuration(): ResolvedConfig {
    return this.config;
  }

  /** The config a document is read and checked under. */
  configFor(uri: string): ResolvedConfig {
    return this.configOf(uri);
  }

  /** Re-reads every document under new configs (kinds and templates change parsing). */
  setConfig(config: ResolvedConfig, configFor: ConfigFor = () => config): void {
    this.config = config;
    this.configOf = configFor;
    this.generation++;
    for (const document of [...this.documents.values()])
      this.setDocument(document.uri, this.notChecked.get(document.uri)?.text ?? document.lines.text);
  }

  /**
   * Takes in a document's text. `file` is given when the text was read from
   * disk; text from an editor (no bytes) leaves what the last read found.
   */
  setDocument(uri: string, text: string, file?: FileFacts): ParsedDocument {
    const config = this.configOf(uri);
    const reason = notCheckedReason(text, config);
    const wasInvalid = this.invalidUtf8.has(uri);
    const invalidUtf8 = file ? file.invalidUtf8 : wasInvalid;
    const document = this.parse(uri, text, config, reason);
    if (invalidUtf8) this.invalidUtf8.add(uri);
    else this.invalidUtf8.delete(uri);
    if (invalidUtf8 !== wasInvalid) this.diagnosticsCache.delete(uri);
    return document;
  }

  private parse(uri: string, text: string, config: ResolvedConfig, reason: string | undefined): ParsedDocument {
    if (reason !== undefined) {
      this.dropContribution(uri);
      // Not parsed: the point of the limit is that such text costs nothing more.
      const placeholder = parseDocument(uri, '', config);
      this.documents.set(uri, placeholder);
      this.order.add(uri);
      this.notChecked.set(uri, { text, reason });
      return placeholder;
    }
    // A new version of a document parsed here re-reads only what the edit can reach.
    const previous = this.notChecked.has(uri) ? undefined : this.documents.get(uri);
    const document = parseDocument(uri, text, config, previous);
    const links = linksOf(document);
    const known = this.linked.get(uri);
    // Most keystrokes change no ID, reference or document id: then the index, and every other document's diagnostics, stand.
    if (known && sameLinks(known, links)) {
      // Parsed now, where it was known by its summary: its id's line is read from the document from here on.
      const wasSummarised = this.summarised.delete(uri);
      this.released.delete(uri);
      this.documents.set(uri, document);
      // A document sharing its id names that line, which may have moved: their diagnostics are worked out again.
      // (Not compared: reading the line takes the slower YAML parse, which most documents never need.)
      if (wasSummarised && (this.urisById.get(links.documentId)?.size ?? 0) > 1) this.generation++;
      return document;
    }
    this.dropContribution(uri);
    this.documents.set(uri, document);
    this.order.add(uri);
    this.addLinks(links);
    return document;
  }

  /**
   * Takes in a document by what it tells the others, without its text: it
   * stands in the index (so references to it resolve and citations from it
   * count) but is not parsed. For a cache that already holds the document's
   * diagnostics: every other document's diagnostics depend on it through
   * this summary alone. With a loader (`setLoader`), it is parsed when it is
   * first asked for; without one, it has no diagnostics and no features here.
   */
  setSummary(uri: string, summary: DocumentSummary): void {
    this.dropContribution(uri);
    this.summarised.set(uri, summary.documentIdLine);
    this.order.add(uri);
    if (summary.links) this.addLinks({ ...summary.links, uri });
  }

  /** What a parsed document tells the others, to be given back to `setSummary` in a later run. */
  summaryOf(uri: string): DocumentSummary | undefined {
    if (!this.documents.has(uri) && !this.summarised.has(uri) && !this.released.has(uri)) return undefined;
    const links = this.linked.get(uri);
    return {
      ...(links
        ? { links: { documentId: links.documentId, definitions: links.definitions, citations: links.citations } }
        : {}),
      ...(this.documentIdLine(uri) === undefined ? {} : { documentIdLine: this.documentIdLine(uri)! }),
    };
  }

  removeDocument(uri: string): void {
    this.order.delete(uri);
    this.dropContribution(uri);
  }

  /** Forgets what a document was (parsed or summarised) and what it told the others; its place in `order` stays. */
  private dropContribution(uri: string): void {
    this.documents.delete(uri);
    this.summarised.delete(uri);
    this.released.delete(uri);
    this.invalidUtf8.delete(uri);
    this.notChecked.delete(uri);
    this.diagnosticsCache.delete(uri);
    const links = this.linked.get(uri);
    if (!links) return;
    this.generation++;
    this.linked.delete(uri);
    const uris = this.urisById.get(links.documentId);
    uris?.delete(uri);
    if (uris?.size === 0) {
      this.urisById.delete(links.documentId);
      this.documentIdSuggestions.clear();
    }
    for (const citation of links.citations) {
      const citers = this.citersByDocumentId.get(citation.documentId);
      const count = (citers?.get(uri) ?? 0) - 1;
      if (count > 0) citers!.set(uri, count);
      else citers?.delete(uri);
      if (citers?.size === 0) this.citersByDocumentId.delete(citation.documentId);
    }
    const keys = new Set(links.citations.map((citation) => targetKey(citation.documentId, citation.id)));
    for (const key of keys) {
      const remaining = (this.citationsByTarget.get(key) ?? []).filter((citation) => citation.uri !== uri);
      if (remaining.length === 0) this.citationsByTarget.delete(key);
      else this.citationsByTarget.set(key, remaining);
    }
  }

  private addLinks(links: DocumentLinks): void {
    this.generation++;
    const linked = withDefinedIds(links);
    this.linked.set(links.uri, linked);
    if (!this.urisById.has(links.documentId)) this.documentIdSuggestions.clear();
    addTo(this.urisById, links.documentId, links.uri);
    for (const citation of links.citations) {
      let citers = this.citersByDocumentId.get(citation.documentId);
      if (!citers) this.citersByDocumentId.set(citation.documentId, (citers = new Map()));
      citers.set(links.uri, (citers.get(links.uri) ?? 0) + 1);
      const key = targetKey(citation.documentId, citation.id);
      let list = this.citationsByTarget.get(key);
      if (!list) this.citationsByTarget.set(key, (list = []));
      list.push({ uri: links.uri, citingKind: citation.citingKind });
    }
  }

  /**
   * The documents whose diagnostics may change when this one changes: itself,
   * those citing it, those it cites, and those sharing its document id. Call
   * it before and after an update and check the union.
   */
  affectedBy(uri: string): Set<string> {
    const affected = new Set([uri]);
    const links = this.linked.get(uri);
    if (!links) return affected;
    for (const citer of this.citersByDocumentId.get(links.documentId)?.keys() ?? []) affected.add(citer);
    for (const sharing of this.urisById.get(links.documentId) ?? []) affected.add(sharing);
    for (const documentId of new Set(links.citations.map((citation) => citation.documentId))) {
      for (const cited of this.urisById.get(documentId) ?? []) affected.add(cited);
    }
    return affected;
  }

  /**
   * Runs a parsed document's own checks now (unless `checked` is false: a
   * document read only so references to it resolve) and lets go of its text
   * and its parse, keeping its links and what the checks that read other
   * documents need. For a workspace read once, whose documents are each
   * asked about once (the command line): the text of thousands of documents
   * is then never held at once. A released document has no features and is
   * not read again by `setConfig`; `setDocument` takes it back in.
   */
  release(uri: string, { checked }: { readonly checked: boolean }): void {
    const document = this.documents.get(uri);
    if (!document || this.notChecked.has(uri)) return;
    const own = checked
      ? runDocumentChecks({ document, config: this.configOf(uri), invalidUtf8: this.invalidUtf8.has(uri) })
      : undefined;
    this.documents.delete(uri);
    this.diagnosticsCache.delete(uri);
    this.released.set(uri, { document: releasedDocument(document), own });
  }

  /**
   * How the text of a summarised document is had when something asks for it
   * (`getDocument`, `allDocuments`, `diagnostics`): so a request about one
   * document parses only the documents it reaches, and every answer is the
   * one it would be with every document parsed.
   */
  setLoader(loader: DocumentLoader | undefined): void {
    this.loader = loader;
  }

  /** Whether a document is in the index by its summary alone, not yet parsed. */
  isSummarised(uri: string): boolean {
    return this.summarised.has(uri);
  }

  /** A document, parsed now if it was known by its summary and the loader gives its text. */
  getDocument(uri: string): ParsedDocument | undefined {
    const document = this.documents.get(uri);
    if (document || !this.loader || !this.summarised.has(uri)) return document;
    const file = this.loader(uri);
    if (!file || !this.summarised.has(uri)) return this.documents.get(uri);
    return this.setDocument(uri, file.text, file);
  }

  /** Every document, the summarised ones parsed first (with a loader), so a walk over them misses none. */
  allDocuments(): Iterable<ParsedDocument> {
    if (this.loader) for (const uri of [...this.summarised.keys()]) this.getDocument(uri);
    if (this.summarised.size === 0 && this.released.size === 0)
      return [...this.order].map((uri) => this.documents.get(uri)!);
    return [...this.order].flatMap((uri) => this.documents.get(uri) ?? []);
  }

  /** Every document's URI, the summarised ones' too, without parsing any. */
  documentUris(): Iterable<string> {
    return this.order;
  }

  diagnostics(uri: string): Diagnostic[] {
    const released = this.released.get(uri);
    if (released) {
      if (!released.own) throw new Error(`${uri} was released unchecked: it has no diagnostics`);
      const config = this.configOf(uri);
      return sortDiagnostics([
        ...released.own,
        ...runWorkspaceChecks({ document: released.document, workspace: this, config }),
      ]);
    }
    // First: a summarised document parsed now may turn out too large to check.
    const document = this.getDocument(uri);
    const skipped = this.notChecked.get(uri);
    if (skipped) return notCheckedDiagnostics(skipped.text, skipped.reason, this.configOf(uri));
    if (!document) return [];
    const cached = this.diagnosticsCache.get(uri);
    if (cached?.document === document && cached.generation === this.generation) return [...cached.diagnostics];
    const diagnostics = runChecks({
      document,
      workspace: this,
      config: this.configOf(uri),
      invalidUtf8: this.invalidUtf8.has(uri),
    });
    this.diagnosticsCache.set(uri, { document, generation: this.generation, diagnostics: [...diagnostics] });
    return diagnostics;
  }

  documentsWithId(documentId: string): readonly LinkedDocument[] {
    const uris = this.urisById.get(documentId);
    return uris ? [...uris].map((uri) => this.linked.get(uri)!) : [];
  }

  documentIds(): Iterable<string> {
    return this.urisById.keys();
  }

  suggestDocumentId(unknown: string): string | undefined {
    if (!this.documentIdSuggestions.has(unknown))
      this.documentIdSuggestions.set(unknown, closest(unknown, this.urisById.keys()));
    return this.documentIdSuggestions.get(unknown);
  }

  citationsOf(documentId: string, id: string): readonly Citation[] {
    return this.citationsByTarget.get(targetKey(documentId, id)) ?? [];
  }

  hasInvalidUtf8(uri: string): boolean {
    return this.invalidUtf8.has(uri);
  }

  documentIdLine(uri: string): number | undefined {
    if (this.summarised.has(uri)) return this.summarised.get(uri);
    const line = (this.documents.get(uri) ?? this.released.get(uri)?.document)?.documentIdRange()?.start.line;
    return line === undefined ? undefined : line + 1;
  }
}

/**
 * What a document tells the others (its links, without its URI, which the
 * holder keeps), and the line its front matter writes its id on, which
 * another document with the same id names. No links: a document not
 * checked (too large, not text), which links to nothing.
 */
export interface DocumentSummary {
  readonly links?: Omit<DocumentLinks, 'uri'>;
  readonly documentIdLine?: number;
}

/** Whether two versions of a document tell the others the same: same document id, definitions and citations, in the same order. */
export function sameLinks(known: Omit<DocumentLinks, 'uri'>, links: Omit<DocumentLinks, 'uri'>): boolean {
  if (
    known.documentId !== links.documentId ||
    known.definitions.length !== links.definitions.length ||
    known.citations.length !== links.citations.length
  )
    return false;
  const sameDefinitions = known.definitions.every((definition, index) => {
    const other = links.definitions[index]!;
    return definition.id === other.id && definition.kind === other.kind && definition.number === other.number;
  });
  return (
    sameDefinitions &&
    known.citations.every((citation, index) => {
      const other = links.citations[index]!;
      return (
        citation.documentId === other.documentId && citation.id === other.id && citation.citingKind === other.citingKind
      );
    })
  );
}

function targetKey(documentId: string, id: string): string {
  return `${documentId}\u0000${id}`;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}
