// Claims: assertions about named entities, with the speaker who makes them.
//  1. quoted statements → the person or body quoted (never the article's author);
//  2. reported speech ("MacAlister has repeatedly said that …") → its subject;
//  3. the writer's own evaluative sentences in opinion, blog and thread text → the document's author;
//  4. commentators' sentences about named entities → the comment's author.
import { authorPlaceholder, type EntityType, type Stance } from '@claimgraph/schema';
import type { MentionedDocument, RawClaim, RawMention, Sentence, Span } from '../../pipeline/types.js';
import { agrees, gendersShown, type Gender } from '../references/gender.js';
import { firstFrom, mentionsIn, named } from '../references/index.js';
import { overlapsAny } from '../spans.js';
import { ACCORDING_TO, SPEECH_AFTER, SPEECH_BEFORE, findQuotes, type Quote } from './quotes.js';
import { SPEAKER_TYPES, affiliationsOf, personFor, reportedSpeaker } from './attribution.js';
import { stanceOfScore, stanceScoreIn } from './stance.js';

/** Document kinds whose writer argues a case. */
const OPINION_KINDS = new Set(['opinion', 'blog', 'thread']);
const PRONOUN_PERSON = /^(?:he|she|they)$/i;
const MIN_QUOTE_WORDS = 5;
/** A statement worth recording has at least this many words (headings and fragments have fewer). */
const MIN_CLAIM_WORDS = 6;
/** How far back (characters) a claim with no name of its own looks for what it is about. */
const CONTEXT = 600;
/** How far (characters) after a reported statement an unattributed judgement still continues it. */
const CONTINUES = 300;

