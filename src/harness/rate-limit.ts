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
   * The real ms to wait before sending the request again after `exchange`, its answer, when that was a 429 with a
   * readable `Retry-After`; undefined to take the answer as it is.
   */
  waitBeforeRetry(exchange: Pick<Exchange, 'status' | 'headers'>, retriesMade: number): number | undefined {
    if (exchange.status !== 429 || retriesMade >= RATE_LIMIT_RETRIES) return undefined;
    const nowMs = this.now();
    const seconds = parseRetryAfter(exchange.headers['retry-after'], nowMs);
    if (seconds === undefined || seconds * 1000 > MAX_RATE_LIMIT_WAIT_MS) return undefined;
    const untilMs = nowMs + seconds * 1000;
    const chargedMs = Math.max(0, untilMs - Math.max(nowMs, this.#coveredUntilMs));
    if (chargedMs > this.#leftMs) return undefined;
    this.#leftMs -= chargedMs;
    this.#coveredUntilMs = Math.max(this.#coveredUntilMs, untilMs);
    return seconds * 1000;
  }
}
