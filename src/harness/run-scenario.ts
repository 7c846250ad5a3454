/**
 * The core of every run: gate one scenario on the host's capabilities, run its body against a fresh host
 * session and turn what happened into exactly one disposition.
 */
import { formatFailure } from './assertions.js';
import { documentsRead, type DocumentsRead } from './documents-read.js';
import { firstMissingCapability } from './capabilities.js';
import type { Discovery } from './capabilities.js';
import { createScenarioRuntime } from './context.js';
import type { ScenarioRuntime } from './context.js';
import { HarnessError, ScenarioBlocked, ScenarioFailure, ScenarioInapplicable } from './errors.js';
import type { ScenarioOutcome, Timeouts } from './outcome.js';
import type { TranscriptEntry } from './transcript.js';
import type { TimeBudget } from './real-time.js';
import type { CallbackReceiver } from './receiver.js';
import type { ScenarioEntry } from './registry.js';
import type { TargetDriver } from './target.js';
import type { HostHealth } from './health.js';
import type { TenantPool } from './tenant-pool.js';
import type { ReadChecks } from './advance-reads.js';
import type { Limits } from './limits.js';
import { longestStallAroundMs, stallLimitMs, watchStalls } from './stall-watch.js';

export interface ScenarioEnv {
  target: TargetDriver;
  receiver: CallbackReceiver;
  /** The capabilities document, fetched and validated once per suite. */
  capabilities: Discovery;
  timeouts: Timeouts;
  /** The run's real-time budget, spent only against a host without the test clock; default: one per scenario. */
  budget?: TimeBudget;
  /** Byte limits of what the kit reads from the host; default DEFAULT_LIMITS. */
  limits?: Limits;
  /** Shared by the scenarios of a run: stops it once the host no longer answers at the transport level. */
  health?: HostHealth;
  /** Tenants minted ahead for the run's scenarios (a host at a URL declaring `seams.tenants.batch`). */
  tenantPool?: TenantPool;
  /** Which reads answered by clock advances the run compares with GETs (shared by a run's scenarios). */
  readChecks?: ReadChecks;
}

/**
 * How long a stopped scenario's body may take to settle after its abort. Its I/O is refused from the abort on, so
 * this only bounds how long the runner waits for its promise before moving on.
 */
export const ABORT_GRACE_MS = 2_000;

/** The words a scenario set aside because the kit itself stalled ends its reason with: run it again. */
export const SET_ASIDE_FOR_STALL = 'set aside, to be run again on a less loaded machine';

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

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms).unref());

/**
 * Runs the body within `timeoutMs`. At the limit the scenario is aborted (its requests and waits end, new ones are
 * refused) and what it had recorded until then is frozen: nothing it does afterwards counts for it or any other.
 */
async function withinTime(
  body: () => Promise<void>,
  timeoutMs: number,
  controller: AbortController,
  runtime: ScenarioRuntime,
): Promise<{ thrown: unknown; threw: boolean; frozen: ScenarioRuntime | null }> {
  let thrown: unknown;
  let threw = false;
  const work = Promise.resolve()
    .then(body)
    .then(
      () => 'settled' as const,
      (error: unknown) => {
        thrown = error;
        threw = true;
        return 'settled' as const;
      },
    );
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const first = await Promise.race([work, limit]);
  clearTimeout(timer);
  if (first === 'settled') return { thrown, threw, frozen: null };
  const reason = new ScenarioTimeout(`scenario did not finish within ${timeoutMs} ms`);
  const rendered = runtime.transcript.render();
  const count = runtime.transcript.count;
  const frozen = {
    ...runtime,
    assertions: { count: runtime.assertions.count, failures: [...runtime.assertions.failures] },
    transcript: { render: () => rendered, count },
  } as unknown as ScenarioRuntime;
  controller.abort(reason);
  await Promise.race([work, pause(ABORT_GRACE_MS)]);
  return { thrown: reason, threw: true, frozen };
}

/**
 * A delivery whose signature does not verify is the host's, whatever the scenario was written for: it fails
 * CALLBACK-SIGNATURE (incidentally when the scenario does not list it). Kept apart from decide(), which only reads
 * the record this adds to.
 */
function recordRefusedDeliveries(runtime: ScenarioRuntime, into: ScenarioRuntime): void {
  const bad = runtime.rejectedDeliveries().filter((r) => r.reason === 'bad-signature');
  if (bad.length === 0) return;
  const before = runtime.assertions.failures.length;
  const first = bad[0]!;
  runtime.assertions.recordIncidental(
    'CALLBACK-SIGNATURE',
    `${bad.length} callback deliver${bad.length === 1 ? 'y' : 'ies'} to ${first.delivery.path} refused: ${first.detail}`,
    "a webhook-signature that verifies with the run's callback_signing_secret",
    { 'webhook-id': first.delivery.headers['webhook-id'], 'webhook-signature': first.delivery.headers['webhook-signature'], refused: bad.length },
  );
  // First: a refused delivery explains what the scenario saw after it (no attempt arrived, the run never closed).
  const added = runtime.assertions.failures.splice(before);
  runtime.assertions.failures.unshift(...added);
  if (into !== runtime) into.assertions.failures.unshift(...added);
}

/** Callback rules judged on what a delivery carries, which no late answer of the kit's receiver can change. */
const JUDGED_ON_CONTENT: ReadonlySet<string> = new Set(['CALLBACK-SIGNATURE', 'CALLBACK-ID-STABLE', 'CALLBACK-FRESH-TIMESTAMP', 'CALLBACK-PAYLOAD-MATCHES']);

/**
 * Failures under callback rules seen while the kit itself stalled around a callback attempt may be the kit's: its
 * receiver could not answer in time, and a correct host rightly recorded a timeout. They are taken out of the
 * record; a scenario left with no other failure is blocked, naming them (SPEC.md §1.6, "kit stalls").
 */
