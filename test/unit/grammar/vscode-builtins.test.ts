import * as assert from 'node:assert/strict';
import { builtInFile, builtInGrammars } from './vscode-builtins';

describe("VS Code's built-in grammars for the tests", () => {
  it('finds the Markdown, YAML and HTML grammars the committee-report grammar builds on', () => {
    const grammars = builtInGrammars();
    for (const scope of ['text.html.markdown', 'source.yaml', 'text.html.derivative', 'text.html.basic'])
      assert.ok(grammars.has(scope), scope);
  });

  it('fails, telling the developer to run npm test, when a file is not installed', () => {
    assert.throws(
      () => builtInFile('no-such-extension', 'package.json'),
      /no-such-extension\/package\.json is missing: run `npm test`/,
    );
  });
});
