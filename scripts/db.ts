// npm run db:start | db:stop | db:status — the project-local Neo4j (see scripts/lib/neo4j-local.ts).
import { localProfile, start, status, stop, MissingToolError } from './lib/neo4j-local.js';

const cmd = process.argv[2];
const profile = localProfile();
try {
  if (cmd === 'start') {
    await start(profile);
  } else if (cmd === 'stop') {
    await stop(profile);
  } else if (cmd === 'status') {
    const s = await status(profile);
    console.log(
      s.running ? `Neo4j is running at ${s.uri}${s.pid ? ` (pid ${s.pid})` : ''}` : `Neo4j is not running (${s.uri}).`,
    );
    process.exitCode = s.running ? 0 : 3;
  } else {
    console.error('usage: db.ts start|stop|status');
    process.exitCode = 2;
  }
} catch (e) {
  console.error(e instanceof MissingToolError ? e.message : `db ${cmd} failed: ${(e as Error).message}`);
  process.exitCode = 1;
}
