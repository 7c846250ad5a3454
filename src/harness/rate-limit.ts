/**
 * Honouring a host's rate limit (SPEC.md §11.3): a 429 with `Retry-After` is waited out in real time (a rate
 * limit measures the client's pace, not host time) and the same request is sent again, a few times per request
 * and within one budget of waiting for the whole run, so a host that answers 429 to everything costs the run a
 * bounded wait, not one per request. What is not waited out is judged as the answer.
 */
import { parseRetryAfter } from '../protocol/retry-after.js';
import type { Exchange } from './transcript.js';

/** The longest single wait the kit honours; a host asking for more is answered as refusing. */
export const MAX_RATE_LIMIT_WAIT_MS = 30_000;
/** Times one request is sent again after a 429. */
export const RATE_LIMIT_RETRIES = 3;
/** Real time the whole run may spend waiting out 429s; waits that overlap are counted once. */
export const RATE_LIMIT_BUDGET_MS = 120_000;

export class RateLimitBudget {
  #leftMs: number;
  /** The real time until which some request is already waiting: concurrent waits cost the run only their excess. */
  #coveredUntilMs = 0;

  constructor(budgetMs: number = RATE_LIMIT_BUDGET_MS, private readonly now: () => number = Date.now) {
    this.#leftMs = budgetMs;
  }

  /**
   * What to do after `exchange`, a request's answer: wait `waitMs` real ms and send it again; take it as the
   * `answer` (anything but a 429 with a readable `Retry-After`); or leave the request `unanswered`, a rate limit
   * beyond what the kit waits out (too many retries, too long a delay, the run's budget spent).
   */
  afterAnswer(exchange: Pick<Exchange, 'status' | 'headers'>, retriesMade: number): { waitMs: number } | 'answer' | 'unanswered' {
    if (exchange.status !== 429) return 'answer';
    const nowMs = this.now();
    const seconds = parseRetryAfter(exchange.headers['retry-after'], nowMs);
    // A 429 without a readable Retry-After is no rate limit SPEC.md §11.3 allows: it is judged like any answer.
    if (seconds === undefined) return 'answer';
    if (retriesMade >= RATE_LIMIT_RETRIES || seconds * 1000 > MAX_RATE_LIMIT_WAIT_MS) return 'unanswered';
    const untilMs = nowMs + seconds * 1000;
    const chargedMs = Math.max(0, untilMs - Math.max(nowMs, this.#coveredUntilMs));
    if (chargedMs > this.#leftMs) return 'unanswered';
    this.#leftMs -= chargedMs;
    this.#coveredUntilMs = Math.max(this.#coveredUntilMs, untilMs);
    return { waitMs: seconds * 1000 };
  }
}
