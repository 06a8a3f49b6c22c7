// A dependency parse of a document from the CoreNLP server, cached on disk by content hash: re-reading a
// document costs no parse. Only what the patterns read is kept (tokens and enhanced++ dependencies).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Span } from '../../pipeline/types.js';
import { ANNOTATORS, CORENLP_VERSION, nlpProfile, nlpUrl, type NlpProfile } from './server.js';

export interface Token {
  /** 1-based index within its sentence, as in the dependencies. */
  index: number;
  word: string;
  lemma: string;
  pos: string;
  start: number;
  end: number;
}

export interface Dependency {
  dep: string;
  /** Governor's token index (0 is the root). */
  gov: number;
  dependent: number;
}

export interface ParsedSentence {
  tokens: Token[];
  deps: Dependency[];
}

export interface DocumentParse {
  sentences: ParsedSentence[];
}

/** CoreNLP's JSON, as much as is read here. */
export interface CoreNlpJson {
  sentences: {
    tokens: {
      index: number;
      word: string;
      lemma: string;
      pos: string;
      characterOffsetBegin: number;
      characterOffsetEnd: number;
    }[];
    enhancedPlusPlusDependencies: { dep: string; governor: number; dependent: number }[];
  }[];
}

/** The compact form of a CoreNLP answer, its offsets moved by `offset` (where its chunk starts in the text). */
export function fromCoreNlp(json: CoreNlpJson, offset = 0): DocumentParse {
  return {
    sentences: json.sentences.map((s) => ({
      tokens: s.tokens.map((t) => ({
        index: t.index,
        word: t.word,
        lemma: t.lemma,
        pos: t.pos,
        start: t.characterOffsetBegin + offset,
        end: t.characterOffsetEnd + offset,
      })),
      deps: s.enhancedPlusPlusDependencies.map((d) => ({ dep: d.dep, gov: d.governor, dependent: d.dependent })),
    })),
  };
}

export interface ParserOptions {
  profile?: NlpProfile;
  /** Where parses are kept; CLAIMGRAPH_NLP_CACHE or .corenlp/cache. */
  cacheDir?: string;
}

export interface Parser {
  parse(text: string): Promise<DocumentParse>;
}

/**
 * Parses only some stretches of a text (the sentences worth reading), one line each, and places the words
 * back at their offsets in the whole text. Parsing is most of the deep engine's cost; most sentences name
 * too little to hold a relation.
 */
export async function parseSpans(parser: Parser, text: string, spans: Span[]): Promise<DocumentParse> {
  const starts: number[] = [];
  const lines: string[] = [];
  let at = 0;
  for (const s of spans) {
    starts.push(at);
    // Same length, one line: the offsets inside a stretch stay as they were.
    const line = text.slice(s.start, s.end).replace(/[\r\n]/g, ' ');
    lines.push(line);
    at += line.length + 1;
  }
  const parsed = await parser.parse(lines.join('\n'));
  const move = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return spans[lo]!.start + offset - starts[lo]!;
  };
  return {
    sentences: parsed.sentences.map((s) => ({
      deps: s.deps,
      tokens: s.tokens.map((t) => ({ ...t, start: move(t.start), end: move(t.end - 1) + 1 })),
    })),
  };
}

/** The server refuses long texts (100,000 characters by default): paragraphs are sent in chunks below that. */
const CHUNK = 40_000;

export function chunks(text: string, size = CHUNK): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const cut = text.lastIndexOf('\n', end);
      if (cut > start) end = cut + 1;
    }
    out.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return out;
}

export function createParser(options: ParserOptions = {}): Parser {
  const profile = options.profile ?? nlpProfile();
  const cacheDir = options.cacheDir ?? process.env.CLAIMGRAPH_NLP_CACHE ?? path.join(profile.home, 'cache');
  const props = JSON.stringify({
    annotators: ANNOTATORS,
    outputFormat: 'json',
    // One line is one sentence at most: headings, bylines and comment headers must not run into the text.
    'ssplit.newlineIsSentenceBreak': 'always',
  });
  const url = `${nlpUrl(profile)}/?properties=${encodeURIComponent(props)}`;
  const request = async (text: string): Promise<CoreNlpJson> => {
    const res = await fetch(url, {
      method: 'POST',
      body: text,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      // A little beyond the server's own 120 s, so its answer (an error) arrives first.
      signal: AbortSignal.timeout(150_000),
    });
    if (!res.ok) throw new Error(`CoreNLP answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
    return (await res.json()) as CoreNlpJson;
  };
  return {
    async parse(text) {
      const key = createHash('sha256').update(`${CORENLP_VERSION}\n${ANNOTATORS}\n${text}`).digest('hex');
      const file = path.join(cacheDir, key.slice(0, 2), `${key}.json`);
      if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DocumentParse;
      const sentences: ParsedSentence[] = [];
      for (const c of chunks(text)) sentences.push(...fromCoreNlp(await request(c.text), c.start).sentences);
      const parsed = { sentences };
      mkdirSync(path.dirname(file), { recursive: true });
      // Written aside and renamed, so two workers parsing the same text never read half a file.
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
      writeFileSync(tmp, JSON.stringify(parsed));
      renameSync(tmp, file);
      return parsed;
    },
  };
}
