// Dependency-path patterns (ingest/data/dependency-patterns.json) and the walk that matches one from a word of
// a parsed sentence. A path is a list of steps over arcs (down to a dependent, ^ up to a governor) and tests
// of the word reached (its lemma in a list, a role noun, a family word).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityType, Predicate } from '@claimgraph/schema';
import type { ParsedSentence, Token } from './parse.js';

const DATA = path.resolve(import.meta.dirname, '../../../data');

export interface DepPatternData {
  group: string;
  predicate: Predicate | 'ROLE';
  path: string[];
  subjectTypes?: EntityType[];
  objectTypes?: EntityType[];
  qualifier?: 'role' | 'family';
}

export interface DepPatternFile {
  lists: Record<string, string[]>;
  patterns: DepPatternData[];
}

type Step =
  | { kind: 'arc'; optional: boolean; alternatives: { up: boolean; label: string; prefix: boolean }[] }
  | { kind: 'test'; words: Set<string>; qualifier: boolean };

export interface DepPattern extends DepPatternData {
  steps: Step[];
}

export interface Vocabulary {
  /** Head words of role phrases ("executive" of "chief executive", "director" of "director of …"). */
  roles: Set<string>;
  family: Set<string>;
  /** Role phrases that lead the organisation (chair, chief executive…). */
  leadRoles: Set<string>;
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(DATA, file), 'utf8'));

let vocabulary: Vocabulary | undefined;
/** Roles and family words are the rules engine's own (names.json, relations.json), so the engines agree. */
export function depVocabulary(): Vocabulary {
  if (vocabulary) return vocabulary;
  const names = readJson('names.json') as { roles: Record<string, string> };
  const relations = readJson('relations.json') as { lists: Record<string, string[]> };
  const head = (phrase: string) => {
    const words = phrase.toLowerCase().replace(/’/g, "'").split(/\s+/);
    const of = words.indexOf('of');
    return of > 0 ? words[of - 1]! : words[words.length - 1]!;
  };
  vocabulary = {
    roles: new Set(Object.keys(names.roles).map(head)),
    family: new Set(relations.lists.family!.map((w) => w.toLowerCase())),
    leadRoles: new Set(relations.lists.leadRoles!.map((w) => w.toLowerCase())),
  };
  return vocabulary;
}

export function compilePatterns(data: DepPatternFile, vocab: Vocabulary = depVocabulary()): DepPattern[] {
  const compileStep = (s: string): Step => {
    if (s.startsWith('=')) {
      const name = s.slice(1);
      if (name === 'ROLE') return { kind: 'test', words: vocab.roles, qualifier: true };
      if (name === 'FAMILY') return { kind: 'test', words: vocab.family, qualifier: true };
      const list = data.lists[name];
      if (!list) throw new Error(`dependency-patterns.json: no list ${name}`);
      return { kind: 'test', words: new Set(list), qualifier: false };
    }
    const optional = s.endsWith('?');
    return {
      kind: 'arc',
      optional,
      alternatives: (optional ? s.slice(0, -1) : s).split('|').map((a) => {
        const up = a.startsWith('^');
        const label = up ? a.slice(1) : a;
        return { up, label: label.replace(/:$/, ''), prefix: label.endsWith(':') };
      }),
    };
  };
  return data.patterns.map((p) => ({ ...p, steps: p.path.map(compileStep) }));
}

let patterns: DepPattern[] | undefined;
export function dependencyPatterns(): DepPattern[] {
  patterns ??= compilePatterns(readJson('dependency-patterns.json') as DepPatternFile);
  return patterns;
}

export interface PathMatch {
  /** Index (1-based) of the word the path ends on. */
  end: number;
  /** The word a qualifier test matched, when the pattern has one. */
  qualifierWord: number | null;
}

const labelMatches = (dep: string, a: { label: string; prefix: boolean }) =>
  a.prefix ? dep.startsWith(`${a.label}:`) || dep === a.label : dep === a.label;

/** Every word the pattern's path reaches from `from`, with the word its qualifier test matched. */
export function walk(sentence: ParsedSentence, p: DepPattern, from: number): PathMatch[] {
  let states: PathMatch[] = [{ end: from, qualifierWord: null }];
  for (const step of p.steps) {
    const next: PathMatch[] = step.kind === 'arc' && step.optional ? [...states] : [];
    for (const st of states) {
      if (step.kind === 'test') {
        const t = sentence.tokens[st.end - 1];
        if (t && (step.words.has(t.lemma.toLowerCase()) || step.words.has(t.word.toLowerCase())))
          next.push(step.qualifier ? { ...st, qualifierWord: st.end } : st);
        continue;
      }
      for (const d of sentence.deps)
        for (const a of step.alternatives) {
          if (!labelMatches(d.dep, a)) continue;
          if (a.up && d.dependent === st.end && d.gov > 0) next.push({ ...st, end: d.gov });
          else if (!a.up && d.gov === st.end) next.push({ ...st, end: d.dependent });
        }
    }
    states = next;
    if (states.length === 0) break;
  }
  return states;
}

/** The role or family phrase at a word: the word with the modifiers before it ("chief executive"). */
export function qualifierPhrase(sentence: ParsedSentence, word: number): Token[] {
  // Only lower-case modifiers right before it: "Kidcare chief executive" names the employer, not the role.
  const mods = new Set(
    sentence.deps.filter((d) => d.gov === word && /^(?:amod|compound)$/.test(d.dep)).map((d) => d.dependent),
  );
  let first = word;
  while (mods.has(first - 1) && /^\p{Ll}/u.test(sentence.tokens[first - 2]!.word)) first--;
  return sentence.tokens.slice(first - 1, word);
}
