import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Standard Webhooks 1.0 (symmetric `v1` scheme), as used for run callbacks. */

export type WebhookBody = string | Uint8Array;

export type HeaderSource = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

export interface SignCallbackInput {
  /** `whsec_` + base64 key (the prefix is optional, as in the Standard Webhooks libraries). */
  secret: string;
  /** The `webhook-id` value. */
  id: string;
  /** The `webhook-timestamp` value, in Unix seconds. */
  timestamp: number | string;
  /** The exact body bytes sent; a string is taken as UTF-8. */
  body: WebhookBody;
}

export interface VerifyCallbackInput {
  /** One secret, or several while a secret is being rotated: any one of them may have signed. */
  secrets: string | readonly string[];
  headers: HeaderSource;
  body: WebhookBody;
  /** Defaults to the wall clock; conformance checks pass the host's test-clock time. */
  nowSeconds?: number;
  toleranceSeconds?: number;
}

export type VerifyFailureReason =
  | 'missing_headers' // a webhook-* header is absent, or webhook-timestamp is not an integer
  | 'stale_timestamp'
  | 'future_timestamp'
  | 'bad_signature'
  | 'bad_secret'; // a secret is not base64 key material, so nothing could be verified with it

export type VerifyCallbackOutcome = { ok: true } | { ok: false; reason: VerifyFailureReason };

export const DEFAULT_TOLERANCE_SECONDS = 300;

const SECRET_PREFIX = 'whsec_';
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const TIMESTAMP = /^\d{1,15}$/;

/** `whsec_` + base64 of 32 random bytes. */
export function generateSigningSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

/** The `webhook-signature` value: `v1,` + base64 HMAC-SHA256 over `{id}.{timestamp}.{body}`. */
export function signCallback(input: SignCallbackInput): string {
  const key = decodeSecret(input.secret);
  if (key === undefined) throw new TypeError('secret is not whsec_-prefixed base64 key material');
  return `v1,${hmac(key, input.id, String(input.timestamp), input.body)}`;
}

export function verifyCallback(input: VerifyCallbackInput): VerifyCallbackOutcome {
  const id = header(input.headers, 'webhook-id');
  const timestamp = header(input.headers, 'webhook-timestamp');
  const signatureHeader = header(input.headers, 'webhook-signature');
  if (!id || !timestamp || !signatureHeader || !TIMESTAMP.test(timestamp)) {
    return { ok: false, reason: 'missing_headers' };
  }

  const secrets = typeof input.secrets === 'string' ? [input.secrets] : input.secrets;
  const keys = secrets.map(decodeSecret);
  if (keys.length === 0 || keys.some((k) => k === undefined)) return { ok: false, reason: 'bad_secret' };

  const nowSeconds = input.nowSeconds ?? Math.floor(Date.now() / 1000);
  const toleranceSeconds = input.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  const sentAt = Number(timestamp);
  if (nowSeconds - sentAt > toleranceSeconds) return { ok: false, reason: 'stale_timestamp' };
  if (sentAt - nowSeconds > toleranceSeconds) return { ok: false, reason: 'future_timestamp' };

  // Other scheme versions (e.g. v1a) may sit beside v1 entries; only v1 is understood here. A header sent twice
  // reaches us joined by ", ", hence the trailing comma removed from each entry.
  const offered = signatureHeader
    .split(/\s+/)
    .map((entry) => entry.replace(/,$/, ''))
    .filter((entry) => entry.startsWith('v1,'))
    .map((entry) => Buffer.from(entry.slice(3), 'utf8'));
  for (const key of keys as Buffer[]) {
    const expected = Buffer.from(hmac(key, id, timestamp, input.body), 'utf8');
    // Every entry is compared, so timing does not reveal which one matched.
    let matched = false;
    for (const candidate of offered) {
      if (candidate.length === expected.length && timingSafeEqual(candidate, expected)) matched = true;
    }
    if (matched) return { ok: true };
  }
  return { ok: false, reason: 'bad_signature' };
}

function hmac(key: Buffer, id: string, timestamp: string, body: WebhookBody): string {
  return createHmac('sha256', key)
    .update(`${id}.${timestamp}.`, 'utf8')
    .update(typeof body === 'string' ? Buffer.from(body, 'utf8') : body)
    .digest('base64');
}

function decodeSecret(secret: string): Buffer | undefined {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  if (encoded.length === 0 || !BASE64.test(encoded)) return undefined;
  return Buffer.from(encoded, 'base64');
}

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : headers[key];
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : value.join(', ');
}
