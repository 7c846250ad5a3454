/**
 * The context `t` a scenario body receives: the host client, typed API, clock, receiver mailboxes, flows,
 * tenants and the rule-citing assertions, all sharing the scenario's transcript.
 */
import type { HostCapabilities } from '../../generated/types.js';
import type { RuleId } from '../rules.js';
import { createApi, requestDocument } from './api.js';
import type { ApiDefaults, HostApi } from './api.js';
import { AdvanceReads, type ReadChecks } from './advance-reads.js';
import { Assertions } from './assertions.js';
import type { AssertionDetail } from './assertions.js';
import { missingCapability } from './capabilities.js';
import type { CapabilityPath, Discovery } from './capabilities.js';
import { createClock } from './clock.js';
import { DEFAULT_TIME_BUDGET_MS, pollIntervalMs, TimeBudget } from './real-time.js';
import type { ClockDriver } from './clock.js';
import { ScenarioBlocked, ScenarioInapplicable } from './errors.js';
import { createFlows } from './flows.js';
import type { Flows } from './flows.js';
import { HostHttp } from './http.js';
import { advertisedInFlightLimit, EndedRuns } from './host-limits.js';
import { ObservedTranscript, Oracle } from './oracle/index.js';
import type { Prepared } from './checks/prepared.js';
import { caseNeeds } from './checks/run-cases.js';
import type { RunCaseNeeds } from './checks/run-cases.js';
import type { ProblemSlug } from './problems.js';
import type { Answer, CallbackReceiver, Delivery, Mailbox, RejectedDelivery } from './receiver.js';
import type { HostHealth } from './health.js';
import type { TenantPool } from './tenant-pool.js';
import { registerSecret } from '../secrets.js';
import type { ScenarioDef } from './registry.js';
import type { HostSession } from './target.js';
import { Transcript } from './transcript.js';
import type { Exchange } from './transcript.js';

export interface TenantContext {
  tenantId: string;
  apiKey: string;
  clock: ClockDriver;
  http: HostHttp;
  api: HostApi;
  flows: Flows;
}

export interface ScenarioReceiver {
  /** A fresh mailbox of the kit's receiver; closed when the scenario ends. */
  mailbox(answers?: readonly Answer[]): Mailbox;
}

export interface ScenarioContext {
  readonly id: string;
  /** The validated capabilities document (read once per suite). */
  readonly caps: HostCapabilities;
  readonly http: HostHttp;
  readonly api: HostApi;
  readonly clock: ClockDriver;
  readonly receiver: ScenarioReceiver;
  readonly flows: Flows;
  /**
   * A further fresh tenant (seam `tenants`). With per-tenant clocks it shares this scenario's clock, unless
   * `ownClock` asks for one of its own (SPEC.md §13.2); its `clock` and `flows` drive whichever it has.
   */
  tenant(options?: { ownClock?: boolean }): Promise<TenantContext>;
  /** Deep equality (JCS-equal). */
  assertEqual(ruleId: RuleId, what: string, observed: unknown, expected: unknown): void;
  assertTrue(ruleId: RuleId, what: string, condition: boolean, detail: AssertionDetail): void;
  assertStatus(ruleId: RuleId, exchange: Exchange, expectedStatus: number): void;
  /** Status, application/problem+json, problem-details schema, `type` urn:agent-task:problem:<slug>, body status. */
  assertProblem(ruleId: RuleId, exchange: Exchange, status: number, slug: ProblemSlug): void;
  /**
   * A check of a step the scenario needs but was not written for (a run that must close, a ticket that must
   * open): a failure fails the scenario under `ruleId`, incidental when the scenario does not list it; a pass
   * counts as an assertion only when it does (SPEC.md §1.6).
   */
  ensure(ruleId: RuleId, what: string, condition: boolean, detail: AssertionDetail): void;
  /** The value of a shared step; otherwise the scenario fails under the rule the host broke, is inapplicable, or blocks. */
  need<T>(prepared: Prepared<T>): T;
  /**
   * The clock as the configured API key moves it (`--api-key`; the embedded host's kit tenant), null without
   * one. That tenant was not minted through the seam, so on a host with per-tenant clocks this is the host-wide
   * clock, which the scenario's own tenants do not move (SPEC.md §13.2).
   */
  configuredClock(): ClockDriver | null;
  /** Ends the scenario as blocked: the kit could not observe (never for a host answer that breaks a rule). */
  blocked(reason: string): never;
  /** Ends the scenario as inapplicable. */
  inapplicable(reason: string): never;
  /**
   * The cases the host can run: a case with a script needs `seams.scripted_runs`, one with `needs` that capability.
   * The others are left out and named in the outcome (SPEC.md §13.6), so a pass on fewer cases says so. When every
   * case is left out, the host's own cases of `otherwise` (natural runs) stand in for them.
   */
  cases<C extends RunCaseNeeds>(cases: readonly C[], otherwise?: readonly C[]): C[];
}

