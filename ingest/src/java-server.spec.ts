// The launcher of the project's local Java servers, with real processes: Java itself (its -version run exits
// at once) and a sleeping process to stop.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runningPid, startJavaServer, stopJavaServer, type JavaServer } from './java-server.js';

const dir = () => mkdtempSync(path.join(os.tmpdir(), 'claimgraph-java-server-'));
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

function javaVersion(ready: () => Promise<boolean>): JavaServer {
  const home = dir();
  return {
    name: 'Probe',
    url: 'http://127.0.0.1:1',
    args: ['-version'],
    logFile: path.join(home, 'probe.log'),
    pidFile: path.join(home, 'probe.pid'),
    ready,
    pollMs: 100,
  };
}

describe('startJavaServer', () => {
  it('resolves with the pid it wrote once the server is ready', async () => {
    const s = javaVersion(() => Promise.resolve(true));
    const pid = await startJavaServer(s);
    expect(readFileSync(s.pidFile, 'utf8')).toBe(String(pid));
  });

  it('fails when the process exits before it is ready, quoting the end of its log', async () => {
    const s = javaVersion(() => Promise.resolve(false));
    const started = startJavaServer(s, (m) => new RangeError(m));
    await expect(started).rejects.toBeInstanceOf(RangeError);
    await expect(startJavaServer(s)).rejects.toThrow(
      /Probe did not come up on http:\/\/127\.0\.0\.1:1 \(the process exited\)/,
    );
    expect(readFileSync(s.logFile, 'utf8')).toMatch(/version/);
  });
});

describe('stopJavaServer', () => {
  const options = (pidFile: string, answering: boolean) => ({
    name: 'Sleeper',
    port: 1,
    pidFile,
    answering: () => Promise.resolve(answering),
    graceMs: 5_000,
    pollMs: 50,
  });

  it('stops the process its pid file names and removes the file', async () => {
    const child = spawn('sleep', ['60'], { detached: true, stdio: 'ignore' });
    const pidFile = path.join(dir(), 'sleeper.pid');
    writeFileSync(pidFile, String(child.pid));
    expect(runningPid(pidFile)).toBe(child.pid);
    const said: string[] = [];
    await stopJavaServer(options(pidFile, true), (l) => said.push(l));
    expect(said).toEqual(['Sleeper stopped.']);
    expect(alive(child.pid!)).toBe(false);
    expect(existsSync(pidFile)).toBe(false);
  });

  it('leaves alone a server it did not start, and says when none runs', async () => {
    const pidFile = path.join(dir(), 'none.pid');
    const said: string[] = [];
    await stopJavaServer(options(pidFile, true), (l) => said.push(l));
    await stopJavaServer(options(pidFile, false), (l) => said.push(l));
    expect(said).toEqual([
      'A Sleeper on port 1 was not started by this project; leaving it alone.',
      'Sleeper is not running.',
    ]);
  });
});
