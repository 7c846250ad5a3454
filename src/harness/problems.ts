import type { Exchange } from './transcript.js';

/** Problem types of SPEC.md (contract §11): slug → HTTP status. */
export const PROBLEM_STATUS = {
  'malformed-request': 400,
  'malformed-json': 400,
  'invalid-request': 400,
  'idempotency-key-missing': 400,
  unauthorized: 401,
  'insufficient-credits': 402,
  'trust-not-approved': 403,
  'not-found': 404,
  'method-not-allowed': 405,
  'request-timeout': 408,
  'idempotency-key-in-flight': 409,
  'invalid-state': 409,
  'replay-not-allowed': 409,
  'replay-unsafe': 409,
  'result-not-ready': 409,
  'settlement-conflict': 409,
  'quote-expired': 409,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'idempotency-key-reused': 422,
  'unsafe-callback-target': 422,
  'unsupported-tool': 422,
  'too-many-requests': 429,
  'header-fields-too-large': 431,
  internal: 500,
} as const;

export type ProblemSlug = keyof typeof PROBLEM_STATUS;

export const PROBLEM_TYPE_PREFIX = 'urn:agent-task:problem:';

export function problemType(slug: ProblemSlug): string {
  return PROBLEM_TYPE_PREFIX + slug;
}

/** Whether `exchange` is the problem `slug` with its status; a loose reading, for refusals SPEC allows. */
export function isProblem(exchange: Pick<Exchange, 'status' | 'json'>, slug: ProblemSlug): boolean {
  return exchange.status === PROBLEM_STATUS[slug] && (exchange.json as { type?: unknown } | undefined)?.type === problemType(slug);
}
