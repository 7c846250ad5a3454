/**
 * Shared multi-step flows. They go through the same typed API as scenarios, so every request is in the
 * transcript and every check cites a rule (as an assertion when the scenario lists the rule, otherwise as a
 * precondition that blocks).
 */
import { randomUUID } from 'node:crypto';
import type { HostCapabilities, SchemaTypes } from '../../generated/types.js';
import { registerSecret } from '../secrets.js';
import { defaultQuoteRequest } from './api.js';
import type { ApiDefaults, HostApi } from './api.js';
import type { Assertions } from './assertions.js';
import type { CapabilityPath } from './capabilities.js';
import type { ClockDriver } from './clock.js';
import { HarnessError, ScenarioInapplicable } from './errors.js';
import { isProblem } from './problems.js';
import { formatDuration } from './real-time.js';
import type { Answer, Mailbox } from './receiver.js';
import { receiverRefused, rightlyRefusesReceiver } from './receiver-refusal.js';
import { advertisedInFlightLimit, advertisedRetentionMs, type EndedRuns } from './host-limits.js';
import type { Exchange } from './transcript.js';

type AgentTaskRun = SchemaTypes['agent-task-run'];
type TestScript = SchemaTypes['test-script'];
type RunRequest = SchemaTypes['run-request'];
type Quote = SchemaTypes['quote'];

export interface FundedEntitlement {
  trustProfileId: string;
  quote: SchemaTypes['quote'];
  settlementReceipt: SchemaTypes['settlement-receipt'];
  entitlementId: string;
}

export interface FundingOptions {
  /** Credits to fund; default four times the quote, enough for a few runs. */
  credits?: number;
  /** Instead of `credits`: fund this many runs of the quote (its `credits_quoted` is the host's, SPEC.md §7.1). */
  runs?: number;
}

export interface CreateRunOptions {
  /** A test script (seam `scripted_runs`). */
  script?: TestScript;
  /**
   * Answers of a fresh mailbox used as callback_url; false = no callback_url. Default: a mailbox answering
   * 200 when the host supports callbacks, otherwise no callback.
   */
  callback?: readonly Answer[] | false;
  /**
   * Default: the entitlement this tenant's runs made without one share, a few runs each (a requesting agent funds
   * several runs at once, SPEC.md §7.2). A scenario that judges an entitlement's balances against one run's
   * passes an entitlement of its own.
   */
  entitlement?: FundedEntitlement;
  /** Idempotency-Key of the creation; default random. */
  key?: string;
  /** Fields merged last into the run request. */
  request?: Partial<RunRequest>;
  /**
   * For scenarios whose runs need not be in flight together: when the host bounds a tenant's runs in flight
   * (SPEC.md §4.6) and this run would go beyond the bound, this tenant's earlier runs are first driven to rest.
   * Without it, or when they rest without ending (paused, stalled), the scenario is inapplicable.
   */
  makeRoom?: boolean;
}

export interface CreatedRun {
  created: SchemaTypes['run-created'];
  token: string;
  /** The run's callback signing secret (whsec_…). */
  secret: string;
  mailbox?: Mailbox;
  entitlement: FundedEntitlement;
  exchange: Exchange;
}

export interface CompletedRun extends CreatedRun {
  /** The run record at rest, as served at the ledger URL (with state_history). */
  run: AgentTaskRun;
}

export interface AdvanceOptions {
  /** Host ms per step; default 1000. */
  stepMs?: number;
  /** Default 300. */
  maxSteps?: number;
}

export interface StepThroughOptions {
  /** Host ms per step; default the run's scripted step_duration_ms (1000 without a script). */
  stepMs?: number;
  /** Clock advances at most; default 300. */
  maxSteps?: number;
  /**
   * The observer judges only the record it is handed (and documents that cannot change once served), so reads
   * made while the host moves on its own serve it as well: without the test clock the flow reads the run every
   * poll interval until it rests or stands still for the quiet horizon, instead of needing the seam (§13.7).
   */
  recordOnly?: boolean;
}

/**
 * Called with the run record (as served at the ledger URL, with state_history) after each step, and once before
 * the first; `step` counts the advances made so far. Answers true to stop stepping.
 */
