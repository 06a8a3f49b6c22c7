// Runs the HTTP server as its own process (as in production), so load tests measure it, not themselves.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../scripts/lib/neo4j-local.js';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  rssMb: () => number;
  stop: () => Promise<void>;
}

export async function spawnServer(env: NodeJS.ProcessEnv, port: number): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server/src/main.ts')], {
    cwd: ROOT,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (b: Buffer) => {
      if (String(b).includes('serving')) resolve();
    });
    child.once('exit', (code) => {
      reject(new Error(`server exited with ${code}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    rssMb: () => {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : NaN;
    },
    stop: () =>
      new Promise((r) => {
        child.once('exit', () => {
          r();
        });
        child.kill('SIGTERM');
      }),
  };
}
