/**
 * The kit's own stalls: spans in which its event loop did not turn (a loaded machine, a long synchronous step).
 * A callback attempt is timed by the host in real time, so while the kit is stalled its receiver cannot answer
 * and a correct host rightly records a timeout; what the kit then sees says more about the kit than the host.
 * run-scenario asks how long the kit stalled while each callback attempt could have been in flight (SPEC.md
 * §1.6, "kit stalls").
 */
import { TIMEOUT_LATE_TOLERANCE_MS } from './checks/callback-timeout.js';

/** How often the watch's timer asks to run; a turn that comes this much late or less is not a stall. */
const TICK_MS = 25;
const STALL_OVER_MS = 100;
/** Stalls kept; older ones concern scenarios long finished. */
const KEPT_STALLS = 256;

export interface Stall {
  /** Kit wall-clock ms (Date.now) at which the loop last turned before the stall, and turned again. */
  fromMs: number;
  toMs: number;
}

const stalls: Stall[] = [];
let watchers = 0;
let timer: NodeJS.Timeout | undefined;
let lastTurnMs = 0;

function tick(): void {
  const now = Date.now();
  if (now - lastTurnMs - TICK_MS > STALL_OVER_MS) {
    stalls.push({ fromMs: lastTurnMs, toMs: now });
    if (stalls.length > KEPT_STALLS) stalls.shift();
  }
  lastTurnMs = now;
}

/** Starts watching (once for any number of callers); the returned function stops this caller's watch. */
export function watchStalls(): () => void {
  watchers += 1;
  if (timer === undefined) {
    lastTurnMs = Date.now();
    // unref: a watch never keeps the process alive.
    timer = setInterval(tick, TICK_MS).unref();
  }
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    watchers -= 1;
    if (watchers === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The longest part of one stall inside [fromMs, toMs], counting a stall still under way at toMs. */
export function longestStallMs(fromMs: number, toMs: number): number {
  const now = Date.now();
  const ongoing: Stall[] = timer !== undefined && now - lastTurnMs - TICK_MS > STALL_OVER_MS ? [{ fromMs: lastTurnMs, toMs: now }] : [];
  let longest = 0;
  for (const stall of [...stalls, ...ongoing]) {
    const overlapMs = Math.min(stall.toMs, toMs) - Math.max(stall.fromMs, fromMs);
    if (overlapMs > longest) longest = overlapMs;
  }
  return longest;
}

/**
 * The longest kit stall while any of `arrivals` (kit wall-clock ms at which a callback delivery arrived) could have
 * been in flight: from the earliest the host could have sent it (request_timeout_ms before) to the latest it may
 * still hold it (request_timeout_ms and SPEC.md §8.4's 2000 ms after).
 */
export function longestStallAroundMs(arrivals: readonly number[], requestTimeoutMs: number): number {
  return Math.max(0, ...arrivals.map((at) => longestStallMs(at - requestTimeoutMs, at + requestTimeoutMs + TIMEOUT_LATE_TOLERANCE_MS)));
}

/**
 * The longest kit stall after which the kit still judges callback behaviour: half the host's advertised
 * `request_timeout_ms`, at most one second. Beyond it the receiver may have answered an attempt too late for the
 * host to count it.
 */
export function stallLimitMs(requestTimeoutMs: number): number {
  return Math.min(1000, Math.floor(requestTimeoutMs / 2));
}
