// Published data the project reads but does not hold (the evaluation gold, the reference lists, the benchmark
// corpus) sits in a `shared` folder beside the repository, or beside a folder above it.
import { existsSync } from 'node:fs';
import path from 'node:path';

export const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../..');

/** The folders above a path, nearest first. */
function ancestors(from: string): string[] {
  const out: string[] = [];
  for (let dir = path.dirname(from); ; dir = path.dirname(dir)) {
    out.push(dir);
    if (dir === path.dirname(dir)) return out;
  }
}

/**
 * `shared/<rel>` in the nearest folder above the repository that has it (`mark`, a file or folder inside it,
 * must exist too), or null.
 */
export function besideRepository(rel: string, mark = '.', root = REPOSITORY_ROOT): string | null {
  return (
    ancestors(root)
      .map((dir) => path.join(dir, 'shared', rel))
      .find((dir) => existsSync(path.join(dir, mark))) ?? null
  );
}
