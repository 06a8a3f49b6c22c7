// The Stanford CoreNLP server the deep engine parses with, run like the project's Neo4j: jars fetched once by
// Maven (nlp/pom.xml) into a git-ignored folder, started with Java on this machine, reused when already up.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runningPid, startJavaServer, stopJavaServer } from '../../java-server.js';

export const ROOT = path.resolve(import.meta.dirname, '../../../..');
const POM = path.join(ROOT, 'nlp/pom.xml');
export const CORENLP_VERSION = /<corenlp\.version>([^<]+)</.exec(readFileSync(POM, 'utf8'))![1]!;

/** The annotators a deep parse asks for; the server loads them at start so the first document is not slow. */
export const ANNOTATORS = 'tokenize,ssplit,pos,lemma,depparse';

export interface NlpProfile {
  port: number;
  /** Folder holding lib-<version>/, run/ and logs/. */
  home: string;
  /** Java heap, e.g. 2g: the tagger and parser need well under that. */
  heap: string;
}

/** The server's port and folder: CLAIMGRAPH_NLP_PORT (default 9000), CLAIMGRAPH_NLP_DIR, CLAIMGRAPH_NLP_HEAP. */
export function nlpProfile(env: NodeJS.ProcessEnv = process.env): NlpProfile {
  return {
    port: Number(env.CLAIMGRAPH_NLP_PORT ?? 9000),
    home: path.resolve(ROOT, env.CLAIMGRAPH_NLP_DIR ?? '.corenlp'),
    heap: env.CLAIMGRAPH_NLP_HEAP ?? '2g',
  };
}

export const nlpUrl = (p: NlpProfile) => `http://127.0.0.1:${p.port}`;
const libDir = (p: NlpProfile) => path.join(p.home, `lib-${CORENLP_VERSION}`);
const pidFile = (p: NlpProfile) => path.join(p.home, 'run', `corenlp-${p.port}.pid`);
const logFile = (p: NlpProfile) => path.join(p.home, 'logs', `corenlp-${p.port}.log`);

export class NlpUnavailableError extends Error {}

/** True when `java -version` reports Java 8 or later (CoreNLP 4.5 runs on 8+; this machine's Neo4j needs 17). */
export function javaPresent(): boolean {
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return !r.error && r.status === 0;
}

