// Debian's chromium driven by playwright-core (no browser download): headless, software WebGL.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from './db.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--use-gl=angle',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
}

/** Browser tests use the explorer's test build (client/dist-e2e: the production one plus a hook to read sigma). */
export const CLIENT_E2E_DIST = path.join(ROOT, 'client/dist-e2e');

/** Build it when a test runs without `npm test` having built it first. */
export function ensureClientBuilt(): void {
  if (!existsSync(path.join(CLIENT_E2E_DIST, 'index.html')))
    execFileSync('npm', ['run', 'build:e2e', '-w', 'client'], { cwd: ROOT, stdio: 'inherit' });
}

/**
 * Waits for the layout to stop (it runs for three seconds after the graph loads) and for the frame it then sets
 * to be drawn, so that nodes stay where a test points. Clicking "Stop layout" instead races that timer: on a
 * slow load the layout has already stopped, and the click starts it again.
 */
export async function layoutStopped(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('#layout-toggle')?.textContent === 'Start layout');
  await page.waitForTimeout(500);
}

/** The edges sigma draws after the filters (not hidden by the reducers). */
export const drawnEdges = (page: Page) =>
  page.evaluate(() => {
    const s = (
      window as unknown as {
        __sigma: {
          getGraph(): { edges(): string[] };
          getEdgeDisplayData(e: string): { hidden?: boolean } | undefined;
        };
      }
    ).__sigma;
    return s
      .getGraph()
      .edges()
      .filter((e) => s.getEdgeDisplayData(e)?.hidden !== true).length;
  });
