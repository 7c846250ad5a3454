/**
 * Typed endpoint helpers. Each one makes the request, checks the success status and validates the body
 * against the endpoint's schema (contract §3), and returns the exchange with the typed body. The checks cite
 * LIFECYCLE-DOCUMENTS-VALID (or the endpoint's own rule); see Assertions.ensure for how they count.
 * Expected refusals are not made through these helpers: use `t.http.request` + `t.assertProblem`.
 */
import { randomUUID } from 'node:crypto';
import type { SchemaName, SchemaTypes } from '../../generated/types.js';
import type { RuleId } from '../rules.js';
import { API_BASE } from '../protocol/api-base.js';
import { validate } from '../validate.js';
import type { Assertions } from './assertions.js';
import type { HostHttp } from './http.js';
import type { Oracle } from './oracle/index.js';
import { jsonBodyProblem } from './limits.js';
import type { Exchange } from './transcript.js';

export interface ApiResult<T> {
  exchange: Exchange;
  body: T;
}

type Doc<N extends SchemaName> = SchemaTypes[N];
export type Reply<N extends SchemaName> = Promise<ApiResult<Doc<N>>>;

const DOCUMENTS_VALID: readonly RuleId[] = ['LIFECYCLE-DOCUMENTS-VALID'];

export interface EndpointCall<N extends SchemaName> {
  method: 'GET' | 'POST';
  /** Path under /api/agents, values already encoded. */
  path: string;
  schema: N;
  /** Success statuses; the first is the one SPEC names. */
  status: readonly number[];
  rules?: readonly RuleId[];
  body?: unknown;
  idempotencyKey?: string;
  apiKey?: null;
  /**
   * Sees an answer that is not a success status before it is judged, and throws when it is a refusal SPEC allows
   * (the scenario then ends another way, e.g. inapplicable).
   */
  allowedRefusal?: (exchange: Exchange) => void;
}

export interface HostApi {
  capabilities(): Reply<'host-capabilities'>;
  createTrustProfile(req?: Doc<'trust-profile-request'>): Reply<'trust-profile'>;
  trustProfile(id: string): Reply<'trust-profile'>;
  quote(req?: Doc<'quote-request'>): Reply<'quote'>;
  /** 201, or 200 when the host answers an idempotent repeat of the same provider_transaction_ref. */
  settle(req: Doc<'settlement-request'>, key?: string, allowedRefusal?: (exchange: Exchange) => void): Reply<'settlement-receipt'>;
  settlementReceipt(settlementId: string): Reply<'settlement-receipt'>;
  entitlement(creditEntitlementId: string): Reply<'credit-entitlement'>;
  createRun(req: Doc<'run-request'>, key?: string, allowedRefusal?: (exchange: Exchange) => void): Reply<'run-created'>;
  status(token: string): Reply<'agent-task-run'>;
  ledger(token: string): Reply<'agent-task-run'>;
  attestation(token: string): Reply<'result-attestation'>;
  attestationStatement(token: string): Reply<'in-toto-statement'>;
  result(token: string): Reply<'result-package'>;
  resultContract(token: string): Reply<'result-contract'>;
  callbackPayload(token: string): Reply<'callback-payload'>;
  callbackAttempts(token: string): Reply<'callback-delivery'>;
  exceptions(token: string): Reply<'exception-ticket-list'>;
  recover(token: string, req: Doc<'recovery-request'>, key?: string): Reply<'exception-ticket'>;
  replayPackage(token: string): Reply<'replay-package'>;
  replay(token: string, req: Doc<'replay-request'>, key?: string): Reply<'agent-task-run'>;
  command(token: string, req: Doc<'retry-command-request'>, key?: string): Reply<'retry-command'>;
  usageReceipt(receiptId: string): Reply<'usage-receipt'>;
  runContract(contractId: string): Reply<'run-contract'>;
  workOrder(workOrderId: string): Reply<'work-order'>;
  queueMonitor(): Reply<'queue-monitor'>;
  alerts(): Reply<'stuck-task-alert-list'>;
}

