// Starts the real HTTP server on an ephemeral port against the test database.
import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { createApp } from '../../server/src/app.js';
import { CLIENT_E2E_DIST } from './browser.js';

export interface TestServer {
  url: string;
  close: () => Promise<void>;
}

export async function startTestServer(
  driver: Driver,
  database = 'neo4j',
  options: Record<string, unknown> = {},
): Promise<TestServer> {
  // A separate driver for people's Cypher, as the real server has, when the test gives one.
  const { cypherDriver, ...rest } = options as { cypherDriver?: Driver } & Record<string, unknown>;
  // Tests write through the loader between reads, so by default the cache checks the graph version before
  // every cached answer (still answering from memory when nothing changed); cache tests set their own bound.
  const app = createApp(
    { driver, database, cypherDriver },
    { staticDir: CLIENT_E2E_DIST, cacheVersionCheckMs: 0, ...rest },
  );
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => {
      resolve(s);
    });
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((r) =>
        server.close(() => {
          r();
        }),
      ),
  };
}
