import * as assert from 'node:assert/strict';
import type { IGrammar } from 'vscode-textmate';
import { readTheme, styleAt, type Style } from './themes';
import { createRegistry, linesOf, loadGrammar, reportWith } from './tokenise';

/** VS Code's default themes (file names in its theme-defaults extension) that must colour IDs. */
const THEMES = {
  'Dark+': 'dark_plus.json',
  'Light+': 'light_plus.json',
  'Dark Modern': 'dark_modern.json',
  'Light Modern': 'light_modern.json',
};

const TEXT = reportWith('**F1** Costs rose sharply [doc-id:R2, F3] in 2025.');

/** Line and column of the `occurrence`-th `needle` in TEXT. */
function at(needle: string, occurrence = 1): { line: number; column: number } {
  let seen = 0;
  const lines = linesOf(TEXT);
  for (let line = 0; line < lines.length; line++) {
    for (let column = lines[line]!.indexOf(needle); column !== -1; column = lines[line]!.indexOf(needle, column + 1)) {
      if (++seen === occurrence) return { line, column };
    }
  }
  throw new Error(`no '${needle}' in the text`);
}

for (const [name, file] of Object.entries(THEMES)) {
  describe(`Grammar: colours in the ${name} theme`, () => {
    let grammar: IGrammar;
    let colorMap: string[];
    before(async () => {
      const registry = createRegistry(readTheme(file));
      grammar = await loadGrammar(registry);
      colorMap = registry.getColorMap();
    });

    function style(needle: string, occurrence = 1): Style {
      const { line, column } = at(needle, occurrence);
      return styleAt(grammar, colorMap, TEXT, line, column);
    }

    it('colours the ID of a definition unlike plain text, and keeps it bold', () => {
      const plain = style('Costs');
      const id = style('F1');
      assert.notEqual(id.foreground, plain.foreground);
      assert.equal(id.bold, true);
    });

    it('colours the IDs and the document id of a reference unlike plain text', () => {
      const plain = style('Costs');
      assert.notEqual(style('R2').foreground, plain.foreground);
      assert.notEqual(style('F3').foreground, plain.foreground);
      assert.notEqual(style('doc-id').foreground, plain.foreground);
    });

    it('colours a cited ID unlike the ID where it is defined, so a definition stands out', () => {
      assert.notEqual(style('F3').foreground, style('F1').foreground);
    });
  });
}
