/**
 * Real Chromium for the HTML report's browser specs: the browser that the `@sparticuz/chromium` dev
 * dependency carries inside its npm package (so `npm ci` brings it; no system package), driven by
 * playwright-core. `open` writes a page into dist/test-output, loads it, and records every request
 * for anything but that file (each is aborted) and every console error.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const OUTPUT = join(__dirname, '..', '..', '..', '..', '..', 'dist', 'test-output');
// No background connections: this machine's network is closed, and the page must make none.
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * The package's CommonJS build (its `require` export). Its type declarations are listed as ES
 * module ones for every condition, so TypeScript would refuse a static import in this CommonJS file.
 */
function loadBundledChromium(): { executablePath(): Promise<string> } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('@sparticuz/chromium');
}

/** A browser that cannot start fails the suite: nothing is skipped. */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(OUTPUT, { recursive: true });
  let executablePath: string;
  try {
    // It unpacks the browser into the temp folder on first use.
    executablePath = await loadBundledChromium().executablePath();
  } catch (error) {
    throw new Error(`The HTML report test could not unpack the Chromium of @sparticuz/chromium (${String(error)}). Run \`npm ci\` to install the dev dependencies.`);
  }
  return chromium.launch({ executablePath, args: ARGS });
}

/** One browser for the spec file that calls this (at its top level); the getter is for its tests. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('useBrowser: the browser is not launched yet (call it at the top level of the spec file)');
    return browser;
  };
}

export interface Opened {
  page: Page;
  /** Requests for anything but the report file itself (each was aborted). */
  outside: string[];
  consoleErrors: string[];
}

/** Writes the page under `fileName` in the test output and opens it (with `hash`, a deep link). */
export async function openPage(browser: Browser, content: string, fileName: string, hash = ''): Promise<Opened> {
  const file = join(OUTPUT, fileName);
  writeFileSync(file, content);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  const outside: string[] = [];
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.split('#')[0] === pathToFileURL(file).href) return route.continue();
    outside.push(url);
    return route.abort();
  });
  await page.goto(`${pathToFileURL(file).href}${hash}`, { waitUntil: 'load' });
  return { page, outside, consoleErrors };
}
