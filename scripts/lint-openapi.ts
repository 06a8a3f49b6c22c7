// Writes the served OpenAPI document (generated from the contract's schemas) to a temporary file and lints it
// with Redocly (rules in redocly.yaml).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openapi } from '../server/src/openapi.js';

const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'claimgraph-openapi-')), 'openapi.json');
writeFileSync(file, JSON.stringify(openapi, null, 2));
const r = spawnSync('npx', ['redocly', 'lint', file, '--config', 'redocly.yaml', '--max-problems', '100'], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