/** Downloads CoreNLP and its models once (about 480 MB); Maven's own cache makes a repeat cheap. */
export function fetchCoreNlp(p: NlpProfile, log: (s: string) => void = console.log): string {
  const lib = libDir(p);
  if (existsSync(path.join(lib, `stanford-corenlp-${CORENLP_VERSION}-models.jar`))) return lib;
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0)
    throw new NlpUnavailableError('Apache Maven is needed to fetch CoreNLP (Debian: apt-get install maven).');
  log(`Fetching Stanford CoreNLP ${CORENLP_VERSION} and its models from Maven Central…`);
  const tmp = `${lib}.partial`;
  rmSync(tmp, { recursive: true, force: true });
  const r = spawnSync('mvn', ['-q', '-B', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${tmp}`], {
    // Maven's output goes to standard error: standard output may be an export being written.
    stdio: ['ignore', 2, 2],
  });
  if (r.status !== 0) throw new NlpUnavailableError(`Maven could not fetch CoreNLP ${CORENLP_VERSION}.`);
  rmSync(lib, { recursive: true, force: true });
  // Renamed only once complete, so an interrupted download is never taken for a good one.
  spawnSync('mv', [tmp, lib]);
  return lib;
}

/** True when a CoreNLP server answers /ready on the profile's port. */
export async function nlpReady(p: NlpProfile, timeoutMs = 1000): Promise<boolean> {
  try {
    const res = await fetch(`${nlpUrl(p)}/ready`, { signal: AbortSignal.timeout(timeoutMs) });
    return res.ok;
  } catch {
    return false;
  }
}

export interface NlpStatus {
  running: boolean;
  pid: number | null;
  url: string;
}

export async function nlpStatus(p = nlpProfile()): Promise<NlpStatus> {
  return { running: await nlpReady(p), pid: runningPid(pidFile(p)), url: nlpUrl(p) };
}

// The server has no option to bind one address, so every IPv4 subnet but 127.0.0.0/8 is refused, and Java
// is kept to IPv4 so no client reaches it by another family.
const NOT_LOOPBACK = [
  '0.0.0.0/2',
  '64.0.0.0/3',
  '96.0.0.0/4',
  '112.0.0.0/5',
  '120.0.0.0/6',
  '124.0.0.0/7',
  '126.0.0.0/8',
  '128.0.0.0/1',
];

/**
 * Starts the server unless one already answers; resolves once it parses with the annotators we need. A server
 * already on the port is used only when it parses a test sentence with them (one from an incomplete model
 * folder answers /ready but fails every parse).
 */
export async function startNlp(p = nlpProfile(), log: (s: string) => void = console.log): Promise<NlpStatus> {
  if (await nlpReady(p)) {
    const fault = await parseFault(p, 30_000);
    if (fault)
      throw new NlpUnavailableError(
        `A server answers on port ${p.port} (${nlpUrl(p)}) but cannot parse with ${ANNOTATORS}: ${fault}. ` +
          'Stop it, or choose another port with CLAIMGRAPH_NLP_PORT.',
      );
    log(`CoreNLP already running at ${nlpUrl(p)}`);
    return nlpStatus(p);
  }
  if (!javaPresent()) throw new NlpUnavailableError('Java is needed to run CoreNLP (Debian: openjdk-17-jre-headless).');
  const lib = fetchCoreNlp(p, log);
  for (const d of ['run', 'logs']) mkdirSync(path.join(p.home, d), { recursive: true });
  const blockList = path.join(p.home, 'run', 'not-loopback.txt');
  writeFileSync(blockList, NOT_LOOPBACK.join('\n') + '\n');
  log(`Starting CoreNLP ${CORENLP_VERSION} on ${nlpUrl(p)}…`);
  const args = [
    `-Xmx${p.heap}`,
    '-Djava.net.preferIPv4Stack=true',
    '-cp',
    path.join(lib, '*'),
    'edu.stanford.nlp.pipeline.StanfordCoreNLPServer',
    '-port',
    String(p.port),
    '-preload',
    ANNOTATORS,
    // The block list is honoured only in the server's "stanford" mode, which changes nothing else off its own host.
    '-stanford',
    'true',
    '-blockList',
    blockList,
    '-timeout',
    '120000',
    '-threads',
    '2',
    '-quiet',
    'true',
  ];
  const fail = (message: string) => new NlpUnavailableError(message);
  const ready = () => nlpReady(p);
  const server = {
    name: 'CoreNLP',
    url: nlpUrl(p),
    args,
    logFile: logFile(p),
    pidFile: pidFile(p),
    ready,
    pollMs: 500,
  };
  const pid = await startJavaServer(server, fail);
  // The server loads its models on the first request: one short parse makes the first document as quick as any.
  const fault = await parseFault(p, 120_000);
  if (fault) throw new NlpUnavailableError(`CoreNLP on ${nlpUrl(p)} did not parse a test sentence: ${fault}.`);
  log(`CoreNLP is up at ${nlpUrl(p)} (pid ${pid})`);
  return nlpStatus(p);
}

/** Why the server on the profile's port cannot give the deep engine a parse, or null when it can. */
export async function parseFault(p: NlpProfile, timeoutMs: number): Promise<string | null> {
  const props = encodeURIComponent(JSON.stringify({ annotators: ANNOTATORS, outputFormat: 'json' }));
  try {
    const res = await fetch(`${nlpUrl(p)}/?properties=${props}`, {
      method: 'POST',
      body: 'The parser is ready.',
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!res.ok) return `it answered ${res.status}`;
    return parsedFault(await res.json().catch(() => null));
  } catch (e) {
    return (e as Error).message;
  }
}

/** What a CoreNLP JSON answer lacks of what the deep engine reads (deep/parse.ts), or null. */
export function parsedFault(answer: unknown): string | null {
  const sentence = (answer as { sentences?: Record<string, unknown>[] } | null)?.sentences?.[0];
  if (!sentence) return 'its answer holds no sentence';
  const tokens = sentence.tokens as { pos?: unknown; lemma?: unknown }[] | undefined;
  if (!tokens?.length || tokens.some((t) => typeof t.pos !== 'string' || typeof t.lemma !== 'string'))
    return 'its tokens lack parts of speech or lemmas';
  const deps = sentence.enhancedPlusPlusDependencies;
  if (!Array.isArray(deps) || deps.length === 0) return 'its answer holds no dependency parse';
  return null;
}

export async function stopNlp(p = nlpProfile(), log: (s: string) => void = console.log): Promise<void> {
  const answering = () => nlpReady(p);
  await stopJavaServer(
    { name: 'CoreNLP', port: p.port, pidFile: pidFile(p), answering, graceMs: 30_000, pollMs: 300 },
    log,
  );
}
