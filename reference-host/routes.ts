/** Every endpoint of the host (contract §3): thin handlers over the modules that own each behaviour. */
import type {
  ClockAdvanceRequest,
  QuoteRequest,
  RecoveryRequest,
  ReplayRequest,
  RetryCommandRequest,
  RunRequest,
  SettlementRequest,
  TrustProfileRequest,
} from '../generated/types.js';
import { digest } from '../src/jcs.js';
import { capabilitiesDocument } from './capabilities.js';
import { isoTime } from './clock.js';
import { runCommand } from './commands.js';
import { createQuote, createTrustProfile, settle } from './commerce.js';
import type { HostCore } from './core.js';
import { entitlementOf } from './credits.js';
import {
  callbackDeliveryDocument,
  entitlementDocument,
  ledgerText,
  resultContractDocument,
  runContractDocument,
  runRecord,
  ticketDocument,
  workOrderDocument,
} from './documents.js';
import { tenantRoute, type PublicRoute, type Route, type TenantContext } from './http.js';
import type { RunRecord } from './model.js';
import { jsonReply, jsonTextReply, refuse, type Reply } from './problems.js';
import { alertListDocument, queueMonitorDocument, startHeartbeat } from './queue-monitor.js';
import { checkReplayable, requestRecovery, startReplay } from './replay.js';
import { attestationStatement } from './results.js';
import { createRun } from './run-creation.js';
import { readsAsServed, type ServedRead } from './served-reads.js';
import { tenantKey } from './store.js';
import { createTenant, requireVisible } from './tenants.js';

function runOf(ctx: TenantContext<unknown>): RunRecord {
  const token = ctx.params['token'] ?? '';
  if (ctx.core.faults.has('long-token-lookup-500') && token.length > 255) throw new Error('token longer than the index key');
  return requireVisible(ctx.core, ctx.core.store.runs.get(token), ctx.tenant, 'run with that status token');
}

function ready<T>(value: T | undefined, what: string): T {
  if (value === undefined) refuse('result-not-ready', `the ${what} is issued when the result is packaged`);
  return value;
}

function get(path: string, handle: (ctx: TenantContext<unknown>) => Reply): Route {
  return tenantRoute<unknown>({ method: 'GET', path, auth: 'tenant', handle });
}

/** Where a run waits for nothing the host will do on its own (SPEC §13.2 `until_at_rest`). */
function isAtRest(run: RunRecord): boolean {
  return run.state === 'closed' || run.state === 'failed' || run.state === 'paused' || (run.state === 'callback_ready' && run.callback.status === 'failed');
}

function clockState(core: HostCore): Reply {
  const nowMs = core.clock.now();
  const nextDueMs = core.faults.has('next-due-always-null') ? null : core.scheduler.nextDueMs();
  return jsonReply(200, {
    now: isoTime(core.faults.has('clock-now-local-time') ? nowMs + 7_200_000 : nowMs),
    now_ms: nowMs,
    ...(core.config.protocolVersion === '1.0' || core.variants.has('next-due-at-omitted') ? {} : { next_due_at: nextDueMs === null ? null : isoTime(Math.max(nextDueMs, nowMs) + (core.faults.has('next-due-too-late') ? core.config.stepDurationMs : 0)) }),
  });
}

