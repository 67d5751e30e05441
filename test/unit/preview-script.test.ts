/**
 * client/media/preview.js, the preview page's script, run in a stand-in for
 * the webview: VS Code drops a hidden preview's page and builds it again from
 * the HTML it was created with, so the script must keep the latest render in
 * the webview's state and put it back, or the officer sees an old draft.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';

const SCRIPT = fs.readFileSync(path.resolve(__dirname, '../../../client/media/preview.js'), 'utf8');

interface Page {
  readonly content: { innerHTML: string };
  readonly send: (message: unknown) => void;
  readonly state: () => unknown;
}

/** Loads the script in a page whose content is `html` and whose saved state is `state`. */
function loadPage(html: string, state: unknown): Page {
  const content = { innerHTML: html };
  let saved = state;
  const listeners: ((event: { data: unknown }) => void)[] = [];
  vm.runInNewContext(SCRIPT, {
    acquireVsCodeApi: () => ({
      getState: () => saved,
      setState: (value: unknown) => (saved = value),
      postMessage: () => undefined,
    }),
    document: {
      getElementById: (id: string) => (id === 'content' ? content : null),
      addEventListener: () => undefined,
    },
    window: {
      addEventListener: (type: string, listener: (event: { data: unknown }) => void) =>
        type === 'message' && listeners.push(listener),
    },
    Element: class {},
  });
  return { content, send: (data) => listeners.forEach((listener) => listener({ data })), state: () => saved };
}

describe('The preview page script', () => {
  it('shows each update and keeps it as the page state', () => {
    const page = loadPage('<p>first</p>', undefined);
    page.send({ type: 'update', html: '<p>second</p>' });
    assert.equal(page.content.innerHTML, '<p>second</p>');
    // The state object comes from the page's own realm: compare its content.
    assert.equal(JSON.stringify(page.state()), JSON.stringify({ html: '<p>second</p>' }));
  });

  it('puts back the latest render when a hidden preview is shown again, not the HTML it was created with', () => {
    const first = loadPage('<p>first</p>', undefined);
    first.send({ type: 'update', html: '<p>latest</p>' });
    const shownAgain = loadPage('<p>first</p>', first.state());
    assert.equal(shownAgain.content.innerHTML, '<p>latest</p>');
  });

  it('ignores a message that is not an update with HTML', () => {
    const page = loadPage('<p>first</p>', undefined);
    page.send({ type: 'update', html: 42 });
    page.send(null);
    assert.equal(page.content.innerHTML, '<p>first</p>');
    assert.equal(page.state(), undefined);
  });
});
