// The hand-curated list is YAML, where " #" starts a comment: an unquoted "Name | #tag" loses its hashtag silently.
// Every line must parse whole, and the built gazetteer.json must carry every alias it names (it is not stale).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseCuratedLine } from '../ingest/data/build/forms.js';

const data = path.join(import.meta.dirname, '../ingest/data');
const curated = load(readFileSync(path.join(data, 'curated.yaml'), 'utf8')) as { type: string; names: string[] }[];
const built = JSON.parse(readFileSync(path.join(data, 'gazetteer.json'), 'utf8')) as {
  name: string;
  type: string;
  aliases: string[];
  weak?: string[];
}[];
// Matching ignores case, and a form two entries of one type share stays with the first: so a curated form must be
// found, in any case, among the names and aliases of its type.
const formsOfType = new Map<string, Set<string>>();
for (const e of built) {
  const forms = formsOfType.get(e.type) ?? new Set<string>();
  for (const f of [e.name, ...e.aliases, ...(e.weak ?? [])]) forms.add(f.toLowerCase());
  formsOfType.set(e.type, forms);
}

describe('curated.yaml', () => {
  it('refuses a line whose end YAML took for a comment', () => {
    expect(() => parseCuratedLine('Community Care | @CommunityCare |')).toThrow(/quote it/);
    expect(parseCuratedLine('Community Care | #CommunityCare').aliases).toEqual(['#CommunityCare']);
  });

  it('parses every line whole, and gazetteer.json carries every name and alias it gives', () => {
    const missing: string[] = [];
    for (const group of curated) {
      const forms = formsOfType.get(group.type) ?? new Set<string>();
      for (const line of group.names) {
        const { name, aliases } = parseCuratedLine(line);
        for (const f of [name, ...aliases]) if (!forms.has(f.toLowerCase())) missing.push(`${name}: ${f}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
