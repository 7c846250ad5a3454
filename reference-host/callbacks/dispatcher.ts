/**
 * Callback scheduling (contract §8): the first attempt when the run reaches callback_ready, retries on
 * the advertised schedule with jitter and Retry-After, 410 disables, exhaustion fails the callback and
 * opens a ticket and an alert, a manual retry reuses the message id. Every attempt is recorded.
 */
import { isoTime } from '../clock.js';
import type { HostCore } from '../core.js';
import { openCallbackTicket, resolveTicket } from '../exceptions.js';
import { newId } from '../ids.js';
import { appendEvent, deepFreeze } from '../ledger.js';
import type { Doc, ExceptionTicket, RunRecord } from '../model.js';
import { raiseStuckAlert } from '../queue-monitor.js';
import { finishRun } from '../runner.js';
import { runUrls } from '../urls.js';
import { deliver, type DeliveryAnswer } from './delivery.js';

type Trigger = 'scheduled' | 'manual';

export function scheduleFirstAttempt(core: HostCore, run: RunRecord): void {
  scheduleAttempt(core, run, core.clock.now() + (core.config.callbackRetryScheduleMs[0] ?? 0));
}

/** A manual attempt, made now; resolves with the recorded attempt, or undefined if already delivered. */
export function retryCallbackNow(core: HostCore, run: RunRecord): Promise<Doc | undefined> {
  return serialized(run, () => attempt(core, run, 'manual'));
}

function scheduleAttempt(core: HostCore, run: RunRecord, dueMs: number): void {
  run.callback.nextRetryAtMs = dueMs;
  run.callback.nextAttempt = core.scheduler.at(dueMs, `callback attempt ${run.runId}`, async () => {
    await serialized(run, () => attempt(core, run, 'scheduled'));
  });
}

/** Attempts of one run never overlap: a manual retry waits for a scheduled attempt in flight. */
function serialized<T>(run: RunRecord, work: () => Promise<T>): Promise<T> {
  const result = run.callback.queue.then(work);
  run.callback.queue = result.catch(() => undefined);
  return result;
}

async function attempt(core: HostCore, run: RunRecord, trigger: Trigger): Promise<Doc | undefined> {
  const cb = run.callback;
  if (isDelivered(run) || cb.url === undefined || cb.body === undefined) return undefined;
  if (trigger === 'scheduled') {
    cb.nextAttempt = undefined;
    cb.nextRetryAtMs = null;
    cb.scheduledAttempts++;
  }
  const { url, body } = cb;
  // The attempt is made, and timestamped, when it gets a delivery slot (pool.ts).
  const { attemptedAtMs, webhookId, answer } = await core.deliveries.run(url, async () => {
    const attemptedAtMs = core.clock.now();
    const webhookId =
      core.faults.has('callback-webhook-id-changes') || (trigger === 'manual' && core.faults.has('callback-manual-retry-new-id'))
        ? newId('msg', core.variants)
        : cb.webhookId;
    const firstTimestamp = cb.attempts[0]?.['webhook_timestamp'];
    const answer = await deliver(core, {
      url,
      secret: cb.secret,
      webhookId,
      timestamp:
        core.faults.has('callback-timestamp-from-first-attempt') && firstTimestamp !== undefined
          ? Number(firstTimestamp)
          : Math.floor((core.faults.has('callback-timestamp-wall-clock') ? Date.now() : attemptedAtMs) / 1000),
      body: core.faults.has('callback-body-rebuilt-per-attempt') ? JSON.stringify({ ...cb.payload, issued_at: isoTime(attemptedAtMs) }) : body,
    });
    return { attemptedAtMs, webhookId, answer };
  });
  if (isDelivered(run)) return undefined;
  const delivered = answer.error === null;
  if (!delivered) planAfterFailure(core, run, trigger, attemptedAtMs, answer);
  const record = deepFreeze({
    attempt_number: cb.attempts.length + 1,
    webhook_id: webhookId,
    attempted_at: isoTime(attemptedAtMs),
    webhook_timestamp: Math.floor(attemptedAtMs / 1000),
    trigger,
    outcome: delivered ? 'delivered' : 'failed',
    http_status: answer.httpStatus,
    error: answer.error,
    ...(answer.retryAfterSeconds !== undefined ? { retry_after_seconds: answer.retryAfterSeconds } : {}),
    next_retry_at: !delivered && cb.nextRetryAtMs !== null ? isoTime(cb.nextRetryAtMs) : null,
  });
  if (delivered || !core.faults.has('callback-failed-attempts-unrecorded')) cb.attempts.push(record);
  if (delivered || (answer.httpStatus !== null && core.faults.has('callback-any-answer-delivered'))) markDelivered(core, run);
  else recordFailure(core, run, record, answer);
  return record;
}

