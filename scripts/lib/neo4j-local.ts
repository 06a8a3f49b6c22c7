// Runs the real Neo4j Community server without Docker: fetched from Maven Central with the machine's Maven,
// started with Java 17+ on 127.0.0.1, data in a git-ignored folder of the project.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { neo4jConfig } from '@claimgraph/schema';
import { runningPid, sleep, startJavaServer, stopJavaServer } from '../../ingest/src/java-server.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const POM = path.join(ROOT, 'neo4j/pom.xml');
export const NEO4J_VERSION = /<neo4j\.version>([^<]+)</.exec(readFileSync(POM, 'utf8'))![1]!;

export interface LocalProfile {
  /** Folder holding conf/, data/, logs/, run/ of this instance. */
  home: string;
  boltPort: number;
  httpPort: number;
  password: string;
}

/**
 * The instance `npm start` uses, or another one (tests) chosen by env: CLAIMGRAPH_DB_DIR, CLAIMGRAPH_BOLT_PORT,
 * CLAIMGRAPH_HTTP_PORT.
 */
export function localProfile(env: NodeJS.ProcessEnv = process.env): LocalProfile {
  const cfg = neo4jConfig(env);
  return {
    home: path.resolve(ROOT, env.CLAIMGRAPH_DB_DIR ?? '.neo4j/default'),
    boltPort: Number(env.CLAIMGRAPH_BOLT_PORT ?? 7687),
    httpPort: Number(env.CLAIMGRAPH_HTTP_PORT ?? 7474),
    password: cfg.password,
  };
}

const libDir = () => path.join(ROOT, '.neo4j', `lib-${NEO4J_VERSION}`);
const pidFile = (p: LocalProfile) => path.join(p.home, 'run', 'claimgraph-neo4j.pid');

class MissingToolError extends Error {}

function requireTool(cmd: string, args: string[], what: string): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new MissingToolError(
      `${what} is needed to run Neo4j without Docker, but \`${cmd}\` was not found or failed. ` +
        `Install it (Debian: apt-get install ${cmd === 'mvn' ? 'maven' : 'openjdk-17-jre-headless'}) ` +
        'or use docker compose, or point NEO4J_URI at a running Neo4j.',
    );
  }
  return `${r.stdout}${r.stderr}`;
}

function checkJava(): void {
  const out = requireTool('java', ['-version'], 'Java 17 or 21');
  const m = /version "(\d+)/.exec(out);
  const major = m ? Number(m[1]) : 0;
  if (major < 17)
    throw new MissingToolError(`Neo4j ${NEO4J_VERSION} needs Java 17 or 21; found: ${out.split('\n')[0]}`);
}

/** Downloads the server's jars once into .neo4j/lib-<version> (Maven's own cache makes repeats cheap). */
export function fetchNeo4j(log: (s: string) => void = console.log): string {
  const lib = libDir();
  if (existsSync(path.join(lib, `neo4j-${NEO4J_VERSION}.jar`))) return lib;
  requireTool('mvn', ['-v'], 'Apache Maven');
  log(`Fetching Neo4j Community ${NEO4J_VERSION} from Maven Central…`);
  const tmp = `${lib}.partial`;
  rmSync(tmp, { recursive: true, force: true });
  const r = spawnSync('mvn', ['-q', '-B', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${tmp}`], {
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error(`Maven could not fetch Neo4j ${NEO4J_VERSION} (exit ${r.status}).`);
  rmSync(lib, { recursive: true, force: true });
  // Rename only once complete, so an interrupted download is never mistaken for a good one.
  spawnSync('mv', [tmp, lib]);
  return lib;
}

// The heap is given to the JVM itself: the server is started without Neo4j's launcher, which is what turns the
// conf's heap sizes into -Xms/-Xmx, so without these flags the JVM picks its own (a quarter of the machine's RAM,
// starting small and collecting often while a large write transaction grows). One size from the start: no
// resizing pauses under load.
const HEAP = '2g';
const PAGE_CACHE = '512m';

/**
 * The JVM options Neo4j's own launcher adds (its default neo4j.conf): the page cache and Bolt's buffers reach
 * native memory directly only when java.nio is opened to them, and fall back to a slower copying path otherwise.
 */
const LAUNCHER_JVM_OPTIONS = [
  `-Xms${HEAP}`,
  `-Xmx${HEAP}`,
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
];

function writeConf(p: LocalProfile): void {
  for (const d of ['conf', 'data', 'logs', 'run', 'import']) mkdirSync(path.join(p.home, d), { recursive: true });
  const conf = [
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${p.boltPort}`,
    `server.http.listen_address=127.0.0.1:${p.httpPort}`,
    'server.https.enabled=false',
    `server.directories.data=${path.join(p.home, 'data')}`,
    `server.directories.logs=${path.join(p.home, 'logs')}`,
    `server.directories.run=${path.join(p.home, 'run')}`,
    `server.memory.heap.initial_size=${HEAP}`,
    `server.memory.heap.max_size=${HEAP}`,
    `server.memory.pagecache.size=${PAGE_CACHE}`,
    'dbms.usage_report.enabled=false',
    // Bound every transaction so a runaway query cannot hold the server.
    'db.transaction.timeout=120s',
    'db.memory.transaction.max=512m',
    'dbms.memory.transaction.total.max=1g',
    // No file URLs for LOAD CSV, and an import folder of its own that holds nothing.
    'dbms.security.allow_csv_import_from_file_urls=false',
    `server.directories.import=${path.join(p.home, 'import')}`,
  ].join('\n');
  writeFileSync(path.join(p.home, 'conf', 'neo4j.conf'), conf + '\n');
}

export function portOpen(port: number, host = '127.0.0.1', timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ port, host });
    const done = (ok: boolean) => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(timeoutMs, () => {
      done(false);
    });
    s.once('connect', () => {
      done(true);
    });
    s.once('error', () => {
      done(false);
    });
  });
}

