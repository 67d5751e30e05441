/**
 * Where VS Code's own grammars, themes and Markdown language configuration
 * are: the built-in extensions of the code-server that `npm test` installs
 * into .tools. The tests use those real files rather than copies, so the
 * grammar is tested against what VS Code runs. When they are missing the
 * tests fail (never skip) and say how to get them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const REPOSITORY = path.resolve(__dirname, '../../../..');

const EXTENSIONS = path.join(REPOSITORY, '.tools/node_modules/code-server/lib/vscode/extensions');

/** Built-in extensions whose grammars the Markdown grammar includes (HTML for inline HTML and comments). */
const GRAMMAR_EXTENSIONS = ['markdown-basics', 'yaml', 'html'];

/** A file of a built-in extension; throws, failing the test, when the tools are not installed. */
export function builtInFile(...parts: string[]): string {
  const file = path.join(EXTENSIONS, ...parts);
  if (!fs.existsSync(file)) {
    throw new Error(
      `${path.relative(REPOSITORY, file)} is missing: run \`npm test\`, which installs VS Code's built-in grammars into .tools before the tests run.`,
    );
  }
  return file;
}

/** scopeName → grammar file, as VS Code's Markdown, YAML and HTML extensions declare them in their package.json. */
export function builtInGrammars(): Map<string, string> {
  const grammars = new Map<string, string>();
  for (const extension of GRAMMAR_EXTENSIONS) {
    const manifest: unknown = JSON.parse(fs.readFileSync(builtInFile(extension, 'package.json'), 'utf8'));
    for (const grammar of declaredGrammars(manifest))
      grammars.set(grammar.scopeName, builtInFile(extension, grammar.path));
  }
  return grammars;
}

export function builtInThemeFile(fileName: string): string {
  return builtInFile('theme-defaults', 'themes', fileName);
}

export function markdownLanguageConfigurationFile(): string {
  return builtInFile('markdown-basics', 'language-configuration.json');
}

function declaredGrammars(manifest: unknown): { scopeName: string; path: string }[] {
  const contributes = isRecord(manifest) ? manifest['contributes'] : undefined;
  const grammars = isRecord(contributes) ? contributes['grammars'] : undefined;
  if (!Array.isArray(grammars)) return [];
  return grammars.flatMap((grammar: unknown) =>
    isRecord(grammar) && typeof grammar['scopeName'] === 'string' && typeof grammar['path'] === 'string'
      ? [{ scopeName: grammar['scopeName'], path: grammar['path'] }]
      : [],
  );
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
