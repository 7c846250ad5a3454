#!/usr/bin/env node
// The published package runs the compiled CLI in dist/ (built when packing) and never needs tsx, a development
// dependency. A development checkout has no dist/, so it runs the TypeScript sources through tsx, which
// compiles each module on first load.
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/src/cli/main.js', import.meta.url);
let main;
if (existsSync(compiled)) {
  ({ main } = await import(compiled.href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`agent-task-kit: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  // 4: a defect of the kit, never to be mistaken for a conformance failure (1).
  process.exitCode = 4;
}
