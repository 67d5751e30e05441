/**
 * VS Code's default colour themes, read the way VS Code reads them: a
 * theme's `include` chain first, then its own token colours, with the
 * editor's foreground as the colour of text no rule matches.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IGrammar, IRawTheme } from 'vscode-textmate';
import * as textmate from 'vscode-textmate';
import { linesOf } from './tokenise';
import { builtInThemeFile, isRecord } from './vscode-builtins';

export function readTheme(fileName: string): IRawTheme {
  const { colors, tokenColors } = readThemeFile(builtInThemeFile(fileName));
  const defaults = {
    settings: {
      foreground: colors['editor.foreground'] ?? '#000000',
      background: colors['editor.background'] ?? '#ffffff',
    },
  };
  return { name: fileName, settings: [defaults, ...tokenColors] };
}

function readThemeFile(file: string): { colors: Record<string, string>; tokenColors: IRawTheme['settings'] } {
  const theme: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!isRecord(theme)) throw new Error(`${file} is not a theme`);
  const base =
    typeof theme['include'] === 'string'
      ? readThemeFile(path.join(path.dirname(file), theme['include']))
      : { colors: {}, tokenColors: [] };
  const colors: Record<string, string> = { ...base.colors };
  if (isRecord(theme['colors']))
    for (const [key, value] of Object.entries(theme['colors'])) if (typeof value === 'string') colors[key] = value;
  const own = Array.isArray(theme['tokenColors']) ? (theme['tokenColors'] as IRawTheme['settings']) : [];
  return { colors, tokenColors: [...base.tokenColors, ...own] };
}

export interface Style {
  readonly foreground: string;
  readonly bold: boolean;
}

/*
 * vscode-textmate packs a token's style into 32 bits (its EncodedTokenAttributes,
 * which the package does not export): font style in bits 11-14 (bold = 2),
 * foreground colour id in bits 15-23.
 */
const FONT_STYLE_MASK = 0b0111_1000_0000_0000;
const FONT_STYLE_OFFSET = 11;
const BOLD = 2;
const FOREGROUND_MASK = 0b1111_1111_1000_0000_0000_0000;
const FOREGROUND_OFFSET = 15;

/** The style the theme gives the character at `column` of `line` (zero-based). */
export function styleAt(
  grammar: IGrammar,
  colorMap: readonly string[],
  text: string,
  line: number,
  column: number,
): Style {
  let state = textmate.INITIAL;
  const lines = linesOf(text);
  for (let index = 0; index < line; index++) state = grammar.tokenizeLine2(lines[index]!, state).ruleStack;
  const { tokens } = grammar.tokenizeLine2(lines[line]!, state);
  let metadata = tokens[1]!;
  // Binary tokens are [startIndex, metadata] pairs; the last one starting at or before the column applies.
  for (let index = 0; index < tokens.length; index += 2) if (tokens[index]! <= column) metadata = tokens[index + 1]!;
  const foreground = colorMap[(metadata & FOREGROUND_MASK) >>> FOREGROUND_OFFSET]!;
  const fontStyle = (metadata & FONT_STYLE_MASK) >>> FONT_STYLE_OFFSET;
  return { foreground: foreground.toUpperCase(), bold: (fontStyle & BOLD) !== 0 };
}
