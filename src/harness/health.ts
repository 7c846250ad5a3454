/**
 * Whether the host still answers at the transport level, across the scenarios of one run. A host that has stopped
 * answering would otherwise cost every remaining scenario its own timeout and its own copy of the same error; after
 * a few requests in a row without any HTTP answer the run stops instead, once, with one reason. It also holds the
 * run's one budget for waiting out the host's rate limit.
 */
import { RateLimitBudget } from './rate-limit.js';

/** Requests in a row without an HTTP answer after which the run stops. */
export const CONSECUTIVE_TRANSPORT_FAILURES = 3;

export class HostHealth {
  /** Real time the run may still spend waiting out 429 answers (SPEC.md §11.3). */
  readonly rateLimit = new RateLimitBudget();
  private consecutive = 0;
  private reason: string | null = null;

  constructor(private readonly limit: number = CONSECUTIVE_TRANSPORT_FAILURES) {}

  /** Why the run stopped, or null while it goes on. */
  get stopReason(): string | null {
    return this.reason;
  }

  answered(): void {
    this.consecutive = 0;
  }

  transportFailed(message: string): void {
    this.consecutive += 1;
    if (this.consecutive >= this.limit) {
      this.stop(`the host stopped answering: ${this.consecutive} requests in a row got no HTTP answer (last: ${message})`);
    }
  }

  /** The first reason wins: later ones are consequences of it. */
  stop(reason: string): void {
    this.reason ??= reason;
  }
}
