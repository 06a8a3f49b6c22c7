// npm run console [-- --write] [--format table|json|csv] [--timeout ms] [--max-rows n] [-e "QUERY"]
// A Cypher console on the project's Neo4j: read-only unless --write; statements end with ";".
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { createCypherDriver, firstLine, isDbUnavailable, messageOf, neo4jConfig } from '@claimgraph/schema';
import { CypherRefusedError, CypherSyntaxError, CypherTimeoutError, runReadOnly } from '../cypher/index.js';
import { formatResult, type Format } from './format.js';
import { parseParam, splitStatements } from './statements.js';

const HELP = `Statements end with ";" and may span lines.
  :help               this help
  :schema             labels, relationship types, property keys, indexes and counts
  :param name => v    set a parameter (v as JSON: "text", 5, [1,2], {"a":1})
  :params             list parameters
  :clear              clear parameters
  :exit               leave (or Ctrl-D); Ctrl-C cancels the running query
Read-only unless started with --write.`;

// Options are parsed as options: the text of `-e "…"` is a query, never a flag (so `-e --write` cannot
// switch the console to write mode).
let args: ReturnType<typeof parseOptions>;
function parseOptions() {
  return parseArgs({
    args: process.argv.slice(2),
    options: {
      write: { type: 'boolean', default: false },
      format: { type: 'string', default: 'table' },
      timeout: { type: 'string', default: '10000' },
      'max-rows': { type: 'string', default: '1000' },
      execute: { type: 'string', short: 'e', multiple: true, default: [] },
    },
    strict: true,
    allowPositionals: false,
  }).values;
}
try {
  args = parseOptions();
} catch (e) {
  console.error(`${(e as Error).message}\nusage: npm run console -- [--write] [--format table|json|csv] [-e "QUERY"]`);
  process.exit(2);
}
const format = args.format as Format;
if (!['table', 'json', 'csv'].includes(format)) {
  console.error('--format must be table, json or csv');
  process.exit(2);
}
const write = args.write;
const timeoutMs = Number(args.timeout);
const maxRows = Number(args['max-rows']);
const cfg = neo4jConfig();
const driver = createCypherDriver(cfg, 2);
const params: Record<string, unknown> = {};
const historyFile = process.env.CLAIMGRAPH_HISTORY ?? path.join(os.homedir(), '.claimgraph_history');

function describe(e: unknown): string {
  if (e instanceof CypherRefusedError)
    return `Refused: ${e.message}${write ? '' : ' Start the console with --write to change data.'}`;
  if (e instanceof CypherTimeoutError)
    return `Timeout: the query ran longer than ${timeoutMs} ms and was stopped (--timeout to change).`;
  if (e instanceof CypherSyntaxError) {
    const where = e.position ? ` at line ${e.position.line}, column ${e.position.column}` : '';
    return `Syntax error${where}: ${e.message.split('\n')[0]}`;
  }
  if (isDbUnavailable(e))
    return `Neo4j is not reachable at ${cfg.uri} — start it with npm run db:start (or set NEO4J_URI).`;
  return `Error: ${firstLine(messageOf(e), Infinity)}`;
}

let generation = 0;
async function execute(statement: string): Promise<boolean> {
  const t0 = Date.now();
  const mine = ++generation;
  try {
    const r = await runReadOnly(driver, cfg.database, statement, params, { timeoutMs, maxRows, write });
    if (mine !== generation) return false; // cancelled with Ctrl-C: its result is dropped
    console.log(formatResult(r, format));
    if (format === 'table')
      console.log(
        `${r.rows.length} row${r.rows.length === 1 ? '' : 's'}${r.truncated ? ` (truncated at ${maxRows})` : ''} ` +
          `in ${Date.now() - t0} ms`,
      );
    return true;
  } catch (e) {
    console.error(describe(e));
    return false;
  }
}

async function schema(): Promise<void> {
  for (const q of [
    'CALL db.labels() YIELD label ' +
      'CALL (label) { MATCH (n) WHERE label IN labels(n) RETURN count(n) AS nodes } RETURN label, nodes ORDER BY label',
    'CALL db.relationshipTypes() YIELD relationshipType AS type ' +
      'CALL (type) { MATCH ()-[r]->() WHERE type(r) = type RETURN count(r) AS relationships } ' +
      'RETURN type, relationships ORDER BY type',
    'CALL db.propertyKeys() YIELD propertyKey RETURN collect(propertyKey) AS propertyKeys',
    'SHOW INDEXES YIELD name, type, labelsOrTypes, properties ' +
      'RETURN name, type, labelsOrTypes, properties ORDER BY name',
  ])
    await execute(q);
}

