/**
 * VS Code colours a semantic token by the TextMate scopes the extension maps
 * it to (package.json, `semanticTokenScopes`). Mapped to the grammar's own
 * scopes, the server's tokens look as the grammar's do; the tests here keep
 * the map complete, and check in VS Code's default themes that each kind is
 * coloured and a broken reference unlike a working one.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as textmate from 'vscode-textmate';
import { SEMANTIC_TOKEN_LEGEND, semanticTokenMeaning, type SemanticTokenKind } from '../../support/core';
import { readTheme, styleAt, type Style } from './themes';
import { GRAMMAR_FILE, loadOniguruma } from './tokenise';
import { REPOSITORY } from './vscode-builtins';

const manifest = JSON.parse(fs.readFileSync(path.join(REPOSITORY, 'package.json'), 'utf8')) as {
  contributes: {
    semanticTokenScopes: { language: string; scopes: Record<string, string[]> }[];
    configurationDefaults: Record<string, Record<string, unknown>>;
  };
};
const [contribution] = manifest.contributes.semanticTokenScopes;
const KINDS: readonly SemanticTokenKind[] = [
  'definition',
  'reference',
  'broken-reference',
  'document-id',
  'broken-document-id',
  'heading',
];
/** The selector VS Code matches a kind's token by: its type, then its modifiers. */
const selectorOf = (kind: SemanticTokenKind) => semanticTokenMeaning(kind).join('.');
const scopeOf = (kind: SemanticTokenKind) => contribution!.scopes[selectorOf(kind)]![0]!;

describe('Semantic token scopes (package.json)', () => {
  it('map each kind of token the server sends, for committee reports, and nothing else', () => {
    assert.equal(contribution?.language, 'committee-report');
    assert.deepEqual(Object.keys(contribution.scopes).sort(), KINDS.map(selectorOf).sort());
    for (const selector of Object.keys(contribution.scopes)) {
      const [type, ...modifiers] = selector.split('.');
      assert.ok(
        (SEMANTIC_TOKEN_LEGEND.tokenTypes as readonly string[]).includes(type!),
        `${type} is not in the legend`,
      );
      for (const modifier of modifiers)
        assert.ok(
          (SEMANTIC_TOKEN_LEGEND.tokenModifiers as readonly string[]).includes(modifier),
          `${modifier} is not in the legend`,
        );
    }
  });

  it('give definitions, references and document ids the scopes the grammar gives them, so the colours match', () => {
    const grammar = fs.readFileSync(GRAMMAR_FILE, 'utf8');
    for (const kind of ['definition', 'reference', 'document-id'] as const)
      assert.ok(grammar.includes(`"${scopeOf(kind)}"`), `the grammar has no ${scopeOf(kind)}`);
  });

  it('turn semantic highlighting on for committee reports, whatever the theme says', () => {
    assert.equal(
      manifest.contributes.configurationDefaults['[committee-report]']?.['editor.semanticHighlighting.enabled'],
      true,
    );
  });
});

/** A grammar that gives each word of a line the scope of the kind it names, as VS Code looks a token's scope up. */
const PROBE = {
  scopeName: 'source.semantic-probe',
  patterns: KINDS.map((kind) => ({ match: `\\b${kind}\\b`, name: scopeOf(kind) })),
};
const LINE = `plain ${KINDS.join(' ')}`;

for (const [name, file] of Object.entries({
  'Dark+': 'dark_plus.json',
  'Light+': 'light_plus.json',
  'Dark Modern': 'dark_modern.json',
  'Light Modern': 'light_modern.json',
})) {
  describe(`Semantic token colours in the ${name} theme`, () => {
    let style: (word: string) => Style;
    before(async () => {
      const registry = new textmate.Registry({
        onigLib: loadOniguruma(),
        theme: readTheme(file),
        loadGrammar: async () => textmate.parseRawGrammar(JSON.stringify(PROBE), 'probe.json'),
      });
      const grammar = (await registry.loadGrammar(PROBE.scopeName))!;
      const colorMap = registry.getColorMap();
      style = (word) => styleAt(grammar, colorMap, LINE, 0, LINE.indexOf(word));
    });

    it('colours every kind of token unlike plain text', () => {
      for (const kind of KINDS)
        assert.notDeepEqual(style(kind), style('plain'), `${kind} (${scopeOf(kind)}) looks like plain text`);
    });

    it('colours a broken reference and a broken document id unlike working ones', () => {
      assert.notEqual(style('broken-reference').foreground, style('reference').foreground);
      assert.notEqual(style('broken-document-id').foreground, style('document-id').foreground);
    });
  });
}
