import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Child processes (CLI tests) and in-process hosts both run well in forks; two workers suit a 2-core machine.
    pool: 'forks',
    maxWorkers: 2,
    // Nothing waits on real time; the margin only covers a loaded machine spawning the CLI.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
