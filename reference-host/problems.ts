/**
 * Replies and RFC 9457 problems. Handlers build `Reply` values (not Responses) so the idempotency layer
 * can store and replay them byte for byte; `toResponse` is the one place a reply becomes HTTP.
 */

export const PROBLEM_TYPES = {
  'malformed-request': { status: 400, title: 'Request is not well-formed HTTP' },
  'malformed-json': { status: 400, title: 'Request body is not valid JSON' },
  'invalid-request': { status: 400, title: 'Request body does not match its schema' },
  'idempotency-key-missing': { status: 400, title: 'Idempotency-Key header is required' },
  unauthorized: { status: 401, title: 'Missing or invalid API key' },
  'insufficient-credits': { status: 402, title: 'Entitlement has too few remaining credits' },
  'trust-not-approved': { status: 403, title: 'Trust profile is not approved' },
  'not-found': { status: 404, title: 'Resource not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'request-timeout': { status: 408, title: 'Request was not received in time' },
  'idempotency-key-in-flight': { status: 409, title: 'A request with this Idempotency-Key is still in flight' },
  'invalid-state': { status: 409, title: "Command not allowed from the run's current state" },
  'replay-not-allowed': { status: 409, title: 'Run cannot be replayed in its current state' },
  'replay-unsafe': { status: 409, title: 'Replay would repeat unrecorded side effects' },
  'result-not-ready': { status: 409, title: 'Result is not packaged yet' },
  'settlement-conflict': { status: 409, title: 'Settlement reference reused with different fields' },
  'quote-expired': { status: 409, title: 'Quote has expired' },
  'payload-too-large': { status: 413, title: 'Request body too large' },
  'unsupported-media-type': { status: 415, title: 'Content-Type must be application/json' },
  'idempotency-key-reused': { status: 422, title: 'Idempotency-Key reused with a different request' },
  'unsafe-callback-target': { status: 422, title: 'Callback URL targets a refused address' },
  'unsupported-tool': { status: 422, title: 'Requested tool is not offered by this host' },
  'too-many-requests': { status: 429, title: 'Limit reached; retry later' },
  'header-fields-too-large': { status: 431, title: 'Request header fields too large' },
  internal: { status: 500, title: 'Internal error' },
} as const;

export type ProblemSlug = keyof typeof PROBLEM_TYPES;

export const PROBLEM_TYPE_PREFIX = 'urn:agent-task:problem:';

export const JSON_TYPE = 'application/json';
export const PROBLEM_JSON_TYPE = 'application/problem+json';

export interface Reply {
  readonly status: number;
  /** A JSON value, serialised when sent, or JsonText sent as it is. */
  readonly body: unknown;
  readonly contentType: typeof JSON_TYPE | typeof PROBLEM_JSON_TYPE;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface ProblemFieldError {
  instancePath: string;
  keyword: string;
  message: string;
}

export interface ProblemExtras {
  errors?: readonly ProblemFieldError[];
  current_state?: string;
  allowed_from_states?: readonly string[];
}

/** JSON already serialised, e.g. an answer joined from stored texts: sent byte for byte. */
export class JsonText {
  readonly text: string;

  constructor(text: string) {
    this.text = text;
  }
}

export function jsonReply(status: number, body: unknown, headers?: Record<string, string>): Reply {
  return headers ? { status, body, contentType: JSON_TYPE, headers } : { status, body, contentType: JSON_TYPE };
}

export function jsonTextReply(status: number, text: string): Reply {
  return { status, body: new JsonText(text), contentType: JSON_TYPE };
}

export function problem(
  slug: ProblemSlug,
  detail?: string,
  extras: ProblemExtras = {},
  headers?: Record<string, string>,
): Reply {
  const { status, title } = PROBLEM_TYPES[slug];
  const body = { type: PROBLEM_TYPE_PREFIX + slug, title, status, ...(detail ? { detail } : {}), ...extras };
  return headers ? { status, body, contentType: PROBLEM_JSON_TYPE, headers } : { status, body, contentType: PROBLEM_JSON_TYPE };
}

/** Thrown by lookups and checks that refuse a request before anything is written. */
export class ProblemError extends Error {
  readonly reply: Reply;

  constructor(reply: Reply) {
    super(`${reply.status} ${String((reply.body as { type?: unknown }).type)}`);
    this.reply = reply;
  }
}

export function refuse(slug: ProblemSlug, detail?: string, extras?: ProblemExtras): never {
  throw new ProblemError(problem(slug, detail, extras));
}

/** `instance` names the request path of the occurrence; added at rendering so handlers need not know it. */
export function toResponse(reply: Reply, instance?: string): Response {
  const headers = new Headers(reply.headers);
  headers.set('content-type', reply.contentType);
  if (reply.body instanceof JsonText) return new Response(reply.body.text, { status: reply.status, headers });
  const body =
    reply.contentType === PROBLEM_JSON_TYPE && instance !== undefined
      ? { ...(reply.body as object), instance }
      : reply.body;
  return new Response(JSON.stringify(body), { status: reply.status, headers });
}
