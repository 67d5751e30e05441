import { SemanticTokensBuilder, SemanticTokensRefreshRequest, type Range } from 'vscode-languageserver';
import {
  BROKEN_REFERENCE_CODES,
  SEMANTIC_TOKEN_LEGEND,
  encodeSemanticTokenKind,
  semanticTokens,
  type Diagnostic,
  type SemanticToken,
} from '../../core';
import type { Feature, ServerContext } from '../context';

/**
 * Semantic tokens: definitions, references (wrapped or not), broken
 * references, document ids and headings, which a line-by-line grammar cannot
 * all colour. Whole document, a range, or the edits since the last result.
 * Whether a reference is broken depends on other documents, so when the
 * broken-reference diagnostics of a document the client holds tokens for
 * change, the client is asked to request them again.
 */
export const registerSemanticTokens: Feature = (connection, context) => {
  const tokens = new DocumentTokens(context);
  const { semanticTokens: requests } = connection.languages;
  /** The last result of each document, for the edits since it. */
  const builders = new Map<string, SemanticTokensBuilder>();

  requests.on(async ({ textDocument }) => {
    const builder = new SemanticTokensBuilder();
    builders.set(textDocument.uri, builder);
    return pushed(builder, await tokens.of(textDocument.uri)).build();
  });
  requests.onDelta(async ({ textDocument, previousResultId }) => {
    let builder = builders.get(textDocument.uri);
    if (!builder) builders.set(textDocument.uri, (builder = new SemanticTokensBuilder()));
    builder.previousResult(previousResultId);
    return pushed(builder, await tokens.of(textDocument.uri)).buildEdits();
  });
  requests.onRange(async ({ textDocument, range }) => {
    const within = (await tokens.of(textDocument.uri)).filter((token) => overlaps(token, range));
    return pushed(new SemanticTokensBuilder(), within).build();
  });
  context.documents.onDidClose(({ document }) => {
    builders.delete(document.uri);
    tokens.forget(document.uri);
  });
  // Looked at a turn later: a request for tokens that caught up with typing (and so published) has by then taken in what it showed.
  const published = new Set<string>();
  void context.whenStarted().then((session) =>
    session.onDidPublish((uris) => {
      if (uris.length === 0 || context.client.workspace?.semanticTokens?.refreshSupport !== true) return;
      if (published.size === 0)
        setImmediate(() => {
          const changed = tokens.changedIn([...published]);
          published.clear();
          // A client that fails to refresh shows the new tokens on its next request.
          if (changed) connection.sendRequest(SemanticTokensRefreshRequest.type).catch(() => undefined);
        });
      for (const uri of uris) published.add(uri);
    }),
  );
  return {
    semanticTokensProvider: {
      legend: {
        tokenTypes: [...SEMANTIC_TOKEN_LEGEND.tokenTypes],
        tokenModifiers: [...SEMANTIC_TOKEN_LEGEND.tokenModifiers],
      },
      full: { delta: true },
      range: true,
    },
  };
};

/** Each document's tokens, and which broken references the client was last shown in it. */
class DocumentTokens {
  /** By URI: the broken-reference diagnostics the tokens last sent were drawn from. */
  private readonly shown = new Map<string, string>();

  constructor(private readonly context: ServerContext) {}

  async of(uri: string): Promise<SemanticToken[]> {
    const workspace = await this.context.workspace();
    const document = workspace.getDocument(uri);
    if (!document) return [];
    const diagnostics = workspace.diagnostics(uri);
    this.shown.set(uri, brokenReferences(diagnostics));
    return semanticTokens(document, diagnostics);
  }

  /** Whether any of these documents' broken references differ from what the client was shown (which is then taken as shown). */
  changedIn(uris: readonly string[]): boolean {
    const workspace = this.context.session?.workspace;
    let changed = false;
    for (const uri of uris) {
      const shown = this.shown.get(uri);
      if (shown === undefined || !workspace) continue;
      const now = brokenReferences(workspace.diagnostics(uri));
      if (now === shown) continue;
      this.shown.set(uri, now);
      changed = true;
    }
    return changed;
  }

  forget(uri: string): void {
    this.shown.delete(uri);
  }
}

/** What the broken-reference diagnostics say, which changes when a reference breaks or mends, but not when lines move. */
function brokenReferences(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .filter((diagnostic) => BROKEN_REFERENCE_CODES.has(diagnostic.code))
    .map((diagnostic) => `${diagnostic.code} ${diagnostic.message}`)
    .join('\n');
}

function pushed(builder: SemanticTokensBuilder, tokens: readonly SemanticToken[]): SemanticTokensBuilder {
  for (const token of tokens) {
    const { type, modifiers } = encodeSemanticTokenKind(token.kind);
    builder.push(token.line, token.character, token.length, type, modifiers);
  }
  return builder;
}

function overlaps(token: SemanticToken, range: Range): boolean {
  const { start, end } = range;
  if (token.line < start.line || token.line > end.line) return false;
  if (token.line === start.line && token.character + token.length <= start.character) return false;
  return token.line !== end.line || token.character < end.character;
}