/** True when Bolt answers and accepts our credentials. */
export async function boltReady(uri: string, user: string, password: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: 2000, logging: undefined });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

/** The pid of the server this project started for the profile, if it still runs. */
export function readPid(p: LocalProfile): number | null {
  return runningPid(pidFile(p));
}

export interface Status {
  running: boolean;
  pid: number | null;
  boltPort: number;
  uri: string;
  home: string;
}

export async function status(p = localProfile()): Promise<Status> {
  const uri = `bolt://127.0.0.1:${p.boltPort}`;
  return { running: await portOpen(p.boltPort), pid: runningPid(pidFile(p)), boltPort: p.boltPort, uri, home: p.home };
}

/** Starts the local server unless one already answers on the port; resolves once Bolt accepts logins. */
export async function start(p = localProfile(), log: (s: string) => void = console.log): Promise<Status> {
  const uri = `bolt://127.0.0.1:${p.boltPort}`;
  if (await portOpen(p.boltPort)) {
    if (!(await waitForBolt(uri, p.password, 60_000))) {
      throw new Error(
        `Something listens on 127.0.0.1:${p.boltPort} but does not accept the configured Neo4j credentials.`,
      );
    }
    log(`Neo4j already running at ${uri}`);
    return status(p);
  }
  checkJava();
  const lib = fetchNeo4j(log);
  writeConf(p);
  const env = { ...process.env, NEO4J_HOME: p.home, NEO4J_CONF: path.join(p.home, 'conf') };
  const cp = path.join(lib, '*');
  if (!existsSync(path.join(p.home, 'data', 'dbms', 'auth.ini'))) {
    // The initial password must be set before the first start; afterwards Neo4j ignores it.
    const r = spawnSync(
      'java',
      ['-cp', cp, 'org.neo4j.server.startup.Neo4jAdminCommand', 'dbms', 'set-initial-password', p.password],
      { env, encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`Could not set the Neo4j initial password: ${r.stderr || r.stdout}`);
  }
  log(`Starting Neo4j ${NEO4J_VERSION} on ${uri} (data in ${path.relative(ROOT, p.home) || p.home})…`);
  const pid = await startJavaServer({
    name: 'Neo4j',
    url: uri,
    args: [
      ...LAUNCHER_JVM_OPTIONS,
      '-Xss2m',
      '-cp',
      cp,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${p.home}`,
      `--config-dir=${path.join(p.home, 'conf')}`,
    ],
    env,
    logFile: path.join(p.home, 'logs', 'console.log'),
    pidFile: pidFile(p),
    ready: () => boltReady(uri, 'neo4j', p.password),
    pollMs: 1000,
  });
  log(`Neo4j is up at ${uri} (pid ${pid})`);
  return status(p);
}

async function waitForBolt(uri: string, password: string, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await boltReady(uri, 'neo4j', password)) return true;
    await sleep(1000);
  }
  return false;
}

export async function stop(p = localProfile(), log: (s: string) => void = console.log): Promise<void> {
  await stopJavaServer(
    {
      name: 'Neo4j',
      port: p.boltPort,
      pidFile: pidFile(p),
      answering: () => portOpen(p.boltPort),
      graceMs: 60_000,
      pollMs: 500,
    },
    log,
  );
}

export function listJars(): string[] {
  return existsSync(libDir()) ? readdirSync(libDir()) : [];
}

export { MissingToolError };
