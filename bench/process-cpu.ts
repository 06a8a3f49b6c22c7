// CPU time a process has used so far, read from /proc (Linux): on a shared machine the wall-clock time of a
// bench depends on what else runs, while the CPU time the database spent on the work does not as much.
import { readdirSync, readFileSync } from 'node:fs';

/** Linux reports utime and stime in clock ticks of 1/100 s (USER_HZ) on every common platform. */
const TICKS_PER_SECOND = 100;

function ownCpuSeconds(pid: number): number {
  // The command name in field 2 may hold spaces; the fields counted here start after its closing bracket.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** The processes this one started that still run (a server's cluster workers), and theirs. */
function descendants(pid: number): number[] {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  const kids = tasks.flatMap((t) => {
    try {
      return readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
    } catch {
      return [];
    }
  });
  return kids.flatMap((k) => [k, ...descendants(k)]);
}

/**
 * A reader of the CPU seconds (user + system) of the process and of the processes it started that still run,
 * or undefined where /proc cannot tell. Count its children at the start and end of one measurement only while
 * they live throughout it (a server's workers do).
 */
export function processCpuSeconds(pid: number | null | undefined): (() => number) | undefined {
  if (!pid) return undefined;
  const read = () =>
    ownCpuSeconds(pid) +
    descendants(pid).reduce((sum, child) => {
      try {
        return sum + ownCpuSeconds(child);
      } catch {
        return sum; // ended between listing and reading
      }
    }, 0);
  try {
    read();
    return read;
  } catch {
    return undefined;
  }
}
