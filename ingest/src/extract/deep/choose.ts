// Which engine a command runs: the one asked for, else deep when Java is here and the parser server starts
// (or already runs), else rules. Says which on standard error, so --json output stays clean.
import type { EngineName } from '../../extractor.js';
import { javaPresent, nlpProfile, startNlp } from './server.js';

export async function chooseEngine(
  requested: string | undefined,
  log: (s: string) => void = console.error,
  env: NodeJS.ProcessEnv = process.env,
): Promise<EngineName> {
  if (requested !== undefined && requested !== 'rules' && requested !== 'deep')
    throw new Error(`--engine must be rules or deep, not ${requested}`);
  if (requested === 'rules') {
    log('engine: rules');
    return 'rules';
  }
  if (requested === 'deep' || javaPresent()) {
    try {
      const s = await startNlp(nlpProfile(env), log);
      log(`engine: deep (CoreNLP at ${s.url})`);
      return 'deep';
    } catch (e) {
      if (requested === 'deep') throw e;
      log(`engine: rules (the parser server could not start: ${(e as Error).message.split('\n')[0]})`);
      return 'rules';
    }
  }
  log('engine: rules (no Java for the parser server)');
  return 'rules';
}
