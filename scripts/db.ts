// npm run db:start | db:stop | db:status — the project-local Neo4j (see scripts/lib/neo4j-local.ts).
import { localProfile, start, status, stop, MissingToolError } from './lib/neo4j-local.js';
import { runServiceCommand } from './lib/service-cli.js';

const profile = localProfile();
await runServiceCommand(process.argv[2], {
  name: 'Neo4j',
  command: 'db',
  start: () => start(profile),
  stop: () => stop(profile),
  status: async () => {
    const s = await status(profile);
    return { running: s.running, pid: s.pid, url: s.uri };
  },
  plain: (e) => e instanceof MissingToolError,
});
