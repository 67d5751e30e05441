/**
 * client/media/preview.js scrolling with the editor, run in a stand-in for
 * the webview whose blocks stand at fixed heights: the editor's line scrolls
 * the page to its block, the reader's scroll reveals a line in the editor,
 * and neither echoes the other's scroll back.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';

const SCRIPT = fs.readFileSync(path.resolve(__dirname, '../../../client/media/preview.js'), 'utf8');

/** A block of the page: its tag, the line it says it starts at, and where its top is in the page. */
interface BlockSpec {
  readonly tag: string;
  readonly line: number;
  readonly top: number;
}

interface Page {
  /** What the extension is sent. */
  readonly posted: unknown[];
  /** A message from the extension. */
  send(message: unknown): void;
  /** The reader scrolls the page to `offset` (the browser then fires its scroll event, and a frame passes). */
  scrollByReader(offset: number): void;
  /** The scroll events the browser has still to fire for scrolls the script made, fired. */
  settle(): void;
  scrollY(): number;
  activeTags(): string[];
}

function loadPage(specs: readonly BlockSpec[], pageHeight = 5000, viewHeight = 500): Page {
  const listeners = new Map<string, ((event: unknown) => void)[]>();
  const posted: unknown[] = [];
  const frames: (() => void)[] = [];
  let scrollY = 0;
  let pendingScrollEvents = 0;
  const fire = (type: string, event: unknown = {}) => listeners.get(type)?.forEach((listener) => listener(event));
  const blocks = specs.map((spec) => {
    const classes = new Set(['code-line']);
    const pre = { tagName: 'PRE', getBoundingClientRect: () => ({ top: spec.top - scrollY }) };
    return {
      tagName: spec.tag,
      parentElement: spec.tag === 'CODE' ? pre : null,
      getAttribute: (name: string) => (name === 'data-line' ? String(spec.line) : null),
      getBoundingClientRect: () => ({ top: (spec.tag === 'CODE' ? spec.top + 1000 : spec.top) - scrollY }),
      classList: { add: (name: string) => classes.add(name), remove: (name: string) => classes.delete(name) },
      classes,
    };
  });
  const window = {
    get scrollY() {
      return scrollY;
    },
    innerHeight: viewHeight,
    scrollTo(_x: number, y: number) {
      const next = Math.min(Math.max(0, y), pageHeight - viewHeight);
      if (next !== scrollY) pendingScrollEvents++;
      scrollY = next;
    },
    addEventListener: (type: string, listener: (event: unknown) => void) =>
      listeners.set(type, [...(listeners.get(type) ?? []), listener]),
  };
  vm.runInNewContext(SCRIPT, {
    acquireVsCodeApi: () => ({
      getState: () => undefined,
      setState: () => undefined,
      postMessage: (message: unknown) => posted.push(message),
    }),
    document: {
      getElementById: () => ({
        innerHTML: '',
        querySelectorAll: (selector: string) =>
          selector === '.code-line' ? blocks : blocks.filter((block) => block.classes.has(selector.slice(1))),
      }),
      addEventListener: () => undefined,
    },
    window,
    requestAnimationFrame: (callback: () => void) => frames.push(callback),
    Element: class {},
  });
  const settle = () => {
    for (; pendingScrollEvents > 0; pendingScrollEvents--) fire('scroll');
    for (const frame of frames.splice(0)) frame();
  };
  return {
    posted,
    send: (data) => fire('message', { data }),
    scrollByReader(offset) {
      scrollY = offset;
      fire('scroll');
      settle();
    },
    settle,
    scrollY: () => scrollY,
    activeTags: () => blocks.filter((block) => block.classes.has('cr-active-line')).map((block) => block.tagName),
  };
}

const PAPER: BlockSpec[] = [
  { tag: 'HEADER', line: 0, top: 0 },
  { tag: 'H2', line: 10, top: 300 },
  { tag: 'P', line: 12, top: 400 },
  { tag: 'UL', line: 20, top: 900 },
  { tag: 'LI', line: 20, top: 900 },
  { tag: 'LI', line: 30, top: 1400 },
  { tag: 'CODE', line: 40, top: 2000 },
  { tag: 'P', line: 50, top: 2600 },
];

describe('The preview page scrolling with the editor', () => {
  it('scrolls to the block of the line at the top of the editor', () => {
    const page = loadPage(PAPER);
    page.send({ type: 'scroll', line: 12 });
    assert.equal(page.scrollY(), 400);
  });

  it('scrolls between two blocks in proportion, for a line inside a long block', () => {
    const page = loadPage(PAPER);
    page.send({ type: 'scroll', line: 25 });
    assert.equal(page.scrollY(), 1150);
  });

  it('measures a code block by its <pre>, which markdown-it cannot mark', () => {
    const page = loadPage(PAPER);
    page.send({ type: 'scroll', line: 40 });
    assert.equal(page.scrollY(), 2000);
  });

  it('tells the editor the line at the top of the page when the reader scrolls it', () => {
    const page = loadPage(PAPER);
    page.scrollByReader(400);
    page.scrollByReader(1150);
    assert.deepEqual(JSON.parse(JSON.stringify(page.posted)), [
      { type: 'reveal', line: 12 },
      { type: 'reveal', line: 25 },
    ]);
  });

  it('does not send a scroll the editor asked for back to the editor, and does send the reader’s next one', () => {
    const page = loadPage(PAPER);
    page.send({ type: 'scroll', line: 30 });
    page.settle();
    assert.deepEqual(page.posted, []);
    page.scrollByReader(2600);
    assert.equal(JSON.stringify(page.posted), JSON.stringify([{ type: 'reveal', line: 50 }]));
  });

  it('expects no scroll event when the editor asks for the place the page is already at', () => {
    const page = loadPage(PAPER);
    page.send({ type: 'scroll', line: 0 });
    page.scrollByReader(300);
    assert.equal(JSON.stringify(page.posted), JSON.stringify([{ type: 'reveal', line: 10 }]));
  });

  it('marks the block of the editor’s cursor, and scrolls only when that block is out of view', () => {
    const page = loadPage(PAPER);
    page.send({ type: 'select', line: 13 });
    assert.deepEqual(page.activeTags(), ['P']);
    assert.equal(page.scrollY(), 0);
    page.send({ type: 'select', line: 31 });
    assert.deepEqual(page.activeTags(), ['LI']);
    assert.equal(page.scrollY(), 1400);
    page.settle();
    assert.deepEqual(page.posted, []);
  });

  it('scrolls to the very top for the first block’s line, margins above it included', () => {
    const page = loadPage([{ tag: 'HEADER', line: 0, top: 16 }, ...PAPER.slice(1)]);
    page.send({ type: 'scroll', line: 20 });
    page.send({ type: 'scroll', line: 0 });
    assert.equal(page.scrollY(), 0);
  });

  it('ignores a scroll message without a line', () => {
    const page = loadPage(PAPER);
    page.send({ type: 'scroll', line: '12' });
    page.send({ type: 'select' });
    assert.equal(page.scrollY(), 0);
    assert.deepEqual(page.activeTags(), []);
  });
});