export type StepObserver = (run: AgentTaskRun, step: number) => Promise<boolean>;

/**
 * Why stepThrough stopped: the observer answered true, the run came to rest, maxSteps advances were made, or
 * (test clock) a step as long as the quiet horizon, made because the host reported no work pending, changed
 * nothing: the run will not move on its own. (Had it changed the run, the host's report was false: a failure of
 * SEAMS-CLOCK-ADVANCE.)
 */
export type StepThroughEnd = 'observed' | 'at_rest' | 'max_steps' | 'quiet';

export interface StepThroughOutcome {
  end: StepThroughEnd;
  /** The last run record read: the one the observer saw last. */
  run: AgentTaskRun;
  /** Clock advances made. */
  steps: number;
}

export interface Flows {
  fundedTenantEntitlement(options?: FundingOptions): Promise<FundedEntitlement>;
  createRun(options?: CreateRunOptions): Promise<CreatedRun>;
  /**
   * Reads the run's status, then advances the clock by `stepMs` and reads it again until `predicate` holds or
   * `maxSteps` steps were made. Returns the last record read: the caller asserts on it, so a run that never
   * gets there fails the caller's rule with what it observed.
   */
  advanceUntil(token: string, predicate: (run: AgentTaskRun) => boolean, options?: AdvanceOptions): Promise<AgentTaskRun>;
  /**
   * Advances until the run is at rest: closed, failed, paused, callback given up (callback_ready with
   * callback_status failed), or nothing more falls due. Returns the ledger record (with state_history).
   * `thenReading` names API paths the caller reads once the run rests, which the advances may answer.
   */
  runToRest(token: string, options?: { maxSteps?: number; thenReading?: readonly string[] }): Promise<AgentTaskRun>;
  /**
   * Reads the run and awaits `onStep`, then advances the clock one step and does it again, until `onStep`
   * answers true, the run is at rest (the observer has seen it at rest), or `maxSteps` advances were made. For
   * scenarios that judge several documents at every host instant of a run: nothing moves between the read and
   * the observer's own requests, because only an advance moves host time. The record is read through the
   * schema-checked API, like `runToRest`; a scenario that must judge records that do not validate reads them itself.
   */
  stepThrough(token: string, onStep: StepObserver, options?: StepThroughOptions): Promise<StepThroughOutcome>;
  /** A run with default evidence taken to closed; its callbacks (if supported) go to a 200-answering mailbox. */
  completedRun(options?: Omit<CreateRunOptions, 'callback'>): Promise<CompletedRun>;
  /**
   * Lets `hostMs` of host time pass, for checks that nothing changes as time goes by, and answers the host ms
   * that passed. With the test clock it advances that far; in real time it waits the longest period the host
   * advertises for work of its own (`activityHorizonMs`), since whatever the host would still do falls due within
   * it (SPEC.md §13.7). A wait that does not fit the time budget is not made: the passing of time is named as a
   * case left out, and what follows compares documents read at once. Nor does it let a run the scenario will read
   * again be forgotten once it has ended — the runs named by status token in `keeping`, by default every run it
   * has read ended: a host that advertises `closed_run_retention_ms` gets a shorter wait, and the longer one is
   * named as a case left out (SPEC.md §4.6).
   */
  letTimePass(hostMs: number, keeping?: readonly string[]): Promise<number>;
}

export interface FlowDeps {
  api: HostApi;
  clock: ClockDriver;
  caps: () => HostCapabilities;
  defaults: ApiDefaults;
  /** Throws ScenarioInapplicable when the host does not declare `path`. */
  requireCapability: (path: CapabilityPath) => void;
  mailbox: (answers?: readonly Answer[]) => Mailbox;
  assertions: Assertions;
  /** Step duration per run token, shared by every tenant of the scenario. */
  stepMsByToken: Map<string, number>;
  /** Names a part of the scenario the host cannot have run, as `t.cases` names a case (SPEC.md §13.6). */
  leaveOut: (what: string) => void;
  /** The ended runs the scenario has read, whose retention bounds how much host time may pass (SPEC.md §4.6). */
  endedRuns: EndedRuns;
  /** The scenario's requests so far that may have changed the host (any but GET). */
  writes: () => number;
}

