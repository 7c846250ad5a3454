import { defineConfig } from 'vitest/config';

/**
 * The conformance suite as plain vitest files. Target from ATK_* variables: ATK_HOST_URL (+ ATK_API_KEY) for
 * a host at a URL, otherwise the embedded reference host with ATK_FAULTS; ATK_CALLBACK_LISTEN and
 * ATK_CALLBACK_URL place the kit's callback receiver.
 */
export default defineConfig({
  test: {
    include: ['scenarios/*.test.ts'],
    globalSetup: ['dev/vitest/global-setup.ts'],
    setupFiles: ['dev/vitest/adapter.ts'],
    pool: 'forks',
    maxWorkers: 2,
    // A host at a URL has one test clock that every scenario moves: run its files one at a time.
    fileParallelism: !process.env['ATK_HOST_URL'],
    // Scenarios carry their own time budget (reported as blocked); these only cover hooks and setup.
    hookTimeout: 60_000,
  },
});
