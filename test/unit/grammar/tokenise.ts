/**
 * Tokenises documents with the committee-report grammar the way VS Code
 * does: vscode-textmate and vscode-oniguruma, VS Code's real Markdown, YAML
 * and HTML grammars, and one line at a time without its line ending.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { REPOSITORY, builtInGrammars } from './vscode-builtins';

export const ROOT_SCOPE = 'text.html.markdown.committee-report';
export const GRAMMAR_FILE = path.join(REPOSITORY, 'syntaxes/committee-report.tmLanguage.json');

export interface Token {
  /** Zero-based line and UTF-16 columns within it. */
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Outermost first, as vscode-textmate gives them. */
  readonly scopes: readonly string[];
}

let onigLib: Promise<textmate.IOnigLib> | undefined;

/** The WebAssembly regex engine is loaded once per process: loading it twice throws. */
export function loadOniguruma(): Promise<textmate.IOnigLib> {
  onigLib ??= (async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    };
  })();
  return onigLib;
}

/** A registry that knows our grammar and VS Code's built-in ones, optionally with a colour theme. */
export function createRegistry(theme?: textmate.IRawTheme): textmate.Registry {
  const files = builtInGrammars();
  files.set(ROOT_SCOPE, GRAMMAR_FILE);
  return new textmate.Registry({
    onigLib: loadOniguruma(),
    ...(theme ? { theme } : {}),
    loadGrammar: async (scopeName) => {
      const file = files.get(scopeName);
      // Grammars for fenced code languages (Python, CSS, …) are not needed here; VS Code would supply them.
      return file === undefined ? null : textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
  });
}

let shared: Promise<textmate.IGrammar> | undefined;

/**
 * The grammar from the given registry, or else one shared by every test file:
 * its regexes are compiled as lines first need them, which is slow enough
 * (seconds) to be worth doing once.
 */
export function loadGrammar(registry?: textmate.Registry): Promise<textmate.IGrammar> {
  if (registry) return grammarFrom(registry);
  shared ??= grammarFrom(createRegistry());
  return shared;
}

async function grammarFrom(registry: textmate.Registry): Promise<textmate.IGrammar> {
  const grammar = await registry.loadGrammar(ROOT_SCOPE);
  if (!grammar) throw new Error(`could not load ${ROOT_SCOPE} from ${GRAMMAR_FILE}`);
  return grammar;
}

/** VS Code's text model ends a line at \r\n, \n or \r and hands the tokenizer the line without it. */
export function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function tokenise(grammar: textmate.IGrammar, text: string): Token[] {
  const tokens: Token[] = [];
  let state = textmate.INITIAL;
  linesOf(text).forEach((line, index) => {
    const result = grammar.tokenizeLine(line, state);
    for (const token of result.tokens) {
      const end = Math.min(token.endIndex, line.length);
      tokens.push({
        line: index,
        start: token.startIndex,
        end,
        text: line.slice(token.startIndex, end),
        scopes: token.scopes,
      });
    }
    state = result.ruleStack;
  });
  return tokens;
}

/** Scopes this grammar adds (they end in `.committee-report`), not the root scope. */
export function ownScopes(token: Token): string[] {
  return token.scopes.filter((scope) => scope.endsWith('.committee-report') && scope !== ROOT_SCOPE);
}

/**
 * The tokens overlapping the `occurrence`-th (1-based) appearance of
 * `needle`, which lies within one line, clipped to it.
 */
export function tokensOf(tokens: readonly Token[], text: string, needle: string, occurrence = 1): Token[] {
  const lines = linesOf(text);
  let seen = 0;
  for (let line = 0; line < lines.length; line++) {
    for (let at = lines[line]!.indexOf(needle); at !== -1; at = lines[line]!.indexOf(needle, at + 1)) {
      if (++seen < occurrence) continue;
      const end = at + needle.length;
      return tokens
        .filter((token) => token.line === line && token.end > at && token.start < end)
        .map((token) => {
          const start = Math.max(token.start, at);
          const stop = Math.min(token.end, end);
          return { ...token, start, end: stop, text: lines[line]!.slice(start, stop) };
        });
    }
  }
  throw new Error(`'${needle}' occurs fewer than ${occurrence} times in the text`);
}

/** Each token as `text → innermost own scope` (or `text → -` when this grammar added none), for exact assertions. */
export function ownRendering(tokens: readonly Token[]): string[] {
  return tokens.map((token) => `${token.text} → ${ownScopes(token).at(-1) ?? '-'}`);
}

/** A report with minimal front matter and the given Markdown body, so every test runs past a real front matter block. */
export function reportWith(body: string): string {
  return `---\ntitle: Library Opening Hours\ncommittee: Cabinet\nmeeting: 2026-03-12\n---\n\n${body}\n`;
}