export function buildRoutes(core: HostCore): Route[] {
  const capabilities = capabilitiesDocument(core.config, core.faults);
  const discovery: PublicRoute = {
    method: 'GET',
    path: '/capabilities',
    auth: 'public',
    handle: () => jsonReply(200, core.faults.has('capabilities-stamped-per-read') ? { ...capabilities, served_at: isoTime(core.clock.now()) } : capabilities),
  };

  const routes: Route[] = [
    discovery,
    tenantRoute<TrustProfileRequest>({
      method: 'POST', path: '/trust-profiles', auth: 'tenant', body: 'trust-profile-request', idempotency: 'optional',
      handle: (ctx) => createTrustProfile(core, ctx.tenant, ctx.body),
    }),
    get('/trust-profiles/:id', (ctx) =>
      jsonReply(200, requireVisible(core, core.store.trustProfiles.get(ctx.params['id']!), ctx.tenant, 'trust profile').doc),
    ),
    tenantRoute<QuoteRequest>({
      method: 'POST', path: '/quote', auth: 'tenant', body: 'quote-request', idempotency: 'optional',
      handle: (ctx) => createQuote(core, ctx.tenant, ctx.body),
    }),
    tenantRoute<SettlementRequest>({
      method: 'POST', path: '/settlements', auth: 'tenant', body: 'settlement-request', idempotency: 'required',
      handle: (ctx) => settle(core, ctx.tenant, ctx.body),
    }),
    get('/settlements/:id/receipt', (ctx) =>
      jsonReply(200, requireVisible(core, core.store.settlements.get(ctx.params['id']!), ctx.tenant, 'settlement').receipt),
    ),
    get('/entitlements/:id', (ctx) =>
      jsonReply(200, entitlementDocument(core, requireVisible(core, core.store.entitlements.get(ctx.params['id']!), ctx.tenant, 'credit entitlement'))),
    ),
    tenantRoute<RunRequest>({
      method: 'POST', path: '/run', auth: 'tenant', body: 'run-request', idempotency: 'required',
      handle: (ctx) => createRun(core, ctx.tenant, ctx.origin, ctx.body),
    }),
    get('/status/:token', (ctx) => jsonReply(200, runRecord(core, runOf(ctx)))),
    get('/tasks/:token/ledger', (ctx) => jsonTextReply(200, ledgerText(core, runOf(ctx)))),
    get('/tasks/:token/attestation', (ctx) => {
      const run = runOf(ctx);
      const provisional = core.faults.has('attestation-provisional-before-result')
        ? { attestation_type: 'agent_result_attestation', agent_task_run_id: run.runId, result_status: 'pending', result_package_hash: digest({}) }
        : undefined;
      const attestation = ready(run.attestation ?? provisional, 'attestation');
      return jsonReply(200, core.faults.has('attestation-reissued-on-read') ? { ...attestation, issued_at: isoTime(core.clock.now()) } : attestation);
    }),
    ...(core.config.attestationStatementSupported
      ? [get('/tasks/:token/attestation/statement', (ctx) => jsonReply(200, ready(attestationStatement(runOf(ctx)), 'attestation')))]
      : []),
    get('/tasks/:token/result', (ctx) => jsonReply(200, ready(runOf(ctx).resultPackage, 'result package'))),
    get('/tasks/:token/result-contract', (ctx) => jsonReply(200, resultContractDocument(core, runOf(ctx)))),
    get('/tasks/:token/callback-payload', (ctx) => jsonReply(200, ready(runOf(ctx).callback.payload, 'callback payload'))),
    get('/tasks/:token/callback-attempts', (ctx) => {
      const run = runOf(ctx);
      if (run.callback.url === undefined) refuse('not-found', 'the run has no callback_url, so no callback deliveries');
      return jsonReply(200, callbackDeliveryDocument(core, run));
    }),
    get('/tasks/:token/exceptions', (ctx) => {
      const run = runOf(ctx);
      return jsonReply(200, { object_type: 'agent_exception_ticket_list', items: run.tickets.map((t) => ticketDocument(core, run, t)) });
    }),
    // The replay area (SPEC §9): a host that does not declare it serves none of these.
    ...(core.config.replaySupported
      ? [
          tenantRoute<RecoveryRequest>({
            method: 'POST', path: '/tasks/:token/recover', auth: 'tenant', body: 'recovery-request', idempotency: 'required',
            handle(ctx) {
              const run = runOf(ctx);
              return jsonReply(200, ticketDocument(core, run, requestRecovery(core, run, ctx.body)));
            },
          }),
          get('/tasks/:token/replay-package', (ctx) => {
            const pkg = runOf(ctx).tickets.filter((t) => t.replayPackage !== undefined).at(-1)?.replayPackage;
            if (pkg === undefined) refuse('replay-not-allowed', 'no replay package: request recovery of an open exception first');
            return jsonReply(200, pkg);
          }),
          tenantRoute<ReplayRequest>({
            method: 'POST', path: '/tasks/:token/replay', auth: 'tenant', body: 'replay-request',
            ...(core.faults.has('replay-route-without-idempotency') ? {} : { idempotency: 'required' as const }),
            handle(ctx) {
              const run = runOf(ctx);
              startReplay(core, run, checkReplayable(core, run, ctx.body.replay_package_id), 'requesting_agent');
              return jsonReply(202, runRecord(core, run));
            },
          }),
        ]
      : []),
    tenantRoute<RetryCommandRequest>({
      method: 'POST', path: '/tasks/:token/commands', auth: 'tenant', body: 'retry-command-request', idempotency: 'required',
      handle: async (ctx) => jsonReply(201, await runCommand(core, runOf(ctx), ctx.body, ctx.idempotencyKey)),
    }),
    get('/receipts/:id', (ctx) => {
      const receipt = requireVisible(core, core.store.usageReceipts.get(ctx.params['id']!), ctx.tenant, 'usage receipt').doc;
      const run = core.store.runsByWorkOrder.get(String(receipt['work_order_id']));
      const live = core.faults.has('usage-receipt-live-remaining') && run !== undefined;
      return jsonReply(200, live ? { ...receipt, remaining_credits: entitlementOf(core, run).position.remaining } : receipt);
    }),
    get('/contracts/:id', (ctx) => {
      const contract = core.store.contracts.get(tenantKey(ctx.tenant.tenantId, ctx.params['id']!));
      const latest = contract?.runs.at(-1);
      if (contract === undefined || latest === undefined) refuse('not-found', 'no run contract with that id');
      return jsonReply(200, runContractDocument(contract.contractId, latest, contract.runs));
    }),
    get('/work-orders/:id', (ctx) =>
      jsonReply(200, workOrderDocument(core, requireVisible(core, core.store.runsByWorkOrder.get(ctx.params['id']!), ctx.tenant, 'work order'))),
    ),
    ...(core.config.queueMonitorSupported ? [get('/queue/monitor', (ctx) => jsonReply(200, queueMonitorDocument(core, ctx.tenant)))] : []),
    ...(core.faults.has('queue-alerts-route-missing') || !core.config.queueMonitorSupported
      ? []
      : [
          get('/queue/alerts', (ctx) =>
            jsonReply(200, alertListDocument(core, ctx.tenant, {
              alertId: ctx.url.searchParams.get('alert_id') ?? undefined,
              taskToken: ctx.url.searchParams.get('task_token') ?? undefined,
            })),
          ),
        ]),
  ];

  if (core.config.conformance) routes.push(...seamRoutes(core));
  return routes;
}

