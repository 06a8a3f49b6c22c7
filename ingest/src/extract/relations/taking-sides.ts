// Sides the speaker of a text takes with the people and bodies it names: a commentator with those their
// comment addresses or names, an opinion writer with those their own sentences name. The speaker is the one
// who writes the words (the comment's author, the byline's writer), never someone the words report.
//  - Address: a name the comment opens or closes a sentence with ("Sam, …", "Sam: …", "Dear Sam", "Totally
//    agree Sam."), taken with what the sentence does: agreement → SUPPORTS, praise → PRAISES, pushing back
//    ("not sure", "with respect", "you can't", "I have never …") → OPPOSES. Agreement is never criticism.
//  - Governed: a name that a side-taking phrase governs whoever is addressed ("agree with Sam", "exactly as
//    Sam says", "Sam is right", "well done Sam", "I applaud her", "I blame the council").
//  - Described: a name with a judgement of its own ("makes her an outstanding manager", "the council is to
//    blame", "the ministry failed to …").
// A child is never the target; nor is the speaker, nor a side the speaker is introduced as working for.
import type {
  MentionedDocument,
  ParsedComment,
  ParsedDocument,
  RawClaim,
  RawMention,
  RawRelation,
  Sentence,
  Span,
} from '../../pipeline/types.js';
import { SPEAKER_TYPES } from '../claims/attribution.js';
import { firstFrom, mentionsIn, named } from '../references/index.js';
import { partiesIn, secondPerson, threadOf, type Party } from './addressees.js';
import { childTargets, speakersSides, spokenByPeople, stanceRelations } from './stance.js';
import { CLAUSE_MARK, anyAt, anyBefore, negatedAt, sideVocabulary, wordsOf, type SideVocabulary } from './sides.js';

type Side = 'SUPPORTS' | 'PRAISES' | 'OPPOSES' | 'CRITICISES';
const SIDES = new Set<string>(['SUPPORTS', 'PRAISES', 'OPPOSES', 'CRITICISES']);

