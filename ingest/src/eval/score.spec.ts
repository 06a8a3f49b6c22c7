import { describe, expect, it } from 'vitest';
import type { ClaimRecord, EntityRecord } from '@claimgraph/schema';
import { matchEntities, prf, scoreClaims, scoreComments, scoreEntities, scoreRelations } from './score.js';

const ent = (id: string, name: string, type: EntityRecord['type'], aliases: string[] = []): EntityRecord => ({
  id,
  name,
  type,
  kind: null,
  aliases,
  mentions: [],
});
const claim = (
  id: string,
  speaker: string,
  start: number,
  end: number,
  stance: ClaimRecord['stance'] = 'neutral',
): ClaimRecord => ({ id, speaker, about: [], stance, text: 'x', evidence: { doc: 'd', start, end, quote: 'x' } });

describe('scoring', () => {
  it('computes precision, recall and F1', () => {
    expect(prf(8, 2, 2)).toMatchObject({ precision: 0.8, recall: 0.8 });
    expect(prf(8, 2, 2).f1).toBeCloseTo(0.8);
  });

  it('matches entities by type and any shared name or alias, each gold entity once', () => {
    const gold = [ent('g1', 'Nadhim Zahawi', 'Person', ['Zahawi']), ent('g2', 'Ofsted', 'Organisation')];
    const pred = [ent('p1', 'Zahawi', 'Person'), ent('p2', 'Ofsted', 'Place'), ent('p3', 'Nadhim Zahawi', 'Person')];
    const m = matchEntities(pred, gold);
    expect(m.get('p3')).toBe('g1');
    expect(m.has('p1')).toBe(false); // g1 is taken by the exact match
    expect(m.has('p2')).toBe(false); // wrong type
    expect(scoreEntities(pred, gold).score).toMatchObject({ tp: 1, fp: 2, fn: 1 });
  });

  it('scores comments and reply edges', () => {
    const c = (id: string, parent: string | null, author = 'A') => ({
      id,
      doc: 'd',
      author,
      postedAt: null,
      parent,
      start: 0,
      end: 1,
    });
    const r = scoreComments([c('1', null), c('2', '1'), c('3', '1')], [c('1', null), c('2', '1'), c('3', '2')]);
    expect(r.comments.tp).toBe(3);
    expect(r.replies).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it('scores relations through the entity matching', () => {
    const m = new Map([
      ['p1', 'g1'],
      ['p2', 'g2'],
    ]);
    const rel = (s: string, p: string, o: string) => ({
      subject: s,
      predicate: p as 'OWNS',
      object: o,
      qualifier: null,
      evidence: [],
    });
    const r = scoreRelations([rel('p1', 'OWNS', 'p2'), rel('p2', 'OWNS', 'p1')], [rel('g1', 'OWNS', 'g2')], m);
    expect(r.score).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it('finds claims by span overlap and checks speaker and stance', () => {
    const gold = [claim('a', 'g1', 0, 100, 'critical'), claim('b', 'g1', 200, 300)];
    const pred = [claim('x', 'p1', 10, 90, 'critical'), claim('y', 'someone', 500, 600)];
    const r = scoreClaims(pred, gold, new Map([['p1', 'g1']]), [ent('g1', 'Nadhim Zahawi', 'Person')]);
    expect(r).toMatchObject({ recall: 0.5, found: 1, speakerAccuracy: 1, stanceAccuracy: 1, precision: 0.5 });
  });
});