const DEFAULT_STEP_MS = 1000;
const DEFAULT_MAX_STEPS = 300;
const FUNDING_MULTIPLE = 4;
const RUNS_PER_SHARED_ENTITLEMENT = 4;

/** Ends a run creation whose default callback the host rightly refused; createRun makes the run again without it. */
class ReceiverRefusedQuietly extends Error {}

/** Ends a settlement whose reused quote the host refused as expired; the flow judges that and quotes afresh. */
class ReusedQuoteExpired extends Error {}

/** A tenant's quote is reused only while this much host time at least is left before its expires_at. */
const QUOTE_REUSE_MARGIN_MS = 60_000;

export function isAtRest(run: AgentTaskRun): boolean {
  return (
    run.state === 'closed' ||
    run.state === 'failed' ||
    run.state === 'paused' ||
    (run.state === 'callback_ready' && run.callback_status === 'failed')
  );
}

/** Host time from a refused first callback attempt to the last retry at the jitter bound; 0 without callbacks. */
function retryHorizonMs(caps: HostCapabilities): number {
  if (!caps.callbacks.supported || !caps.callbacks.retry_schedule_ms) return 0;
  return Math.ceil(Math.max(...caps.callbacks.retry_schedule_ms) * (1 + (caps.callbacks.jitter_max_ratio ?? 0)));
}

/** Host time until a stuck check after a missed heartbeat; 0 without a queue monitor. */
function stuckHorizonMs(caps: HostCapabilities): number {
  return caps.queue_monitor.supported ? (caps.queue_monitor.stuck_threshold_ms ?? 0) + (caps.queue_monitor.heartbeat_interval_ms ?? 0) : 0;
}

/**
 * Longest host-time gap between two pieces of work the host may still have due for a run: a callback retry
 * (with jitter), a stuck check. A step this long that changes nothing means nothing more is due.
 */
export function quietHorizonMs(caps: HostCapabilities, stepMs: number): number {
  return Math.max(stepMs, 60_000, retryHorizonMs(caps) + 1000, stuckHorizonMs(caps));
}

/**
 * The longest period after which a host that advertises its settings may still act on its own: the last callback
 * retry at the jitter bound, a stuck check after a missed heartbeat. At least one second.
 */
export function activityHorizonMs(caps: HostCapabilities): number {
  return Math.max(1000, retryHorizonMs(caps), stuckHorizonMs(caps));
}

/**
 * Real time: whether a run read again and again has stood still for `horizonMs` (it will not move on its own).
 * A run still moving is watched for as long as the time budget lasts, whatever its pace.
 */
export function quietWatch(horizonMs: number): { stillFor(mark: string): boolean } {
  let last: string | undefined;
  let sinceMs = performance.now();
  return {
    stillFor(mark) {
      if (mark !== last) {
        last = mark;
        sinceMs = performance.now();
      }
      return performance.now() - sinceMs >= horizonMs;
    },
  };
}

export function progressMark(run: Pick<AgentTaskRun, 'state' | 'canonical_lifecycle_state' | 'callback_status' | 'state_history'>): string {
  return JSON.stringify([run.state, run.canonical_lifecycle_state, run.callback_status, run.state_history?.length ?? 0]);
}

function checkAdvanceOptions(stepMs: number, maxSteps: number): void {
  if (!Number.isInteger(stepMs) || stepMs < 1) throw new HarnessError(`stepMs must be a positive integer, got ${stepMs}`);
  if (!Number.isInteger(maxSteps) || maxSteps < 1) throw new HarnessError(`maxSteps must be a positive integer, got ${maxSteps}`);
}