export function findClaims({ doc, sentences, mentions, references }: MentionedDocument): RawClaim[] {
  const claims: RawClaim[] = [];
  const text = doc.text;
  const inQuote: Span[] = [];
  // Every quoted statement, attributed or not: the writer does not speak inside quote marks.
  const anyQuote: Span[] = [];
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const shown = gendersShown(text, sorted);
  const speakers = sorted.filter((m) => SPEAKER_TYPES.has(m.type));
  const within = (s: Span) => mentionsIn(sorted, s);
  // Stance of a stretch of text, the words of the names in it left out ("Care Quality Commission").
  const scoreOf = (s: Span) => stanceScoreIn(text, s, within(s));
  const stanceIn = (s: Span): Stance => stanceOfScore(scoreOf(s));

  const withRefs = [...sorted, ...references].sort((a, b) => a.start - b.start);
  // The bodies a quoted speaker is introduced with in their own sentence: their side, not their subject.
  const sideOf = (speaker: RawClaim['speaker']): Set<string> => {
    const at = speaker.mention;
    const s = at && sentences.find((x) => x.start <= at.start && at.end <= x.end);
    if (!at || !s) return new Set();
    return new Set(affiliationsOf(text, s, at, within(s)).map((m) => m.canonical));
  };

  // 1. Quotes in the article and in comments.
  const regions: { span: Span; commentAuthor: string | null }[] = [
    { span: doc.article, commentAuthor: null },
    ...doc.comments.map((c) => ({ span: c.bodySpan, commentAuthor: c.author })),
  ];
  for (const region of regions) {
    if (region.commentAuthor !== null || doc.comments.length === 0 || region.span === doc.article) {
      for (const q of findQuotes(text, region.span)) {
        const inner = text.slice(q.inner.start, q.inner.end);
        if (!hasPieces(inner, MIN_QUOTE_WORDS)) continue;
        anyQuote.push(q.span);
        const speaker =
          region.span === doc.article
            ? (quoteSpeaker(text, q, speakers, shown) ?? continuedSpeaker(text, q, sentences, claims, withRefs))
            : null;
        if (!speaker) continue;
        inQuote.push(q.span);
        const side = sideOf(speaker);
        const paragraph = within({ start: q.paragraphStart, end: q.paragraphEnd }).filter(
          (m) => !side.has(m.canonical),
        );
        const about = aboutOf(within(q.inner), speaker, paragraph, sorted);
        const found = about.length ? about : contextAbout(sorted, q.span.start, speaker, sorted, side);
        // Words that concern nothing but the speaker's own side are still theirs: about their own position.
        const context = found.length || side.size === 0 || !speaker.mention ? found : [speaker.mention];
        if (context.length === 0) continue;
        claims.push({ span: trimSpan(text, q.span), stance: stanceIn(q.inner), speaker, about: context.map(spanOf) });
      }
    }
  }
  const quoted = overlapsAny(inQuote);
  const inAnyQuote = overlapsAny(anyQuote);

  // 2–4. Sentences outside quotes.
  const authorSpeaker = doc.authorSpan
    ? { mention: doc.authorSpan }
    : { name: doc.record.author ?? authorPlaceholder(doc.record) };
  const commentAuthor = new Map(doc.comments.map((c) => [c.id, c.author]));
  const withinAll = (s: Span) => mentionsIn(withRefs, s);
  let lastReported: RawClaim | undefined;
  const byId = new Map(doc.comments.map((c) => [c.id, c]));
  const repliedTo = new Map(
    doc.comments.flatMap((c) => {
      const parent = c.parent ? byId.get(c.parent) : undefined;
      return parent?.authorSpan ? [[c.id, parent.authorSpan] as const] : [];
    }),
  );
  const commentSpan = new Map(doc.comments.map((c) => [c.id, c.bodySpan]));
  // A judgement that names no one concerns the name just before it in the same text (article or comment).
  const unnamedJudgement = (s: Sentence, sentenceText: string): RawClaim | null => {
    if (!hasPieces(sentenceText, MIN_CLAIM_WORDS) || inAnyQuote(s)) return null;
    const region = s.commentId ? commentSpan.get(s.commentId) : doc.article;
    // Right after a reported statement, an unattributed judgement goes on reporting the same speaker.
    // (A sentence in the first person outside quote marks is the writer's own.)
    const reported =
      !s.commentId && lastReported && s.start - lastReported.span.end < CONTINUES && !/\bI\b/.test(sentenceText)
        ? lastReported
        : undefined;
    const speaker = s.commentId ? { name: commentAuthor.get(s.commentId) ?? '' } : authorSpeaker;
    // What the judgement would be about, found before it is scored: scoring is the cost, and a judgement
    // about nothing is dropped whatever its score.
    let about: Span | null | undefined;
    if (!reported) {
      if (!region || speaker.name === '') return null;
      const last = lastBefore(
        sorted,
        region.start,
        s.start,
        (m) => m.kind !== 'commentator' && (!doc.authorSpan || m.start !== doc.authorSpan.start),
      );
      // A comment's judgement that names no one answers the comment it replies to, or else the article's writer.
      about =
        last && s.start - last.end <= CONTEXT
          ? last
          : s.commentId
            ? (repliedTo.get(s.commentId) ?? doc.authorSpan)
            : undefined;
      if (!about) return null;
    }
    const score = scoreOf(s);
    // In a comment every statement is the commenter's opinion; in the article only a judgement counts.
    if (score === 0 && !s.commentId) return null;
    if (reported)
      return {
        span: s,
        stance: score < 0 ? 'critical' : 'supportive',
        speaker: reported.speaker,
        about: reported.about,
      };
    return about ? { span: s, stance: stanceOfScore(score), speaker, about: [spanOf(about)] } : null;
  };
  for (const s of sentences) {
    if (quoted(s)) continue;
    const ms = withinAll(s);
    const sentenceText = text.slice(s.start, s.end);
    if (ms.length === 0) {
      const unnamed = unnamedJudgement(s, sentenceText);
      if (unnamed) claims.push(unnamed);
      continue;
    }
    // Reported speech: the subject of a reporting verb speaks, a reference standing for its name.
    // In a comment the commenter speaks: what they say others said is their account of it.
    const reporter = s.commentId ? null : reportedSpeaker(text, s, ms);
    if (reporter) {
      const speaker = { mention: spanOf(named(reporter)) };
      // The body the speaker is introduced with is their side; a later mention of it in their words is not.
      const own = affiliationsOf(text, s, reporter, ms);
      const others = ms
        .filter((m) => !own.includes(m))
        .map(named)
        .filter((m) => m.canonical !== named(reporter).canonical);
      const side = new Set(own.map((m) => named(m).canonical));
      const context = others.length ? others : contextAbout(sorted, s.start, speaker, sorted, side);
      // A statement that names nothing else is still the speaker's: it concerns the speaker's own position.
      const about = context.length ? context : [named(reporter)];
      lastReported = { span: s, stance: stanceIn(s), speaker, about: about.map(spanOf) };
      claims.push(lastReported);
      continue;
    }
    const about = ms.map(named);
    if (s.commentId) {
      const author = commentAuthor.get(s.commentId);
      if (!author) continue;
      const others = about.filter((m) => m.canonical !== author);
      if (others.length)
        claims.push({ span: s, stance: stanceIn(s), speaker: { name: author }, about: others.map(spanOf) });
      continue;
    }
    // The writer's own statements about named entities.
    const score = scoreOf(s);
    const statement = hasPieces(sentenceText, MIN_CLAIM_WORDS) && !/\?["”’]?$/.test(sentenceText);
    if (!statement && score === 0) continue;
    const own = about.filter((m) => !doc.authorSpan || m.start !== doc.authorSpan.start);
    if (own.length)
      claims.push({
        span: s,
        stance: stanceOfScore(score),
        speaker: authorSpeaker,
        about: own.map(spanOf),
      });
  }
  // Opinion writing argues: in a comment, or in the article of a blog, an opinion piece or a thread, the
  // writer's statements serve the text's argument. A statement with no judgement of its own in such a text
  // whose tone is critical is part of the criticism; a statement of figures (a count, an amount, a year)
  // reports a fact that stands on its own. (A warm tone does not carry over the same way: in
  // comments and posts it is mostly courtesy, "thanks", "hope this helps".)
  const argued = [
    ...doc.comments.map((c) => ({ region: c.bodySpan, speaker: undefined })),
    ...(OPINION_KINDS.has(doc.record.kind) ? [{ region: doc.article, speaker: authorSpeaker }] : []),
  ];
  const plain = claims
    .filter((x) => x.stance === 'neutral' && !/\d/.test(text.slice(x.span.start, x.span.end)))
    .map((claim) => ({ ...claim.span, claim }))
    .sort((a, b) => a.start - b.start);
  for (const { region, speaker } of argued) {
    const inside = mentionsIn(plain, region).filter((x) => speaker === undefined || x.claim.speaker === speaker);
    if (inside.length && stanceIn(region) === 'critical') for (const x of inside) x.claim.stance = 'critical';
  }
  return dedupe(claims);
}

/**
 * Who said a quote: an attribution just after it (“…,” said X), just before it (X said: “…”), or a pronoun.
 */
function quoteSpeaker(
  text: string,
  q: Quote,
  speakers: RawMention[],
  shown: Map<string, Gender>,
): RawClaim['speaker'] | null {
  const after = text.slice(q.span.end, Math.min(q.paragraphEnd, q.span.end + 120));
  const before = text.slice(Math.max(q.paragraphStart, q.span.start - 160), q.span.start);
  if (SPEECH_AFTER.test(after)) {
    let m: RawMention | undefined;
    for (let k = firstFrom(speakers, q.span.end); !m && k < speakers.length; k++) {
      const x = speakers[k]!;
      if (x.start > q.span.end + 80) break;
      if (x.end <= q.paragraphEnd) m = x;
    }
    if (m) return { mention: spanOf(m) };
    const pron = /^[,.!?]?[”"]?[ \u00a0]*(he|she|they)\b|\b(he|she|they) (?:said|added|told)\b/i.exec(after);
    if (pron) return pronounSpeaker(q.span.start, speakers, pron[1] ?? pron[2]!, shown);
  }
  if (SPEECH_BEFORE.test(before) || ACCORDING_TO.test(before)) {
    const m = lastBefore(speakers, q.paragraphStart, q.span.start, () => true);
    if (m) {
      // "X of Y said:" — the organisation named last introduces the person, who is the speaker.
      const cands =
        m.type === 'Organisation' ? speakers.filter((x) => x.end <= q.span.start && x.start >= q.paragraphStart) : [];
      return { mention: spanOf(personFor(text, { start: q.paragraphStart, end: q.span.start }, m, cands)) };
    }
    const pron = /\b(he|she|they|it|the [a-z]+)\b[^.]*$/i.exec(before);
    if (pron && PRONOUN_PERSON.test(pron[1]!)) return pronounSpeaker(q.span.start, speakers, pron[1]!, shown);
    if (pron) return nearestOf(q.span.start, speakers, 'Organisation');
  }
  // A quote that opens its paragraph and follows another quote's paragraph continues that speaker.
  return null;
}

/**
 * A quote that opens its paragraph with no attribution of its own continues the speaker of the paragraph
 * before: the last quote's speaker there, or the subject of its last reported-speech sentence.
 */
function continuedSpeaker(
  text: string,
  q: Quote,
  sentences: Sentence[],
  claims: RawClaim[],
  mentions: RawMention[],
): RawClaim['speaker'] | null {
  if (text.slice(q.paragraphStart, q.span.start).trim() !== '') return null;
  let prevEnd = q.paragraphStart;
  while (prevEnd > 0 && /\s/.test(text[prevEnd - 1]!)) prevEnd--;
  const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
  if (prevEnd <= prevStart) return null;
  const last = [...claims].reverse().find((c) => c.span.start >= prevStart && c.span.end <= q.paragraphStart);
  if (last?.speaker.mention) return last.speaker;
  const inPrev = sentences.filter((x) => x.start >= prevStart && x.end <= prevEnd).reverse();
  for (const x of inPrev) {
    const ms = mentionsIn(mentions, x);
    const r = reportedSpeaker(text, x, ms);
    if (r) return { mention: spanOf(named(r)) };
  }
  return null;
}

/** What a claim with no name of its own is about: the latest other name shortly before it. */
function contextAbout(
  mentions: RawMention[],
  at: number,
  speaker: RawClaim['speaker'],
  all: RawMention[],
  side = new Set<string>(),
): RawMention[] {
  const speakerCanonical = speaker.mention ? startingAt(all, speaker.mention.start)?.canonical : undefined;
  // Mentions that start after `at` end after it and are passed over: the backward scan begins before them.
  for (let k = firstFrom(mentions, at + 1) - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.end > at) continue;
    if (at - m.end > CONTEXT) break;
    if (m.canonical !== speakerCanonical && m.kind !== 'commentator' && !side.has(m.canonical)) return [m];
  }
  return [];
}

/** The nearest person before `at` that the pronoun can stand for. */
function pronounSpeaker(
  at: number,
  speakers: RawMention[],
  pronoun: string,
  shown: Map<string, Gender>,
): RawClaim['speaker'] | null {
  return nearestOf(at, speakers, 'Person', (m) => agrees(pronoun, shown.get(m.canonical)));
}

/** The last speaker (in text order) of the type that ends before `at`, less than 1500 characters before it. */
function nearestOf(
  at: number,
  speakers: RawMention[],
  type: EntityType,
  accept: (m: RawMention) => boolean = () => true,
): RawClaim['speaker'] | null {
  // Speakers that start after `at` end after it; those are skipped by where the backward scan begins.
  for (let k = firstFrom(speakers, at + 1) - 1; k >= 0; k--) {
    const m = speakers[k]!;
    if (m.end <= at && m.type === type && at - m.end < 1500 && accept(m)) return { mention: spanOf(m) };
    // The speakers further back start too early to end within reach, the longest of them included.
    if (at - m.start >= 1500 + longest(speakers)) break;
  }
  return null;
}

function aboutOf(
  inside: RawMention[],
  speaker: RawClaim['speaker'],
  paragraph: RawMention[],
  all: RawMention[],
): RawMention[] {
  const isSpeaker = (m: RawMention) => speaker.mention !== undefined && m.start === speaker.mention.start;
  const speakerCanonical = speaker.mention ? startingAt(all, speaker.mention.start)?.canonical : undefined;
  const keep = (m: RawMention) => !isSpeaker(m) && m.canonical !== speakerCanonical;
  const direct = inside.filter(keep);
  return direct.length ? direct : paragraph.filter(keep);
}

const spanOf = (m: Span): Span => ({ start: m.start, end: m.end });

/** White space as `\s` reads it. */
const SPACES = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);
const isSpace = (c: number) => SPACES.has(c) || (c >= 0x2000 && c <= 0x200a);