export interface ContextSetup {
  def: ScenarioDef;
  session: HostSession;
  discovery: Discovery;
  receiver: CallbackReceiver;
  requestTimeoutMs: number;
  budget?: TimeBudget;
  /** Aborts when the scenario is stopped: every request and every wait of the scenario ends with its reason. */
  signal?: AbortSignal;
  /** Bytes of a host answer's body read at most. */
  responseBodyLimit?: number;
  /** The run's view of whether the host still answers. */
  health?: HostHealth;
  /** Tenants minted ahead for the run's scenarios; the first tenant of the scenario comes from it. */
  tenantPool?: TenantPool;
  /** Which reads answered by clock advances the run compares with GETs; default: the scenario's own. */
  readChecks?: ReadChecks;
}

/** The context plus what the runner reads back after the body ends. */
export interface ScenarioRuntime {
  t: ScenarioContext;
  transcript: Transcript;
  assertions: Assertions;
  /** Records what the document oracle found but has not reported yet, and closes the scenario's mailboxes. */
  dispose(): void;
  /** Deliveries the receiver refused at the scenario's mailboxes (bad signature, oversize, flood). */
  rejectedDeliveries(): RejectedDelivery[];
  /** Deliveries recorded at the scenario's mailboxes. */
  deliveries(): Delivery[];
  /** Cases `t.cases` left out, each with the capability it needs. */
  readonly casesLeftOut: string[];
}

