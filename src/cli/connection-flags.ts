/**
 * The flags `run` and `doctor` share to reach a host and to place the kit's callback receiver, checked the same
 * way for both so a value that `doctor` accepts is one `run` accepts.
 */
import { parseListen } from '../harness/receiver.js';
import type { ReceiverOptions, Timeouts } from '../harness/outcome.js';
import { DEFAULT_TIMEOUTS } from '../harness/env.js';
import { DEFAULT_LIMITS, MAX_BODY_LIMIT_BYTES, type Limits } from '../harness/limits.js';
import type { OptionSpecs } from './args.js';
import { wholeNumberFlag } from './whole-number.js';

export const API_KEY_ENV = 'ATK_API_KEY';

export const connectionOptions = {
  host: { type: 'string', valueName: 'URL', description: 'base URL of the host under test' },
  'api-key': { type: 'string', valueName: 'KEY', description: `bearer API key for --host (default: $${API_KEY_ENV})` },
  'callback-listen': {
    type: 'string',
    valueName: 'HOST:PORT',
    description: "where the kit's callback receiver listens (default 127.0.0.1:0)",
  },
  'callback-url': {
    type: 'string',
    valueName: 'URL',
    description: 'base URL the host uses to reach the receiver, e.g. behind a tunnel (default: its listen URL)',
  },
} as const satisfies OptionSpecs;

/** How long the kit waits and how much it reads: the same for `run` and `doctor` (see src/harness/limits.ts). */
export const limitOptions = {
  'request-timeout': {
    type: 'string',
    valueName: 'MS',
    description: `real-time limit of one request to the host, discovery included (default ${DEFAULT_TIMEOUTS.requestMs})`,
  },
  'response-body-limit': {
    type: 'string',
    valueName: 'BYTES',
    description: `bytes of a host answer's body the kit reads; a longer body fails the rule of the document (default ${DEFAULT_LIMITS.responseBodyBytes})`,
  },
  'callback-body-limit': {
    type: 'string',
    valueName: 'BYTES',
    description: `bytes of a callback delivery's body; a longer one is answered 413 (default ${DEFAULT_LIMITS.callbackBodyBytes})`,
  },
} as const satisfies OptionSpecs;

export const scenarioTimeoutOption = {
  'scenario-timeout': {
    type: 'string',
    valueName: 'MS',
    description: `real-time limit of one scenario; beyond it the scenario is stopped and blocked (default ${DEFAULT_TIMEOUTS.scenarioMs})`,
  },
} as const satisfies OptionSpecs;

export interface LimitFlagValues {
  'request-timeout'?: string;
  'scenario-timeout'?: string;
  'response-body-limit'?: string;
  'callback-body-limit'?: string;
}

const MAX_TIMEOUT_MS = 86_400_000;

/** The limits the flags set; absent members keep their defaults. */
export function checkLimitFlags(
  values: LimitFlagValues,
): { ok: true; timeouts: Partial<Timeouts>; limits: Partial<Limits> } | { ok: false; message: string } {
  const timeouts: Partial<Timeouts> = {};
  const limits: Partial<Limits> = {};
  const integer = (flag: keyof LimitFlagValues, min: number, max: number): number | string | undefined => {
    const text = values[flag];
    if (text === undefined) return undefined;
    return wholeNumberFlag(flag, text, min, max);
  };
  const checks = [
    ['request-timeout', 1, MAX_TIMEOUT_MS, (v: number) => (timeouts.requestMs = v)],
    ['scenario-timeout', 1, MAX_TIMEOUT_MS, (v: number) => (timeouts.scenarioMs = v)],
    ['response-body-limit', 1024, MAX_BODY_LIMIT_BYTES, (v: number) => (limits.responseBodyBytes = v)],
    ['callback-body-limit', 1024, MAX_BODY_LIMIT_BYTES, (v: number) => (limits.callbackBodyBytes = v)],
  ] as const;
  for (const [flag, min, max, set] of checks) {
    const value = integer(flag, min, max);
    if (typeof value === 'string') return { ok: false, message: value };
    if (value !== undefined) set(value);
  }
  return { ok: true, timeouts, limits };
}

export interface ConnectionFlagValues {
  host?: string;
  'api-key'?: string;
  'callback-listen'?: string;
  'callback-url'?: string;
}

export type Connection =
  | { ok: true; host: null; receiver: ReceiverOptions }
  /** `apiKey` null: none given; a host declaring seams.tenants mints keys for the kit. */
  | { ok: true; host: string; apiKey: string | null; receiver: ReceiverOptions };

export type ConnectionCheck = Connection | { ok: false; message: string };

/** An http(s) URL without query, fragment or credentials; null when it is not one. */
function httpUrl(text: string): URL | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  const plain = url.search === '' && url.hash === '' && url.username === '' && url.password === '';
  return (url.protocol === 'http:' || url.protocol === 'https:') && plain ? url : null;
}

export function checkConnectionFlags(
  values: ConnectionFlagValues,
  options: { hostRequired: boolean },
  env: NodeJS.ProcessEnv = process.env,
): ConnectionCheck {
  const receiver: ReceiverOptions = {};
  const listen = values['callback-listen'];
  if (listen !== undefined) {
    try {
      parseListen(listen);
    } catch {
      return { ok: false, message: `--callback-listen must be HOST:PORT (e.g. 0.0.0.0:9000 or [::1]:9000), got ${JSON.stringify(listen)}` };
    }
    receiver.listen = listen;
  }
  const publicUrl = values['callback-url'];
  if (publicUrl !== undefined) {
    if (!httpUrl(publicUrl)) return { ok: false, message: `--callback-url must be an http(s) URL without query or credentials, got ${JSON.stringify(publicUrl)}` };
    receiver.publicUrl = publicUrl.replace(/\/+$/, '');
  }

  const host = values.host;
  if (host === undefined) {
    if (options.hostRequired) return { ok: false, message: '--host URL is required' };
    if (values['api-key'] !== undefined) return { ok: false, message: '--api-key needs --host (the embedded host makes its own tenants)' };
    return { ok: true, host: null, receiver };
  }
  const url = httpUrl(host);
  if (!url) return { ok: false, message: `--host must be an http(s) URL without query or credentials, got ${JSON.stringify(host)}` };
  const apiKey = values['api-key'] ?? env[API_KEY_ENV] ?? null;
  if (apiKey !== null && apiKey.trim().length === 0) return { ok: false, message: '--api-key is empty' };
  return { ok: true, host: url.href.replace(/\/+$/, ''), apiKey, receiver };
}
