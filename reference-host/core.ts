/** What every host module works with: configuration, faults, time, state and outbound HTTP. */
import type { HostClock } from './clock.js';
import type { HostConfig } from './config.js';
import type { FaultSet } from './faults.js';
import type { TokenIssuer } from './ids.js';
import type { AppendListener } from './ledger.js';
import type { Scheduler } from './scheduler.js';
import type { Store } from './store.js';

export interface HostCore {
  readonly config: HostConfig;
  readonly faults: FaultSet;
  readonly clock: HostClock;
  readonly scheduler: Scheduler;
  readonly store: Store;
  readonly tokens: TokenIssuer;
  /** Outbound HTTP for callbacks; injectable so tests can intercept. */
  readonly fetch: typeof fetch;
  /** Jitter source in [0, 1). */
  readonly random: () => number;
  /** Host time of the latest runner pulse (queue monitor heartbeat). */
  lastPulseMs: number | null;
  /** Told about every ledger append. */
  readonly appendListeners: AppendListener[];
}
