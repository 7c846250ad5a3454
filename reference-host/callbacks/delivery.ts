/**
 * One HTTP delivery attempt of a signed callback: Standard Webhooks headers over the exact body bytes,
 * redirects not followed, abandoned after the request timeout (real time, even with the test clock).
 */
import { jcs } from '../../src/jcs.js';
import { parseRetryAfter } from '../../src/protocol/retry-after.js';
import { signCallback } from '../../src/webhooks.js';
import type { HostCore } from '../core.js';
import { pinTarget, type PinnedTarget } from './target-address.js';

export type DeliveryError = 'timeout' | 'connection_error' | 'redirect_not_followed' | 'http_error' | 'gone';

export interface DeliveryAnswer {
  readonly httpStatus: number | null;
  readonly error: DeliveryError | null;
  readonly retryAfterSeconds: number | undefined;
  /** Why the attempt made no request, when its target was refused. */
  readonly refusal?: string;
}

export interface SignedMessage {
  readonly url: string;
  readonly secret: string;
  readonly webhookId: string;
  /** Unix seconds of this attempt, host time. */
  readonly timestamp: number;
  readonly body: string;
}

function callbackHeaders(core: HostCore, message: SignedMessage): Record<string, string> {
  return {
    'content-type': 'application/json',
    'user-agent': 'agent-task-kit-reference-host',
    'webhook-id': message.webhookId,
    'webhook-timestamp': String(message.timestamp),
    'webhook-signature': signCallback({
      secret: message.secret,
      id: message.webhookId,
      timestamp: message.timestamp,
      body: core.faults.has('callback-signature-over-canonical-json') ? jcs(JSON.parse(message.body)) : message.body,
    }),
  };
}

export async function deliver(core: HostCore, message: SignedMessage): Promise<DeliveryAnswer> {
  // One deadline for the whole attempt: resolving the name, connecting and the receiver's answer.
  const signal = AbortSignal.timeout(
    core.config.callbackRequestTimeoutMs * (core.faults.has('callback-timeout-not-advertised') ? 5 : core.faults.has('callback-timeout-split-in-half') ? 0.5 : 1),
  );
  let response: Response;
  try {
    const target: PinnedTarget = await pinTarget(core, message.url, signal);
    if (!target.ok) return { httpStatus: null, error: 'connection_error', retryAfterSeconds: undefined, refusal: target.reason };
    response = await core.fetch(message.url, {
      method: 'POST',
      headers: callbackHeaders(core, message),
      body: message.body,
      redirect: core.faults.has('callback-follows-redirects') ? 'follow' : 'manual',
      signal,
      ...(target.addresses ? { addresses: target.addresses } : {}),
    });
  } catch (error) {
    return { httpStatus: null, error: isTimeout(error) ? 'timeout' : 'connection_error', retryAfterSeconds: undefined };
  }
  // The answer's body is never read: only the status and Retry-After matter.
  await response.body?.cancel().catch(() => undefined);
  const status = response.status;
  const retryAfterSeconds = core.faults.has('callback-retry-after-ignored') ? undefined : parseRetryAfter(response.headers.get('retry-after'), core.clock.now());
  // An honoured Retry-After is capped at the longest scheduled delay (SPEC §8.5).
  const capSeconds = Math.max(...core.config.callbackRetryScheduleMs) / 1000;
  return {
    httpStatus: status === 0 ? null : status,
    error: classify(core, status),
    retryAfterSeconds: retryAfterSeconds === undefined ? undefined : Math.min(retryAfterSeconds, capSeconds),
  };
}

function classify(core: HostCore, status: number): DeliveryError | null {
  if (status >= 200 && status <= 299) return null;
  if (status === 410 && !core.faults.has('callback-410-retried')) return 'gone';
  // 0 is an opaque redirect (browser-style fetch); Node reports the 3xx itself.
  if (status === 0 || (status >= 300 && status <= 399)) return 'redirect_not_followed';
  return 'http_error';
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}
