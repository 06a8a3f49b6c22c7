// A CRITICISES or PRAISES edge says its speaker judges its target, so it counts only the claims whose own
// words name the target. A reply that names no one still concerns the comment it answers (its claim keeps
// that target), but it is not drawn as the replier criticising the commenter; nor is a child ever a target.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { GraphState } from '../../ingest/src/export/graph-state.js';
import { ingestFiles } from '../../ingest/src/pipeline/ingest.js';
import { processSource } from '../../ingest/src/pipeline/index.js';
import { testDriver, wipe } from '../helpers/db.js';

const THREAD =
  'Inspections under fire\n\nOfsted published its report on the council this week.\n\n' +
  '2 Responses to Inspections under fire\n\n' +
  '  1. Mark Fielding December 7, 2021 at 2:43 pm #\n\n' +
  '    Ofsted got this badly wrong and its inspectors failed every family in the town.\n\n' +
  '    • Jane Roe December 7, 2021 at 3:10 pm #\n\n' +
  '      The whole system is broken and the funding cuts are a disgrace to everyone who works in it.\n';

let driver: Driver;
let file: string;
beforeAll(async () => {
  driver = testDriver();
  await wipe(driver);
  file = path.join(mkdtempSync(path.join(os.tmpdir(), 'stance-edges-')), 'thread.txt');
  writeFileSync(file, THREAD);
  const [outcome] = await ingestFiles(driver, [file]);
  expect(outcome?.error).toBeUndefined();
});
afterAll(async () => driver?.close());

const stanceEdges = async () =>
  (
    await driver.executeQuery(
      `MATCH (s:Entity)-[r:CRITICISES|PRAISES]->(t:Entity) WHERE r.derived
       RETURN s.name + ' ' + type(r) + ' ' + t.name AS edge ORDER BY edge`,
    )
  ).records.map((r) => r.get('edge') as string);

describe('stance edges from claims', () => {
  it('keep the reply’s claim about the comment it answers, without an edge to that commenter', async () => {
    const about = await driver.executeQuery(
      `MATCH (:Person {name: 'Jane Roe'})<-[:MADE_BY]-(c:Claim)-[:ABOUT]->(t) RETURN c.stance AS stance, t.name AS t`,
    );
    expect(about.records.map((r) => r.toObject())).toEqual([{ stance: 'critical', t: 'Mark Fielding' }]);
    expect(await stanceEdges()).toEqual(['Mark Fielding CRITICISES Ofsted']);
  });

  it('are the same on the bulk (CSV) path', () => {
    const state = new GraphState();
    state.add(processSource({ source: 'thread.txt', text: THREAD }));
    const { derived, entities } = state.finish();
    const name = new Map(entities.map((e) => [e.id, e.name]));
    expect(derived.map((d) => `${name.get(d.from)} ${d.type} ${name.get(d.to)}`)).toEqual([
      'Mark Fielding CRITICISES Ofsted',
    ]);
  });
});
