/** The discovery document: built once per host, so every read returns the same document. */
import type { HostConfig } from './config.js';
import type { FaultSet } from './faults.js';
import { deepFreeze } from './ledger.js';
import type { Doc } from './model.js';
import { runtimeContract } from './runtime-contract.js';

export const HOST_NAME = 'agent-task-kit reference host';
export const HOST_VERSION = '0.1.0';

/** Operations that require an Idempotency-Key, as advertised. */
export const IDEMPOTENCY_REQUIRED_ON = [
  'POST /api/agents/settlements',
  'POST /api/agents/run',
  'POST /api/agents/tasks/{token}/recover',
  'POST /api/agents/tasks/{token}/replay',
  'POST /api/agents/tasks/{token}/commands',
] as const;

export function capabilitiesDocument(config: HostConfig, faults: FaultSet): Doc {
  const seams = config.conformance;
  return deepFreeze({
    object_type: 'agent_host_capabilities',
    protocol_version: faults.has('protocol-version-wrong') ? '1' : config.protocolVersion,
    host: { name: HOST_NAME, version: HOST_VERSION },
    tools: config.tools.filter((tool) => !(faults.has('tools-list-incomplete') && tool === 'wever_labs_os')),
    limits: {
      max_body_bytes: config.maxBodyBytes,
      // Bounds of SPEC §4.6 and §12; null when ended runs are kept without a time limit.
      max_runs_in_flight_per_tenant: config.maxRunsInFlightPerTenant,
      closed_runs_kept_per_tenant: config.maxClosedRunsPerTenant,
      closed_run_retention_ms: Number.isFinite(config.closedRunRetentionMs) ? config.closedRunRetentionMs : null,
      max_idempotency_keys_per_tenant: config.maxIdempotencyKeysPerTenant,
      max_callback_attempts_per_run: config.maxCallbackAttemptsPerRun,
    },
    credits: { unit: 'credit', integer_units: true },
    callbacks: !config.callbacksSupported ? { supported: false } : {
      supported: true,
      signature_scheme: 'standard-webhooks-v1',
      retry_schedule_ms: config.callbackRetryScheduleMs.slice(faults.has('retry-schedule-without-first-attempt') ? 1 : 0),
      jitter_max_ratio: config.callbackJitterMaxRatio,
      request_timeout_ms: config.callbackRequestTimeoutMs,
      follows_redirects: false,
      loopback_targets_allowed: config.allowLoopbackCallbacks,
      max_concurrent_attempts: config.callbackMaxConcurrent,
      max_concurrent_attempts_per_host: config.callbackMaxConcurrentPerHost,
    },
    replay: config.replaySupported ? { supported: true, credit_debit_policy: 'meter_delta_only' } : { supported: false },
    queue_monitor: config.queueMonitorSupported
      ? { supported: true, heartbeat_interval_ms: config.heartbeatIntervalMs, stuck_threshold_ms: config.stuckThresholdMs }
      : { supported: false },
    idempotency: config.idempotencySupported
      ? { supported: true, key_lifetime_ms: config.idempotencyKeyLifetimeMs, required_on: [...IDEMPOTENCY_REQUIRED_ON] }
      : { supported: false },
    agent_runtime: config.agentRuntimeSupported ? { supported: true, contract: runtimeContract(config, faults) } : { supported: false },
    attestation_statement: { supported: config.attestationStatementSupported },
    seams: {
      supported: seams,
      test_clock: {
        supported: seams,
        ...(seams && config.protocolVersion !== '1.0' ? { per_tenant: config.perTenantClocks, advance_until_rest: true, advance_reads: config.advanceReads, advance_to_next_due: config.advanceToNextDue } : {}),
      },
      scripted_runs: { supported: seams },
      tenants: {
        supported: seams && !faults.has('seams-tenants-unadvertised'),
        ...(seams && config.protocolVersion !== '1.0' ? { batch: config.tenantBatches } : {}),
      },
    },
  });
}