export interface ApiDefaults {
  /** The tool default quotes ask for (the host's first listed tool). */
  tool(): Doc<'quote-request'>['requested_tool'];
  needsCallback(): boolean;
}

const DEFAULT_CAPABILITY = 'conformance_check';

/** A small quote for the host's first tool; flows add the trust profile. */
export function defaultQuoteRequest(defaults: ApiDefaults): Doc<'quote-request'> {
  return {
    request_type: 'agent_quote_request',
    requested_tool: defaults.tool(),
    requested_capability: DEFAULT_CAPABILITY,
    estimate_basis: { records_count: 1, files_count: 0, needs_callback: defaults.needsCallback() },
  };
}

function formatErrors(errors: readonly { instancePath: string; keyword: string; message: string }[]): string[] {
  return errors.map((e) => `${e.instancePath || '/'} ${e.keyword}: ${e.message}`);
}

/** What keeps an answer from being a JSON document at all (refused, empty, not JSON), or null. */
export function bodyProblem(exchange: Exchange): string | null {
  return exchange.json === undefined ? jsonBodyProblem(exchange.text, exchange.bodyError) : null;
}

/** Makes one request and checks its success status and body schema; the body comes back typed. */
export async function requestDocument<N extends SchemaName>(
  http: HostHttp,
  assertions: Assertions,
  spec: EndpointCall<N>,
  oracle?: Pick<Oracle, 'settle'>,
): Reply<N> {
  const rules = spec.rules ?? DOCUMENTS_VALID;
  const exchange = await http.request(spec.method, `${API_BASE}${spec.path}`, {
    body: spec.body,
    idempotencyKey: spec.idempotencyKey ?? null,
    ...(spec.apiKey === null ? { apiKey: null } : {}),
  });
  // The oracle judged the answer as the client recorded it; a broken rule the scenario tests is reported
  // before the endpoint's own status and schema checks, which would only show its consequence.
  oracle?.settle();
  if (!spec.status.includes(exchange.status)) spec.allowedRefusal?.(exchange);
  const where = `${spec.method} ${exchange.url}`;
  assertions.ensure(
    rules,
    `${where} answers ${spec.status.join(' or ')}`,
    spec.status.includes(exchange.status),
    spec.status.join(' or '),
    exchange.status,
  );
  const checked = validate(spec.schema, exchange.json);
  assertions.ensure(
    rules,
    `${where} body validates against ${spec.schema}.schema.json`,
    checked.ok,
    `a valid ${spec.schema} document`,
    checked.ok ? 'valid' : (bodyProblem(exchange) ?? formatErrors(checked.errors)),
  );
  // ensure() has thrown unless the body validated.
  return { exchange, body: (checked as { value: Doc<N> }).value };
}

