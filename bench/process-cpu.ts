// CPU time a process has used so far, read from /proc (Linux): on a shared machine the wall-clock time of a
// bench depends on what else runs, while the CPU time the database spent on the work does not as much.
import { readFileSync } from 'node:fs';

/** Linux reports utime and stime in clock ticks of 1/100 s (USER_HZ) on every common platform. */
const TICKS_PER_SECOND = 100;

/** A reader of the process's CPU seconds (user + system), or undefined where /proc cannot tell. */
export function processCpuSeconds(pid: number | null | undefined): (() => number) | undefined {
  if (!pid) return undefined;
  const read = () => {
    // The command name in field 2 may hold spaces; the fields counted here start after its closing bracket.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  };
  try {
    read();
    return read;
  } catch {
    return undefined;
  }
}
