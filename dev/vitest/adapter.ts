/**
 * Runs registered scenarios as vitest tests: a failed scenario throws its formatted failure, an inapplicable
 * or blocked one is skipped with its reason, and every test carries its ScenarioOutcome in `task.meta.outcome`.
 * The env (receiver, target) is built once per test file from ATK_* variables; the capabilities document comes
 * from the global setup when it provided one.
 */
import { afterAll, inject, test } from 'vitest';
import type { Discovery } from '../../src/harness/capabilities.js';
import { DEFAULT_TIMEOUTS, envOptionsFromVariables, openEnv } from '../../src/harness/env.js';
import type { OpenedEnv } from '../../src/harness/env.js';
import type { ScenarioOutcome } from '../../src/harness/outcome.js';
import { onScenarioRegistered } from '../../src/harness/registry.js';
import type { ScenarioEntry } from '../../src/harness/registry.js';
import { formatOutcome, runScenario } from '../../src/harness/run-scenario.js';

declare module 'vitest' {
  interface ProvidedContext {
    atkCapabilities: Discovery;
  }
  interface TaskMeta {
    outcome?: ScenarioOutcome;
  }
}

let opened: Promise<OpenedEnv> | undefined;
let closeRegistered = false;

function fileEnv(): Promise<OpenedEnv> {
  const provided = inject('atkCapabilities') as Discovery | undefined;
  opened ??= openEnv({ ...envOptionsFromVariables(process.env), ...(provided ? { capabilities: provided } : {}) });
  return opened;
}

export function registerVitestTest(entry: ScenarioEntry): void {
  if (!closeRegistered) {
    closeRegistered = true;
    afterAll(async () => {
      if (opened) await (await opened).close();
    });
  }
  test(
    entry.def.id,
    async (ctx) => {
      const { env } = await fileEnv();
      const outcome = await runScenario(entry, env);
      ctx.task.meta.outcome = outcome;
      if (outcome.disposition === 'fail') throw new Error(formatOutcome(outcome));
      if (outcome.disposition !== 'pass') ctx.skip(`${outcome.disposition}: ${outcome.reason ?? ''}`);
    },
    // The scenario enforces its own time budget and reports it as blocked; vitest must not cut it short first.
    DEFAULT_TIMEOUTS.scenarioMs + 30_000,
  );
}

// Loaded as a setup file of vitest.scenarios.config.ts, before each scenario file: from then on every scenario
// the file registers becomes a test, except while the suite runner is only collecting.
onScenarioRegistered((entry) => {
  if (process.env['ATK_SCENARIO_MODE'] !== 'collect') registerVitestTest(entry);
});
