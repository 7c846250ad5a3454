/**
 * A lean client for the reference host's API over a web-standard handler (`host.fetch` in-process, global
 * fetch) or over node:http with keep-alive sockets (the fastest load generator Node has built in). Benchmarks
 * and the load/fuzz tests use it instead of the harness client so that what they measure is the host, not
 * the kit's transcript and schema checks.
 */
import { randomUUID } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';

export type FetchLike = (request: Request) => Promise<Response>;

export interface RawAnswer {
  status: number;
  headers: Headers;
  text: string;
}

/** Sends one request to an absolute URL. */
export type Transport = (method: string, url: string, headers: Record<string, string>, body: string | Uint8Array | undefined) => Promise<RawAnswer>;

export function fetchTransport(handler: FetchLike): Transport {
  return async (method, url, headers, body) => {
    // A copy typed over a plain ArrayBuffer, as BodyInit requires.
    const init = body === undefined || typeof body === 'string' ? body : new Uint8Array(body);
    const response = await handler(new Request(url, { method, headers, body: init }));
    return { status: response.status, headers: response.headers, text: await response.text() };
  };
}

export interface NodeHttpTransport extends Transport {
  /** Closes the kept-alive sockets. */
  close(): void;
}

/** node:http with a keep-alive agent: several times cheaper per request than global fetch on a busy core. */
export function nodeHttpTransport(maxSockets: number): NodeHttpTransport {
  const agent = new Agent({ keepAlive: true, maxSockets });
  const send = (method: string, url: string, headers: Record<string, string>, body: string | Uint8Array | undefined): Promise<RawAnswer> =>
    new Promise((resolve, reject) => {
      const target = new URL(url);
      const req = httpRequest(
        { host: target.hostname, port: target.port, path: target.pathname + target.search, method, headers, agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const answerHeaders = new Headers();
            for (const [name, value] of Object.entries(res.headers)) {
              if (value !== undefined) answerHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
            }
            resolve({ status: res.statusCode ?? 0, headers: answerHeaders, text: Buffer.concat(chunks).toString('utf8') });
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  return Object.assign(send, { close: () => agent.destroy() });
}

export const API_BASE = '/api/agents';

export interface HostAnswer {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body, or undefined when it is empty or not JSON. */
  readonly json: unknown;
}

export interface CallOptions {
  /** Sent as JSON with content-type application/json. */
  body?: unknown;
  /** Sent as is; no content-type unless `headers` names one. Wins over `body`. */
  rawBody?: string | Uint8Array;
  headers?: Record<string, string>;
  idempotencyKey?: string;
  /** Bearer key; undefined = the client's key, null = no Authorization header. */
  apiKey?: string | null;
}

export class HostClient {
  constructor(
    readonly transport: Transport,
    readonly baseUrl: string,
    readonly apiKey: string,
  ) {}

  /** `path` is under /api/agents (e.g. `/quote`). */
  async call(method: string, path: string, options: CallOptions = {}): Promise<HostAnswer> {
    const headers: Record<string, string> = {};
    const apiKey = options.apiKey === undefined ? this.apiKey : options.apiKey;
    if (apiKey !== null) headers['authorization'] = `Bearer ${apiKey}`;
    let body: string | Uint8Array | undefined;
    if (options.rawBody !== undefined) body = options.rawBody;
    else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    if (options.idempotencyKey !== undefined) headers['idempotency-key'] = options.idempotencyKey;
    Object.assign(headers, options.headers);
    const answer = await this.transport(method, this.baseUrl + API_BASE + path, headers, body);
    // Parsed on first use: load loops that only need the status do not pay for the client's JSON.parse.
    let parsed: { value: unknown } | undefined;
    return {
      ...answer,
      get json() {
        parsed ??= { value: parseJson(answer.text) };
        return parsed.value;
      },
    };
  }

  /** A call that must succeed; returns the parsed body. */
  async ok<T = Record<string, unknown>>(method: string, path: string, options: CallOptions = {}): Promise<T> {
    const answer = await this.call(method, path, options);
    if (answer.status < 200 || answer.status > 299) {
      throw new Error(`${method} ${path} answered ${answer.status}: ${answer.text.slice(0, 500)}`);
    }
    return answer.json as T;
  }

  advanceClock(ms: number): Promise<{ now_ms: number }> {
    return this.ok('POST', '/_seams/clock/advance', { body: { ms } });
  }
}

function parseJson(text: string): unknown {
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export interface Funding {
  trustProfileId: string;
  quoteId: string;
  creditsQuoted: number;
  entitlementId: string;
  requestedTool: string;
}

export interface FundingOptions {
  /** Credits the settlement funds. */
  credits: number;
  /** Sizes the quote: the reference host quotes 2 + ceil(records / 100) (+1 with a callback). */
  recordsCount?: number;
  needsCallback?: boolean;
  tool?: string;
}

/** Trust profile, quote and one settlement: an entitlement ready for runs. */
export async function fundEntitlement(client: HostClient, options: FundingOptions): Promise<Funding> {
  const tool = options.tool ?? 'tokenops';
  const trust = await client.ok<{ trust_profile_id: string }>('POST', '/trust-profiles', {
    body: { agent_name: 'bench-agent', data_policy: { allowed_data_modes: ['public_safe_demo'] }, prohibited_inputs_acknowledged: true },
  });
  const quote = await addQuote(client, trust.trust_profile_id, options);
  const receipt = await client.ok<{ credit_entitlement_id: string }>('POST', '/settlements', {
    body: {
      request_type: 'agent_settlement_request',
      quote_id: quote.quoteId,
      settlement_provider: 'x402',
      provider_transaction_ref: `ptx_${randomUUID()}`,
      credits: options.credits,
    },
    idempotencyKey: randomUUID(),
  });
  return { trustProfileId: trust.trust_profile_id, ...quote, entitlementId: receipt.credit_entitlement_id, requestedTool: tool };
}

/** Another quote under the same trust profile (quotes are not single-use). */
export async function addQuote(
  client: HostClient,
  trustProfileId: string,
  options: Omit<FundingOptions, 'credits'>,
): Promise<{ quoteId: string; creditsQuoted: number }> {
  const quote = await client.ok<{ quote_id: string; credits_quoted: number }>('POST', '/quote', {
    body: {
      request_type: 'agent_quote_request',
      trust_profile_id: trustProfileId,
      requested_tool: options.tool ?? 'tokenops',
      requested_capability: 'bench',
      estimate_basis: { records_count: options.recordsCount ?? 0, files_count: 0, needs_callback: options.needsCallback ?? false },
    },
  });
  return { quoteId: quote.quote_id, creditsQuoted: quote.credits_quoted };
}

export function runRequest(funding: Funding, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    trust_profile_id: funding.trustProfileId,
    quote_id: funding.quoteId,
    credit_entitlement_id: funding.entitlementId,
    requested_tool: funding.requestedTool,
    requested_capability: 'bench',
    ...extra,
  };
}