/** Document kinds whose writer argues a case in their own words. */
const OPINION_KINDS = new Set(['opinion', 'blog', 'thread']);
const PUNCT = /^[,;:.!?…–—()"“”-]$/;
const END = /^[.!?]$/;
const QUOTE = /^["“”]$/;
const YOU = /\byou\b/i;
/** Words after which a name is the object of a phrase, not the one addressed. */
const GOVERNED = new Set([
  'of', 'to', 'by', 'with', 'for', 'from', 'about', 'and', 'or', 'like', 'than', 'as', 'at', 'in', 'on', 'into',
  'told', 'asked', 'met', 'called', 'named', 'the', 'a', 'an', 'that', 'whom', "'s",
]); // prettier-ignore
/** Words that may stand between a first-person subject and its verb ("I would also strongly …"). */
const AUX = new Set([
  'do', 'does', 'did', 'would', 'will', 'can', 'could', 'must', 'also', 'fully', 'really', 'truly', 'totally',
  'certainly', 'strongly', 'absolutely', 'completely', 'wholeheartedly', 'have', 'always', 'just', 'very', 'much',
  'so', 'all', 'too', 'still', 'simply', 'only', 'am', 'is', 'are', 'was', 'were', 'has', 'had',
]); // prettier-ignore
/** Words between a linking verb and an adjective of praise ("is such a truly …"). */
const DEGREE = new Set(['a', 'an', 'the', 'such', 'so', 'very', 'really', 'truly', 'absolutely', 'most', 'one']);
const FIRST_PERSON = new Set(['i', 'we']);
const THIRD_PERSON = new Set(['he', 'she', 'they']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const CONDITION = new Set(['if', 'when', 'whenever', 'unless', 'once', 'until', 'whether']);
const DETERMINER = new Set(['the', 'this', 'these', 'its', 'their']);
/** Words between the holder of a feeling and the feeling ("we are deeply disappointed"). */
const DEGREE_OF_FEELING = new Set([
  'deeply', 'bitterly', 'extremely', 'very', 'really', 'so', 'incredibly', 'hugely', 'particularly', 'most', "i'm",
  "we're", 'be', 'been', 'being', 'remain', 'remained', 'feel', 'felt', 'left',
]); // prettier-ignore
/** Words after which an act with no subject of its own is still the speaker's ("and agree", "it is exactly"). */
const OWN_OPENERS = new Set(['but', 'and', 'so', 'it', 'that', 'this', "that's", "it's", 'think', 'say', 'feel']);
const SELF = new Set(['i', 'we', 'you']);

/** A sentence's words, each party collapsed into one word "\u0000k" (k its index in `parties`). */
interface Clause {
  ws: string[];
  /** For each party, the index of its word. */
  at: number[];
}

function clauseOf(text: string, s: Span, parties: Party[]): Clause {
  const words = wordsOf(text, s);
  const ws: string[] = [];
  const at: number[] = parties.map(() => -1);
  let k = 0;
  for (const w of words) {
    while (k < parties.length && parties[k]!.at.end <= w.start) k++;
    const p = parties[k];
    if (p && p.at.start < w.end && w.start < p.at.end) {
      if (at[k] === -1) {
        at[k] = ws.length;
        ws.push(`\u0000${k}`);
      }
      continue;
    }
    ws.push(w.w);
  }
  return { ws, at };
}

const isParty = (w: string | undefined) => w?.startsWith('\u0000') ?? false;

/** How the party at word p is addressed: it opens the sentence (after greetings) or closes it; or not at all. */
function addressed(ws: string[], p: number, v: SideVocabulary): 'opens' | 'closes' | null {
  const next = ws[p + 1];
  let q = 0;
  while (q < p) {
    const e = anyAt(ws, q, v.greetings);
    if (!e || e > p) break;
    q = e;
    if (ws[q] === ',') q++;
  }
  const opens = q === p && (next === undefined || PUNCT.test(next) || next === 'i' || next === 'you');
  if (opens) return 'opens';
  const prev = ws[p - 1];
  const closes = (next === undefined || END.test(next)) && prev !== undefined && !GOVERNED.has(prev);
  return closes && !isParty(prev) ? 'closes' : null;
}

/** The side an address takes, from the words of the sentences it opens or ends. */
function addressSide(ws: string[], v: SideVocabulary): Side | null {
  let agree = false;
  let disagree = false;
  let praise = false;
  let thanks = false;
  let denial = false;
  for (let i = 0; i < ws.length; i++) {
    if (anyAt(ws, i, v.praise) && !negatedAt(ws, i)) praise = true;
    if (anyAt(ws, i, v.agreement)) {
      if (refused(ws, i)) disagree = true;
      else agree = true;
    }
    if (anyAt(ws, i, v.disagreement)) disagree = true;
    if (anyAt(ws, i, v.gratitude) && !negatedAt(ws, i)) thanks = true;
    // "I have never …", "you don't …": a denial in the first or second person answers what was said, unless
    // the words are warm ("Thanks Sam, I never knew that").
    if (SELF.has(ws[i]!) && denies(ws, i, v)) denial = true;
  }
  if (disagree && !agree) return 'OPPOSES';
  if (praise) return 'PRAISES';
  if (agree) return 'SUPPORTS';
  if (denial && !thanks) return 'OPPOSES';
  return null;
}

/** Agreement at word i negated, unless the negation is the emphatic "could not agree (with you) more". */
function refused(ws: string[], i: number): boolean {
  return negatedAt(ws, i) && !ws.slice(i + 1, i + 5).includes('more');
}

function denies(ws: string[], i: number, v: SideVocabulary): boolean {
  for (let k = i + 1; k <= i + 3 && k < ws.length; k++) {
    const w = ws[k]!;
    if (CLAUSE_MARK.test(w)) return false;
    if (v.negators.has(w) || w.endsWith("n't")) return true;
  }
  return false;
}

/**
 * Whether the act at word i is the speaker's own: its subject is "I" or "we", or it has none ("Totally
 * agree", "Agree with Sam"), not someone named or a third person ("the minister agrees with …").
 */
function ownAct(ws: string[], i: number): boolean {
  const { negators } = sideVocabulary();
  let k = i - 1;
  while (k >= 0 && (AUX.has(ws[k]!) || QUOTE.test(ws[k]!) || negators.has(ws[k]!) || ws[k]!.endsWith("n't"))) k--;
  return k < 0 || FIRST_PERSON.has(ws[k]!) || PUNCT.test(ws[k]!) || OWN_OPENERS.has(ws[k]!);
}

/** "If you are a good social worker …": a "you" under a condition is anyone, not the person addressed. */
function generic(ws: string[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    if (CONDITION.has(ws[k]!)) return true;
    if (PUNCT.test(ws[k]!)) return false;
  }
  return false;
}

/** Whether a first-person subject ("I", "we") stands before word i, only auxiliaries between. */
function firstPersonBefore(ws: string[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    if (FIRST_PERSON.has(ws[k]!)) return true;
    if (!AUX.has(ws[k]!)) return false;
  }
  return false;
}

/** The side a phrase that governs the party at word p takes, whoever is addressed. */
function governedSide(ws: string[], p: number, v: SideVocabulary, reported = false): Side | null {
  // "agree with Sam", "agree with you Sam", "totally agree Sam"
  let q = p;
  if (ws[q - 1] === 'you' && ws[q - 2] === 'with') q -= 2;
  else if (ws[q - 1] === 'with') q -= 1;
  const agreed = anyBefore(ws, q, v.agreement);
  if (agreed >= 0 && ownAct(ws, agreed) && (q < p || ws[p + 1] === undefined || PUNCT.test(ws[p + 1]!)))
    return refused(ws, agreed) ? 'OPPOSES' : 'SUPPORTS';
  // "exactly as Sam says"
  if (
    ws[p - 1] === 'as' &&
    anyAt(ws, p + 1, v.ownWords) &&
    ws.slice(0, p - 1).some((_, i) => anyAt(ws, i, v.agreement) > 0 && ownAct(ws, i))
  )
    return 'SUPPORTS';
  // "Sam is right", "Sam makes a good point"
  if (anyAt(ws, p + 1, v.rightAfter) && !negatedAt(ws, p + 2)) return 'SUPPORTS';
  // "well done Sam", "hats off to Sam"
  if (anyBefore(ws, p, v.praise) >= 0) return 'PRAISES';
  // "Oh to have a voice like the BMA", "if only we had leaders like Sam": what the speaker wishes for is praised.
  if (wishedFor(ws, p, v)) return 'PRAISES';
  // "We don't need Ofsted to tell us that": waving away what a party has to say is criticism of it.
  if (dismissed(ws, p)) return 'CRITICISES';
  // "I applaud Sam", "we blame the council", "I fully support her"
  for (const [list, side] of [
    [v.praiseVerbs, 'PRAISES'],
    [v.criticismVerbs, 'CRITICISES'],
    [v.supportVerbs, 'SUPPORTS'],
  ] as const) {
    const verb = anyBefore(ws, p, list);
    if (verb >= 0 && firstPersonBefore(ws, verb) && !negatedAt(ws, verb)) return side;
  }
  // "I am disappointed with the council"; in reported speech "she was grateful to the panel" too.
  const object = DETERMINER.has(ws[p - 1] ?? '') ? p - 1 : p;
  for (const [list, side] of [
    [v.criticalAttitudes, 'CRITICISES'],
    [v.supportiveAttitudes, 'PRAISES'],
  ] as const) {
    const feeling = anyBefore(ws, object, list);
    if (feeling >= 0 && holder(ws, feeling, reported) && !negatedAt(ws, feeling)) return side;
  }
  return null;
}

/** Words a wished-for thing may take before "like" ("a strong national voice like …"). */
const WISHED_WORDS = 5;

/** Whether the party at word p is the model of what a wish opening its clause asks for: "oh to have X like p". */
function wishedFor(ws: string[], p: number, v: SideVocabulary): boolean {
  const like = ws[p - 1] === 'like' ? p - 1 : ws[p - 2] === 'like' && DETERMINER.has(ws[p - 1]!) ? p - 2 : -1;
  if (like < 0) return false;
  for (let k = like - 1; k >= Math.max(0, like - WISHED_WORDS - 4); k--) {
    if (CLAUSE_MARK.test(ws[k]!)) return false;
    const end = anyAt(ws, k, v.wishes);
    if (end && like - end <= WISHED_WORDS) return true;
  }
  return false;
}

const NEED = new Set(['need', 'needs', 'needed']);
const US = new Set(['us', 'me', 'anyone', 'people']);

/** "we don't need p to tell us", "it does not need p to enlighten us": a negated need of the party's telling. */
function dismissed(ws: string[], p: number): boolean {
  const need = NEED.has(ws[p - 1] ?? '')
    ? p - 1
    : DETERMINER.has(ws[p - 1] ?? '') && NEED.has(ws[p - 2] ?? '')
      ? p - 2
      : -1;
  return need > 0 && negatedAt(ws, need) && ws[p + 1] === 'to' && US.has(ws[p + 3] ?? '');
}

/** Whether the feeling at word i is the speaker's: "I am …", "we are deeply …", reported "she was …". */
function holder(ws: string[], i: number, reported: boolean): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const w = ws[k]!;
    if (FIRST_PERSON.has(w) || (reported && THIRD_PERSON.has(w))) return true;
    if (!AUX.has(w) && !DEGREE_OF_FEELING.has(w) && !QUOTE.test(w)) return false;
  }
  return false;
}

/** The judgement a party's own description carries: "Sam is an outstanding …", "the council is to blame". */
function describedSide(ws: string[], p: number, v: SideVocabulary): Side | null {
  const praised = (from: number) => {
    let k = from;
    while (k < ws.length && k < from + 3 && DEGREE.has(ws[k]!)) k++;
    return v.praiseAdjectives.has(ws[k] ?? '') && !negatedAt(ws, from);
  };
  const linked = anyAt(ws, p + 1, v.linkingVerbs);
  if (linked && praised(linked)) return 'PRAISES';
  if (anyBefore(ws, p, v.causatives) >= 0 && praised(p + 1)) return 'PRAISES';
  // The fault may follow a few auxiliaries or adverbs. A party one of several named subjects ("X and Y had
  // failed") is left out: a fault found with several at once is not spread over each of them. A subject
  // shared with people the text does not name ("the council and the public fail to …") is the party's own.
  const article = (w: string | undefined) => w === 'the' || w === 'a' || w === 'an';
  const before = article(ws[p - 1]) ? p - 2 : p - 1;
  if (ws[before] === 'and' || ws[before] === 'or') {
    if (isParty(ws[article(ws[before - 1]) ? before - 2 : before - 1])) return null;
  }
  // "Our union (Unison) has failed": a name in brackets after a description is the subject it names.
  let k = ws[p + 1] === ')' && ws[p - 1] === '(' ? p + 2 : p + 1;
  if (ws[k] === 'and' || ws[k] === 'or') {
    const other = conjunctEnd(ws, k + 1);
    if (other < 0) return null;
    k = other;
  }
  while (k < ws.length && k <= p + 3 && AUX.has(ws[k]!) && !anyAt(ws, k, v.faultPredicates)) k++;
  // "the council wants to pass the buck": a verb of intent or persistence carries the fault that follows it.
  const intent = anyAt(ws, k, v.catenatives);
  if (intent && !negatedAt(ws, k)) k = intent;
  // "the council was failed by …", "were let down", "was ignored": the party is the one wronged, not at fault.
  const passive = (ws[k] === 'failed' || ws[k] === 'let' || (ws[k] ?? '').endsWith('ed')) && BE.has(ws[k - 1] ?? '');
  // Scare quotes inside the predicate ("put the “blame” on") do not break it.
  const rest = ws.slice(k, k + 12).filter((w) => !QUOTE.test(w));
  if (anyAt(rest, 0, v.faultPredicates) && !negatedAt(ws, k) && !passive) return 'CRITICISES';
  return null;
}

/** Words a conjoined subject may have ("the general public"); the predicate must follow within them. */
const CONJUNCT_WORDS = 3;

/**
 * Where the predicate after a second subject starting at word i begins ("and the general public | fail to"),
 * or -1 when that subject is a party or no fault predicate follows it within a few words of the same clause.
 */
function conjunctEnd(ws: string[], i: number): number {
  const { faultPredicates } = sideVocabulary();
  for (let k = i; k < ws.length && k <= i + CONJUNCT_WORDS; k++) {
    if (isParty(ws[k]) || CLAUSE_MARK.test(ws[k]!)) return -1;
    if (k > i && anyAt(ws, k, faultPredicates)) return k;
  }
  return -1;
}

/** "X describes Y as reckless", "X called Y a hero": the side the describer (the party at word `by`) takes. */
function namingSide(ws: string[], p: number, v: SideVocabulary): { side: Side; by: number } | null {
  if (p < 2) return null;
  const verb = anyBefore(ws, p, v.namingVerbs);
  if (verb < 1 || !isParty(ws[verb - 1])) return null;
  let k = p + 1;
  if (ws[k] === 'as') k++;
  while (k < ws.length && k <= p + 4 && DEGREE.has(ws[k]!)) k++;
  const valence = v.valence.get(ws[k] ?? '') ?? 0;
  if (valence <= -2) return { side: 'CRITICISES', by: verb - 1 };
  if (valence >= 3) return { side: 'PRAISES', by: verb - 1 };
  return null;
}

export interface SideInput {
  doc: ParsedDocument;
  sentences: Sentence[];
  /** Mentions and the references that stand for them, in text order. */
  sorted: RawMention[];
  claims: RawClaim[];
  /** The relations found so far: who works for whom. */
  relations: RawRelation[];
  /** Whether a mention may not be a target (a child, the centre of a case). */
  excluded: (m: { name: string; type: string; kind: string | null }) => boolean;
  /** The bodies speakers are introduced with, as "speaker|body" names: their side, never their target. */
  own?: Set<string>;
}

export function sideRelations(input: SideInput): RawRelation[] {
  const { doc, sentences, sorted, claims, relations, excluded, own = new Set<string>() } = input;
  const v = sideVocabulary();
  // A speaker working for or leading a body speaks for it: it is their side, not their target.
  const nameAt = new Map(sorted.map((m) => [m.start, named(m).canonical]));
  const employment = new Set(
    relations
      .filter((r) => r.predicate === 'WORKS_FOR' || r.predicate === 'LEADS' || r.predicate === 'MEMBER_OF')
      .map((r) => `${nameAt.get(r.subject.start) ?? ''}|${nameAt.get(r.object.start) ?? ''}`),
  );
  const works = (a: string, b: string) =>
    employment.has(`${a}|${b}`) || employment.has(`${b}|${a}`) || own.has(`${a}|${b}`);
  const thread = threadOf(doc);
  const byComment = new Map<string, Sentence[]>();
  for (const s of sentences)
    if (s.commentId) (byComment.get(s.commentId) ?? byComment.set(s.commentId, []).get(s.commentId)!).push(s);
  const out: RawRelation[] = [];
  const family = (side: string) => (side === 'SUPPORTS' || side === 'PRAISES' ? 'pos' : 'neg');
  // One relation for a side a speaker takes with a party, however often they take it.
  const seen = new Set(
    relations
      .filter((r) => SIDES.has(r.predicate))
      .map((r) => `${nameAt.get(r.subject.start) ?? ''}|${family(r.predicate)}|${nameAt.get(r.object.start) ?? ''}`),
  );
  const push = (speaker: Span, speakerName: string, party: Party, side: Side, evidence: Span) => {
    if (party.name === speakerName || excluded(party)) return;
    const key = `${speakerName}|${family(side)}|${party.name}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ subject: speaker, predicate: side, object: party.target, qualifier: null, evidence });
  };

  // "X describes Y as reckless": a side X takes, in anyone's sentence.
  const naming = new RegExp(`\\b(?:${v.namingVerbs.map((p) => p[0]).join('|')})\\b`, 'i');
  for (const s of sentences) {
    if (mentionsIn(sorted, s).length < 2 || !naming.test(doc.text.slice(s.start, s.end))) continue;
    const parties = partiesIn(doc, s, null, sorted, thread);
    const { ws, at } = clauseOf(doc.text, s, parties);
    parties.forEach((party, k) => {
      const named = namingSide(ws, at[k]!, v);
      const by = named ? parties[at.indexOf(named.by)] : undefined;
      if (named && by && SPEAKER_TYPES.has(by.type) && !excluded(by)) push(by.target, by.name, party, named.side, s);
    });
  }

  for (const c of doc.comments) {
    if (!c.author || !c.authorSpan) continue;
    const { author: name, authorSpan: speaker } = c;
    commentSides(c, byComment.get(c.id) ?? [], (party, side, s) => {
      push(speaker, name, party, side, s);
    });
  }

  // Statements in the article: a reported or quoted speaker's, and the writer's own in an opinion piece, a
  // blog or a thread (a news report's writer reports). Only what names its target counts.
  const author = doc.authorSpan;
  const byStart = new Map(sorted.map((m) => [m.start, named(m)]));
  const inArticle = (x: Span) => doc.article.start <= x.start && x.end <= doc.article.end;
  for (const c of claims) {
    const at = c.speaker.mention;
    if (!at || !inArticle(c.span)) continue;
    const isAuthor = author !== null && at.start === author.start;
    if (isAuthor && !OPINION_KINDS.has(doc.record.kind)) continue;
    const speaker = isAuthor ? { name: doc.record.author ?? '' } : { name: byStart.get(at.start)?.canonical ?? '' };
    if (!speaker.name) continue;
    // A quote that opens mid-sentence is read with the words before it ("X “agrees with Y”" is X's agreement).
    const opening = sentences[firstFrom(sentences, c.span.start + 1) - 1];
    const unit = { start: Math.min(c.span.start, opening?.start ?? c.span.start), end: c.span.end };
    const parties = partiesIn(doc, unit, null, sorted, thread);
    const { ws, at: where } = clauseOf(doc.text, unit, parties);
    parties.forEach((party, k) => {
      if (where[k]! < 0 || works(speaker.name, party.name)) return;
      const side = governedSide(ws, where[k]!, v, !isAuthor) ?? describedSide(ws, where[k]!, v);
      if (side) push(at, speaker.name, party, side, c.span);
    });
  }
  return out;

  function commentSides(c: ParsedComment, own: Sentence[], take: (p: Party, side: Side, s: Span) => void) {
    let addressee: Party | undefined;
    // The comment's parties found once; most of its sentences name no one and say no "you".
    const all = partiesIn(doc, c.bodySpan, c, sorted, thread);
    own.forEach((s, n) => {
      const parties = all.filter((p) => s.start <= p.at.start && p.at.end <= s.end);
      if (parties.length === 0 && !YOU.test(doc.text.slice(s.start, s.end))) return;
      const { ws, at } = clauseOf(doc.text, s, parties);
      // "you" and "your": the person addressed by name, else the article's writer in a top-level comment.
      const second = ws.flatMap((w, i) => (w === 'you' ? [i] : []));
      parties.forEach((party, k) => {
        const p = at[k]!;
        if (p < 0) return;
        // "@Sam …" addresses Sam wherever it stands.
        const handle = doc.text[party.at.start - 1] === '@' ? (p === 0 ? 'opens' : 'closes') : null;
        const how = party.type === 'Person' ? (handle ?? addressed(ws, p, v)) : null;
        if (how) addressee ??= party;
        const governed = governedSide(ws, p, v) ?? describedSide(ws, p, v);
        if (governed) {
          take(party, governed, s);
          return;
        }
        if (!how) return;
        // An address that opens a comment goes on into the next sentence ("Sam, I have managed … I never …").
        const next = n === 0 && how === 'opens' ? own[1] : undefined;
        const words = next ? [...ws, ...clauseOf(doc.text, next, []).ws] : ws;
        // "Sam: stop …": an order given right after the name of the person addressed pushes back.
        const after = PUNCT.test(ws[p + 1] ?? '') ? p + 2 : p + 1;
        const ordered = how === 'opens' && anyAt(ws, after, v.challenges) > 0;
        const side = addressSide(words, v) ?? (ordered ? 'OPPOSES' : null);
        if (side) take(party, side, next ? { start: s.start, end: next.end } : s);
      });
      const you = secondPerson(doc, c, addressee);
      if (!you) return;
      for (const i of second) {
        if (generic(ws, i)) continue;
        const side = governedSide(ws, i, v) ?? describedSide(ws, i, v);
        if (side) take(you, side, s);
      }
    });
  }
}

/**
 * Every side taken in a document, given its claims (whose speakers say who takes a side) and the relations
 * found so far (who works for whom, who is a case's victim): the stance of claims about one party, then
 * the sides read from the words. Both engines call this, the deep one again once the parse has named more
 * claims' speakers.
 */
export function sidesTaken(found: MentionedDocument, given: RawClaim[], relations: RawRelation[]): RawRelation[] {
  const { doc, sentences, mentions, references } = found;
  const sorted = [...mentions, ...references].sort((a, b) => a.start - b.start);
  const claims = spokenByPeople(doc, sentences, given, sorted);
  const own = speakersSides(doc, sentences, claims, sorted, relations);
  const fromClaims = stanceRelations(doc, claims, mentions, [...mentions, ...references], relations, own);
  const excluded = childTargets(mentions, relations);
  const known = [...relations, ...fromClaims];
  return [...fromClaims, ...sideRelations({ doc, sentences, sorted, claims, relations: known, excluded, own })];
}
