/** What every host module works with: configuration, faults, time, state and outbound HTTP. */
import type { DeliveryPool } from './callbacks/pool.js';
import type { CallbackFetch, Resolver } from './callbacks/target-address.js';
import type { HostClock } from './clock.js';
import type { RunRetention } from './retention.js';
import type { HostConfig } from './config.js';
import type { FaultSet } from './faults.js';
import type { TokenIssuer } from './ids.js';
import type { AppendListener } from './ledger.js';
import type { Store } from './store.js';
import type { Scheduler } from './scheduler.js';
import type { TimeLines } from './time-lines.js';
import type { VariantSet } from './variants.js';

export interface HostCore {
  readonly config: HostConfig;
  readonly faults: FaultSet;
  /** Behaviours SPEC.md allows that the host does not choose by default (variants.ts). */
  readonly variants: VariantSet;
  /** Host time: host-wide, or in a tenant's view its own clock (time-lines.ts). */
  readonly clock: HostClock;
  /** The due-queue that clock drains. */
  readonly scheduler: Scheduler;
  /** The tenants' views with clocks of their own (per-tenant clocks), shared by every view. */
  readonly time: TimeLines;
  readonly store: Store;
  readonly tokens: TokenIssuer;
  /** Outbound HTTP for callbacks; injectable so tests can intercept. */
  readonly fetch: CallbackFetch;
  /** Resolves callback host names at each attempt; injectable so tests run without DNS. */
  readonly resolve: Resolver;
  /** Slots for callback attempts in flight. */
  readonly deliveries: DeliveryPool;
  /** Runs in flight per tenant and how long ended runs are kept (retention.ts). */
  readonly retention: RunRetention;
  /** Jitter source in [0, 1). */
  readonly random: () => number;
  /** Host time of the latest runner pulse (queue monitor heartbeat) on this core's clock. */
  lastPulseMs: number | null;
  /** Told about every ledger append. */
  readonly appendListeners: AppendListener[];
}
