/** The language configuration files: ours, and VS Code's for Markdown, which ours follows. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPOSITORY, isRecord, markdownLanguageConfigurationFile } from './vscode-builtins';

export type LanguageConfiguration = Record<string, unknown>;

export function ourLanguageConfiguration(): LanguageConfiguration {
  return readConfiguration(path.join(REPOSITORY, 'language-configuration.json'));
}

export function markdownLanguageConfiguration(): LanguageConfiguration {
  return readConfiguration(markdownLanguageConfigurationFile());
}

function readConfiguration(file: string): LanguageConfiguration {
  const configuration: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!isRecord(configuration)) throw new Error(`${file} is not a language configuration`);
  return configuration;
}

/** The wordPattern as VS Code compiles it: `{ pattern, flags }` or a bare pattern string. */
export function wordPattern(configuration: LanguageConfiguration): RegExp {
  const setting = configuration['wordPattern'];
  if (typeof setting === 'string') return new RegExp(setting, 'g');
  if (isRecord(setting) && typeof setting['pattern'] === 'string') {
    const flags = typeof setting['flags'] === 'string' ? setting['flags'] : '';
    return new RegExp(setting['pattern'], flags.includes('g') ? flags : `${flags}g`);
  }
  throw new Error('no wordPattern');
}

/** Every word of a line, in order. */
export function wordsOf(pattern: RegExp, line: string): string[] {
  return [...line.matchAll(new RegExp(pattern.source, pattern.flags))].map((match) => match[0]);
}

/**
 * The word at a (zero-based) column, found as VS Code's getWordAtText does
 * (src/vs/editor/common/core/wordHelper.ts): it searches from ever further
 * back, 15 characters at a time, and keeps the match around the cursor
 * until a wider search finds none. A pattern must therefore work when the
 * search starts in the middle of a long document id.
 */
export function wordAt(pattern: RegExp, line: string, column: number): string | undefined {
  const search = new RegExp(pattern.source, pattern.flags);
  const windowSize = 15;
  let previousStart = -1;
  let found: RegExpExecArray | undefined;
  for (let step = 1; ; step++) {
    const start = column - windowSize * step;
    search.lastIndex = Math.max(0, start);
    const match = enclosing(search, line, column, previousStart);
    if (!match && found) break;
    found = match;
    if (start <= 0) break;
    previousStart = start;
  }
  return found?.[0];
}

function enclosing(search: RegExp, line: string, column: number, stopAt: number): RegExpExecArray | undefined {
  for (let match = search.exec(line); match; match = search.exec(line)) {
    if (match.index <= column && search.lastIndex >= column) return match;
    if (stopAt > 0 && match.index > stopAt) return undefined;
  }
  return undefined;
}