/** SPEC §13.4: tenants minted by one request of the tenants seam at most. */
const MAX_TENANTS_PER_BATCH = 32;

/** The advance in progress on any clock of a host (its store), for hosts that serialise them all. */
const advancesOfHost = new WeakMap<object, Promise<void>>();

function hostWideAdvance(core: HostCore, advance: () => Promise<void>): Promise<void> {
  const done = (advancesOfHost.get(core.store) ?? Promise.resolve()).then(advance);
  advancesOfHost.set(core.store, done.catch(() => undefined));
  return done;
}

/** Conformance seams (contract §13): registered only in conformance mode, so they are 404 otherwise. */
function seamRoutes(core: HostCore): Route[] {
  const scheduler = core.scheduler;
  return [
    get('/_seams/clock', () => clockState(core)),
    tenantRoute<ClockAdvanceRequest>({
      method: 'POST', path: '/_seams/clock/advance', auth: 'tenant', body: 'clock-advance-request',
      async handle(ctx) {
        const token = ctx.body.until_at_rest;
        const ignored = token === undefined || core.config.protocolVersion === '1.0' || core.faults.has('until-at-rest-ignored');
        const run = ignored ? undefined : requireVisible(core, core.store.runs.get(token), ctx.tenant, 'run with that status token');
        const toNextDue = core.config.advanceToNextDue && ctx.body.to_next_due === true && !core.faults.has('to-next-due-ignored');
        // Reads before the work are taken as the advance begins, the others once its work is done; faults
        // advance-reads-before-work and advance-reads-before-after-work take each at the other's time.
        const paths = core.config.advanceReads ? ctx.body.reads ?? [] : [];
        const pathsBefore = core.config.advanceReads ? ctx.body.reads_before ?? [] : [];
        const beforeAfterWork = core.faults.has('advance-reads-before-after-work');
        let before: ServedRead[] = [];
        let early: ServedRead[] | undefined;
        const first = async (): Promise<void> => {
          if (!beforeAfterWork) before = await readsAsServed(core, ctx.request, pathsBefore);
          if (core.faults.has('advance-reads-before-work')) early = await readsAsServed(core, ctx.request, paths);
        };
        const advance = (): Promise<void> => scheduler.advance(ctx.body.ms, run === undefined ? undefined : () => isAtRest(run), toNextDue, first);
        // Variant advances-serialised: one lock for the advances of every clock of the host, not one per clock.
        await (core.variants.has('advances-serialised') ? hostWideAdvance(core, advance) : advance());
        if (beforeAfterWork) before = await readsAsServed(core, ctx.request, pathsBefore);
        const state = clockState(core);
        if (paths.length + pathsBefore.length === 0) return state;
        return jsonReply(200, {
          ...(state.body as object),
          ...(paths.length > 0 ? { reads: early ?? (await readsAsServed(core, ctx.request, paths)) } : {}),
          ...(pathsBefore.length > 0 ? { reads_before: before } : {}),
        });
      },
    }),
    {
      method: 'POST', path: '/_seams/tenants', auth: 'public', body: 'optional-object',
      handle(ctx) {
        // With per-tenant clocks a tenant gets its own, or shares the one of the tenant `clock_of` names.
        const perTenant = core.config.perTenantClocks && !core.faults.has('tenant-clocks-shared');
        const clockOf = (ctx.body as { clock_of?: unknown } | undefined)?.clock_of;
        const shared = typeof clockOf === 'string' ? core.time.assigned(clockOf) : undefined;
        if (perTenant && clockOf !== undefined && shared === undefined) {
          refuse('invalid-request', 'clock_of names no tenant minted through this seam', {
            errors: [{ instancePath: '/clock_of', keyword: 'tenant', message: 'must name a tenant minted through POST /_seams/tenants' }],
          });
        }
        const mint = (): { tenant_id: string; api_key: string } => {
          const demo = core.faults.has('tenant-seam-returns-demo-tenant') ? [...core.store.tenantsByApiKey.values()][0] : undefined;
          const tenant = demo ?? createTenant(core);
          if (perTenant && demo === undefined) {
            const view = shared ?? core.time.fork();
            core.time.assign(tenant.tenantId, view);
            if (shared === undefined) startHeartbeat(view);
          }
          return { tenant_id: tenant.tenantId, api_key: tenant.apiKey };
        };
        const count = (ctx.body as { count?: unknown } | undefined)?.count;
        if (count === undefined || !core.config.tenantBatches) return jsonReply(201, mint());
        if (!Number.isInteger(count) || (count as number) < 1 || (count as number) > MAX_TENANTS_PER_BATCH) {
          refuse('invalid-request', `count is the number of tenants to mint, 1 to ${MAX_TENANTS_PER_BATCH}`, {
            errors: [{ instancePath: '/count', keyword: 'maximum', message: `must be an integer from 1 to ${MAX_TENANTS_PER_BATCH}` }],
          });
        }
        // Fault tenant-batch-one-key: every tenant of a batch gets the first one's key.
        const tenants = Array.from({ length: Number(count) }, mint);
        return jsonReply(201, { tenants: core.faults.has('tenant-batch-one-key') ? tenants.map((t) => ({ ...t, api_key: tenants[0]!.api_key })) : tenants });
      },
    },
  ];
}
