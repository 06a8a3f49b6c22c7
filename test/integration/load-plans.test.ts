// The loader's statements that read what earlier documents left must be planned from the ids they are given:
// a plan that scans an index instead costs the whole graph per row, and a plan cached while the graph was
// small was seen doing that (the claim stance index read once per speaker, loads 15× slower).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver, QueryResult } from 'neo4j-driver';
import { createClaims, deriveStanceEdges } from '../../ingest/src/load/facts.js';
import { freshSeedGraph, testDriver } from '../helpers/db.js';

interface Plan {
  operatorType: string;
  arguments: { Details?: string };
  children: Plan[];
}

let driver: Driver;
beforeAll(async () => {
  driver = testDriver();
  await freshSeedGraph(driver);
});
afterAll(async () => driver?.close());

const operators = (p: Plan): string[] => [
  `${p.operatorType.replace(/@.*/, '')} ${p.arguments.Details ?? ''}`,
  ...p.children.flatMap(operators),
];

describe('stance edges rebuilt for a batch of speakers', () => {
  it('walk each speaker’s claims from the speaker, never from an index over all claims', async () => {
    const session = driver.session();
    const plans: string[][] = [];
    try {
      const ids = (await session.run('MATCH (e:Entity) RETURN e.id AS id')).records.map((r) => r.get('id') as string);
      await deriveStanceEdges(
        {
          run: async (q: string, params: Record<string, unknown>) => {
            const res: QueryResult = await session.run(`EXPLAIN ${q}`, params);
            plans.push(operators(res.summary.plan as unknown as Plan));
            return res;
          },
        } as never,
        ids,
      );
    } finally {
      await session.close();
    }
    expect(plans).toHaveLength(2);
    for (const ops of plans) {
      const reads = ops.filter((o) => /Index|LabelScan|AllNodesScan/.test(o));
      expect(reads.length).toBeGreaterThan(0);
      for (const r of reads) expect(r).toMatch(/^NodeUniqueIndexSeek.* s:Entity\(id\) WHERE id = id/);
    }
  });
});

describe('claims written with their speaker, place and targets', () => {
  it('stream row by row: no Eager operator buffers the batch, and every lookup is a unique id seek', async () => {
    const session = driver.session();
    const plans: string[][] = [];
    const explain = {
      run: async (q: string, params: Record<string, unknown>) => {
        const res: QueryResult = await session.run(`EXPLAIN ${q}`, params);
        plans.push(operators(res.summary.plan as unknown as Plan));
        return res;
      },
    } as never;
    const row = {
      id: 'claim-x',
      doc: 'doc-x',
      text: 't',
      stance: 'neutral',
      speaker: 'sp',
      speakerName: 'Sp',
      start: 0,
      end: 1,
      quote: 't',
      about: ['a'],
      named: ['a'],
    };
    try {
      await createClaims(explain, 'Document', 'doc', [{ ...row, comment: null }]);
      await createClaims(explain, 'Comment', 'comment', [{ ...row, comment: 'comment-x' }]);
    } finally {
      await session.close();
    }
    expect(plans).toHaveLength(2);
    for (const ops of plans) {
      expect(ops.filter((o) => o.startsWith('Eager'))).toEqual([]);
      const reads = ops.filter((o) => /Index|LabelScan|AllNodesScan/.test(o));
      expect(reads).toHaveLength(3);
      for (const r of reads) expect(r).toMatch(/^NodeUniqueIndexSeek/);
    }
  });
});