/**
 * Whether `text.split(/\s+/)` has at least `n` pieces (a word count that counts an edge of white space as one),
 * counted without making the pieces.
 */
function hasPieces(text: string, n: number): boolean {
  let pieces = 1;
  for (let i = 0; i < text.length && pieces < n; i++) {
    if (!isSpace(text.charCodeAt(i))) continue;
    pieces++;
    while (i + 1 < text.length && isSpace(text.charCodeAt(i + 1))) i++;
  }
  return pieces >= n;
}

/** The length of the longest of the spans, worked out once per array. */
const longestOf = new WeakMap<readonly Span[], number>();
function longest(spans: readonly Span[]): number {
  let n = longestOf.get(spans);
  if (n === undefined) {
    n = 0;
    for (const x of spans) n = Math.max(n, x.end - x.start);
    longestOf.set(spans, n);
  }
  return n;
}

/** The first mention (sorted by start) that starts at `at`. */
function startingAt(sorted: RawMention[], at: number): RawMention | undefined {
  const m = sorted[firstFrom(sorted, at)];
  return m?.start === at ? m : undefined;
}

/** The last mention (sorted by start) inside [from, to) that passes `accept`, scanning back from `to`. */
function lastBefore(
  sorted: RawMention[],
  from: number,
  to: number,
  accept: (m: RawMention) => boolean,
): RawMention | undefined {
  for (let k = firstFrom(sorted, to) - 1; k >= 0 && sorted[k]!.start >= from; k--) {
    const m = sorted[k]!;
    if (m.end <= to && accept(m)) return m;
  }
  return undefined;
}

function trimSpan(text: string, s: Span): Span {
  const { start } = s;
  let { end } = s;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

function dedupe(claims: RawClaim[]): RawClaim[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const k = `${c.span.start}:${c.span.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