export function createScenarioRuntime(setup: ContextSetup): ScenarioRuntime {
  const { def, session, discovery } = setup;
  const transcript = new ObservedTranscript();
  const assertions = new Assertions(def.id, def.rules, transcript);
  // Every answer and every delivery of the scenario goes through the document oracle (src/harness/oracle).
  const oracle = new Oracle({ assertions, declares: (capability) => declares(capability as CapabilityPath) });
  const endedRuns = new EndedRuns();
  transcript.observer = (exchange) => {
    oracle.observeExchange(exchange);
    endedRuns.observe(exchange);
  };
  const mailboxes: Mailbox[] = [];
  const stepMsByToken = new Map<string, number>();
  const casesLeftOut: string[] = [];
  const leaveOut = (what: string): void => {
    if (!casesLeftOut.includes(what)) casesLeftOut.push(what);
  };

  const caps = (): HostCapabilities => {
    if (!discovery.ok) throw new ScenarioBlocked(discovery.reason);
    return discovery.document;
  };
  const declares = (path: CapabilityPath): boolean => discovery.ok && missingCapability(discovery.document, path) === null;
  const requireCapability = (path: CapabilityPath): void => {
    const reason = missingCapability(caps(), path);
    if (reason !== null) throw new ScenarioInapplicable(reason);
  };
  const defaults: ApiDefaults = {
    tool: () => caps().tools[0],
    needsCallback: () => caps().callbacks.supported,
  };
  const mailbox = (answers?: readonly Answer[]): Mailbox => {
    const box = oracle.watch(setup.receiver.mailbox(answers));
    if (setup.signal) box.bindSignal?.(setup.signal);
    mailboxes.push(box);
    return box;
  };
  // Reads a clock advance answered stand for the GETs that follow it; one that a GET contradicts fails the rule.
  const advanceReads = new AdvanceReads(
    () => transcript.writes,
    () => transcript.count,
    (taken, real, how) =>
      assertions.ensure(
        ['SEAMS-CLOCK-READS'],
        `${real.url}: the read POST /_seams/clock/advance answered equals a GET of the same path sent while nothing could change`,
        false,
        how.expected,
        how.observed,
      ),
    setup.readChecks,
  );
  const httpFor = (defaultApiKey: () => Promise<string | null>): HostHttp =>
    new HostHttp({
      advanceReads,
      baseUrl: session.baseUrl,
      fetch: session.fetch,
      transcript,
      requestTimeoutMs: setup.requestTimeoutMs,
      defaultApiKey,
      ...(setup.signal ? { signal: setup.signal } : {}),
      ...(setup.responseBodyLimit !== undefined ? { responseBodyLimit: setup.responseBodyLimit } : {}),
      ...(setup.health ? { health: setup.health } : {}),
    });

  // The tenants seam is public; this client is never asked for a default key.
  const anonymous = httpFor(async () => null);

  /** Mints a tenant; `clockOf` names the tenant whose per-tenant clock it shares (SPEC.md §13.2). */
  async function newTenant(clockOf?: string): Promise<{ tenantId: string; apiKey: string }> {
    requireCapability('seams.tenants');
    const { body } = await requestDocument(anonymous, assertions, {
      method: 'POST',
      path: '/_seams/tenants',
      schema: 'tenant-credentials',
      status: [201],
      body: clockOf === undefined ? {} : { clock_of: clockOf },
      rules: ['SEAMS-TENANTS', 'LIFECYCLE-DOCUMENTS-VALID'],
      apiKey: null,
    }, oracle);
    registerSecret(body.api_key);
    return { tenantId: body.tenant_id, apiKey: body.api_key };
  }

  // Each scenario gets its own fresh tenant when the host offers the seam, created on first authenticated use.
  let firstTenant: Promise<{ tenantId: string | null; apiKey: string }> | undefined;
  const primaryTenant = () => {
    firstTenant ??= declares('seams.tenants')
      ? (setup.tenantPool?.take() ?? Promise.resolve(undefined)).then((pooled) => pooled ?? newTenant())
      : session.apiKey !== null
        ? Promise.resolve({ tenantId: null, apiKey: session.apiKey })
        : Promise.reject(new ScenarioBlocked('no API key: the host does not declare seams.tenants and none was configured'));
    return firstTenant;
  };
  const primaryHttp = httpFor(async () => (await primaryTenant()).apiKey);
  // The clock is host-wide but its seam is authenticated: it goes with the scenario's own tenant.
  const budget = setup.budget ?? new TimeBudget(DEFAULT_TIME_BUDGET_MS);
  const clockOf = (http: HostHttp): ClockDriver =>
    createClock(
      http,
      assertions,
      () => requireCapability('seams.test_clock'),
      () => (declares('seams.test_clock') ? null : { budget, pollMs: pollIntervalMs(caps()), ...(setup.signal ? { signal: setup.signal } : {}) }),
      () => transcript.writes,
      () => discovery.ok && discovery.document.seams.test_clock?.advance_reads === true,
      () => discovery.ok && discovery.document.seams.test_clock?.advance_to_next_due === true,
      () => transcript.advances,
    );
  const clock = clockOf(primaryHttp);

  const wire = (http: HostHttp, tenantClock: ClockDriver): Omit<TenantContext, 'apiKey' | 'tenantId'> => {
    const api = createApi(http, assertions, defaults, oracle);
    const flows = createFlows({
      api, clock: tenantClock, caps, defaults, requireCapability, mailbox, assertions, stepMsByToken, leaveOut, endedRuns,
      writes: () => transcript.writes,
    });
    return { http, api, flows, clock: tenantClock };
  };
  const primary = wire(primaryHttp, clock);

  const t: ScenarioContext = {
    id: def.id,
    get caps() {
      return caps();
    },
    http: primary.http,
    api: primary.api,
    clock,
    receiver: { mailbox },
    flows: primary.flows,
    configuredClock() {
      const apiKey = session.apiKey;
      return apiKey === null ? null : clockOf(httpFor(async () => apiKey));
    },
    async tenant(options = {}) {
      // A scenario's tenants keep one clock: with per-tenant clocks the further ones share the first one's.
      const perTenant = caps().seams.test_clock?.per_tenant === true;
      const shared = perTenant && options.ownClock !== true ? ((await primaryTenant()).tenantId ?? undefined) : undefined;
      const { tenantId, apiKey } = await newTenant(shared);
      const http = httpFor(async () => apiKey);
      // Its own key moves the clock it shares (or the host-wide one) as well as the first tenant's would, and an
      // advance naming one of its runs (`until_at_rest`) must be made by its own tenant: another one's answers 404.
      return { tenantId, apiKey, ...wire(http, clockOf(http)) };
    },
    assertEqual: (ruleId, what, observed, expected) => assertions.assertEqual(ruleId, what, observed, expected),
    assertTrue: (ruleId, what, condition, detail) => assertions.assertTrue(ruleId, what, condition, detail),
    assertStatus: (ruleId, exchange, status) => assertions.assertStatus(ruleId, exchange, status),
    assertProblem: (ruleId, exchange, status, slug) => assertions.assertProblem(ruleId, exchange, status, slug),
    ensure: (ruleId, what, condition, detail) => assertions.ensure([ruleId], what, condition, detail.expected, detail.observed),
    need<T>(prepared: Prepared<T>): T {
      if (prepared.ok) return prepared.value;
      if (prepared.broke !== undefined) {
        assertions.ensure([prepared.broke.rule], prepared.reason, false, prepared.broke.expected, prepared.broke.observed);
      }
      if (prepared.moot === true) throw new ScenarioInapplicable(prepared.reason);
      throw new ScenarioBlocked(prepared.reason, transcript.render());
    },
    blocked(reason) {
      throw new ScenarioBlocked(reason, transcript.render());
    },
    inapplicable(reason) {
      throw new ScenarioInapplicable(reason);
    },
    cases(cases, otherwise = []) {
      const allowedAtOnce = discovery.ok ? advertisedInFlightLimit(discovery.document) : null;
      const runnable = cases.filter((c) => {
        const missing = caseNeeds(c).find((path) => !declares(path));
        if (missing === undefined && (c.runsAtOnce === undefined || allowedAtOnce === null || c.runsAtOnce <= allowedAtOnce)) return true;
        leaveOut(`${c.name} (needs ${missing ?? `${c.runsAtOnce} runs of one tenant in flight at once; the host allows ${allowedAtOnce}`})`);
        return false;
      });
      return runnable.length > 0 || otherwise.length === 0 ? runnable : t.cases(otherwise);
    },
  };

  return {
    t,
    transcript,
    assertions,
    casesLeftOut,
    rejectedDeliveries() {
      return mailboxes.flatMap((box) => box.rejected?.() ?? []);
    },
    deliveries() {
      return mailboxes.flatMap((box) => box.deliveries());
    },
    dispose() {
      oracle.finish();
      for (const box of mailboxes) box.close();
    },
  };
}
