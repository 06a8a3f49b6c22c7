// No Docker engine runs in CI, so the app image's build steps are replayed instead: the Dockerfile's COPY and RUN
// lines, in order, in a clean copy of the committed tree. A lock out of sync with package.json fails `npm ci` here
// exactly as it would fail `docker compose up --build`.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/db.js';

interface Step {
  kind: 'COPY' | 'RUN';
  args: string;
}

/** The build steps of a Dockerfile (COPY and RUN, continuation lines joined); other instructions do not build. */
function buildSteps(dockerfile: string): Step[] {
  const joined = dockerfile.replace(/\\\r?\n/g, ' ');
  const steps: Step[] = [];
  for (const line of joined.split(/\r?\n/)) {
    const m = /^\s*(COPY|RUN)\s+(.+)$/.exec(line);
    if (m) steps.push({ kind: m[1] as Step['kind'], args: m[2]!.trim() });
  }
  return steps;
}

/** Files of the build context: what git tracks, minus .dockerignore's top-level names. */
function contextFiles(): string[] {
  const ignored = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0');
  return tracked.filter(
    (f) => f && existsSync(path.join(ROOT, f)) && !ignored.some((i) => f === i || f.startsWith(`${i}/`)),
  );
}

function copyStep(args: string, into: string): void {
  const parts = args.split(/\s+/);
  const dest = parts.pop()!;
  for (const src of parts) {
    if (src === '.') {
      for (const f of contextFiles()) {
        mkdirSync(path.dirname(path.join(into, f)), { recursive: true });
        cpSync(path.join(ROOT, f), path.join(into, f));
      }
      continue;
    }
    const target = dest.endsWith('/') ? path.join(into, dest, path.basename(src)) : path.join(into, dest);
    mkdirSync(path.dirname(target), { recursive: true });
    cpSync(path.join(ROOT, src), target);
  }
}

describe('the Dockerfile build steps', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimgraph-image-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('are COPY of the manifests, npm ci, COPY of the tree and the build', () => {
    const steps = buildSteps(readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8'));
    expect(steps.filter((s) => s.kind === 'RUN').map((s) => s.args)).toEqual([
      'npm ci --no-audit --no-fund',
      'npm run build',
    ]);
  });

  it('succeed in a clean copy of the committed tree, producing the explorer bundle', () => {
    for (const step of buildSteps(readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8'))) {
      if (step.kind === 'COPY') copyStep(step.args, dir);
      else execFileSync('sh', ['-c', step.args], { cwd: dir, stdio: 'pipe', env: { ...process.env, CI: '1' } });
    }
    expect(existsSync(path.join(dir, 'node_modules', 'neo4j-driver'))).toBe(true);
    expect(existsSync(path.join(dir, 'client', 'dist', 'index.html'))).toBe(true);
  }, 600_000);

  it('ship an explorer bundle with no benchmark code and no test hook', () => {
    const dist = path.join(dir, 'client', 'dist');
    const entry = /src="\/(assets\/main-[^"]+\.js)"/.exec(readFileSync(path.join(dist, 'index.html'), 'utf8'))![1]!;
    const js = readFileSync(path.join(dist, entry), 'utf8');
    expect(js).toContain('claimgraph');
    for (const banned of ['__sigma', '__bench', '(benchmark)']) expect(js).not.toContain(banned);
    expect(existsSync(path.join(dist, 'bench-explorer.html'))).toBe(true);
  });
});
