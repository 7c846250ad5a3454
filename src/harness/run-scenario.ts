/**
 * The core of every run: gate one scenario on the host's capabilities, run its body against a fresh host
 * session and turn what happened into exactly one disposition.
 */
import { formatFailure } from './assertions.js';
import { firstMissingCapability } from './capabilities.js';
import type { Discovery } from './capabilities.js';
import { createScenarioRuntime } from './context.js';
import type { ScenarioRuntime } from './context.js';
import { HarnessError, ScenarioBlocked, ScenarioFailure, ScenarioInapplicable } from './errors.js';
import type { ScenarioOutcome, Timeouts } from './outcome.js';
import type { CallbackReceiver } from './receiver.js';
import type { ScenarioEntry } from './registry.js';
import type { TargetDriver } from './target.js';

export interface ScenarioEnv {
  target: TargetDriver;
  receiver: CallbackReceiver;
  /** The capabilities document, fetched and validated once per suite. */
  capabilities: Discovery;
  timeouts: Timeouts;
}

type Ending = Pick<ScenarioOutcome, 'disposition' | 'reason'> & { transcript?: string };

class ScenarioTimeout extends Error {}

function gate(entry: ScenarioEntry, discovery: Discovery): Ending | null {
  const requires = entry.def.requires ?? [];
  if (requires.length === 0) return null;
  if (!discovery.ok) return { disposition: 'blocked', reason: discovery.reason };
  const missing = firstMissingCapability(discovery.document, requires);
  return missing === null ? null : { disposition: 'inapplicable', reason: missing };
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
}

/**
 * Recorded assertion failures win over whatever the body did afterwards (a body that catches the
 * ScenarioFailure still fails); then the thrown signal; then the zero-assertion rule.
 */
function decide(runtime: ScenarioRuntime, thrown: unknown, threw: boolean): Ending {
  const { failures, count } = runtime.assertions;
  if (failures.length > 0) {
    const first = failures[0]!;
    const more = failures.length > 1 ? ` (+${failures.length - 1} more)` : '';
    return { disposition: 'fail', reason: `${first.rule}: ${first.what}${more}` };
  }
  if (threw) {
    if (thrown instanceof ScenarioInapplicable) return { disposition: 'inapplicable', reason: thrown.message };
    if (thrown instanceof ScenarioBlocked) {
      return { disposition: 'blocked', reason: thrown.message, ...(thrown.transcript ? { transcript: thrown.transcript } : {}) };
    }
    if (thrown instanceof ScenarioTimeout) {
      return { disposition: 'blocked', reason: thrown.message, transcript: runtime.transcript.render() };
    }
    if (thrown instanceof HarnessError) return { disposition: 'fail', reason: `harness error: ${thrown.message}` };
    if (thrown instanceof ScenarioFailure) return { disposition: 'fail', reason: thrown.message };
    return {
      disposition: 'fail',
      reason: `scenario error: ${describe(thrown)}`,
      transcript: runtime.transcript.render(),
    };
  }
  if (count === 0) return { disposition: 'fail', reason: 'no assertion ran' };
  return { disposition: 'pass', reason: null };
}

async function withinTime<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ScenarioTimeout(`scenario did not finish within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function runScenario(entry: ScenarioEntry, env: ScenarioEnv): Promise<ScenarioOutcome> {
  const startedMs = performance.now();
  const base = {
    id: entry.def.id,
    file: entry.file,
    title: entry.def.title,
    area: entry.area,
    rules: [...entry.def.rules],
    requires: [...(entry.def.requires ?? [])],
  };
  const finish = (ending: Ending, assertions = 0, exchanges = 0, failures: ScenarioOutcome['failures'] = []): ScenarioOutcome => ({
    ...base,
    disposition: ending.disposition,
    reason: ending.reason,
    assertions,
    durationMs: Math.round(performance.now() - startedMs),
    exchanges,
    failures,
    ...(ending.transcript !== undefined ? { transcript: ending.transcript } : {}),
  });

  const gated = gate(entry, env.capabilities);
  if (gated) return finish(gated);

  let session;
  try {
    session = await env.target.open();
  } catch (error) {
    return finish({ disposition: 'blocked', reason: `host could not be started: ${describe(error)}` });
  }
  const runtime = createScenarioRuntime({
    def: entry.def,
    session,
    discovery: env.capabilities,
    receiver: env.receiver,
    requestTimeoutMs: env.timeouts.requestMs,
  });
  let thrown: unknown;
  let threw = false;
  try {
    await withinTime(entry.body(runtime.t), env.timeouts.scenarioMs);
  } catch (error) {
    thrown = error;
    threw = true;
  } finally {
    runtime.dispose();
    await session.close().catch(() => undefined);
  }
  const ending = decide(runtime, thrown, threw);
  return finish(ending, runtime.assertions.count, runtime.transcript.count, [...runtime.assertions.failures]);
}

/** The text vitest shows for a non-passing scenario. */
export function formatOutcome(outcome: ScenarioOutcome): string {
  const head = `${outcome.id} [${outcome.disposition}] ${outcome.reason ?? ''}`.trim();
  const first = outcome.failures[0];
  if (first) return `${head}\n${formatFailure(first)}`;
  return outcome.transcript ? `${head}\ntranscript:\n${outcome.transcript}` : head;
}
