import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files under `dir` (relative to the project) whose names match, found recursively. */
export function filesUnder(dir: string, pattern: RegExp): string[] {
  const root = process.cwd();
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return filesUnder(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}
