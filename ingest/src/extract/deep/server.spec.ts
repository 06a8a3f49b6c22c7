// Reusing a parser server already on the port: it must parse with the annotators the deep engine reads.
// A server that answers /ready but fails or half-does every parse (one started from an incomplete model
// folder answers 500) is refused with a message naming the port, instead of the engine falling back to rules.
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NlpUnavailableError, nlpProfile, parsedFault, startNlp, type NlpProfile } from './server.js';

// Stored output of the real parser for a made-up sentence (the deep engine's own test fixture).
const REAL_ANSWER = readFileSync(path.join(import.meta.dirname, 'fixtures', 'roles.json'), 'utf8');

let server: Server | undefined;
afterEach(async () => {
  const closing = server;
  server = undefined;
  if (closing) await new Promise((r) => closing.close(r));
});

/** A server on a free loopback port that is ready and answers every parse with `status` and `body`. */
async function foreign(status: number, body: string): Promise<NlpProfile> {
  server = createServer((req, res) => {
    if (req.url === '/ready') res.end('ready');
    else req.on('data', () => {}).on('end', () => res.writeHead(status).end(body));
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  const home = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-nlp-'));
  return { ...nlpProfile({ CLAIMGRAPH_NLP_DIR: home }), port: (server.address() as AddressInfo).port };
}

describe('startNlp with a server already on the port', () => {
  it('refuses one whose parses fail, naming the port', async () => {
    const p = await foreign(500, 'java.lang.RuntimeException: models not found');
    const started = startNlp(p, () => {});
    await expect(started).rejects.toBeInstanceOf(NlpUnavailableError);
    await expect(startNlp(p, () => {})).rejects.toThrow(`port ${p.port}`);
    await expect(startNlp(p, () => {})).rejects.toThrow('answered 500');
  });

  it('refuses one that parses without the dependency parse', async () => {
    const noDeps = JSON.parse(REAL_ANSWER) as { sentences: Record<string, unknown>[] };
    for (const s of noDeps.sentences) delete s.enhancedPlusPlusDependencies;
    const p = await foreign(200, JSON.stringify(noDeps));
    await expect(startNlp(p, () => {})).rejects.toThrow(/port \d+.*no dependency parse/);
  });

  it('uses one that parses with every annotator', async () => {
    const p = await foreign(200, REAL_ANSWER);
    const said: string[] = [];
    const status = await startNlp(p, (s) => said.push(s));
    expect(status).toMatchObject({ running: true, pid: null, url: `http://127.0.0.1:${p.port}` });
    expect(said).toEqual([`CoreNLP already running at http://127.0.0.1:${p.port}`]);
  });
});

describe('parsedFault', () => {
  it('accepts the real parser output and names what a partial answer lacks', () => {
    expect(parsedFault(JSON.parse(REAL_ANSWER))).toBeNull();
    expect(parsedFault({ sentences: [] })).toBe('its answer holds no sentence');
    expect(parsedFault(null)).toBe('its answer holds no sentence');
    const noLemma = { sentences: [{ tokens: [{ pos: 'NN' }], enhancedPlusPlusDependencies: [{}] }] };
    expect(parsedFault(noLemma)).toBe('its tokens lack parts of speech or lemmas');
  });
});
