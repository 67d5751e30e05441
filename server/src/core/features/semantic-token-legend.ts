/**
 * What each semantic token stands for, and how it is written on the wire.
 * Standard LSP token types and modifiers only, chosen so that editors colour
 * them with no configuration (why these: docs/decisions.md, "Semantic
 * tokens"). VS Code maps each to the grammar's own scopes (package.json,
 * `semanticTokenScopes`), so its colours match the grammar's.
 */
export type SemanticTokenKind =
  'definition' | 'reference' | 'broken-reference' | 'document-id' | 'broken-document-id' | 'heading';

/** The legend announced in the server's capabilities: indexes into these lists are what the tokens carry. */
export const SEMANTIC_TOKEN_LEGEND = {
  tokenTypes: ['enumMember', 'namespace'],
  tokenModifiers: ['declaration', 'deprecated'],
} as const;

type TokenType = (typeof SEMANTIC_TOKEN_LEGEND.tokenTypes)[number];
type TokenModifier = (typeof SEMANTIC_TOKEN_LEGEND.tokenModifiers)[number];

const MEANINGS: Readonly<Record<SemanticTokenKind, readonly [TokenType, ...TokenModifier[]]>> = {
  // An ID is one of a document's fixed, numbered set of names (F1, F2, …): an enum's member.
  definition: ['enumMember', 'declaration'],
  reference: ['enumMember'],
  // `deprecated` is the one standard modifier clients draw as "do not rely on this" (Neovim strikes it through).
  'broken-reference': ['enumMember', 'deprecated'],
  // The IDs of a document live in it as names in a namespace: `doc-id` in [doc-id:F1] names one.
  'document-id': ['namespace'],
  'broken-document-id': ['namespace', 'deprecated'],
  // A section holds the IDs defined under it; its heading declares it.
  heading: ['namespace', 'declaration'],
};

/** A kind as the protocol writes it: the index of its type and the bits of its modifiers. */
export interface EncodedKind {
  readonly type: number;
  readonly modifiers: number;
}

export function encodeSemanticTokenKind(kind: SemanticTokenKind): EncodedKind {
  const [type, ...modifiers] = MEANINGS[kind];
  const legend = SEMANTIC_TOKEN_LEGEND;
  return {
    type: legend.tokenTypes.indexOf(type),
    modifiers: modifiers.reduce((bits, modifier) => bits | (1 << legend.tokenModifiers.indexOf(modifier)), 0),
  };
}

/** Each kind's type and modifiers by name, for documentation and tests. */
export function semanticTokenMeaning(kind: SemanticTokenKind): readonly [string, ...string[]] {
  return MEANINGS[kind];
}
