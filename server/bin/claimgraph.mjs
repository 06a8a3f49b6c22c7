#!/usr/bin/env node
// claimgraph console [options]: runs the TypeScript console through tsx.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const [command, ...rest] = process.argv.slice(2);
if (command !== 'console') {
  console.error(
    'usage: claimgraph console [--write] [--format table|json|csv] [--timeout ms] [--max-rows n] [-e "QUERY"]',
  );
  process.exit(2);
}
const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/console/cli.ts');
const child = spawn(process.execPath, ['--import', 'tsx', cli, ...rest], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 1));