export function createFlows(deps: FlowDeps): Flows {
  const { api, clock, assertions } = deps;

  // One trust profile per tenant serves all its fundings, as a requesting agent reuses its own; so does one quote
  // while host time is known to be short of its expires_at (a quote backs several settlements, SPEC.md §7.1).
  let trustProfileId: Promise<string> | undefined;
  let tenantQuote: Quote | undefined;
  /** Whether host time is known to be well short of the quote's expires_at: only an advance moves it. */
  const quotedAt = new Map<string, number>();
  const stillValid = (quote: Quote): boolean => {
    const advancesThen = quotedAt.get(quote.quote_id);
    // With no advance since the quote was made, host time stands at its created_at.
    const nowMs = clock.knownNowMs(advancesThen === undefined ? undefined : { ms: Date.parse(quote.created_at), advancesThen });
    return nowMs !== undefined && Date.parse(quote.expires_at) - nowMs > QUOTE_REUSE_MARGIN_MS;
  };
  const reusableQuote = (): Quote | undefined => (tenantQuote !== undefined && stillValid(tenantQuote) ? tenantQuote : undefined);
  const settle = (quote: Quote, credits: number, refusal?: (exchange: Exchange) => void) =>
    api.settle(
      {
        request_type: 'agent_settlement_request',
        quote_id: quote.quote_id,
        settlement_provider: 'manual_invoice',
        provider_transaction_ref: `atk-${randomUUID()}`,
        credits,
      },
      undefined,
      refusal,
    );
  const fundedTenantEntitlement: Flows['fundedTenantEntitlement'] = async (options = {}) => {
    trustProfileId ??= api.createTrustProfile().then((trust) => trust.body.trust_profile_id);
    const trustId = await trustProfileId.catch((error: unknown) => {
      trustProfileId = undefined;
      throw error;
    });
    const freshQuote = async (): Promise<Quote> => {
      const advancesThen = clock.advancesMade();
      tenantQuote = (await api.quote({ ...defaultQuoteRequest(deps.defaults), trust_profile_id: trustId })).body;
      quotedAt.set(tenantQuote.quote_id, advancesThen);
      return tenantQuote;
    };
    const reused = reusableQuote();
    let quote = reused ?? (await freshQuote());
    const credits = (q: Quote) => options.credits ?? q.credits_quoted * (options.runs ?? FUNDING_MULTIPLE);
    let settlement;
    try {
      settlement = await settle(quote, credits(quote), (exchange) => {
        if (reused !== undefined && isProblem(exchange, 'quote-expired')) throw new ReusedQuoteExpired();
      });
    } catch (error) {
      if (!(error instanceof ReusedQuoteExpired)) throw error;
      // Another tenant sharing the clock moved it: the host must be past expires_at to refuse the quote.
      const nowMs = (await clock.now()).now_ms;
      assertions.ensure(
        ['RECEIPT-QUOTE-EXPIRED'],
        `a settlement naming quote ${quote.quote_id} is refused as expired only once host time is past its expires_at`,
        nowMs >= Date.parse(quote.expires_at),
        `host time at or past ${quote.expires_at}`,
        new Date(nowMs).toISOString(),
      );
      quote = await freshQuote();
      settlement = await settle(quote, credits(quote));
    }
    return {
      trustProfileId: trustId,
      quote,
      settlementReceipt: settlement.body,
      entitlementId: settlement.body.credit_entitlement_id,
    };
  };

  // Runs made without an entitlement share one while its quote holds, RUNS_PER_SHARED_ENTITLEMENT at most, each
  // funded as its own was.
  let shared: { funded: Promise<FundedEntitlement>; runs: number } | undefined;
  const sharedEntitlement = async (): Promise<FundedEntitlement> => {
    const current = shared === undefined ? undefined : await shared.funded.catch(() => undefined);
    if (current === undefined || shared!.runs >= RUNS_PER_SHARED_ENTITLEMENT || !stillValid(current.quote)) {
      shared = { funded: fundedTenantEntitlement({ runs: RUNS_PER_SHARED_ENTITLEMENT * FUNDING_MULTIPLE }), runs: 0 };
    }
    const taken = shared!;
    taken.runs += 1;
    return taken.funded.catch((error: unknown) => {
      if (shared === taken) shared = undefined;
      throw error;
    });
  };

  // Each run as its creation answered it, with the scenario's write count then: while that count stands, only
  // the creation has touched the run and no advance has moved it, so it is as the answer says.
  const justCreated = new Map<string, { run: AgentTaskRun; writes: number }>();
  const untouchedSinceCreation = (token: string): AgentTaskRun | undefined => {
    const known = justCreated.get(token);
    return known !== undefined && known.writes === deps.writes() ? known.run : undefined;
  };

  // This tenant's runs made by createRun, oldest first: those not read ended count against the bound on runs in flight.
  const madeRuns: Array<{ token: string; runId: string; entitlementId: string }> = [];
  const inFlight = () => madeRuns.filter((run) => !deps.endedRuns.hasEnded(run.runId));
  const roomForRun = async (makeRoom: boolean): Promise<void> => {
    const limit = advertisedInFlightLimit(deps.caps());
    if (limit === null || inFlight().length < limit) return;
    for (const run of makeRoom ? inFlight() : []) {
      await runToRest(run.token);
      if (inFlight().length < limit) return;
    }
    throw new ScenarioInapplicable(
      `the scenario keeps more than ${limit} runs of one tenant in flight at once; the host allows ${limit} (limits.max_runs_in_flight_per_tenant, SPEC.md §4.6)`,
    );
  };

  const createRun: Flows['createRun'] = async (options = {}) => {
    if (options.script !== undefined) deps.requireCapability('seams.scripted_runs');
    await roomForRun(options.makeRoom === true);
    let mailbox: Mailbox | undefined;
    if (options.callback === undefined) {
      if (deps.caps().callbacks.supported) mailbox = deps.mailbox([]);
    } else if (options.callback !== false) {
      deps.requireCapability('callbacks');
      mailbox = deps.mailbox(options.callback);
    }
    const entitlement = options.entitlement ?? (await sharedEntitlement());
    const request: RunRequest = {
      trust_profile_id: entitlement.trustProfileId,
      quote_id: entitlement.quote.quote_id,
      credit_entitlement_id: entitlement.entitlementId,
      requested_tool: entitlement.quote.requested_tool,
      requested_capability: entitlement.quote.requested_capability,
      ...(mailbox ? { callback_url: mailbox.url } : {}),
      ...(options.script !== undefined ? { test_script: options.script } : {}),
      ...options.request,
    };
    // Deliveries that come before the secret does are judged once it is known (a flood must not pass as attempts).
    mailbox?.holdForSecret?.();
    // A host may rightly refuse the kit's receiver (SPEC.md §14.4): a run that only had the default callback is
    // made again without one (under a fresh key); one that asked for a callback is inapplicable.
    const receiverUrl = mailbox !== undefined && request.callback_url === mailbox.url ? mailbox.url : undefined;
    const conformanceMode = deps.caps().seams.supported;
    const refusal = (exchange: Exchange): void => {
      if (receiverUrl === undefined || !rightlyRefusesReceiver(exchange, receiverUrl, conformanceMode)) return;
      if (options.callback !== undefined || options.key !== undefined) throw receiverRefused(receiverUrl);
      throw new ReceiverRefusedQuietly();
    };
    let created;
    try {
      created = await api.createRun(request, options.key, refusal);
    } catch (error) {
      if (!(error instanceof ReceiverRefusedQuietly)) throw error;
      mailbox = undefined;
      const { callback_url: _refused, ...withoutCallback } = request;
      created = await api.createRun(withoutCallback);
    }
    const { exchange, body } = created;
    registerSecret(body.callback_signing_secret);
    mailbox?.expectSignedWith?.(body.callback_signing_secret);
    deps.stepMsByToken.set(body.status_token, options.script?.step_duration_ms || DEFAULT_STEP_MS);
    if (!madeRuns.some((run) => run.runId === body.agent_task_run_id)) madeRuns.push({ token: body.status_token, runId: body.agent_task_run_id, entitlementId: entitlement.entitlementId });
    justCreated.set(body.status_token, { run: body, writes: deps.writes() });
    return {
      created: body,
      token: body.status_token,
      secret: body.callback_signing_secret,
      ...(mailbox ? { mailbox } : {}),
      entitlement,
      exchange,
    };
  };

  const advanceUntil: Flows['advanceUntil'] = async (token, predicate, options = {}) => {
    const stepMs = options.stepMs ?? DEFAULT_STEP_MS;
    const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
    checkAdvanceOptions(stepMs, maxSteps);
    let run = (await api.status(token)).body;
    if (clock.mode === 'real_time') {
      // The same span of host time, watched as it passes.
      const until = performance.now() + stepMs * maxSteps;
      while (!predicate(run) && performance.now() < until) {
        await clock.poll(`waiting for run ${token} to change`);
        run = (await api.status(token)).body;
      }
      return run;
    }
    for (let step = 0; step < maxSteps && !predicate(run); step += 1) {
      await clock.advanceStep(stepMs, stepMs, token);
      run = (await api.status(token)).body;
    }
    return run;
  };

  const runToRest: Flows['runToRest'] = async (token, options = {}) => {
    const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
    const baseMs = deps.stepMsByToken.get(token) ?? DEFAULT_STEP_MS;
    checkAdvanceOptions(baseMs, maxSteps);
    const horizonMs = quietHorizonMs(deps.caps(), baseMs);
    // What a scenario reads of a run at rest, besides what it names: its status and its entitlement.
    const entitlementId = madeRuns.find((run) => run.token === token)?.entitlementId;
    const atRestReads = [`/status/${encodeURIComponent(token)}`, ...(entitlementId ? [`/entitlements/${encodeURIComponent(entitlementId)}`] : [])];
    await clock.willRead([...(options.thenReading ?? []), ...atRestReads]);
    const untilRest = clock.mode === 'test_clock' && deps.caps().seams.test_clock?.advance_until_rest === true;
    const created = untilRest && clock.answersReads() ? untouchedSinceCreation(token) : undefined;
    if (created !== undefined && !isAtRest(created)) {
      // One advance answers the ledger as the creation left it and as the run rests (SPEC.md §13.2 `reads`).
      const ledgerPath = `/tasks/${encodeURIComponent(token)}/ledger`;
      await clock.advance(horizonMs, { untilAtRest: token, reads: { before: [ledgerPath], after: [ledgerPath] } });
      const before = progressMark((await api.ledger(token)).body);
      const run = (await api.ledger(token)).body;
      if (isAtRest(run) || progressMark(run) === before) return run;
      return stepToRest(token, run, baseMs, horizonMs, maxSteps);
    }
    // Read before any advance: the oracle compares each ledger read with the one before it (LEDGER-APPEND-ONLY,
    // LIFECYCLE-TIMESTAMPS), and dropping this read hides a rewritten ledger from 43 scenarios of the matrix.
    let run = (await api.ledger(token)).body;
    if (clock.mode === 'real_time') {
      // The host moves on its own: read it every poll interval until it rests or stays quiet for the horizon.
      const quiet = quietWatch(horizonMs);
      while (!isAtRest(run) && !quiet.stillFor(progressMark(run))) {
        await clock.poll(`waiting for run ${token} to come to rest (quiet horizon ${formatDuration(horizonMs)})`);
        run = (await api.ledger(token)).body;
      }
      return run;
    }
    if (untilRest && !isAtRest(run)) {
      // The host stops where the run comes to rest: one advance instead of one per phase. A run still moving
      // after a whole quiet horizon is stepped as below, so a run that never rests costs no more host time.
      const before = progressMark(run);
      await clock.advance(horizonMs, { untilAtRest: token });
      run = (await api.ledger(token)).body;
      if (isAtRest(run) || progressMark(run) === before) return run;
    }
    return stepToRest(token, run, baseMs, horizonMs, maxSteps);
  };

  /**
   * Steps at the script's pace while the run progresses, doubling the step while nothing changes, so retry
   * schedules spanning days take a few dozen steps. A quiet step as long as the horizon ends it.
   */
  const stepToRest = async (token: string, from: AgentTaskRun, baseMs: number, horizonMs: number, maxSteps: number): Promise<AgentTaskRun> => {
    let run = from;
    let stepMs = baseMs;
    for (let step = 0; step < maxSteps && !isAtRest(run); step += 1) {
      const before = progressMark(run);
      await clock.advanceStep(stepMs, stepMs, token);
      run = (await api.ledger(token)).body;
      if (progressMark(run) !== before) stepMs = baseMs;
      else if (stepMs >= horizonMs) break;
      else stepMs = Math.min(stepMs * 2, horizonMs);
    }
    return run;
  };

  const stepThrough: Flows['stepThrough'] = async (token, onStep, options = {}) => {
    const stepMs = options.stepMs ?? deps.stepMsByToken.get(token) ?? DEFAULT_STEP_MS;
    const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
    checkAdvanceOptions(stepMs, maxSteps);
    const realTime = clock.mode === 'real_time';
    // Observers that judge several documents at one host instant need a frozen host time.
    if (realTime && options.recordOnly !== true) deps.requireCapability('seams.test_clock');
    const horizonMs = quietHorizonMs(deps.caps(), stepMs);
    const quiet = realTime ? quietWatch(horizonMs) : null;
    let mark: string | undefined;
    for (let step = 0; ; step += 1) {
      let idleStep = false;
      if (step > 0) {
        if (realTime) await clock.poll(`stepping through run ${token} until it comes to rest`);
        else {
          await clock.advanceStep(stepMs, horizonMs, token);
          idleStep = clock.lastStepIdle();
        }
      }
      const run = (await api.ledger(token)).body;
      if (idleStep) {
        // next_due_at null promised that nothing but a request could make work due (SPEC.md §13.2).
        assertions.ensure(
          ['SEAMS-CLOCK-ADVANCE'],
          `run ${token} stands still through an advance made when the clock state reported no work pending (next_due_at null)`,
          progressMark(run) === mark,
          mark ?? 'the run as read before the advance',
          progressMark(run),
        );
      }
      if (await onStep(run, step)) return { end: 'observed', run, steps: step };
      if (isAtRest(run)) return { end: 'at_rest', run, steps: step };
      if (quiet !== null ? quiet.stillFor(progressMark(run)) : step === maxSteps) return { end: 'max_steps', run, steps: step };
      if (idleStep) return { end: 'quiet', run, steps: step };
      mark = progressMark(run);
    }
  };

  const completedRun: Flows['completedRun'] = async (options = {}) => {
    const created = await createRun(options);
    const run = await runToRest(created.token);
    assertions.ensure(
      ['LIFECYCLE-HAPPY-PATH'],
      `run ${created.token} reaches closed`,
      run.state === 'closed',
      '"closed"',
      { state: run.state, callback_status: run.callback_status, events: run.state_history?.length ?? 0 },
    );
    return { ...created, run };
  };

  const letTimePass: Flows['letTimePass'] = async (hostMs, keeping) => {
    const wantedMs = clock.mode === 'test_clock' ? hostMs : activityHorizonMs(deps.caps());
    const passMs = Math.min(wantedMs, await keptForMs(keeping));
    try {
      if (passMs >= 1) await clock.advance(passMs);
    } catch (error) {
      if (!(error instanceof ScenarioInapplicable) || clock.mode === 'test_clock') throw error;
      deps.leaveOut(`time passing (the host's activity horizon of ${formatDuration(wantedMs)} does not fit the time budget)`);
      return 0;
    }
    if (passMs < wantedMs) {
      const retentionMs = advertisedRetentionMs(deps.caps()) ?? 0;
      deps.leaveOut(`time passing beyond the host's retention of ended runs (${formatDuration(retentionMs)}, SPEC.md §4.6)`);
    }
    return passMs;
  };

  /**
   * Host ms that may pass before one of the runs named by token (default: every run read ended) may be forgotten;
   * reads the clock only when that can be finite. A token this tenant's flows did not make keeps every ended run.
   */
  const keptForMs = async (keeping?: readonly string[]): Promise<number> => {
    const retentionMs = advertisedRetentionMs(deps.caps());
    const ids = keeping?.map((token) => madeRuns.find((run) => run.token === token)?.runId);
    const runIds = ids?.every((id) => id !== undefined) === true ? (ids as string[]) : undefined;
    if (retentionMs === null || deps.endedRuns.earliestEndMs(runIds) === undefined) return Number.POSITIVE_INFINITY;
    return deps.endedRuns.keptForMs(retentionMs, await clock.nowMs(), runIds);
  };

  return { fundedTenantEntitlement, createRun, advanceUntil, runToRest, stepThrough, completedRun, letTimePass };
}
