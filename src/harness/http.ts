/**
 * The kit's HTTP client for one host: resolves paths against the base URL, adds the bearer key, enforces
 * the per-request timeout and records every exchange in the scenario's transcript. A request that gets no
 * HTTP answer throws TransportError (the scenario becomes blocked, never failed).
 */
import { TransportError } from './errors.js';
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
}

export interface HttpConfig {
  baseUrl: string;
  fetch: FetchLike;
  transcript: Transcript;
  requestTimeoutMs: number;
  /** The key used when a request does not name one; resolved per request so tenants can be created lazily. */
  defaultApiKey: () => Promise<string | null>;
}

function lowercaseHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name.toLowerCase()] = value;
  });
  return out;
}

/** The parsed body, or undefined when the text is empty or not JSON. */
export function parseJson(text: string): unknown | undefined {
  if (text.trim().length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
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
  constructor(private readonly config: HttpConfig) {}

  /** `path` is relative to the host base URL (e.g. '/api/agents/run') or an absolute URL. */
  async request(method: string, path: string, options: RequestOptions = {}): Promise<Exchange> {
    const url = /^https?:\/\//i.test(path) ? path : `${this.config.baseUrl.replace(/\/+$/, '')}${path}`;
    const requestHeaders: Record<string, string> = { accept: 'application/json, application/problem+json' };
    let requestBody: string | Uint8Array | undefined;
    if (options.rawBody !== undefined) {
      requestBody = options.rawBody;
    } else if (options.body !== undefined) {
      requestBody = JSON.stringify(options.body);
      requestHeaders['content-type'] = 'application/json';
    }
    const apiKey = options.apiKey === undefined ? await this.config.defaultApiKey() : options.apiKey;
    if (apiKey !== null) requestHeaders['authorization'] = `Bearer ${apiKey}`;
    if (options.idempotencyKey != null) requestHeaders['idempotency-key'] = options.idempotencyKey;
    for (const [name, value] of Object.entries(options.headers ?? {})) requestHeaders[name.toLowerCase()] = value;

    const recordedBody =
      requestBody === undefined || typeof requestBody === 'string' ? requestBody : Buffer.from(requestBody).toString('utf8');
    const controller = new AbortController();
    // Built outside the try: a request the kit cannot even form is a kit defect, not a transport loss.
    const request = new Request(url, {
      method,
      headers: requestHeaders,
      // A copy typed over a plain ArrayBuffer, as BodyInit requires.
      body: requestBody === undefined || typeof requestBody === 'string' ? requestBody : new Uint8Array(requestBody),
      redirect: 'manual',
      signal: controller.signal,
    });
    // What actually goes out, including headers the Request adds itself (a string body's text/plain).
    const sentHeaders = lowercaseHeaders(request.headers);
    const timer = setTimeout(
      () => controller.abort(new Error(`no answer within ${this.config.requestTimeoutMs} ms`)),
      this.config.requestTimeoutMs,
    );
    try {
      const response = await untilAborted(Promise.resolve().then(() => this.config.fetch(request)), controller.signal);
      const text = await untilAborted(response.text(), controller.signal);
      const exchange: Exchange = {
        method,
        url,
        requestHeaders: sentHeaders,
        requestBody: recordedBody,
        status: response.status,
        headers: lowercaseHeaders(response.headers),
        text,
        json: parseJson(text),
      };
      this.config.transcript.add({ kind: 'exchange', exchange });
      return exchange;
    } catch (error) {
      const message = describeError(error);
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
