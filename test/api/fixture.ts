// A small hand-built graph with known entities, relations, claims and a comment thread, loaded with the
// real loader, so API tests can assert exact answers whatever the extractors find in the seeds.
import type { Driver } from 'neo4j-driver';
import {
  claimId,
  commentId,
  entityId,
  type ClaimRecord,
  type EntityRecord,
  type RelationRecord,
  type Stance,
} from '@claimgraph/schema';
import { loadDocuments } from '../../ingest/src/load/writer.js';
import type { DocumentGraph } from '../../ingest/src/pipeline/types.js';

export const NEWS = 'doc:api-fixture-news';
export const OPINION = 'doc:api-fixture-opinion';

export const ID = {
  council: entityId('Organisation', 'Northmoor Borough Council'),
  inspectorate: entityId('Organisation', 'Care Standards Inspectorate'),
  department: entityId('Organisation', 'Department of Family Services'),
  fenwick: entityId('Person', 'Alys Fenwick'),
  pryce: entityId('Person', 'Gareth Pryce'),
  price: entityId('Person', 'Gareth Price'),
  milo: entityId('Case', 'Milo Hart case'),
  westbrook: entityId('Place', 'Westbrook'),
  jane: entityId('Person', 'Jane Reader'),
  tom: entityId('Person', 'Tom Bell'),
};

const NEWS_TEXT = [
  "Inspectors criticise Northmoor children's services",
  '',
  'The Care Standards Inspectorate inspected Northmoor Borough Council in March. Alys Fenwick, director of ' +
    "children's services at Northmoor Council, said the CSI report was unfair. Gareth Pryce praised the Care " +
    'Standards Inspectorate for its candour. Pryce criticised Northmoor Borough Council over the Milo Hart case.',
  '',
  'Comments',
  '',
  'Jane Reader',
  '12 March 2024 at 10:00',
  'Northmoor Borough Council failed Milo Hart.',
  '',
  'Tom Bell',
  '12 March 2024 at 11:00',
  'I agree with Jane.',
  '',
].join('\n');

const OPINION_TEXT =
  'Gareth Pryce leads the Department of Family Services. The Department of Family Services funds the Care ' +
  'Standards Inspectorate. Gareth Price, a columnist, disagreed. Westbrook was not mentioned in any review.\n';

/** Offsets of the n-th occurrence of `phrase` in `text`. */
function span(text: string, phrase: string, n = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`fixture: "${phrase}" #${n} not in text`);
  }
  return { start: at, end: at + phrase.length };
}

function builder(doc: string, text: string) {
  const entities = new Map<string, EntityRecord>();
  const mention = (
    id: string,
    name: string,
    type: EntityRecord['type'],
    kind: string | null,
    surface: string,
    n = 0,
  ) => {
    let e = entities.get(id);
    if (!e) entities.set(id, (e = { id, name, type, kind, aliases: [], mentions: [] }));
    const s = span(text, surface, n);
    e.mentions.push({ doc, ...s, text: surface });
    if (surface !== name && !e.aliases.includes(surface)) e.aliases.push(surface);
  };
  const ev = (phrase: string, n = 0) => {
    const s = span(text, phrase, n);
    return { doc, ...s, quote: phrase };
  };
  const relations: RelationRecord[] = [];
  const rel = (
    subject: string,
    predicate: RelationRecord['predicate'],
    object: string,
    qualifier: string | null,
    phrase: string,
  ) => relations.push({ subject, predicate, object, qualifier, evidence: [ev(phrase)] });
  const claims: ClaimRecord[] = [];
  const claim = (speaker: string, about: string[], stance: Stance, phrase: string, n = 0) => {
    const e = ev(phrase, n);
    claims.push({ id: claimId(doc, e.start, e.end), speaker, about, stance, text: phrase, evidence: e });
  };
  return { entities, mention, rel, claims, claim, relations };
}

