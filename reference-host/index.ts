/**
 * The in-memory reference host. `createReferenceHost({ conformance: true })` is what the kit tests
 * in-process; `agent-task-kit serve` puts the same handler on a port.
 */
import { createApp } from './app.js';
import { CONFORMANCE_CLOCK_START, RealClock, VirtualClock, type HostClock } from './clock.js';
import { DeliveryPool } from './callbacks/pool.js';
import { pinnedFetch, systemResolver, type Resolver } from './callbacks/target-address.js';
import { hostConfig, type HostLimits, type HostTiming } from './config.js';
import type { HostCore } from './core.js';
import { FaultSet } from './faults.js';
import { VariantSet, variantConfig } from './variants.js';
import { TokenIssuer } from './ids.js';
import type { Tenant } from './model.js';
import { noteProgress, startHeartbeat } from './queue-monitor.js';
import { RunRetention } from './retention.js';
import { Scheduler } from './scheduler.js';
import { Store } from './store.js';
import { TimeLines } from './time-lines.js';
import { createTenant } from './tenants.js';

export { FAULTS, FaultSet, type FaultId, type FaultDefinition } from './faults.js';
export { VARIANTS, VariantSet, type VariantId, type VariantDefinition } from './variants.js';

export interface ReferenceHostOptions {
  /** Conformance mode: test clock, scripted runs and the tenant seam on, loopback callbacks allowed. */
  conformance?: boolean;
  /** Fault ids from the catalog (faults.ts), an unknown id throws; or a FaultSet (one that observes its guards). */
  faults?: readonly string[] | FaultSet;
  /** Variant ids from the catalog (variants.ts), an unknown id throws; or a VariantSet (one that observes its guards). */
  variants?: readonly string[] | VariantSet;
  /**
   * Outbound HTTP for callback delivery; defaults to node:http connecting to the address checked for the
   * attempt (callbacks/target-address.ts). An injected fetch gets those addresses as `init.addresses`.
   */
  fetch?: typeof fetch;
  /** Resolves callback host names at every attempt; defaults to the system resolver (dns.lookup). */
  resolve?: Resolver;
  /** Allow callback URLs on loopback addresses; defaults to `conformance`. */
  allowLoopbackCallbacks?: boolean;
  /** Timing settings that replace the defaults of config.ts (a staging deployment's shorter ones). */
  timing?: Partial<HostTiming>;
  /** Bounds on memory and outbound connections that replace the defaults of config.ts (SPEC §4.6, §8.10). */
  limits?: Partial<HostLimits>;
  /** Start of the test clock (conformance mode); defaults to 2026-06-02T10:00:00.000Z. */
  clockStart?: string;
  /** Tenants that exist from the start, e.g. a demo tenant with a known key. */
  tenants?: readonly Tenant[];
  /** Where task errors and last-resort 500s are reported; defaults to console.error. */
  onError?: (error: unknown, context: string) => void;
}

export interface ReferenceHost {
  fetch(request: Request): Promise<Response>;
  /** Stops timers and pending work; in-flight callback attempts finish first. */
  close(): Promise<void>;
  createTenant(): { tenantId: string; apiKey: string };
  readonly conformance: boolean;
  readonly faults: readonly string[];
  readonly variants: readonly string[];
}

export function createReferenceHost(options: ReferenceHostOptions = {}): ReferenceHost {
  const conformance = options.conformance ?? false;
  const faults = options.faults instanceof FaultSet ? options.faults : new FaultSet(options.faults ?? []);
  const variants = options.variants instanceof VariantSet ? options.variants : new VariantSet(options.variants ?? []);
  const config = variantConfig(hostConfig({ conformance, allowLoopbackCallbacks: options.allowLoopbackCallbacks, timing: options.timing, limits: options.limits }), variants);
  const report = options.onError ?? ((error: unknown, context: string) => console.error(`reference host: ${context}:`, error));
  const startMs = Date.parse(options.clockStart ?? CONFORMANCE_CLOCK_START);
  if (Number.isNaN(startMs)) throw new RangeError(`clockStart ${String(options.clockStart)} is not a date-time`);
  const clock = conformance ? new VirtualClock(startMs) : new RealClock();
  const newScheduler = (lineClock: HostClock): Scheduler => new Scheduler(lineClock, (error, label) => report(error, label), faults);
  const core: HostCore = {
    config,
    faults,
    variants,
    clock,
    scheduler: newScheduler(clock),
    // The tenants' views are views of this core, so they are made once it exists.
    get time() {
      return time;
    },
    lastPulseMs: null,
    store: new Store(),
    tokens: new TokenIssuer(faults),
    fetch: options.fetch ?? pinnedFetch,
    resolve: options.resolve ?? systemResolver,
    deliveries: new DeliveryPool(config.callbackMaxConcurrent, config.callbackMaxConcurrentPerHost),
    retention: new RunRetention(),
    random: Math.random,
    appendListeners: [],
  };
  const time = new TimeLines(core, newScheduler);
  core.appendListeners.push((lineCore, run, event, draft) => noteProgress(lineCore, run, event, draft));
  core.appendListeners.push((lineCore, run, _event, draft) => lineCore.retention.noteAppend(lineCore, run, draft));
  for (const tenant of options.tenants ?? []) createTenant(core, tenant);
  startHeartbeat(core);
  const app = createApp(core, (error) => report(error, 'request'));

  return {
    fetch: async (request) => app.fetch(request),
    close: () => core.time.close(),
    createTenant() {
      const tenant = createTenant(core);
      return { tenantId: tenant.tenantId, apiKey: tenant.apiKey };
    },
    conformance,
    faults: faults.list(),
    variants: variants.list(),
  };
}