function setAsideStalled(view: ScenarioRuntime, runtime: ScenarioRuntime, discovery: Discovery): Ending | null {
  // A host that advertises no request timeout makes no callback attempts to doubt.
  const timeoutMs = discovery.ok ? discovery.document.callbacks.request_timeout_ms : undefined;
  if (timeoutMs === undefined) return null;
  const limitMs = stallLimitMs(timeoutMs);
  const failures = view.assertions.failures;
  const inDoubt = (rule: string): boolean => rule.startsWith('CALLBACK-') && !JUDGED_ON_CONTENT.has(rule);
  if (!failures.some((failure) => inDoubt(failure.rule))) return null;
  const stallMs = longestStallAroundMs(runtime.deliveries().map((delivery) => delivery.arrivedAt), timeoutMs);
  if (stallMs <= limitMs) return null;
  const doubted = failures.filter((failure) => inDoubt(failure.rule));
  failures.splice(0, failures.length, ...failures.filter((failure) => !inDoubt(failure.rule)));
  // Another failure stands on its own: the scenario fails under it.
  if (failures.length > 0) return null;
  const reason =
    `the kit itself stalled ${stallMs} ms around a callback attempt (more than ${limitMs} ms: half the host's request_timeout_ms, ` +
    `at most 1 s), so its receiver may have answered too late; ${SET_ASIDE_FOR_STALL}: ` +
    doubted.map((failure) => `${failure.rule}: ${failure.what}`).join('; ');
  return { disposition: 'blocked', reason, transcript: doubted.map(formatFailure).join('\n\n') };
}

/** What every outcome of `entry` says about the scenario itself, whatever happened to it. */
export function scenarioIdentity(entry: ScenarioEntry): Pick<ScenarioOutcome, 'id' | 'file' | 'title' | 'area' | 'rules' | 'requires'> {
  return {
    id: entry.def.id,
    file: entry.file,
    title: entry.def.title,
    area: entry.area,
    rules: [...entry.def.rules],
    requires: [...(entry.def.requires ?? [])],
  };
}

export async function runScenario(entry: ScenarioEntry, env: ScenarioEnv): Promise<ScenarioOutcome> {
  const startedMs = performance.now();
  const base = scenarioIdentity(entry);
  const finish = (
    ending: Ending,
    assertions = 0,
    exchanges = 0,
    failures: ScenarioOutcome['failures'] = [],
    casesLeftOut: readonly string[] = [],
    documents: DocumentsRead | null = null,
    exchanged: readonly TranscriptEntry[] = [],
  ): ScenarioOutcome => ({
    ...base,
    disposition: ending.disposition,
    reason: ending.reason,
    assertions,
    durationMs: Math.round(performance.now() - startedMs),
    exchanges,
    failures,
    ...(casesLeftOut.length > 0 ? { casesLeftOut: [...casesLeftOut] } : {}),
    ...(documents !== null ? { documentsRead: documents } : {}),
    ...(ending.transcript !== undefined ? { transcript: ending.transcript } : {}),
    ...(ending.transcript !== undefined && exchanged.length > 0 ? { transcriptExchanges: exchanged } : {}),
  });

  const gated = gate(entry, env.capabilities);
  if (gated) return finish(gated);

  let session;
  try {
    session = await env.target.open();
  } catch (error) {
    return finish({ disposition: 'blocked', reason: `host could not be started: ${describe(error)}` });
  }
  const controller = new AbortController();
  const runtime = createScenarioRuntime({
    def: entry.def,
    session,
    discovery: env.capabilities,
    receiver: env.receiver,
    requestTimeoutMs: env.timeouts.requestMs,
    ...(env.budget ? { budget: env.budget } : {}),
    signal: controller.signal,
    ...(env.limits ? { responseBodyLimit: env.limits.responseBodyBytes } : {}),
    ...(env.health ? { health: env.health } : {}),
    ...(env.tenantPool ? { tenantPool: env.tenantPool } : {}),
    ...(env.readChecks ? { readChecks: env.readChecks } : {}),
  });
  let ended;
  const stopWatching = watchStalls();
  try {
    ended = await withinTime(() => entry.body(runtime.t), env.timeouts.scenarioMs, controller, runtime);
    try {
      runtime.dispose();
    } catch (error) {
      // A finding made at the end belongs to a body that ran to its end, not to one that was stopped.
      if (!ended.threw) ended = { ...ended, thrown: error, threw: true };
    }
  } finally {
    await session.close().catch(() => undefined);
  }
  const view = ended.frozen ?? runtime;
  recordRefusedDeliveries(runtime, view);
  const ending = setAsideStalled(view, runtime, env.capabilities) ?? decide(view, ended.thrown, ended.threw);
  stopWatching();
  // A stopped scenario's view counts the exchanges made before it stopped: the records are those.
  const exchanged = runtime.transcript.entries.slice(0, view.transcript.count);
  // Reads a clock advance answered were not sent: the count is of requests that went to the host.
  const sent = exchanged.filter((entry) => entry.kind !== 'exchange' || entry.exchange.answeredByAdvance !== true).length;
  return finish(ending, view.assertions.count, sent, [...view.assertions.failures], runtime.casesLeftOut, documentsRead(exchanged), exchanged);
}

/** The text vitest shows for a non-passing scenario. */
export function formatOutcome(outcome: ScenarioOutcome): string {
  const head = `${outcome.id} [${outcome.disposition}] ${outcome.reason ?? ''}`.trim();
  const first = outcome.failures[0];
  if (first) return `${head}\n${formatFailure(first)}`;
  return outcome.transcript ? `${head}\ntranscript:\n${outcome.transcript}` : head;
}
