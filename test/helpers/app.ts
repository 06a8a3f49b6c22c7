// The whole stack for a browser test: the seeds in the test Neo4j, the server, and Chromium.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Driver } from 'neo4j-driver';
import { freshSeedGraph, testDriver } from './db.js';
import { startTestServer, type TestServer } from './server.js';
import { ensureClientBuilt, launchBrowser } from './browser.js';

export interface SeededApp {
  driver: Driver;
  server: TestServer;
  browser: Browser;
}

/**
 * Registers beforeAll/afterAll hooks; the returned object is filled in before the tests run. `serverOptions`
 * go to the server's settings (an API token, for the write endpoints).
 */
export function useSeededApp(
  prepare?: (driver: Driver) => Promise<void>,
  serverOptions: Record<string, unknown> = {},
): SeededApp {
  const app = {} as SeededApp;
  beforeAll(async () => {
    ensureClientBuilt();
    app.driver = testDriver();
    await freshSeedGraph(app.driver);
    await prepare?.(app.driver);
    app.server = await startTestServer(app.driver, 'neo4j', serverOptions);
    app.browser = await launchBrowser();
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.close();
    await app.driver?.close();
  });
  return app;
}