function newsGraph(): DocumentGraph {
  const b = builder(NEWS, NEWS_TEXT);
  b.mention(ID.inspectorate, 'Care Standards Inspectorate', 'Organisation', 'regulator', 'Care Standards Inspectorate');
  b.mention(ID.inspectorate, 'Care Standards Inspectorate', 'Organisation', 'regulator', 'CSI');
  b.mention(
    ID.inspectorate,
    'Care Standards Inspectorate',
    'Organisation',
    'regulator',
    'Care Standards Inspectorate',
    1,
  );
  b.mention(ID.council, 'Northmoor Borough Council', 'Organisation', 'local_authority', 'Northmoor Borough Council');
  b.mention(ID.council, 'Northmoor Borough Council', 'Organisation', 'local_authority', 'Northmoor Council');
  b.mention(ID.council, 'Northmoor Borough Council', 'Organisation', 'local_authority', 'Northmoor Borough Council', 1);
  b.mention(ID.council, 'Northmoor Borough Council', 'Organisation', 'local_authority', 'Northmoor Borough Council', 2);
  b.mention(ID.fenwick, 'Alys Fenwick', 'Person', 'official', 'Alys Fenwick');
  b.mention(ID.pryce, 'Gareth Pryce', 'Person', 'politician', 'Gareth Pryce');
  b.mention(ID.pryce, 'Gareth Pryce', 'Person', 'politician', 'Pryce', 1);
  b.mention(ID.milo, 'Milo Hart case', 'Case', 'case', 'Milo Hart case');
  b.mention(ID.milo, 'Milo Hart case', 'Case', 'case', 'Milo Hart', 1);
  b.mention(ID.jane, 'Jane Reader', 'Person', 'commentator', 'Jane Reader');
  b.mention(ID.tom, 'Tom Bell', 'Person', 'commentator', 'Tom Bell');
  b.rel(
    ID.inspectorate,
    'INSPECTED',
    ID.council,
    null,
    'The Care Standards Inspectorate inspected Northmoor Borough Council in March.',
  );
  b.rel(
    ID.fenwick,
    'WORKS_FOR',
    ID.council,
    "director of children's services",
    "Alys Fenwick, director of children's services at Northmoor Council",
  );
  b.claim(
    ID.fenwick,
    [ID.inspectorate],
    'critical',
    "Alys Fenwick, director of children's services at Northmoor Council, said the CSI report was unfair.",
  );
  b.claim(
    ID.pryce,
    [ID.inspectorate],
    'supportive',
    'Gareth Pryce praised the Care Standards Inspectorate for its candour.',
  );
  b.claim(
    ID.pryce,
    [ID.council, ID.milo],
    'critical',
    'Pryce criticised Northmoor Borough Council over the Milo Hart case.',
  );
  b.claim('Jane Reader', [ID.council, ID.milo], 'critical', 'Northmoor Borough Council failed Milo Hart.');
  const c1 = span(NEWS_TEXT, 'Jane Reader\n12 March 2024 at 10:00\nNorthmoor Borough Council failed Milo Hart.');
  const c2 = span(NEWS_TEXT, 'Tom Bell\n12 March 2024 at 11:00\nI agree with Jane.');
  return {
    document: {
      id: NEWS,
      source: 'api-fixture-news.txt',
      title: "Inspectors criticise Northmoor children's services",
      author: 'Ruth Ellis',
      publisher: 'Care Weekly',
      kind: 'news',
      date: '2024-03-12',
    },
    text: NEWS_TEXT,
    entities: [...b.entities.values()],
    relations: b.relations,
    comments: [
      {
        id: commentId(NEWS, 1),
        doc: NEWS,
        author: 'Jane Reader',
        postedAt: '2024-03-12T10:00:00',
        parent: null,
        ...c1,
      },
      {
        id: commentId(NEWS, 2),
        doc: NEWS,
        author: 'Tom Bell',
        postedAt: '2024-03-12T11:00:00',
        parent: commentId(NEWS, 1),
        ...c2,
      },
    ],
    claims: b.claims,
  };
}

function opinionGraph(): DocumentGraph {
  const b = builder(OPINION, OPINION_TEXT);
  b.mention(ID.pryce, 'Gareth Pryce', 'Person', 'politician', 'Gareth Pryce');
  b.mention(
    ID.department,
    'Department of Family Services',
    'Organisation',
    'government',
    'Department of Family Services',
  );
  b.mention(
    ID.department,
    'Department of Family Services',
    'Organisation',
    'government',
    'Department of Family Services',
    1,
  );
  b.mention(ID.inspectorate, 'Care Standards Inspectorate', 'Organisation', 'regulator', 'Care Standards Inspectorate');
  b.mention(ID.price, 'Gareth Price', 'Person', 'commentator', 'Gareth Price');
  b.mention(ID.westbrook, 'Westbrook', 'Place', 'town', 'Westbrook');
  b.rel(ID.pryce, 'LEADS', ID.department, null, 'Gareth Pryce leads the Department of Family Services.');
  b.rel(
    ID.department,
    'FUNDS',
    ID.inspectorate,
    null,
    'The Department of Family Services funds the Care Standards Inspectorate.',
  );
  return {
    document: {
      id: OPINION,
      source: 'api-fixture-opinion.txt',
      title: 'Who pays the inspectors?',
      author: null,
      publisher: null,
      kind: 'opinion',
      date: '2024-04-01',
    },
    text: OPINION_TEXT,
    entities: [...b.entities.values()],
    relations: b.relations,
    comments: [],
    claims: [],
  };
}

export const fixtureGraphs = (): DocumentGraph[] => [newsGraph(), opinionGraph()];
export const NEWS_TEXT_FOR_TESTS = NEWS_TEXT;

export async function loadFixture(driver: Driver): Promise<void> {
  await loadDocuments(driver, fixtureGraphs(), { force: true });
}
