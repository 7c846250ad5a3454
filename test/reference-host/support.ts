/** In-process driver for the reference host's unit tests: requests, funding, runs and the virtual clock. */
import { randomUUID } from 'node:crypto';
import { canonicalPath } from '../../reference-host/canonical-path.js';
import { createReferenceHost, type ReferenceHost, type ReferenceHostOptions } from '../../reference-host/index.js';
import { isSchemaName, validate } from '../../src/validate.js';

export const BASE = 'http://reference-host.test/api/agents';

export interface Exchange {
  status: number;
  headers: Headers;
  text: string;
  // Tests read arbitrary fields of served documents.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

export interface RequestOptions {
  body?: unknown;
  /** Sent as is, instead of JSON of `body`. */
  raw?: string | Uint8Array;
  /** API key; null sends none; default the test tenant's. */
  key?: string | null;
  /** Idempotency-Key; default a fresh one on POST; null sends none. */
  idem?: string | null;
  headers?: Record<string, string>;
}

export interface RunOptions {
  script?: Record<string, unknown>;
  callbackUrl?: string;
  credits?: number;
  entitlementId?: string;
  extra?: Record<string, unknown>;
}

/** A recorded outbound callback request and the answer a scripted fetch gave it. */
export interface Delivery {
  url: string;
  headers: Record<string, string>;
  body: string;
  redirect: RequestRedirect | undefined;
  hasSignal: boolean;
}

export type FetchAnswer = { status: number; headers?: Record<string, string> } | { throw: 'timeout' | 'reset' };

/** A fetch stand-in for callback delivery: answers from `answers` in order, then 200. */
export function scriptedFetch(answers: FetchAnswer[] = []): { fetch: typeof fetch; deliveries: Delivery[] } {
  const deliveries: Delivery[] = [];
  const queue = [...answers];
  const fake = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    deliveries.push({ url: String(input), headers, body: String(init?.body), redirect: init?.redirect, hasSignal: init?.signal != null });
    const answer = queue.shift() ?? { status: 200 };
    if ('throw' in answer) {
      throw answer.throw === 'timeout' ? new DOMException('timed out', 'TimeoutError') : new TypeError('fetch failed');
    }
    return new Response(null, { status: answer.status, headers: answer.headers });
  };
  return { fetch: fake as typeof fetch, deliveries };
}

/** Resolves every host name to one public address, so callback tests need no DNS. */
export const publicResolver = async (): Promise<Array<{ address: string; family: 4 }>> => [{ address: '93.184.216.34', family: 4 }];

/**
 * Every response is validated against the schema of its endpoint (problem-details for errors); failures
 * are collected in `schemaFailures` for tests to assert empty.
 */
export class TestHost {
  readonly host: ReferenceHost;
  readonly apiKey: string;
  readonly schemaFailures: string[] = [];
  validatedResponses = 0;

  constructor(options: ReferenceHostOptions = {}) {
    this.host = createReferenceHost({ conformance: true, resolve: publicResolver, ...options });
    this.apiKey = this.host.createTenant().apiKey;
  }

