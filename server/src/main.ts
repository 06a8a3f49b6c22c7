// Starts the HTTP server (npm run serve; npm start calls startServer after ingesting the seeds).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import { createCypherDriver, createDriver, neo4jConfig } from '@claimgraph/schema';
import { createApp } from './app.js';

export const CLIENT_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../client/dist');

export async function startServer(
  opts: { port?: number; host?: string } = {},
): Promise<{ server: Server; url: string; close: () => Promise<void> }> {
  const cfg = neo4jConfig();
  const driver = createDriver(cfg);
  const cypherDriver = createCypherDriver(cfg);
  const app = createApp({ driver, cypherDriver, database: cfg.database }, { staticDir: CLIENT_DIST });
  const port = opts.port ?? Number(process.env.PORT ?? 3000);
  const host = opts.host ?? process.env.HOST ?? '127.0.0.1';
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(port, host, () => {
      resolve(s);
    });
    s.once('error', reject);
  });
  const addr = server.address();
  const actualPort = typeof addr === 'object' && addr ? addr.port : port;
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host === '127.0.0.1' ? 'localhost' : host}:${actualPort}`;
  return {
    server,
    url,
    close: async () => {
      await new Promise<void>((r) =>
        server.close(() => {
          r();
        }),
      );
      await driver.close();
      await cypherDriver.close();
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { url } = await startServer();
  console.log(`claimgraph is serving ${url}`);
}
