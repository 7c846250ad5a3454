/**
 * `serve`'s timing flags: the settings a staging deployment shortens (step duration, retry schedule, request
 * timeout, heartbeat, stuck threshold, key and quote lifetimes). The host advertises what it is given, so the
 * kit's real-time clock driver can plan against it (SPEC.md §13.7).
 */
import type { HostTiming } from '../../reference-host/config.js';
import { wholeNumberFlag } from './whole-number.js';

/** Longest single setting accepted: ten days. Longer ones are not what a staging host shortens to. */
const MAX_SETTING_MS = 864_000_000;

export const TIMING_OPTIONS = {
  'step-ms': { type: 'string', valueName: 'MS', description: 'host time between phases of a run (default 1000)' },
  'retry-schedule-ms': {
    type: 'string',
    valueName: 'MS,MS,…',
    description: 'callback retry delays, first 0 (default the Standard Webhooks schedule, 0 to 24 h)',
  },
  'callback-timeout-ms': { type: 'string', valueName: 'MS', description: 'callback request timeout (default 15000; 3000 with --conformance)' },
  'heartbeat-ms': { type: 'string', valueName: 'MS', description: 'runner heartbeat interval (default 10000)' },
  'stuck-threshold-ms': { type: 'string', valueName: 'MS', description: 'stuck-task threshold (default 900000)' },
  'key-lifetime-ms': { type: 'string', valueName: 'MS', description: 'idempotency key lifetime (default 86400000)' },
  'quote-lifetime-ms': { type: 'string', valueName: 'MS', description: 'quote lifetime (default 86400000)' },
} as const;

/**
 * Short settings of a staging deployment the real-time path covers in seconds; the help text shows them, the kit's
 * own tests and the real-time bench start `serve` with them (never with --conformance).
 */
export const STAGING_TIMING_FLAGS: readonly string[] = [
  '--step-ms', '50',
  '--retry-schedule-ms', '0,300,600',
  '--callback-timeout-ms', '1000',
  '--heartbeat-ms', '200',
  '--stuck-threshold-ms', '1500',
  '--key-lifetime-ms', '3000',
  '--quote-lifetime-ms', '4000',
];

export type TimingValues = { [K in keyof typeof TIMING_OPTIONS]?: string | undefined };

/** The timing the flags set, or the first problem with them. */
export function parseTiming(values: TimingValues): { ok: true; timing: Partial<HostTiming> } | { ok: false; message: string } {
  const timing: { -readonly [K in keyof HostTiming]?: HostTiming[K] } = {};
  const single: ReadonlyArray<[keyof TimingValues, Exclude<keyof HostTiming, 'callbackRetryScheduleMs'>]> = [
    ['step-ms', 'stepDurationMs'],
    ['callback-timeout-ms', 'callbackRequestTimeoutMs'],
    ['heartbeat-ms', 'heartbeatIntervalMs'],
    ['stuck-threshold-ms', 'stuckThresholdMs'],
    ['key-lifetime-ms', 'idempotencyKeyLifetimeMs'],
    ['quote-lifetime-ms', 'quoteLifetimeMs'],
  ];
  for (const [flag, key] of single) {
    const text = values[flag];
    if (text === undefined) continue;
    const value = wholeNumberFlag(flag, text, 1, MAX_SETTING_MS);
    if (typeof value === 'string') return { ok: false, message: value };
    timing[key] = value;
  }
  const schedule = values['retry-schedule-ms'];
  if (schedule !== undefined) {
    const delays: number[] = [];
    for (const part of schedule.split(',')) {
      const value = wholeNumberFlag('retry-schedule-ms', part, 0, MAX_SETTING_MS);
      if (typeof value === 'string') return { ok: false, message: value };
      delays.push(value);
    }
    // SPEC §8.5: the schedule lists delays between consecutive attempts, and the first attempt is immediate.
    if (delays[0] !== 0) return { ok: false, message: '--retry-schedule-ms must start with 0 (the first attempt is immediate)' };
    timing.callbackRetryScheduleMs = delays;
  }
  return { ok: true, timing };
}
