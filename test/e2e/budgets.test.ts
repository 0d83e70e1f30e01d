// Size budgets of the built extension (the build itself fails when one is broken: scripts/build/budgets-plugin.ts).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeBudgets, measureBudgets } from '../../scripts/build/budgets';

describe.each(['chrome', 'firefox'])('dist/%s', (target) => {
  it('stays within every size budget', () => {
    const results = measureBudgets(join(process.cwd(), 'dist', target));
    console.log(`${target}:\n${describeBudgets(results)}`);
    for (const { name, bytes, limit } of results) expect(bytes, `${name} (gzipped bytes)`).toBeLessThanOrEqual(limit);
    expect(results.find((r) => r.name === 'contentScript')!.bytes, 'the content script was found and measured').toBeGreaterThan(500);
  });
});
