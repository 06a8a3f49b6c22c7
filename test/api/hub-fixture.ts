// A hub for the paging tests, built to be loaded with the real loader: an organisation with more members than
// a page, a person with several roles, and a fact edge read several times in one document and again in another.
import { entityId, type EntityRecord, type Evidence, type RelationRecord } from '@claimgraph/schema';
import type { DocumentGraph } from '../../ingest/src/pipeline/types.js';

export const HUB_DOC = 'doc:paging-hub';
export const FUNDS_DOC = 'doc:paging-funds';
export const MEMBERS = 60; // more than the default page of 50
export const FUNDING_SPANS = 25; // more than the explorer's page of 20
export const hub = entityId('Organisation', 'Hubshire Council');
export const trust = entityId('Organisation', 'Fenland Care Trust');
export const rover = entityId('Person', 'Robin Rover');
export const memberName = (i: number) => `Member ${String(i).padStart(2, '0')}`;
export const roverOrgs = ['Alder Trust', 'Birch Agency', 'Cedar Board'];

/** A document written sentence by sentence, with each entity's mentions and each relation's spans at offsets. */
function writer(doc: string) {
  let text = '';
  const entities = new Map<string, EntityRecord>();
  const relations = new Map<string, RelationRecord>();
  const at = (phrase: string, sentence: string, from: number) => {
    const start = from + sentence.indexOf(phrase);
    return { start, end: start + phrase.length };
  };
  const sentence = (
    s: string,
    names: [string, string, EntityRecord['type']][],
    rel?: Omit<RelationRecord, 'evidence'>,
  ) => {
    const from = text.length;
    text += `${s} `;
    for (const [id, name, type] of names) {
      let e = entities.get(id);
      if (!e) entities.set(id, (e = { id, name, type, kind: null, aliases: [], mentions: [] }));
      e.mentions.push({ doc, ...at(name, s, from), text: name });
    }
    if (!rel) return;
    const key = `${rel.subject}|${rel.predicate}|${rel.object}`;
    const r = relations.get(key) ?? relations.set(key, { ...rel, evidence: [] }).get(key)!;
    r.evidence.push({ doc, ...at(s, s, from), quote: s } satisfies Evidence);
  };
  const graph = (title: string): DocumentGraph => ({
    document: {
      id: doc,
      source: `${doc.slice(4)}.txt`,
      title,
      author: null,
      publisher: null,
      kind: 'news',
      date: null,
    },
    text,
    entities: [...entities.values()],
    relations: [...relations.values()],
    comments: [],
    claims: [],
  });
  return { sentence, graph };
}

export function hubDocument(): DocumentGraph {
  const w = writer(HUB_DOC);
  const council: [string, string, 'Organisation'] = [hub, 'Hubshire Council', 'Organisation'];
  for (let i = 0; i < MEMBERS; i++) {
    const p = entityId('Person', memberName(i));
    w.sentence(`${memberName(i)} works for Hubshire Council.`, [[p, memberName(i), 'Person'], council], {
      subject: p,
      predicate: 'WORKS_FOR',
      object: hub,
      qualifier: null,
    });
  }
  for (const org of roverOrgs)
    w.sentence(
      `Robin Rover works for ${org}.`,
      [
        [rover, 'Robin Rover', 'Person'],
        [entityId('Organisation', org), org, 'Organisation'],
      ],
      { subject: rover, predicate: 'WORKS_FOR', object: entityId('Organisation', org), qualifier: null },
    );
  for (let i = 0; i < FUNDING_SPANS; i++)
    w.sentence(
      `Hubshire Council funds Fenland Care Trust, year ${i + 1}.`,
      [council, [trust, 'Fenland Care Trust', 'Organisation']],
      { subject: hub, predicate: 'FUNDS', object: trust, qualifier: null },
    );
  return w.graph('A council and its many members');
}

/** The same funding read in a second document: a second FUNDS relationship between the same two entities. */
export function fundsDocument(): DocumentGraph {
  const w = writer(FUNDS_DOC);
  for (let i = 0; i < 2; i++)
    w.sentence(
      `Hubshire Council funds Fenland Care Trust again, grant ${i + 1}.`,
      [
        [hub, 'Hubshire Council', 'Organisation'],
        [trust, 'Fenland Care Trust', 'Organisation'],
      ],
      { subject: hub, predicate: 'FUNDS', object: trust, qualifier: null },
    );
  return w.graph('More funding');
}