  async request(method: string, path: string, options: RequestOptions = {}): Promise<Exchange> {
    const headers = new Headers(options.headers);
    const key = options.key === undefined ? this.apiKey : options.key;
    if (key !== null) headers.set('authorization', `Bearer ${key}`);
    const idem = options.idem === undefined ? (method === 'POST' ? randomUUID() : null) : options.idem;
    if (idem !== null) headers.set('idempotency-key', idem);
    let body: string | Uint8Array | undefined = options.raw;
    if (body === undefined && options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json');
    const url = path.startsWith('http') ? path : BASE + path;
    const response = await this.host.fetch(new Request(url, { method, headers, body: body as BodyInit | undefined }));
    const text = await response.text();
    let json: unknown;
    try {
      json = text.length > 0 ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    this.#check(method, path, response, json);
    return { status: response.status, headers: response.headers, text, json };
  }

  #check(method: string, path: string, response: Response, json: unknown): void {
    const where = `${method} ${path} → ${response.status}`;
    if (method === 'HEAD') return;
    const contentType = response.headers.get('content-type') ?? '';
    const expectedType = response.status >= 400 ? 'application/problem+json' : 'application/json';
    if (contentType !== expectedType) this.schemaFailures.push(`${where}: content-type ${contentType}`);
    const schema = schemaForResponse(method, path, response.status);
    if (!isSchemaName(schema)) throw new Error(`unknown schema ${schema}`);
    const outcome = validate(schema, json);
    this.validatedResponses++;
    if (!outcome.ok) this.schemaFailures.push(`${where} not valid ${schema}: ${JSON.stringify(outcome.errors.map((e) => `${e.instancePath} ${e.message}`))}`);
  }

  get(path: string, options?: RequestOptions): Promise<Exchange> {
    return this.request('GET', path, options);
  }

  post(path: string, body: unknown, options: RequestOptions = {}): Promise<Exchange> {
    return this.request('POST', path, { ...options, body });
  }

  async advance(ms: number): Promise<void> {
    const answer = await this.post('/_seams/clock/advance', { ms }, { idem: null });
    if (answer.status !== 200) throw new Error(`clock advance answered ${answer.status}: ${answer.text}`);
  }

  async now(): Promise<number> {
    return Number((await this.get('/_seams/clock')).json.now_ms);
  }

  /** Trust profile, quote and a settlement funding `credits`; returns the ids a run needs. */
  async fund(credits = 100, key?: string): Promise<{ trustProfileId: string; quoteId: string; creditsQuoted: number; entitlementId: string; settlement: Exchange }> {
    const as = key === undefined ? {} : { key };
    const trust = await this.post('/trust-profiles', { agent_name: 'test-agent', data_policy: { allowed_data_modes: ['public_safe_demo'] }, prohibited_inputs_acknowledged: true }, as);
    const quote = await this.post('/quote', quoteRequest(), as);
    const settlement = await this.post('/settlements', settlementRequest(quote.json.quote_id, credits), as);
    if (settlement.status !== 201) throw new Error(`settlement answered ${settlement.status}: ${settlement.text}`);
    return {
      trustProfileId: trust.json.trust_profile_id,
      quoteId: quote.json.quote_id,
      creditsQuoted: quote.json.credits_quoted,
      entitlementId: settlement.json.credit_entitlement_id,
      settlement,
    };
  }

  /** Funds (unless an entitlement is given) and creates a run. */
  async createRun(options: RunOptions = {}): Promise<{ created: Exchange; token: string; funding: Awaited<ReturnType<TestHost['fund']>> }> {
    const funding = await this.fund(options.credits ?? 100);
    const created = await this.post('/run', {
      ...runRequest(funding, options.entitlementId),
      ...(options.script ? { test_script: options.script } : {}),
      ...(options.callbackUrl ? { callback_url: options.callbackUrl } : {}),
      ...options.extra,
    });
    return { created, token: created.json?.status_token, funding };
  }

  async status(token: string): Promise<Exchange> {
    return this.get(`/status/${token}`);
  }

  async ledger(token: string): Promise<Exchange> {
    return this.get(`/tasks/${token}/ledger`);
  }

  /** Advances the clock in `stepMs` steps until the run's state satisfies `done` (at most `maxSteps`). */
  async advanceUntil(token: string, done: (run: { state: string; callback_status?: string }) => boolean, stepMs = 1000, maxSteps = 50): Promise<Exchange> {
    for (let i = 0; i < maxSteps; i++) {
      const status = await this.status(token);
      if (done(status.json)) return status;
      await this.advance(stepMs);
    }
    throw new Error(`run ${token} did not reach the expected state in ${maxSteps} steps`);
  }

  close(): Promise<void> {
    return this.host.close();
  }
}

export function quoteRequest(tool = 'tokenops'): Record<string, unknown> {
  return {
    request_type: 'agent_quote_request',
    requested_tool: tool,
    requested_capability: 'usage-audit',
    estimate_basis: { records_count: 250, files_count: 1, needs_callback: true },
  };
}

export function settlementRequest(quoteId: string, credits: number, ref = `tx_${randomUUID()}`): Record<string, unknown> {
  return {
    request_type: 'agent_settlement_request',
    quote_id: quoteId,
    settlement_provider: 'x402',
    provider_transaction_ref: ref,
    credits,
  };
}

export function runRequest(funding: { trustProfileId: string; quoteId: string; entitlementId: string }, entitlementId?: string): Record<string, unknown> {
  return {
    trust_profile_id: funding.trustProfileId,
    quote_id: funding.quoteId,
    credit_entitlement_id: entitlementId ?? funding.entitlementId,
    requested_tool: 'tokenops',
    requested_capability: 'usage-audit',
    workflow_context: { account: 'demo' },
    expected_outputs: ['usage_summary'],
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function eventTypes(ledger: Exchange): string[] {
  return (ledger.json.state_history as Array<{ event_type: string }>).map((e) => e.event_type);
}

const SCHEMA_BY_ROUTE: ReadonlyArray<[method: string, pattern: RegExp, schema: string]> = [
  ['GET', /^\/capabilities$/, 'host-capabilities'],
  ['*', /^\/trust-profiles(\/[^/]+)?$/, 'trust-profile'],
  ['POST', /^\/quote$/, 'quote'],
  ['POST', /^\/settlements$/, 'settlement-receipt'],
  ['GET', /^\/settlements\/[^/]+\/receipt$/, 'settlement-receipt'],
  ['GET', /^\/entitlements\/[^/]+$/, 'credit-entitlement'],
  ['POST', /^\/run$/, 'run-created'],
  ['GET', /^\/status\/[^/]+$/, 'agent-task-run'],
  ['GET', /^\/tasks\/[^/]+\/ledger$/, 'agent-task-run'],
  ['GET', /^\/tasks\/[^/]+\/attestation$/, 'result-attestation'],
  ['GET', /^\/tasks\/[^/]+\/attestation\/statement$/, 'in-toto-statement'],
  ['GET', /^\/tasks\/[^/]+\/result$/, 'result-package'],
  ['GET', /^\/tasks\/[^/]+\/result-contract$/, 'result-contract'],
  ['GET', /^\/tasks\/[^/]+\/callback-payload$/, 'callback-payload'],
  ['GET', /^\/tasks\/[^/]+\/callback-attempts$/, 'callback-delivery'],
  ['GET', /^\/tasks\/[^/]+\/exceptions$/, 'exception-ticket-list'],
  ['POST', /^\/tasks\/[^/]+\/recover$/, 'exception-ticket'],
  ['GET', /^\/tasks\/[^/]+\/replay-package$/, 'replay-package'],
  ['POST', /^\/tasks\/[^/]+\/replay$/, 'agent-task-run'],
  ['POST', /^\/tasks\/[^/]+\/commands$/, 'retry-command'],
  ['GET', /^\/receipts\/[^/]+$/, 'usage-receipt'],
  ['GET', /^\/contracts\/[^/]+$/, 'run-contract'],
  ['GET', /^\/work-orders\/[^/]+$/, 'work-order'],
  ['GET', /^\/queue\/monitor$/, 'queue-monitor'],
  ['GET', /^\/queue\/alerts$/, 'stuck-task-alert-list'],
  ['*', /^\/_seams\/clock(\/advance)?$/, 'clock-state'],
  ['POST', /^\/_seams\/tenants$/, 'tenant-credentials'],
];

/** The schema a response to `method path` must validate against (problem-details for every error). */
export function schemaForResponse(method: string, path: string, status: number): string {
  if (status >= 400) return 'problem-details';
  const sent = new URL(path.startsWith('http') ? path : BASE + path).pathname;
  const canonical = canonicalPath(sent);
  const local = (canonical.ok ? canonical.path : sent).replace(/^\/api\/agents/, '');
  const found = SCHEMA_BY_ROUTE.find(([m, pattern]) => (m === '*' || m === method) && pattern.test(local));
  if (found === undefined) throw new Error(`no schema known for ${method} ${local}`);
  return found[2];
}
