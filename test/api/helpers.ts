// Shared set-up for the API tests: the seeds plus a small known fixture in the test Neo4j, a real
// server on an ephemeral port, and fetch helpers that parse JSON.
import type { Driver } from 'neo4j-driver';
import { freshSeedGraph, testDriver } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { loadFixture } from './fixture.js';

export interface Api {
  driver: Driver;
  server: TestServer;
  get: <T = any>(path: string, init?: RequestInit) => Promise<{ status: number; headers: Headers; body: T }>;
  post: <T = any>(
    path: string,
    body: unknown,
    headers?: Record<string, string>,
  ) => Promise<{ status: number; headers: Headers; body: T }>;
  close: () => Promise<void>;
}

export function client(url: string) {
  const call = async (path: string, init?: RequestInit) => {
    const res = await fetch(`${url}${path}`, init);
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      /* not JSON: tests assert on that */
    }
    return { status: res.status, headers: res.headers, body: body as any };
  };
  return {
    get: call,
    post: (path: string, body: unknown, headers: Record<string, string> = {}) =>
      call(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
  };
}

export async function startApi(options: Record<string, unknown> = {}, opts: { load?: boolean } = {}): Promise<Api> {
  const driver = testDriver();
  if (opts.load !== false) {
    await freshSeedGraph(driver);
    await loadFixture(driver);
  }
  const server = await startTestServer(driver, 'neo4j', options);
  return {
    driver,
    server,
    ...client(server.url),
    close: async () => {
      await server.close();
      await driver.close();
    },
  };
}

/** A stack frame as Node prints it ("at fn (file.ts:12:3)"): must never reach a client. */
export const STACK_FRAME = /\bat .*\.(ts|js|mjs):\d+/;
