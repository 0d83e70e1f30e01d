import type { Plugin } from 'vite';
import { enforceBudgets } from './budgets.ts';

/**
 * Fails the build when the written extension breaks a size budget (scripts/build/budgets.ts),
 * after printing the table once, through the build's own log.
 */
export function budgetsPlugin(outDir: string): Plugin {
  return {
    name: 'signin-block-helper:budgets',
    apply: 'build',
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        enforceBudgets(outDir, (table) => this.info(table));
      },
    },
  };
}
