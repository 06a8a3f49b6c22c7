import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRequests } from './api.js';

const Queue = createRequire(import.meta.url)('autocannon/lib/pipelinedRequestsQueue.js') as new () => {
  insertRequest: (req: unknown) => void;
  addBody: (data: Buffer) => void;
  peek: () => { body: string } | undefined;
};

// A compressed answer is bytes that are not UTF-8: what the load generator used to turn into a string.
const ANSWER = randomBytes(16 * 1024);
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    res.writeHead(req.url === '/missing' ? 404 : 200, { 'content-encoding': 'gzip' });
    res.end(ANSWER);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(
  () =>
    new Promise<void>((resolve) =>
      server.close(() => {
        resolve();
      }),
    ),
);

describe('the load generator', () => {
  it('keeps no answer bodies', () => {
    const q = new Queue();
    q.insertRequest({});
    q.addBody(ANSWER);
    expect(q.peek()!.body).toBe('');
  });

  it('still reads, counts and times every answer, and tells errors apart', async () => {
    const ok = await runRequests(url, () => ({ path: '/' }), 1, 4);
    expect(ok.requests).toBeGreaterThan(50);
    expect(ok.non2xx).toBe(0);
    expect(ok.p99).toBeGreaterThan(0);
    const missing = await runRequests(url, () => ({ path: '/missing' }), 1, 2);
    expect(missing.non2xx).toBe(missing.requests);
  });
});
