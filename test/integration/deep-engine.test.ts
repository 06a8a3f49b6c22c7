// The deep engine end to end: the CoreNLP server started by its npm script, one document extracted by the CLI
// with --engine deep, and a second read of the same text answered from the parse cache without the server.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createParser } from '../../ingest/src/extract/deep/parse.js';
import { nlpProfile, nlpReady, parseFault } from '../../ingest/src/extract/deep/server.js';
import { ROOT } from '../helpers/db.js';

const env = { ...process.env, CLAIMGRAPH_NLP_PORT: process.env.CLAIMGRAPH_TEST_NLP_PORT ?? '9000' };
const profile = nlpProfile(env);
const npm = (...args: string[]) =>
  spawnSync('npm', ['run', '-s', ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 600_000 });

// Made-up writing in the field's manner: a role by apposition, a passive criticism, a relative clause.
const TEXT = [
  'Care inquiry opens',
  '',
  'Jane Porter, chief executive of the Foxley Trust, said the plan would fail. ' +
    'The Foxley Trust was criticised by Ofsted last year. ' +
    'Mary Lowe, who chairs the Foxley Trust, condemned the Department for Education.',
  '',
].join('\n');

let startedHere = false;

beforeAll(async () => {
  startedHere = !(await nlpReady(profile));
  const r = npm('nlp:start');
  expect(r.status, r.stderr).toBe(0);
  // Whichever server answers on the port, started here or before, must give the deep engine a full parse:
  // one that only answers /ready would let the engine fall back to rules unseen.
  expect(await parseFault(profile, 120_000)).toBeNull();
}, 600_000);

afterAll(() => {
  if (startedHere) npm('nlp:stop');
});

describe('deep engine', () => {
  it('the npm script reports the running server', () => {
    const r = npm('nlp:status');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`127.0.0.1:${profile.port}`);
  });

  it('extracts a document with --engine deep and says which engine ran', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-deep-'));
    writeFileSync(path.join(dir, 'inquiry.txt'), TEXT);
    const r = npm('extract', '--', dir, '--json', '--engine', 'deep', '--threads', '0');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('engine: deep');
    expect(r.stderr).not.toContain('parsing failed');
    const out = JSON.parse(r.stdout) as {
      entities: { id: string; name: string }[];
      relations: { subject: string; predicate: string; object: string }[];
    };
    const name = new Map(out.entities.map((e) => [e.id, e.name]));
    const rels = out.relations.map((x) => `${name.get(x.subject)} ${x.predicate} ${name.get(x.object)}`);
    expect(rels).toEqual(
      expect.arrayContaining([
        'Jane Porter LEADS Foxley Trust',
        'Ofsted CRITICISES Foxley Trust',
        'Mary Lowe LEADS Foxley Trust',
        'Mary Lowe CRITICISES Department for Education',
      ]),
    );
    // The words between the trust and the department read as the trust's condemnation; the parse says whose.
    expect(rels).not.toContain('Foxley Trust CRITICISES Department for Education');
  });

  it('answers a text parsed before from the cache, with no server', async () => {
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-parse-cache-'));
    const first = await createParser({ profile, cacheDir }).parse(TEXT);
    // A port nothing listens on: any request would fail.
    const nowhere = { ...profile, port: 1 };
    const again = await createParser({ profile: nowhere, cacheDir }).parse(TEXT);
    expect(again).toEqual(first);
    await expect(createParser({ profile: nowhere, cacheDir }).parse(`${TEXT} More.`)).rejects.toThrow();
  });
});
