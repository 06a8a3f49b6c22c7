// The start | stop | status command of a server the project runs locally (npm run db:* and nlp:*).

export interface LocalService {
  /** What messages call the server: "Neo4j", "CoreNLP". */
  name: string;
  /** What they call the command: "db", "nlp". */
  command: string;
  start: () => Promise<unknown>;
  stop: () => Promise<void>;
  status: () => Promise<{ running: boolean; pid: number | null; url: string }>;
  /** Errors whose message is for the user as it stands (a missing tool, a port held by another server). */
  plain: (e: unknown) => boolean;
}

/** Runs `cmd` and sets the exit code: 0 done or running, 3 not running, 2 usage, 1 failed. */
export async function runServiceCommand(cmd: string | undefined, s: LocalService): Promise<void> {
  try {
    if (cmd === 'start') {
      await s.start();
    } else if (cmd === 'stop') {
      await s.stop();
    } else if (cmd === 'status') {
      const { running, pid, url } = await s.status();
      console.log(
        running ? `${s.name} is running at ${url}${pid ? ` (pid ${pid})` : ''}` : `${s.name} is not running (${url}).`,
      );
      process.exitCode = running ? 0 : 3;
    } else {
      console.error(`usage: ${s.command}.ts start|stop|status`);
      process.exitCode = 2;
    }
  } catch (e) {
    console.error(s.plain(e) ? (e as Error).message : `${s.command} ${cmd} failed: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}
