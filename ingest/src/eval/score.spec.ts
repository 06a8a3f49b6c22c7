// The port of the shared scorer: hand-checked figures on a small synthetic set, and the same figures as
// score.py itself whenever python3 and the script are here.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, evalDir, evalSets } from './run.js';
import { norm, score, scoreFiles } from './score.js';

const hasPython = (() => {
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const dir = evalDir();
const scorePy = dir ? path.join(dir, 'score.py') : null;
const runPy = (exportFile: string, gold: string, docs: string) =>
  JSON.parse(execFileSync('python3', [scorePy!, exportFile, gold, docs, '--json'], { encoding: 'utf8' }));

// A document with an astral character before the claims (code points and UTF-16 units differ by one).
const TEXT =
  'Report 😀 by the Watchdog.\nAnna Bell, director of Kent Council, said the council failed children badly.\n' +
  'The Home Office owns Acme Ltd.\n';
const at = (s: string) => TEXT.indexOf(s);

function synthetic() {
  const base = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-score-'));
  mkdirSync(path.join(base, 'gold'));
  mkdirSync(path.join(base, 'docs'));
  writeFileSync(path.join(base, 'docs/a.txt'), TEXT);
  const gold = {
    document: 'a.txt',
    entities: [
      { name: 'Anna Bell', type: 'Person', aliases: ['Bell'] },
      { name: 'Kent County Council', type: 'Organisation', aliases: ['Kent Council', 'the council'] },
      { name: 'Home Office', type: 'Organisation', aliases: [] },
      { name: 'Acme Ltd', type: 'Organisation', aliases: [], salience: 'minor' },
      { name: 'Ofsted', type: 'Organisation', aliases: ['the Watchdog'], salience: null },
    ],
    commentators: [],
    relations: [
      { subject: 'Anna Bell', predicate: 'LEADS', object: 'Kent County Council', evidence: 'x' },
      { subject: 'Acme Ltd', predicate: 'SUBSIDIARY_OF', object: 'Home Office', evidence: 'x' },
      { subject: 'Ofsted', predicate: 'OTHER', object: 'Anna Bell', evidence: 'x' },
      { subject: 'Nobody', predicate: 'WORKS_FOR', object: 'Home Office', evidence: 'x' },
    ],
    claims: [
      { speaker: 'Anna Bell', stance: 'critical', evidence: 'the council failed children badly' },
      { speaker: 'AUTHOR', stance: 'neutral', evidence: 'The Home Office owns Acme Ltd.' },
      { speaker: 'AUTHOR', stance: 'neutral', evidence: 'Report 😀 by the Watchdog.' },
    ],
  };
  writeFileSync(path.join(base, 'gold/a.json'), JSON.stringify(gold));
  const ent = (id: string, name: string, type: string, aliases: string[] = []) => ({
    id,
    name,
    type,
    kind: null,
    aliases,
    mentions: [{ doc: 'd1', start: 0, end: 1, text: name }],
  });
  const claim = (id: string, speaker: string, quote: string, stance: string) => ({
    id,
    speaker,
    about: [],
    stance,
    text: quote,
    evidence: { doc: 'd1', start: at(quote), end: at(quote) + quote.length, quote },
  });
  const rel = (subject: string, predicate: string, object: string) => ({
    subject,
    predicate,
    object,
    qualifier: null,
    evidence: [{ doc: 'd1', start: 0, end: 1, quote: 'x' }],
  });
  const exported = {
    documents: [{ id: 'd1', source: 'in/a.txt', title: '', author: null, publisher: null, kind: 'news', date: null }],
    entities: [
      ent('p1', 'Anna Bell', 'Person'),
      ent('o1', 'Kent Council', 'Organisation'),
      ent('o2', 'Home Office', 'Organisation'),
      ent('o3', 'Acme Ltd', 'Place'),
      ent('o4', 'The Watchdog', 'Organisation'),
      ent('x1', 'Nowhere Trust', 'Organisation'),
    ],
    relations: [
      rel('p1', 'WORKS_FOR', 'o1'), // same family as LEADS
      rel('o2', 'OWNS', 'o3'), // inverse of the gold SUBSIDIARY_OF
      rel('p1', 'CRITICISES', 'o4'), // any relation of the pair finds a gold OTHER
      rel('x1', 'FUNDS', 'o2'),
    ],
    comments: [],
    claims: [
      claim('c1', 'p1', 'Anna Bell, director of Kent Council, said the council failed children badly.', 'critical'),
      claim('c2', 'Author of a.txt', 'The Home Office owns Acme Ltd.', 'supportive'),
      claim('c3', 'o4', 'Report 😀 by the Watchdog.', 'neutral'),
    ],
  };
  const file = path.join(base, 'export.json');
  writeFileSync(file, JSON.stringify(exported));
  return { base, file, gold: path.join(base, 'gold'), docs: path.join(base, 'docs') };
}

describe('norm (as score.py)', () => {
  it('folds accents, apostrophes, possessives, punctuation and a leading article', () => {
    expect(norm('The Children’s Commissioner')).toBe('children commissioner');
    expect(norm('Zoë  O’Neil-Smith')).toBe('zoe o neil smith');
    expect(norm('A Better Start')).toBe('better start');
    expect(norm('#SaveOurServices!')).toBe('#saveourservices');
    expect(norm(null)).toBe('');
  });
});

describe('the scorer on a synthetic document', () => {
  const s = synthetic();
  const r = scoreFiles(s.file, s.gold, s.docs);

  it('scores entities untyped for F1, typed for typed recall', () => {
    expect(r.summary.entity_P).toBeCloseTo(5 / 6);
    expect(r.summary.entity_R).toBe(1);
    expect(r.summary.entity_R_typed).toBe(4 / 5); // Acme Ltd found as a Place
    expect(r.docs[0]!.false_pos).toEqual(['Nowhere Trust']);
  });

  it('matches relations by family, inverse and OTHER; a gold side with no entity is never found', () => {
    expect(r.summary.relation_P).toBe(3 / 4);
    expect(r.summary.relation_R).toBe(3 / 4);
    expect(r.summary.relation_R_strict).toBe(0);
    expect(r.misses[0]!.relations).toEqual(['Nobody WORKS_FOR Home Office | x']);
  });

  it('finds claims by overlap in code points, with an unknown author as any non-entity speaker', () => {
    expect(r.summary.claim_R).toBe(1);
    // c3's speaker is an entity, so it is not the unknown author
    expect(r.summary.claim_speaker_acc).toBe(2 / 3);
    expect(r.summary.claim_stance_acc).toBe(2 / 3);
    expect(r.summary.commentator_F1).toBeNull();
  });

  it.skipIf(!hasPython || !scorePy)('gives exactly what score.py gives', () => {
    const py = runPy(s.file, s.gold, s.docs);
    expect(r.summary).toEqual(py.summary);
    expect(r.docs).toEqual(py.docs);
  });
});

describe.skipIf(!dir)('the scorer on the shared dev set', () => {
  const dev = dir ? evalSets(dir).find((x) => x.name === 'dev') : undefined;
  const fixture = path.join(ROOT, 'test/fixtures/gold/eval-parity');
  const exportFile = path.join(fixture, 'dev-export.json');

  it('gives the figures score.py gave for a recorded export', () => {
    const golden = JSON.parse(readFileSync(path.join(fixture, 'dev-score.py.json'), 'utf8'));
    const r = score(JSON.parse(readFileSync(exportFile, 'utf8')), dev!.gold, dev!.docs);
    expect(r.summary).toEqual(golden.summary);
    expect(r.docs).toEqual(golden.docs);
  });

  it.skipIf(!hasPython)('gives exactly what score.py gives for the recorded export', () => {
    const py = runPy(exportFile, dev!.gold, dev!.docs);
    expect(scoreFiles(exportFile, dev!.gold, dev!.docs)).toMatchObject({ summary: py.summary, docs: py.docs });
  });
});

describe('finding the evaluation folder', () => {
  it('takes shared/eval beside the repository or beside any folder above it, else none', () => {
    const top = mkdtempSync(path.join(os.tmpdir(), 'evaldir-'));
    const repo = path.join(top, 'checkouts', 'claimgraph');
    mkdirSync(repo, { recursive: true });
    expect(evalDir(undefined, {}, repo)).toBeNull();
    mkdirSync(path.join(top, 'shared', 'eval', 'gold'), { recursive: true });
    expect(evalDir(undefined, {}, repo)).toBe(path.join(top, 'shared', 'eval'));
    mkdirSync(path.join(top, 'checkouts', 'shared', 'eval', 'gold'), { recursive: true });
    expect(evalDir(undefined, {}, repo)).toBe(path.join(top, 'checkouts', 'shared', 'eval'));
    expect(evalDir(undefined, { CLAIMGRAPH_EVAL_DIR: path.join(top, 'none') }, repo)).toBeNull();
  });
});
