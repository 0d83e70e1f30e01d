import type { Plugin } from 'vite';
import { describeBudgets, measureBudgets } from './budgets.ts';

/** Fails the build when the written extension breaks a size budget (scripts/build/budgets.ts). */
export function budgetsPlugin(outDir: string): Plugin {
  return {
    name: 'signin-block-helper:budgets',
    apply: 'build',
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const results = measureBudgets(outDir);
        this.info?.(`\n${describeBudgets(results)}`);
        console.log(`\nSize budgets (${outDir}):\n${describeBudgets(results)}`);
        const over = results.filter((r) => r.bytes > r.limit);
        if (over.length) throw new Error(`Size budget broken: ${over.map((r) => `${r.name} is ${r.bytes} bytes gzipped, budget ${r.limit}`).join('; ')}`);
      },
    },
  };
}
