// Which CPUs a process (every thread of it) may run on, set with taskset (util-linux). The cache bench can give
// Neo4j a CPU of its own, as a deployment with the database on its own host or container does, so that the
// API and the load generator no longer take turns with it on the same cores.
import os from 'node:os';
import { spawnSync } from 'node:child_process';

export function pin(pid: number, cpus: string): void {
  const r = spawnSync('taskset', ['--all-tasks', '--cpu-list', '--pid', cpus, String(pid)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`taskset could not pin process ${pid} to CPUs ${cpus}: ${r.stderr || r.error}`);
}

/** Every CPU of the machine, in taskset's list form. */
export const allCpus = () => `0-${os.cpus().length - 1}`;
