// Starts the HTTP server (npm run serve; npm start calls serve after ingesting the seeds): API_WORKERS processes
// sharing one port (workers.ts), or this process alone when API_WORKERS is 1.
import cluster from 'node:cluster';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import { createCypherDriver, createDriver, neo4jConfig } from '@claimgraph/schema';
import { createApp } from './app.js';
import { apiWorkers, startPrimary, workerBus, type GraphChangeBus } from './workers.js';

export const CLIENT_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../client/dist');
const MAIN = fileURLToPath(import.meta.url);

export async function startServer(
  opts: { port?: number; host?: string; graphChanges?: GraphChangeBus; workerId?: number } = {},
): Promise<{ server: Server; url: string; close: () => Promise<void> }> {
  const cfg = neo4jConfig();
  const driver = createDriver(cfg);
  const cypherDriver = createCypherDriver(cfg);
  const app = createApp(
    { driver, cypherDriver, database: cfg.database, graphChanges: opts.graphChanges },
    { staticDir: CLIENT_DIST, workerId: opts.workerId },
  );
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

/**
 * Serves as production does: in a cluster worker, one server on the bus to the others; otherwise API_WORKERS
 * worker processes, or this process alone when that is 1.
 */
export async function serve(): Promise<{ url: string; close: () => Promise<void> }> {
  if (cluster.isWorker) return startServer({ graphChanges: workerBus(), workerId: cluster.worker?.id });
  const workers = apiWorkers(process.env);
  if (workers === 1) return startServer();
  return startPrimary({
    workers,
    exec: MAIN,
    env: process.env,
    port: Number(process.env.PORT ?? 3000),
    host: process.env.HOST ?? '127.0.0.1',
  });
}

if (process.argv[1] && MAIN === path.resolve(process.argv[1])) {
  // A server that cannot start (port taken, bad settings) says why and exits, in a worker too, so that its
  // primary does not wait on it.
  const { url, close } = await serve().catch((e: unknown) => {
    console.error(`claimgraph could not start: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
  if (cluster.isPrimary) console.log(`claimgraph is serving ${url}`);
  if (cluster.isPrimary && apiWorkers(process.env) > 1) {
    // The workers go down with the primary rather than linger on the port.
    const stop = () => {
      void close().then(() => process.exit(0));
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  }
}
