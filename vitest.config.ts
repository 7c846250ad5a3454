import { defineConfig } from 'vitest/config';

// The two matrices run every scenario against many reference-host builds in worker processes of their own; they
// run after everything else, one at a time, so that no other test competes with their real-time callback waits.
const MATRICES = ['test/mutation-matrix.test.ts', 'test/variant-matrix.test.ts'];

export default defineConfig({
  test: {
    // Child processes (CLI tests) and in-process hosts both run well in forks; two workers suit a 2-core machine.
    pool: 'forks',
    maxWorkers: 2,
    // Nothing waits on real time; the margin only covers a loaded machine spawning the CLI.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'kit', include: ['test/**/*.test.ts'], exclude: MATRICES, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'matrices', include: MATRICES, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
