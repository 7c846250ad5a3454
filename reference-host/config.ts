/** The reference host's operating parameters; the capabilities document advertises them. */
import { PROTOCOL_VERSION, type ProtocolVersion } from '../src/protocol/versions.js';
import { TOOLS, type Tool } from './model.js';

export interface HostConfig {
  readonly conformance: boolean;
  /** The protocol version served (SPEC §1.2); a 1.0 host has no per-tenant clocks and no `next_due_at`. */
  readonly protocolVersion: ProtocolVersion;
  readonly allowLoopbackCallbacks: boolean;
  /** Each tenant minted through the seam gets a test clock of its own (SPEC §13.2, protocol 1.1). */
  readonly perTenantClocks: boolean;
  /** An advance answers the reads it names (SPEC §13.2 `reads`, protocol 1.1). */
  readonly advanceReads: boolean;
  /** An advance can stop at the first due time it reaches (SPEC §13.2 `to_next_due`, protocol 1.1). */
  readonly advanceToNextDue: boolean;
  /** The tenants seam mints `count` tenants in one answer (SPEC §13.4, protocol 1.1). */
  readonly tenantBatches: boolean;
  readonly maxBodyBytes: number;
  /** Deepest JSON nesting accepted in a request body; deeper documents are refused before use. */
  readonly maxJsonDepth: number;
  readonly quoteLifetimeMs: number;
  readonly stepDurationMs: number;
  readonly callbackRetryScheduleMs: readonly number[];
  readonly callbackJitterMaxRatio: number;
  readonly callbackRequestTimeoutMs: number;
  readonly heartbeatIntervalMs: number;
  readonly stuckThresholdMs: number;
  readonly idempotencyKeyLifetimeMs: number;
  readonly maxValidationRetries: number;
  /**
   * The optional areas the host declares supported (SPEC §1.4, §3.3); an area left out is not implemented: its
   * routes answer 404 and nothing of it appears in other documents.
   */
  readonly queueMonitorSupported: boolean;
  readonly replaySupported: boolean;
  readonly idempotencySupported: boolean;
  readonly callbacksSupported: boolean;
  readonly agentRuntimeSupported: boolean;
  readonly attestationStatementSupported: boolean;
  /** The requested tools the host accepts, as advertised in `tools`. */
  readonly tools: readonly Tool[];
  /** Callback attempts in flight at once, host-wide and per target host:port (SPEC §8.10). */
  readonly callbackMaxConcurrent: number;
  readonly callbackMaxConcurrentPerHost: number;
  /** Host time a closed or failed run and its documents are kept after it ended (SPEC §4.6). */
  readonly closedRunRetentionMs: number;
  /** Ended runs kept per tenant; the longest-ended goes first. */
  readonly maxClosedRunsPerTenant: number;
  /** Runs not yet ended per tenant; another is refused with 429 (SPEC §4.6). */
  readonly maxRunsInFlightPerTenant: number;
  /** Stored idempotency keys per tenant; a new key beyond it is refused with 429 (SPEC §12). */
  readonly maxIdempotencyKeysPerTenant: number;
  /** Attempts, automatic and manual, one run's callback message may make (SPEC §8.9). */
  readonly maxCallbackAttemptsPerRun: number;
}

/** Standard Webhooks' example schedule: at once, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h. */
export const CALLBACK_RETRY_SCHEDULE_MS = [
  0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 50_400_000, 72_000_000, 86_400_000,
] as const;

/** The timing settings a deployment sets for itself (a staging host shortens them); all advertised. */
export type HostTiming = Pick<
  HostConfig,
  | 'stepDurationMs'
  | 'callbackRetryScheduleMs'
  | 'callbackRequestTimeoutMs'
  | 'heartbeatIntervalMs'
  | 'stuckThresholdMs'
  | 'idempotencyKeyLifetimeMs'
  | 'quoteLifetimeMs'
>;

/** The bounds that keep a host's memory and outbound connections finite; `serve` flags set them. */
export type HostLimits = Pick<
  HostConfig,
  | 'callbackMaxConcurrent'
  | 'callbackMaxConcurrentPerHost'
  | 'closedRunRetentionMs'
  | 'maxClosedRunsPerTenant'
  | 'maxRunsInFlightPerTenant'
  | 'maxIdempotencyKeysPerTenant'
  | 'maxCallbackAttemptsPerRun'
>;

export function hostConfig(options: {
  conformance: boolean;
  allowLoopbackCallbacks?: boolean | undefined;
  timing?: Partial<HostTiming> | undefined;
  limits?: Partial<HostLimits> | undefined;
}): HostConfig {
  const defaults: HostConfig = {
    conformance: options.conformance,
    protocolVersion: PROTOCOL_VERSION,
    allowLoopbackCallbacks: options.allowLoopbackCallbacks ?? options.conformance,
    perTenantClocks: options.conformance,
    advanceReads: options.conformance,
    advanceToNextDue: options.conformance,
    tenantBatches: options.conformance,
    maxBodyBytes: 65_536,
    maxJsonDepth: 64,
    quoteLifetimeMs: 86_400_000,
    stepDurationMs: 1_000,
    callbackRetryScheduleMs: CALLBACK_RETRY_SCHEDULE_MS,
    callbackJitterMaxRatio: 0.1,
    // Conformance hosts answer quickly so the kit waits for a network timeout only once, briefly.
    callbackRequestTimeoutMs: options.conformance ? 3_000 : 15_000,
    heartbeatIntervalMs: 10_000,
    stuckThresholdMs: 900_000,
    idempotencyKeyLifetimeMs: 86_400_000,
    maxValidationRetries: 2,
    queueMonitorSupported: true,
    replaySupported: true,
    idempotencySupported: true,
    callbacksSupported: true,
    agentRuntimeSupported: true,
    attestationStatementSupported: true,
    tools: TOOLS,
    callbackMaxConcurrent: 64,
    callbackMaxConcurrentPerHost: 8,
    // A conformance host keeps every run a suite could read back: scenarios advance host time by days.
    closedRunRetentionMs: options.conformance ? Number.POSITIVE_INFINITY : 86_400_000,
    maxClosedRunsPerTenant: options.conformance ? 10_000 : 1_000,
    maxRunsInFlightPerTenant: options.conformance ? 1_000 : 100,
    maxIdempotencyKeysPerTenant: options.conformance ? 100_000 : 20_000,
    maxCallbackAttemptsPerRun: 1_000,
  };
  const config = { ...defaults, ...definedOnly(options.timing ?? {}), ...definedOnly(options.limits ?? {}) };
  // Ended runs are forgotten on one clock's time: a host told to forget them keeps one host-wide clock.
  return { ...config, perTenantClocks: config.perTenantClocks && !Number.isFinite(config.closedRunRetentionMs) };
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