export function createApi(http: HostHttp, assertions: Assertions, defaults: ApiDefaults, oracle?: Pick<Oracle, 'settle'>): HostApi {
  const call = <N extends SchemaName>(spec: EndpointCall<N>): Reply<N> => requestDocument(http, assertions, spec, oracle);

  const enc = encodeURIComponent;
  const get = <N extends SchemaName>(path: string, schema: N, rules?: readonly RuleId[]): Reply<N> =>
    call({ method: 'GET', path, schema, status: [200], ...(rules ? { rules } : {}) });
  const post = <N extends SchemaName>(
    path: string,
    schema: N,
    status: readonly number[],
    body: unknown,
    idempotencyKey?: string,
    rules?: readonly RuleId[],
  ): Reply<N> =>
    call({
      method: 'POST',
      path,
      schema,
      status,
      body,
      ...(idempotencyKey !== undefined ? { idempotencyKey } : {}),
      ...(rules ? { rules } : {}),
    });
  const key = (given?: string): string => given ?? randomUUID();

  return {
    capabilities: () =>
      call({
        method: 'GET',
        path: '/capabilities',
        schema: 'host-capabilities',
        status: [200],
        rules: ['DISCOVERY-DOCUMENT', 'LIFECYCLE-DOCUMENTS-VALID'],
        apiKey: null,
      }),
    createTrustProfile: (req) =>
      post('/trust-profiles', 'trust-profile', [201], req ?? {
        agent_name: 'agent-task-kit conformance agent',
        data_policy: { allowed_data_modes: ['public_safe_demo'] },
        prohibited_inputs_acknowledged: true,
      }),
    trustProfile: (id) => get(`/trust-profiles/${enc(id)}`, 'trust-profile'),
    quote: (req) => post('/quote', 'quote', [201], req ?? defaultQuoteRequest(defaults)),
    settle: (req, k, allowedRefusal) =>
      call({
        method: 'POST',
        path: '/settlements',
        schema: 'settlement-receipt',
        status: [201, 200],
        body: req,
        idempotencyKey: key(k),
        ...(allowedRefusal ? { allowedRefusal } : {}),
      }),
    settlementReceipt: (id) => get(`/settlements/${enc(id)}/receipt`, 'settlement-receipt'),
    entitlement: (id) => get(`/entitlements/${enc(id)}`, 'credit-entitlement'),
    createRun: (req, k, allowedRefusal) =>
      call({
        method: 'POST',
        path: '/run',
        schema: 'run-created',
        status: [201],
        body: req,
        idempotencyKey: key(k),
        rules: ['LIFECYCLE-RUN-CREATED-LINKS', 'LIFECYCLE-DOCUMENTS-VALID'],
        ...(allowedRefusal ? { allowedRefusal } : {}),
      }),
    status: (token) => get(`/status/${enc(token)}`, 'agent-task-run'),
    ledger: (token) => get(`/tasks/${enc(token)}/ledger`, 'agent-task-run'),
    attestation: (token) => get(`/tasks/${enc(token)}/attestation`, 'result-attestation'),
    attestationStatement: (token) => get(`/tasks/${enc(token)}/attestation/statement`, 'in-toto-statement'),
    result: (token) => get(`/tasks/${enc(token)}/result`, 'result-package'),
    resultContract: (token) => get(`/tasks/${enc(token)}/result-contract`, 'result-contract'),
    callbackPayload: (token) => get(`/tasks/${enc(token)}/callback-payload`, 'callback-payload'),
    callbackAttempts: (token) =>
      get(`/tasks/${enc(token)}/callback-attempts`, 'callback-delivery', ['CALLBACK-ATTEMPTS-RECORDED', 'LIFECYCLE-DOCUMENTS-VALID']),
    exceptions: (token) => get(`/tasks/${enc(token)}/exceptions`, 'exception-ticket-list'),
    recover: (token, req, k) => post(`/tasks/${enc(token)}/recover`, 'exception-ticket', [200], req, key(k)),
    replayPackage: (token) => get(`/tasks/${enc(token)}/replay-package`, 'replay-package'),
    replay: (token, req, k) => post(`/tasks/${enc(token)}/replay`, 'agent-task-run', [202], req, key(k)),
    command: (token, req, k) => post(`/tasks/${enc(token)}/commands`, 'retry-command', [201], req, key(k)),
    usageReceipt: (id) => get(`/receipts/${enc(id)}`, 'usage-receipt'),
    runContract: (id) => get(`/contracts/${enc(id)}`, 'run-contract'),
    workOrder: (id) => get(`/work-orders/${enc(id)}`, 'work-order'),
    queueMonitor: () => get('/queue/monitor', 'queue-monitor', ['QUEUE-MONITOR', 'LIFECYCLE-DOCUMENTS-VALID']),
    alerts: () => get('/queue/alerts', 'stuck-task-alert-list'),
  };
}
