/**
 * The kit's HTTP client for one host: resolves paths against the base URL, adds the bearer key, enforces
 * the per-request timeout and records every exchange in the scenario's transcript. A request that gets no
 * HTTP answer throws TransportError (the scenario becomes blocked, never failed).
 */
import type { AdvanceReads, ServedRead } from './advance-reads.js';
import { API_BASE } from '../protocol/api-base.js';
import { RateLimited, TransportError } from './errors.js';
import type { HostHealth } from './health.js';
import { DEFAULT_LIMITS, formatBytes, parseBoundedJson } from './limits.js';
import { MAX_RATE_LIMIT_WAIT_MS, RATE_LIMIT_BUDGET_MS, RATE_LIMIT_RETRIES, RateLimitBudget } from './rate-limit.js';
import { sleep } from './real-time.js';
import type { Exchange, Transcript } from './transcript.js';

/** A web-standard handler: global fetch for a URL host, `host.fetch` for the embedded reference host. */
export type FetchLike = (request: Request) => Promise<Response>;

export interface RequestOptions {
  /** Sent as JSON with content-type application/json. */
  body?: unknown;
  /** Sent as is; wins over `body`. Name a content-type in `headers` (fetch labels a bare string text/plain). */
  rawBody?: string | Uint8Array;
  headers?: Record<string, string>;
  /** Bearer key; undefined = the context's tenant key, null = no Authorization header. */
  apiKey?: string | null;
  /** Idempotency-Key header; undefined or null = none. */
  idempotencyKey?: string | null;
  /**
   * A 429 is an answer the caller judges (a bound it tests, SPEC.md §4.6) even when the kit stops waiting it out;
   * otherwise such a 429 is a rate limit that leaves the request unanswered, and the request throws RateLimited.
   */
  acceptTooManyRequests?: boolean;
}

export interface HttpConfig {
  baseUrl: string;
  fetch: FetchLike;
  transcript: Transcript;
  requestTimeoutMs: number;
  /** The key used when a request does not name one; resolved per request so tenants can be created lazily. */
  defaultApiKey: () => Promise<string | null>;
  /**
   * The scenario's signal: once it aborts, outstanding requests are abandoned and new ones are refused before
   * they reach the host or the transcript, with the abort reason.
   */
  signal?: AbortSignal;
  /** Bytes of an answer's body read at most; default DEFAULT_LIMITS.responseBodyBytes. */
  responseBodyLimit?: number;
  /**
   * Told of every answer and every transport failure, to stop a run against a host that stopped answering; holds
   * the run's budget for waiting out 429 answers.
   */
  health?: HostHealth;
  /** The scenario's reads answered by clock advances (SPEC.md §13.2 `reads`), shared by its clients. */
  advanceReads?: AdvanceReads;
}

const ACCEPT = 'application/json, application/problem+json';

/**
 * A GET whose answer an advance's read can stand for: the kit judges only its status, media type and body. One
 * with headers, a body or a 429 of its own to judge is always sent.
 */
function isPlainRead(options: RequestOptions): boolean {
  return (
    options.headers === undefined &&
    options.body === undefined &&
    options.rawBody === undefined &&
    options.idempotencyKey == null &&
    options.acceptTooManyRequests !== true
  );
}

/**
 * The path relative to the API base of a request path below it, other than the seams and the queue monitor;
 * otherwise undefined. The monitor's heartbeat is what a host stamps from a clock of its own when it breaks
 * SEAMS-CLOCK-CONTROLS-TIME: a read of it compared with a later GET would then differ by however much real
 * time passed between them, and the verdict would hang on timing.
 */
function seamlessApiPath(path: string): string | undefined {
  if (!path.startsWith(`${API_BASE}/`)) return undefined;
  const apiPath = path.slice(API_BASE.length);
  return apiPath.startsWith('/_seams/') || apiPath.split('?')[0] === '/queue/monitor' ? undefined : apiPath;
}

/** Bytes of a refused body kept for the transcript: enough to show what the host sent. */
const REFUSED_BODY_KEPT_BYTES = 64 * 1024;

const decoder = (): TextDecoder => new TextDecoder('utf-8');

/**
 * The body as text, read by streaming and stopping at `limit` bytes: a host cannot make the kit buffer more.
 * An over-long body comes back cut, with what was wrong.
 */
async function readBoundedBody(response: Response, limit: number): Promise<{ text: string; bodyError?: string }> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    return { text: '', bodyError: `body is ${formatBytes(declared)} (content-length), limit ${formatBytes(limit)}` };
  }
  if (response.body === null) return { text: '' };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      const kept = Buffer.concat(chunks).subarray(0, REFUSED_BODY_KEPT_BYTES);
      return {
        text: decoder().decode(kept),
        bodyError: `body is more than ${formatBytes(limit)}, the limit (reading stopped after ${formatBytes(total)})`,
      };
    }
    chunks.push(value);
  }
  return { text: decoder().decode(Buffer.concat(chunks)) };
}

function lowercaseHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name.toLowerCase()] = value;
  });
  return out;
}

/** The parsed body, or undefined when the text is empty, not JSON, or nested deeper than the kit reads. */
export function parseJson(text: string): unknown | undefined {
  const parsed = parseBoundedJson(text);
  return parsed.ok ? parsed.json : undefined;
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  const causeText = cause instanceof Error ? `${(cause as { code?: string }).code ?? cause.name}: ${cause.message}` : '';
  return causeText ? `${error.message} (${causeText})` : error.message;
}

/** Rejects with the abort reason as soon as `signal` aborts, whatever `promise` does. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

export class HostHttp {
  /** Without the run's health (a lone scenario, discovery), this client keeps a rate-limit budget of its own. */
  readonly #rateLimit: RateLimitBudget;

  constructor(private readonly config: HttpConfig) {
    this.#rateLimit = config.health?.rateLimit ?? new RateLimitBudget();
  }

  /**
   * `path` is relative to the host base URL (e.g. '/api/agents/run') or an absolute URL. A 429 with `Retry-After`
   * is waited out and the same request (same Idempotency-Key) sent again, within the run's rate-limit budget;
   * every answer is in the transcript.
   */
  async request(method: string, path: string, options: RequestOptions = {}): Promise<Exchange> {
    const reads = this.config.advanceReads;
    const apiPath = reads !== undefined && method === 'GET' && isPlainRead(options) ? seamlessApiPath(this.#relative(path)) : undefined;
    if (reads === undefined || apiPath === undefined) return this.#answered(method, path, options);
    const apiKey = await this.#apiKey(options);
    reads.noteRead(apiKey, apiPath);
    const taken = reads.take(apiKey, apiPath);
    if (taken !== undefined) {
      this.config.transcript.add({ kind: 'exchange', exchange: taken.exchange });
      reads.noteSize(apiPath, taken.exchange.text.length);
      if (!taken.check) return taken.exchange;
    }
    const earlier = taken?.exchange ?? reads.takenEarlier(apiKey, apiPath);
    const exchange = await this.#answered(method, path, options);
    reads.noteSize(apiPath, exchange.text.length);
    if (earlier !== undefined) reads.compare(earlier, exchange);
    return exchange;
  }

  /** The key requests without one of their own are sent with. */
  defaultApiKey(): Promise<string | null> {
    return this.config.defaultApiKey();
  }

  /** Whether this client takes reads from clock advances; the clock driver then asks for them. */
  get takesAdvanceReads(): boolean {
    return this.config.advanceReads !== undefined;
  }

  /** The API paths (relative to the API base) this client read most recently with `apiKey` (AdvanceReads.wanted). */
  recentReads(apiKey: string | null, token?: string): string[] {
    return this.config.advanceReads?.wanted(apiKey, token) ?? [];
  }

  /** The paths an advance asks to read, of those wanted, within the bounds on count and size (AdvanceReads.fit). */
  fitReads(paths: readonly string[]): string[] {
    return this.config.advanceReads?.fit(paths) ?? [];
  }

  /** Counts `paths` (relative to the API base) as read with `apiKey` most recently: the next advance asks for them. */
  expectReads(apiKey: string | null, paths: readonly string[]): void {
    for (const path of [...paths].reverse()) this.config.advanceReads?.noteRead(apiKey, path);
  }

  /** Keeps the reads an advance made with `apiKey` answered, for the GETs that follow it. */
  offerReads(apiKey: string | null, answered: { reads: readonly ServedRead[]; readsBefore: readonly ServedRead[] }): void {
    const requestHeaders: Record<string, string> = { accept: ACCEPT, ...(apiKey === null ? {} : { authorization: `Bearer ${apiKey}` }) };
    this.config.advanceReads?.offer(apiKey, answered, (path) => this.#url(`${API_BASE}${path}`), requestHeaders);
  }

  async #apiKey(options: RequestOptions): Promise<string | null> {
    return options.apiKey === undefined ? this.config.defaultApiKey() : options.apiKey;
  }

  /** A URL below this client's base URL as the path it is relative to; any other path as it is. */
  #relative(path: string): string {
    const base = this.config.baseUrl.replace(/\/+$/, '');
    return path.startsWith(`${base}/`) ? path.slice(base.length) : path;
  }

  #url(path: string): string {
    return /^https?:\/\//i.test(path) ? path : `${this.config.baseUrl.replace(/\/+$/, '')}${path}`;
  }

  /** Sends the request, waiting out 429s within the run's budget. */
  async #answered(method: string, path: string, options: RequestOptions): Promise<Exchange> {
    for (let retries = 0; ; retries += 1) {
      const exchange = await this.#send(method, path, options);
      const next = this.#rateLimit.afterAnswer(exchange, retries);
      if (typeof next === 'object') {
        await sleep(next.waitMs, this.config.signal);
        continue;
      }
      if (next === 'answer' || options.acceptTooManyRequests === true) return exchange;
      throw new RateLimited(
        `the host kept refusing ${method} ${exchange.url} with 429 (Retry-After: ${exchange.headers['retry-after']}) beyond what the kit waits out (${RATE_LIMIT_RETRIES} retries, ${MAX_RATE_LIMIT_WAIT_MS / 1000} s a wait, ${RATE_LIMIT_BUDGET_MS / 1000} s a run): a rate limit (SPEC.md §11.3), or a bound of SPEC.md §4.6 the kit's tenant has reached (runs in flight, stored keys; a tenant shared by every scenario, without seams.tenants, reaches them soonest)`,
        this.config.transcript.render(),
      );
    }
  }

  async #send(method: string, path: string, options: RequestOptions): Promise<Exchange> {
    const url = this.#url(path);
    const requestHeaders: Record<string, string> = { accept: ACCEPT };
    let requestBody: string | Uint8Array | undefined;
    if (options.rawBody !== undefined) {
      requestBody = options.rawBody;
    } else if (options.body !== undefined) {
      requestBody = JSON.stringify(options.body);
      requestHeaders['content-type'] = 'application/json';
    }
    const apiKey = await this.#apiKey(options);
    if (apiKey !== null) requestHeaders['authorization'] = `Bearer ${apiKey}`;
    if (options.idempotencyKey != null) requestHeaders['idempotency-key'] = options.idempotencyKey;
    for (const [name, value] of Object.entries(options.headers ?? {})) requestHeaders[name.toLowerCase()] = value;

    const recordedBody =
      requestBody === undefined || typeof requestBody === 'string' ? requestBody : Buffer.from(requestBody).toString('utf8');
    const scenarioSignal = this.config.signal;
    // Refused before anything reaches the host: the scenario has ended, whatever its body still tries.
    if (scenarioSignal?.aborted) throw scenarioSignal.reason;
    const controller = new AbortController();
    const signal = scenarioSignal ? AbortSignal.any([controller.signal, scenarioSignal]) : controller.signal;
    // Built outside the try: a request the kit cannot even form is a kit defect, not a transport loss.
    const request = new Request(url, {
      method,
      headers: requestHeaders,
      // A copy typed over a plain ArrayBuffer, as BodyInit requires.
      body: requestBody === undefined || typeof requestBody === 'string' ? requestBody : new Uint8Array(requestBody),
      redirect: 'manual',
      signal,
    });
    // What actually goes out, including headers the Request adds itself (a string body's text/plain).
    const sentHeaders = lowercaseHeaders(request.headers);
    const timer = setTimeout(
      () => controller.abort(new Error(`no answer within ${this.config.requestTimeoutMs} ms`)),
      this.config.requestTimeoutMs,
    );
    const startedMs = Date.now();
    try {
      const response = await untilAborted(Promise.resolve().then(() => this.config.fetch(request)), signal);
      const body = await untilAborted(readBoundedBody(response, this.config.responseBodyLimit ?? DEFAULT_LIMITS.responseBodyBytes), signal);
      const parsed = body.bodyError === undefined ? parseBoundedJson(body.text) : { ok: true as const, json: undefined };
      const bodyError = body.bodyError ?? (parsed.ok ? undefined : parsed.problem);
      const exchange: Exchange = {
        method,
        url,
        requestHeaders: sentHeaders,
        requestBody: recordedBody,
        status: response.status,
        headers: lowercaseHeaders(response.headers),
        text: body.text,
        json: parsed.ok ? parsed.json : undefined,
        ...(bodyError !== undefined ? { bodyError } : {}),
        timing: { startedAt: new Date(startedMs).toISOString(), durationMs: Date.now() - startedMs },
      };
      if (scenarioSignal?.aborted) throw scenarioSignal.reason;
      this.config.health?.answered();
      this.config.transcript.add({ kind: 'exchange', exchange });
      return exchange;
    } catch (error) {
      // The scenario was stopped: not the host's doing, and nothing of it belongs in any transcript now.
      if (scenarioSignal?.aborted) throw scenarioSignal.reason;
      const message = describeError(error);
      this.config.health?.transportFailed(`${method} ${url}: ${message}`);
      this.config.transcript.add({
        kind: 'transport',
        failure: { method, url, requestHeaders: sentHeaders, requestBody: recordedBody, error: message },
      });
      throw new TransportError(`no HTTP answer to ${method} ${url}: ${message}`, this.config.transcript.render());
    } finally {
      clearTimeout(timer);
    }
  }
}
