/**
 * Builds what scenarios run in: the target, one callback receiver, the capabilities document (read once) and
 * the timeouts. Shared by the in-process suite runner and the vitest adapter.
 */
import { discover } from './capabilities.js';
import type { Discovery } from './capabilities.js';
import { HostHttp } from './http.js';
import type { ReceiverOptions, Target, Timeouts } from './outcome.js';
import { DEFAULT_TIME_BUDGET_MS, TimeBudget } from './real-time.js';
import { startReceiver } from './receiver.js';
import { HostHealth } from './health.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import type { ScenarioEnv } from './run-scenario.js';
import { targetDriver } from './target.js';
import type { TargetDriver } from './target.js';
import { Transcript } from './transcript.js';

export const DEFAULT_TIMEOUTS: Timeouts = { requestMs: 60_000, scenarioMs: 180_000, waitForMs: 10_000 };

export interface EnvOptions {
  target: Target;
  receiver?: ReceiverOptions;
  timeouts?: Partial<Timeouts>;
  /** Skip discovery and use this result (vitest reads the document once in its global setup). */
  capabilities?: Discovery;
  /** Real time the run may spend waiting for a host without the test clock; default DEFAULT_TIME_BUDGET_MS. */
  timeBudgetMs?: number;
  /** Byte limits of what the kit reads; default DEFAULT_LIMITS. */
  limits?: Partial<Limits>;
}

export interface OpenedEnv {
  env: ScenarioEnv;
  /** Requests made to read the capabilities document (0 when it was given). */
  discoveryExchanges: number;
  close(): Promise<void>;
}

/** Reads the capabilities document through a short-lived session of the target. */
export async function discoverTarget(
  target: TargetDriver,
  requestTimeoutMs: number,
  responseBodyLimit: number = DEFAULT_LIMITS.responseBodyBytes,
  health?: HostHealth,
): Promise<{ discovery: Discovery; exchanges: number }> {
  let session;
  try {
    session = await target.open();
  } catch (error) {
    return { discovery: { ok: false, reason: `host could not be started: ${String(error)}` }, exchanges: 0 };
  }
  const transcript = new Transcript();
  try {
    const http = new HostHttp({
      baseUrl: session.baseUrl,
      fetch: session.fetch,
      transcript,
      requestTimeoutMs,
      responseBodyLimit,
      defaultApiKey: async () => null,
      ...(health ? { health } : {}),
    });
    return { discovery: await discover(http), exchanges: transcript.count };
  } finally {
    await session.close().catch(() => undefined);
  }
}

export async function openEnv(options: EnvOptions): Promise<OpenedEnv> {
  const timeouts: Timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const target = targetDriver(options.target);
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const health = new HostHealth();
  const found = options.capabilities
    ? { discovery: options.capabilities, exchanges: 0 }
    : await discoverTarget(target, timeouts.requestMs, limits.responseBodyBytes, health);
  // No HTTP answer to the first request: every scenario would meet the same silence, one timeout at a time.
  if (!found.discovery.ok && found.discovery.transport) health.stop(found.discovery.reason);
  const receiver = await startReceiver({ ...options.receiver, waitForMs: timeouts.waitForMs, bodyLimitBytes: limits.callbackBodyBytes });
  return {
    env: {
      target,
      receiver,
      capabilities: found.discovery,
      timeouts,
      budget: new TimeBudget(options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS),
      limits,
      health,
    },
    discoveryExchanges: found.exchanges,
    close: () => receiver.close(),
  };
}

/**
 * Env options from ATK_* variables: ATK_HOST_URL (+ ATK_API_KEY) for a URL host, otherwise the embedded
 * reference host with ATK_FAULTS and ATK_VARIANTS (comma-separated ids); ATK_CALLBACK_LISTEN (HOST:PORT) and
 * ATK_CALLBACK_URL place the receiver.
 */
export function envOptionsFromVariables(vars: Readonly<Record<string, string | undefined>>): EnvOptions {
  const list = (value: string | undefined): string[] =>
    (value ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  const hostUrl = vars['ATK_HOST_URL']?.trim();
  const target: Target = hostUrl
    ? { kind: 'url', baseUrl: hostUrl, apiKey: vars['ATK_API_KEY']?.trim() || null }
    : { kind: 'embedded', faults: list(vars['ATK_FAULTS']), variants: list(vars['ATK_VARIANTS']) };
  const receiver: ReceiverOptions = {};
  if (vars['ATK_CALLBACK_LISTEN']) receiver.listen = vars['ATK_CALLBACK_LISTEN'];
  if (vars['ATK_CALLBACK_URL']) receiver.publicUrl = vars['ATK_CALLBACK_URL'];
  return { target, receiver };
}
