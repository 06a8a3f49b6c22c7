// npm run nlp:start | nlp:stop | nlp:status — the project-local CoreNLP server (ingest/src/extract/deep/server.ts).
import { NlpUnavailableError, nlpProfile, nlpStatus, startNlp, stopNlp } from '../ingest/src/extract/deep/server.js';
import { runServiceCommand } from './lib/service-cli.js';

const profile = nlpProfile();
await runServiceCommand(process.argv[2], {
  name: 'CoreNLP',
  command: 'nlp',
  start: () => startNlp(profile),
  stop: () => stopNlp(profile),
  status: () => nlpStatus(profile),
  plain: (e) => e instanceof NlpUnavailableError,
});
