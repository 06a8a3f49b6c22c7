// The README's API examples work: every `curl 'http://localhost:3000/…'` in it answers 200 with data.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { ROOT, freshSeedGraph, testDriver } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const urls = [...readme.matchAll(/curl '?(http:\/\/localhost:3000\/[^'`\s]+)/g)].map((m) => m[1]!);
let driver: Driver;
let server: TestServer;

beforeAll(async () => {
  driver = testDriver();
  await freshSeedGraph(driver);
  server = await startTestServer(driver);
});
afterAll(async () => {
  await server?.close();
  await driver?.close();
});

describe('README examples', () => {
  it('has API examples to check', () => {
    expect(urls.length).toBeGreaterThanOrEqual(2);
  });
  it.each(urls)('%s answers with data', async (url) => {
    const res = await fetch(url.replace('http://localhost:3000', server.url));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(JSON.stringify(body).length).toBeGreaterThan(50);
  });
});