/** Meta commands start with ":"; returns false to leave. */
async function meta(line: string): Promise<boolean> {
  const cmd = line.trim().split(/\s+/)[0]!.toLowerCase();
  if (cmd === ':exit' || cmd === ':quit') return false;
  if (cmd === ':help') console.log(HELP);
  else if (cmd === ':schema') await schema();
  else if (cmd === ':params') console.log(JSON.stringify(params, null, 2));
  else if (cmd === ':clear') for (const k of Object.keys(params)) Reflect.deleteProperty(params, k);
  else if (cmd === ':param') {
    try {
      const p = parseParam(line);
      params[p.name] = p.value;
      console.log(`${p.name} => ${JSON.stringify(p.value)}`);
    } catch (e) {
      console.error((e as Error).message);
    }
  } else console.error(`Unknown command ${cmd}; :help lists them.`);
  return true;
}

async function nonInteractive(input: string): Promise<number> {
  let failed = 0;
  const lines = input.split('\n');
  let buffer = '';
  for (const line of lines) {
    if (!buffer.trim() && line.trim().startsWith(':')) {
      if (!(await meta(line))) break;
      continue;
    }
    buffer += `${line}\n`;
    const { statements, rest } = splitStatements(buffer);
    buffer = rest;
    for (const s of statements) if (!(await execute(s))) failed++;
  }
  if (buffer.trim()) if (!(await execute(buffer.trim()))) failed++;
  return failed ? 1 : 0;
}

function interactive(): void {
  const history = existsSync(historyFile)
    ? readFileSync(historyFile, 'utf8').split('\n').filter(Boolean).reverse().slice(0, 500)
    : [];
  const rl = readline.createInterface({
    input: process.stdin,
    output: process.stdout,
    history,
    historySize: 500,
    terminal: true,
  });
  console.log(`claimgraph console — ${cfg.uri} (${write ? 'read-write' : 'read-only'}). :help for help.`);
  let buffer = '';
  let running: Promise<unknown> | null = null;
  let lastSigint = 0;
  const prompt = () => {
    rl.setPrompt(buffer ? '  ... ' : 'cypher> ');
    rl.prompt();
  };
  rl.on('SIGINT', () => {
    if (running) {
      // The prompt returns at once; the abandoned read ends at its transaction timeout and is never shown.
      console.log('\n(cancelled)');
      generation++;
      cancel?.();
      return;
    }
    if (buffer) {
      buffer = '';
      console.log();
      prompt();
      return;
    }
    if (Date.now() - lastSigint < 1500) rl.close();
    else {
      lastSigint = Date.now();
      console.log('\n(press Ctrl-C again or Ctrl-D to exit)');
      prompt();
    }
  });
  let cancel: (() => void) | null = null;
  // Lines are handled one after another; input stays live so Ctrl-C reaches a running query.
  let queue: Promise<void> = Promise.resolve();
  const handle = async (line: string) => {
    if (line.trim()) appendFileSync(historyFile, `${line}\n`);
    if (!buffer.trim() && line.trim().startsWith(':')) {
      if (!(await meta(line))) {
        rl.close();
        return;
      }
      prompt();
      return;
    }
    buffer += `${line}\n`;
    const { statements, rest } = splitStatements(buffer);
    buffer = rest.trim() ? rest : '';
    for (const s of statements) {
      const cancelled = new Promise<void>((resolve) => {
        cancel = resolve;
      });
      running = Promise.race([execute(s), cancelled]);
      await running;
      running = null;
      cancel = null;
    }
    prompt();
  };
  rl.on('line', (line) => {
    queue = queue.then(() => handle(line));
  });
  rl.on('close', () => {
    void driver.close().finally(() => process.exit(0));
  });
  prompt();
}

const exprs = args.execute;
if (exprs.length) {
  const code = await nonInteractive(exprs.join('\n'));
  await driver.close();
  process.exit(code);
} else if (!process.stdin.isTTY) {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const code = await nonInteractive(Buffer.concat(chunks).toString('utf8'));
  await driver.close();
  process.exit(code);
} else {
  interactive();
}
