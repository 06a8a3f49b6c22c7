// The console as people use it: statements piped on stdin, -e, exit codes, and a real terminal (tmux).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { ROOT, count, freshSeedGraph, testDriver } from '../helpers/db.js';

const CLI = path.join(ROOT, 'server/src/console/cli.ts');
let driver: Driver;

function consoleRun(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, CLAIMGRAPH_HISTORY: '/tmp/claimgraph-test-history' },
    input: input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(async () => {
  driver = testDriver();
  await freshSeedGraph(driver);
});
afterAll(async () => driver?.close());

describe('console, non-interactive', () => {
  it('runs piped multi-line statements with parameters and prints an aligned table with timing', () => {
    const r = consoleRun(
      [],
      ':param who => "Ruth Cartwright"\nMATCH (c:Comment)\nWHERE c.author = $who\nRETURN c.author AS author, ' +
        'c.postedAt AS postedAt;\n',
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\| author +\| postedAt +\|/);
    expect(r.out).toContain('| Ruth Cartwright | 2021-12-10T16:34:00 |');
    expect(r.out).toMatch(/\d+ rows? in \d+ ms/);
  });

  it('answers -e with JSON or CSV', () => {
    const json = consoleRun(['--format', 'json', '-e', 'MATCH (d:Document) RETURN count(d) AS n;']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out.trim())).toMatchObject({ columns: ['n'], rows: [[5]] });
    const csv = consoleRun(['--format', 'csv', '-e', 'RETURN "a,b" AS x;']);
    expect(csv.out.trim()).toBe('x\n"a,b"');
  });

  it('refuses writes without --write, with a clear message and a non-zero exit code', async () => {
    const before = await count(driver, 'MATCH (n) RETURN count(n)');
    const r = consoleRun([], 'CREATE (:ConsoleTest);\n');
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/Refused: .*--write/);
    expect(await count(driver, 'MATCH (n) RETURN count(n)')).toBe(before);
  });

  it('refuses every statement of the shared write/admin corpus, changing nothing', async () => {
    const { attempts, leaks } = JSON.parse(
      readFileSync(path.join(ROOT, 'test/fixtures/cypher-write-attempts.json'), 'utf8'),
    ) as { attempts: string[]; leaks: string[] };
    const hostname = readFileSync('/etc/hostname', 'utf8').trim();
    const before = await count(driver, 'MATCH (n) RETURN count(n)');
    for (const q of [...attempts, ...leaks]) {
      const r = consoleRun(['-e', q]);
      expect(r.code, q).not.toBe(0);
      expect(r.err, q).toMatch(/Refused|not allowed|Syntax error|Error/);
      expect(r.out + r.err, q).not.toContain(hostname);
      expect(r.out, q).not.toMatch(/dbms\.security|currentQuery|clientAddress/);
    }
    expect(await count(driver, 'MATCH (n) RETURN count(n)')).toBe(before);
    expect(await count(driver, 'MATCH (n:Hacked) RETURN count(n)')).toBe(0);
  }, 300_000);

  it('never takes the text of -e for a flag: -e --write stays read-only', async () => {
    const r = consoleRun(['-e', 'CREATE (:ConsoleProbe {x: 1})', '-e', '--write']);
    expect(r.code).not.toBe(0);
    expect(await count(driver, 'MATCH (n:ConsoleProbe) RETURN count(n)')).toBe(0);
  });

  it('allows writes with --write', async () => {
    const r = consoleRun(['--write'], 'CREATE (:ConsoleTest {x: 1});\n');
    expect(r.code).toBe(0);
    expect(await count(driver, 'MATCH (n:ConsoleTest) RETURN count(n)')).toBe(1);
    await driver.executeQuery('MATCH (n:ConsoleTest) DELETE n');
  });

  it('reports syntax errors with their position', () => {
    const r = consoleRun(['-e', 'MATCH (n RETURN n;']);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/Syntax error at line 1, column \d+/);
  });

  it('says how to start Neo4j when it is not reachable', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, '-e', 'RETURN 1;'], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/not reachable at bolt:\/\/127\.0\.0\.1:1 — start it with npm run db:start/);
  });
});

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
describe.skipIf(!hasTmux)('console in a real terminal (tmux)', () => {
  const session = `claimgraph-test-${process.pid}`;
  const tmux = (...a: string[]) => execFileSync('tmux', a, { encoding: 'utf8' });
  // -l sends the text literally (tmux would read a trailing ';' as its own separator).
  const type = (text: string) => {
    tmux('send-keys', '-t', session, '-l', text.replace(/;$/, '\\;'));
    tmux('send-keys', '-t', session, 'Enter');
  };
  const screen = () => tmux('capture-pane', '-p', '-t', session);
  const waitFor = async (re: RegExp, ms = 30_000) => {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      if (re.test(screen())) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`not on screen: ${re}\n${screen()}`);
  };
  afterAll(() => {
    spawnSync('tmux', ['kill-session', '-t', session]);
  });

  it('takes a multi-line query, shows :help, cancels with Ctrl-C and keeps the session', async () => {
    const env = `NEO4J_URI=${process.env.NEO4J_URI} CLAIMGRAPH_HISTORY=/tmp/claimgraph-test-history`;
    tmux(
      'new-session',
      '-d',
      '-s',
      session,
      '-x',
      '200',
      '-y',
      '50',
      `cd ${ROOT} && ${env} ${process.execPath} --import tsx ${CLI} --timeout 20000`,
    );
    await waitFor(/cypher>/); // capture-pane trims the prompt's trailing space
    type('MATCH (d:Document)');
    await waitFor(/\.\.\./);
    type('RETURN count(d) AS documents;');
    await waitFor(/\| documents \|[\s\S]*\| 5 +\|[\s\S]*1 row in/);
    type(':help');
    await waitFor(/:schema/);
    type('UNWIND range(1, 300000000) AS x WITH x WHERE x < 0 RETURN count(x);');
    await new Promise((r) => setTimeout(r, 800));
    tmux('send-keys', '-t', session, 'C-c', '');
    await waitFor(/\(cancelled\)/);
    type('RETURN 40 + 2 AS answer;');
    await waitFor(/\| 42 +\|/);
  });
});
