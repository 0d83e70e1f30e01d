import { basename } from 'node:path';
import { filesUnder as everyFileUnder } from '../../../scripts/build/built-files.mjs';

/** Files under `dir` (relative to the project) whose names match, found recursively. */
export function filesUnder(dir: string, pattern: RegExp): string[] {
  return everyFileUnder(dir).filter((path) => pattern.test(basename(path)));
}
