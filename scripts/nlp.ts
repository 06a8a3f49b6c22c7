// npm run nlp:start | nlp:stop | nlp:status — the project-local CoreNLP server (ingest/src/extract/deep/server.ts).
import { NlpUnavailableError, nlpProfile, nlpStatus, startNlp, stopNlp } from '../ingest/src/extract/deep/server.js';

const cmd = process.argv[2];
const profile = nlpProfile();
try {
  if (cmd === 'start') {
    await startNlp(profile);
  } else if (cmd === 'stop') {
    await stopNlp(profile);
  } else if (cmd === 'status') {
    const s = await nlpStatus(profile);
    console.log(
      s.running
        ? `CoreNLP is running at ${s.url}${s.pid ? ` (pid ${s.pid})` : ''}`
        : `CoreNLP is not running (${s.url}).`,
    );
    process.exitCode = s.running ? 0 : 3;
  } else {
    console.error('usage: nlp.ts start|stop|status');
    process.exitCode = 2;
  }
} catch (e) {
  console.error(e instanceof NlpUnavailableError ? e.message : `nlp ${cmd} failed: ${(e as Error).message}`);
  process.exitCode = 1;
}
