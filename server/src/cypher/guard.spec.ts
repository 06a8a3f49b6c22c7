import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStatement, CypherRefusedError } from './guard.js';
import { tokenize } from '@claimgraph/schema/cypher-lexer';
import { planRefusal, type PlanNode } from './plan.js';

const fixture = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../../test/fixtures/cypher-write-attempts.json'), 'utf8'),
) as { attempts: string[]; leaks: string[] };

describe('tokenize', () => {
  it('treats the C0 separators, line separators and comments as whitespace between words', () => {
    const words = (q: string) => tokenize(q).map((t) => t.text);
    expect(words('LOAD\u001cCSV')).toEqual(['LOAD', 'CSV']);
    expect(words('LOAD\u2028CSV')).toEqual(['LOAD', 'CSV']);
    expect(words('LOAD/* x */CSV // tail')).toEqual(['LOAD', 'CSV']);
  });

  it('reads backtick names without escapes and strings with them', () => {
    const toks = tokenize("WITH 1 AS `a\\`, 'it\\'s' AS s");
    expect(toks.filter((t) => t.kind === 'name').map((t) => t.text)).toEqual(['a\\']);
    expect(toks.filter((t) => t.kind === 'string').map((t) => t.text)).toEqual(["it's"]);
    expect(tokenize('`a``b`')[0]).toMatchObject({ kind: 'name', text: 'a`b' });
  });
});

describe('checkStatement', () => {
  it.each(fixture.leaks)('refuses %j', (q) => {
    expect(() => {
      checkStatement(q);
    }).toThrow(CypherRefusedError);
  });

  it('lets plain reads through, whatever words their names and strings hold', () => {
    for (const q of [
      'MATCH (n:Entity) RETURN n.name LIMIT 5',
      "MATCH (n) WHERE n.name = 'LOAD CSV FROM x' RETURN n",
      'MATCH (n) RETURN n.load, n.show, {use: 1} AS m',
      'MATCH (n:Show) RETURN n',
      'MATCH (n) CALL (n) { RETURN count(*) AS c } RETURN c',
      'CALL db.labels() YIELD label RETURN label',
      "CALL db.index.fulltext.queryNodes('entity_names', 'ofsted') YIELD node RETURN node",
      'SHOW INDEXES',
      'CYPHER 5 MATCH (n) RETURN n LIMIT 1',
      'MATCH (n) RETURN n;',
    ])
      expect(() => {
        checkStatement(q);
      }, q).not.toThrow();
  });

  it('refuses two statements and unclosed literals', () => {
    expect(() => {
      checkStatement('MATCH (n) RETURN n; MATCH (m) RETURN m');
    }).toThrow(/one statement/);
    expect(() => {
      checkStatement('RETURN `a');
    }).toThrow(CypherRefusedError);
  });
});

const plan = (operatorType: string, Details = '', children: PlanNode[] = []): PlanNode => ({
  operatorType,
  arguments: { Details },
  children,
});

describe('planRefusal', () => {
  it('refuses LoadCSV anywhere in the plan, admin commands, writes and procedures off the read list', () => {
    expect(planRefusal(plan('ProduceResults@neo4j', 'l', [plan('Apply@neo4j', '', [plan('LoadCSV@neo4j')])]))).toMatch(
      /LOAD CSV/,
    );
    expect(planRefusal(plan('ProduceResults@neo4j', '', [plan('ShowSettings@neo4j')]))).toMatch(/SHOW/);
    expect(planRefusal(plan('TerminateTransactions@neo4j'))).toMatch(/SHOW/);
    expect(planRefusal(plan('ProduceResults@neo4j', '', [plan('SetProperty@neo4j')]))).toMatch(/read/);
    expect(planRefusal(plan('ProcedureCall@neo4j', 'db.stats.retrieve($autostring_0) :: (section :: STRING)'))).toMatch(
      /db\.stats\.retrieve/,
    );
    expect(planRefusal(false)).toMatch(/no plan/);
  });

  it('passes plain reads, schema listings and read procedures', () => {
    expect(planRefusal(plan('ProduceResults@neo4j', 'n', [plan('AllNodesScan@neo4j', 'n')]))).toBeNull();
    expect(planRefusal(plan('ShowIndexes@neo4j'))).toBeNull();
    expect(planRefusal(plan('ProcedureCall@neo4j', 'db.labels() :: (label :: STRING)'))).toBeNull();
  });
});
