import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM } from './tools';

/** Flags that keep Debian's Chromium from reaching for the network these machines do not have. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Workbench {
  readonly browser: Browser;
  readonly page: Page;
  /** What the page logged (the extension host's console shows up here). */
  console(): string[];
  close(): Promise<void>;
}

/**
 * Opens code-server's workbench on a workspace (a `.code-workspace` file),
 * with the extension under development and the test module passed in the `payload` parameter that
 * `enable-smoke-test-driver` makes the workbench honour.
 */
export async function openWorkbench(
  serverUrl: string,
  port: number,
  workspace: string,
  extensionPath: string,
  testsModule: string,
): Promise<Workbench> {
  const remote = (file: string) => `vscode-remote://127.0.0.1:${port}${file}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(testsModule)],
  ]);
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  const lines: string[] = [];
  page.on('console', (message) => lines.push(message.text()));
  await page.goto(`${serverUrl}/?workspace=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
  return { browser, page, console: () => lines, close: () => browser.close() };
}

/**
 * How many distinct colours a PNG shows, counted by Chromium itself (drawn on
 * a canvas in a blank page): a blank or single-colour screenshot has one or two.
 */
export async function distinctColours(workbench: Workbench, png: Buffer): Promise<number> {
  const blank = await workbench.browser.newPage();
  try {
    return await blank.evaluate(
      async (dataUrl: string) => {
        const image = new Image();
        image.src = dataUrl;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const pixels = context.getImageData(0, 0, image.width, image.height).data;
        const colours = new Set<number>();
        for (let i = 0; i < pixels.length; i += 4)
          colours.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
        return colours.size;
      },
      `data:image/png;base64,${png.toString('base64')}`,
    );
  } finally {
    await blank.close();
  }
}
