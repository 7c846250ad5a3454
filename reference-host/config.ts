/** The reference host's operating parameters; the capabilities document advertises them. */

export interface HostConfig {
  readonly conformance: boolean;
  readonly allowLoopbackCallbacks: boolean;
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
}

/** Standard Webhooks' example schedule: at once, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h. */
export const CALLBACK_RETRY_SCHEDULE_MS = [
  0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 50_400_000, 72_000_000, 86_400_000,
] as const;

export function hostConfig(options: { conformance: boolean; allowLoopbackCallbacks?: boolean | undefined }): HostConfig {
  return {
    conformance: options.conformance,
    allowLoopbackCallbacks: options.allowLoopbackCallbacks ?? options.conformance,
    maxBodyBytes: 65_536,
    maxJsonDepth: 64,
    quoteLifetimeMs: 86_400_000,
    stepDurationMs: 1_000,
    callbackRetryScheduleMs: CALLBACK_RETRY_SCHEDULE_MS,
    callbackJitterMaxRatio: 0.1,
    // Conformance hosts answer quickly so the kit waits for a network timeout only once, briefly.
    callbackRequestTimeoutMs: options.conformance ? 1_500 : 15_000,
    heartbeatIntervalMs: 10_000,
    stuckThresholdMs: 900_000,
    idempotencyKeyLifetimeMs: 86_400_000,
    maxValidationRetries: 2,
  };
}