/** Read through a call: the status may change while an attempt awaits the network. */
function isDelivered(run: RunRecord): boolean {
  return run.callback.status === 'delivered';
}

/** Decides what follows a failed attempt: the next scheduled attempt, disabling (410) or exhaustion. */
function planAfterFailure(core: HostCore, run: RunRecord, trigger: Trigger, attemptedAtMs: number, answer: DeliveryAnswer): void {
  const cb = run.callback;
  if (answer.error === 'gone') {
    cb.nextAttempt?.cancel();
    cb.nextAttempt = undefined;
    cb.nextRetryAtMs = null;
    cb.disabled = true;
    cb.status = 'failed';
    return;
  }
  if (trigger === 'manual') {
    // A manual attempt leaves an automatic retry in place; a failed callback stays failed.
    if (cb.status === 'ready') cb.status = 'retrying';
    return;
  }
  const schedule = core.config.callbackRetryScheduleMs;
  const delayMs = core.faults.has('callback-never-retried') ? undefined : schedule[cb.scheduledAttempts];
  if (delayMs === undefined) {
    cb.status = 'failed';
    return;
  }
  const jitteredMs = core.faults.has('callback-retry-without-delay') ? 0 : Math.floor(delayMs * (1 + jitterRatio(core)));
  const retryAfterMs = answer.retryAfterSeconds === undefined ? 0 : answer.retryAfterSeconds * 1000;
  cb.status = 'retrying';
  // SPEC §8.5 lets the jitter bound apply to a Retry-After longer than the scheduled delay; this host then uses all of it.
  const postponedMs =
    retryAfterMs > delayMs && core.variants.has('retry-after-http-date')
      ? Math.floor(retryAfterMs * (1 + core.config.callbackJitterMaxRatio))
      : Math.max(jitteredMs, retryAfterMs);
  scheduleAttempt(core, run, attemptedAtMs + postponedMs);
}

/** The jitter j of SPEC §8.5, in [0, jitter_max_ratio]. */
function jitterRatio(core: HostCore): number {
  if (core.variants.has('jitter-at-lower-bound')) return 0;
  if (core.variants.has('jitter-at-upper-bound')) return core.config.callbackJitterMaxRatio;
  return core.random() * core.config.callbackJitterMaxRatio;
}

function recordFailure(core: HostCore, run: RunRecord, record: Doc, answer: DeliveryAnswer): void {
  const cb = run.callback;
  const urls = runUrls(run);
  const what =
    answer.httpStatus === null
      ? `${String(answer.error)}${answer.refusal === undefined ? '' : ` (${answer.refusal})`}`
      : `HTTP ${answer.httpStatus} (${String(answer.error)})`;
  appendEvent(core, run, {
    type: 'callback_attempt_failed',
    actor: 'callback_dispatcher',
    note: `attempt ${String(record['attempt_number'])} failed: ${what}`,
    links: { callback_attempts_url: urls.callbackAttempts },
  });
  const ticketOpen = run.tickets.some((t) => t.exceptionType === 'callback_failure' && isCurrent(t));
  if (cb.status !== 'failed' || ticketOpen || core.faults.has('callback-exhaustion-no-ticket')) return;
  const reason = answer.error === 'gone' ? 'receiver answered 410 Gone; automatic delivery disabled' : 'retry schedule exhausted';
  openCallbackTicket(core, run);
  appendEvent(core, run, {
    type: 'callback_failed',
    actor: 'callback_dispatcher',
    note: reason,
    links: { exception_url: urls.exceptions, callback_attempts_url: urls.callbackAttempts },
  });
  if (answer.error !== 'gone') raiseStuckAlert(core, run, 'callback_delivery_failed', 'retry_callback');
}

function markDelivered(core: HostCore, run: RunRecord): void {
  const cb = run.callback;
  cb.nextAttempt?.cancel();
  cb.nextAttempt = undefined;
  cb.nextRetryAtMs = null;
  cb.disabled = false;
  cb.status = cb.status === 'retrying' && core.faults.has('callback-status-stuck-retrying') ? 'retrying' : 'delivered';
  for (const ticket of run.tickets) {
    if (ticket.exceptionType === 'callback_failure' && isCurrent(ticket)) resolveTicket(core, ticket, 'resolved');
  }
  appendEvent(core, run, {
    type: 'callback_delivered',
    to: 'callback_delivered',
    step: 'callback',
    actor: 'callback_dispatcher',
    links: { callback_attempts_url: runUrls(run).callbackAttempts },
  });
  finishRun(core, run, 'closed');
}

/** A ticket neither resolved nor closed: open, or under review where the host's operators review tickets. */
function isCurrent(ticket: ExceptionTicket): boolean {
  return ticket.status !== 'resolved' && ticket.status !== 'closed';
}
