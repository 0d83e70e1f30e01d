/**
 * One seed for every fast-check property in a test file, so a failure can be replayed exactly.
 * Loaded before each unit test file (vitest.config.ts `setupFiles`).
 *
 *   FC_SEED=<n> npx vitest run test/unit/property.test.ts   # replays the run that printed <n>
 *
 * Without FC_SEED each run picks a new random seed, so CI keeps exploring new inputs; a failing
 * property then prints the seed to replay with (fast-check's own message shows it too, with the
 * path of the shrunk counterexample: `fc.assert(..., { seed, path })` replays just that case).
 */
import fc from 'fast-check';
import { beforeEach } from 'vitest';

function seedFromEnvironment(): number {
  const given = process.env.FC_SEED;
  if (given === undefined || given === '') return Math.floor(Math.random() * 0x7fffffff);
  const seed = Number(given);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, got "${given}"`);
  return seed;
}

export const FC_SEED = seedFromEnvironment();
fc.configureGlobal({ seed: FC_SEED });

beforeEach(({ task, onTestFailed }) => {
  onTestFailed(({ task: failed }) => {
    const messages = (failed.result?.errors ?? []).map((e) => String(e?.message ?? e)).join('\n');
    // Only property failures depend on the seed; other failures replay as they are.
    if (!/Property failed|seed/i.test(messages)) return;
    console.error(`fast-check seed of this run: ${FC_SEED}. Replay: FC_SEED=${FC_SEED} npx vitest run ${task.file?.filepath ?? ''}`);
  });
});
