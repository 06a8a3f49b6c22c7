// A Java server the project runs itself on this machine (the CoreNLP parser here; the local Neo4j in
// scripts/): started detached with its output in a log file and its pid in a file, ready when its own probe
// says so, and stopped by that pid only, so a server someone else started is never touched.
import { spawn } from 'node:child_process';
import { openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

export interface JavaServer {
  /** The name messages use: "CoreNLP", "Neo4j". */
  name: string;
  /** Where it answers, for messages. */
  url: string;
  /** Arguments to `java`. */
  args: string[];
  env?: NodeJS.ProcessEnv;
  logFile: string;
  pidFile: string;
  /** True once the server answers as it should. */
  ready: () => Promise<boolean>;
  /** How long to wait between two probes. */
  pollMs: number;
}

const START_MS = 180_000;
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts the server and resolves with its pid once it is ready; rejects when it exits first or takes 180 s. */
export async function startJavaServer(
  s: JavaServer,
  fail: (message: string) => Error = (m) => new Error(m),
): Promise<number> {
  const out = openSync(s.logFile, 'a');
  const child = spawn('java', s.args, { env: s.env, detached: true, stdio: ['ignore', out, out] });
  child.unref();
  writeFileSync(s.pidFile, String(child.pid));
  const state = { exited: false };
  child.once('exit', () => {
    state.exited = true;
  });
  const deadline = Date.now() + START_MS;
  while (Date.now() < deadline && !state.exited) {
    if (await s.ready()) return child.pid!;
    await sleep(s.pollMs);
  }
  const why = state.exited ? ' (the process exited)' : ` within ${START_MS / 1000} s`;
  throw fail(`${s.name} did not come up on ${s.url}${why}. Last log lines:\n${logTail(s.logFile)}`);
}

function logTail(file: string): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-15).join('\n');
  } catch {
    return '(no log)';
  }
}

/** The pid in the file, when that process is alive. */
export function runningPid(pidFile: string): number | null {
  try {
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

export interface StopOptions {
  name: string;
  port: number;
  pidFile: string;
  /** True when something answers on the port (to tell "not ours" from "not running"). */
  answering: () => Promise<boolean>;
  /** How long to wait after SIGTERM before SIGKILL. */
  graceMs: number;
  pollMs: number;
}

/** Stops the server this project started (its pid file says which); a server started otherwise is left alone. */
export async function stopJavaServer(s: StopOptions, log: (line: string) => void): Promise<void> {
  const pid = runningPid(s.pidFile);
  if (!pid) {
    log(
      (await s.answering())
        ? `A ${s.name} on port ${s.port} was not started by this project; leaving it alone.`
        : `${s.name} is not running.`,
    );
    return;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + s.graceMs;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      rmSync(s.pidFile, { force: true });
      log(`${s.name} stopped.`);
      return;
    }
    await sleep(s.pollMs);
  }
  process.kill(pid, 'SIGKILL');
  rmSync(s.pidFile, { force: true });
  log(`${s.name} did not stop within ${s.graceMs / 1000} s and was killed.`);
}
