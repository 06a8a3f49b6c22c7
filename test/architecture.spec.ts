// Keeps ARCHITECTURE.md's "may import" table true: every relative or workspace import in the tree is
// mapped to the part it lands in, and a part may only import the parts the table allows.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const PARTS = ['schema', 'ingest', 'server', 'client', 'scripts', 'bench', 'test'] as const;
type Part = (typeof PARTS)[number];

const MAY_IMPORT: Record<Part, readonly Part[]> = {
  schema: [],
  ingest: ['schema'],
  server: ['schema', 'ingest'],
  client: ['schema'],
  scripts: ['schema', 'ingest', 'server'],
  bench: ['schema', 'ingest', 'server', 'client', 'scripts'],
  test: ['schema', 'ingest', 'server', 'client', 'scripts', 'bench'],
};

const WORKSPACE: Record<string, Part> = {
  '@claimgraph/schema': 'schema',
  '@claimgraph/ingest': 'ingest',
  '@claimgraph/server': 'server',
  '@claimgraph/client': 'client',
};

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|tsx)$/.test(name)) out.push(full);
  }
  return out;
}

const partOf = (file: string): Part | undefined => {
  const top = path.relative(ROOT, file).split(path.sep)[0];
  return PARTS.find((p) => p === top);
};

/** Module specifiers of static imports, re-exports and dynamic import() calls. */
export function importsOf(source: string): string[] {
  const specs: string[] = [];
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(re)) specs.push(m[1]!);
  return specs;
}

function targetPart(file: string, spec: string): Part | undefined {
  const ws = Object.keys(WORKSPACE).find((w) => spec === w || spec.startsWith(`${w}/`));
  if (ws) return WORKSPACE[ws];
  if (!spec.startsWith('.')) return undefined; // a package from the registry
  return partOf(path.resolve(path.dirname(file), spec));
}

describe('import boundaries (ARCHITECTURE.md)', () => {
  it('finds imports of every form', () => {
    const src = `import a from './a.js';\nexport { b } from "../b.js";\nconst c = await import('../../c.js');`;
    expect(importsOf(src)).toEqual(['./a.js', '../b.js', '../../c.js']);
  });

  it('each part imports only the parts it may', () => {
    const violations: string[] = [];
    for (const part of PARTS) {
      for (const file of sourceFiles(path.join(ROOT, part))) {
        for (const spec of importsOf(readFileSync(file, 'utf8'))) {
          const to = targetPart(file, spec);
          if (to && to !== part && !MAY_IMPORT[part].includes(to)) {
            violations.push(`${path.relative(ROOT, file)} (${part}) imports ${spec} (${to})`);
          }
        }
      }
    }
    expect(violations).toEqual([]);
  });
});
