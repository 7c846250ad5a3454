/**
 * Bounded concurrency for outbound callback attempts (SPEC §8.10): at most `overall` attempts in flight on
 * the host and `perHost` to one target host:port, so receivers that hold connections open cannot exhaust the
 * host's sockets, and one slow receiver cannot take every slot. An attempt over either bound waits, first in
 * first out among those that could start, and is made (and timestamped) when it gets its slot.
 */

interface Waiter {
  readonly host: string;
  readonly start: () => void;
}

export class DeliveryPool {
  readonly #overall: number;
  readonly #perHost: number;
  #active = 0;
  readonly #byHost = new Map<string, number>();
  #waiting: Waiter[] = [];

  constructor(overall: number, perHost: number) {
    this.#overall = overall;
    this.#perHost = perHost;
  }

  /** Runs `work` in a slot for `url`'s host:port. */
  async run<T>(url: string, work: () => Promise<T>): Promise<T> {
    const host = new URL(url).host.toLowerCase();
    if (this.#fits(host)) this.#take(host);
    else await new Promise<void>((resolve) => this.#waiting.push({ host, start: resolve }));
    try {
      return await work();
    } finally {
      this.#release(host);
    }
  }

  /** Attempts in flight, for tests and the stall benchmark. */
  get active(): number {
    return this.#active;
  }

  #fits(host: string): boolean {
    return this.#active < this.#overall && (this.#byHost.get(host) ?? 0) < this.#perHost;
  }

  #take(host: string): void {
    this.#active++;
    this.#byHost.set(host, (this.#byHost.get(host) ?? 0) + 1);
  }

  #release(host: string): void {
    this.#active--;
    const left = (this.#byHost.get(host) ?? 1) - 1;
    if (left === 0) this.#byHost.delete(host);
    else this.#byHost.set(host, left);
    if (this.#waiting.length === 0) return;
    const still: Waiter[] = [];
    for (const waiter of this.#waiting) {
      if (this.#fits(waiter.host)) {
        this.#take(waiter.host);
        waiter.start();
      } else still.push(waiter);
    }
    this.#waiting = still;
  }
}
