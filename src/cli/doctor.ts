/**
 * `agent-task-kit doctor`: the checks worth making before a long run — can the kit reach the host, is the
 * capabilities document valid, does the API key work (and is it needed), can the host reach the kit's callback
 * receiver, and how far apart are the clocks. One line per check, ok/warn/fail; exit 0 unless a check fails.
 */
import { randomBytes } from 'node:crypto';
import { CAPABILITIES_PATH, firstMissingCapability } from '../harness/capabilities.js';
import {
  DEFAULT_TIMEOUTS,
  advertisedLimit,
  advertisedRetentionMs,
  HostHttp,
  TransportError,
  Transcript,
  discover,
  isAtRest,
  missingCapability,
  openEnv,
  runScenario,
} from '../harness/index.js';
import type { CapabilityPath, Discovery, Exchange, ReceiverOptions, ScenarioEntry } from '../harness/index.js';
import type { HostCapabilities } from '../../generated/types.js';
import { validate } from '../validate.js';
import { EXIT_FAILURE, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, parseVerbArgs, type OptionSpecs, type VerbSpec } from './args.js';
import { API_KEY_ENV, checkConnectionFlags, checkLimitFlags, connectionOptions, limitOptions } from './connection-flags.js';
import { DEFAULT_LIMITS, type Limits } from '../harness/limits.js';
import { formatDuration } from '../harness/real-time.js';
import { safeForTerminal } from '../report/terminal.js';
import { registerSecret } from '../secrets.js';

const options = { ...connectionOptions, ...limitOptions } as const satisfies OptionSpecs;

/** doctor makes few requests and a user waits on each: its default is shorter than a run's. */
const DOCTOR_REQUEST_TIMEOUT_MS = DEFAULT_TIMEOUTS.waitForMs;

export const spec = {
  verb: 'doctor',
  summary: 'Check a host before a long run: reachability, capabilities, API key, callback reachability, clock skew.',
  synopsis: '',
  positionals: { min: 0, max: 0 },
  options,
  details: `--host is required. Without --api-key (or $${API_KEY_ENV}) a key is minted through the host's tenants seam
when it declares one.

Each check prints one line: ok, warn (not checked, or worth a look) or fail.
Exit codes: 0 no check failed; 1 a check failed; 2 usage error; 4 internal error of the kit.
--request-timeout defaults to ${DOCTOR_REQUEST_TIMEOUT_MS} ms here.`,
} satisfies VerbSpec<typeof options>;

export type CheckLevel = 'ok' | 'warn' | 'fail';

export interface DoctorCheck {
  name: 'reachable' | 'capabilities' | 'limits' | 'auth' | 'callbacks' | 'clock';
  level: CheckLevel;
  detail: string;
}

/** A Date header has one-second resolution; anything within this is agreement. */
const CLOCK_TOLERANCE_MS = 2000;
const PROBE_PATH = '/api/agents/entitlements/';
/** How long a delivery may take to arrive after the clock step that made it. */
const DELIVERY_WAIT_MS = 5000;
const CALLBACK_SEAMS: readonly CapabilityPath[] = ['callbacks', 'seams.test_clock', 'seams.scripted_runs'];

async function authCheck(
  http: HostHttp,
  caps: HostCapabilities | null,
  configuredKey: string | null,
): Promise<{ check: DoctorCheck; apiKey: string | null }> {
  let apiKey = configuredKey;
  let source = 'the given key';
  if (apiKey === null) {
    const missing = caps ? missingCapability(caps, 'seams.tenants') : 'the capabilities document is unavailable';
    if (missing !== null) {
      const detail = `no API key: pass --api-key KEY or set $${API_KEY_ENV} (the kit cannot mint one: ${missing})`;
      return { check: { name: 'auth', level: 'fail', detail }, apiKey: null };
    }
    const minted = await http.request('POST', '/api/agents/_seams/tenants', { body: {}, apiKey: null });
    const credentials = validate('tenant-credentials', minted.json);
    if (minted.status !== 201 || !credentials.ok) {
      const detail = `POST /api/agents/_seams/tenants answered ${minted.status}${credentials.ok ? '' : ' without valid tenant-credentials'}; no key to check`;
      return { check: { name: 'auth', level: 'fail', detail }, apiKey: null };
    }
    apiKey = credentials.value.api_key;
    registerSecret(apiKey);
    source = 'a key minted through seams.tenants';
  }
  // A resource that cannot exist: authentication is decided before the lookup, so the key alone sets 401 vs 404.
  const probe = `${PROBE_PATH}atk-doctor-probe-${randomBytes(8).toString('hex')}`;
  const withKey = await http.request('GET', probe, { apiKey });
  const withoutKey = await http.request('GET', probe, { apiKey: null });
  const wrongKey = await http.request('GET', probe, { apiKey: `atk_doctor_wrong_${randomBytes(16).toString('hex')}` });
  const observed = `with ${source} ${withKey.status}, without a key ${withoutKey.status}, with a wrong key ${wrongKey.status}`;
  const problems = [
    ...(withKey.status === 401 ? ['the key is refused'] : []),
    ...(withoutKey.status !== 401 ? ['a request without a key is not refused with 401'] : []),
    ...(wrongKey.status !== 401 ? ['a wrong key is not refused with 401'] : []),
  ];
  if (problems.length > 0) return { check: { name: 'auth', level: 'fail', detail: `${problems.join('; ')} (${observed})` }, apiKey };
  const level: CheckLevel = withKey.status >= 500 ? 'warn' : 'ok';
  return { check: { name: 'auth', level, detail: `GET ${PROBE_PATH}…: ${observed}` }, apiKey };
}

/**
 * Drives one tiny run with a callback to a fresh mailbox of the kit's receiver until the host has made its first
 * attempt, through the same harness a run uses, so "ok" here means scenarios will get their callbacks.
 */
async function callbackCheck(
  host: string,
  apiKey: string | null,
  receiver: ReceiverOptions,
  discovery: Discovery,
  settings: DoctorSettings,
): Promise<DoctorCheck> {
  if (!discovery.ok) return { name: 'callbacks', level: 'warn', detail: 'not checked: the capabilities document is unavailable' };
  const missing = firstMissingCapability(discovery.document, CALLBACK_SEAMS);
  if (missing !== null) {
    return {
      name: 'callbacks',
      level: 'warn',
      detail: `not checked: ${missing}; a delivery can be triggered on demand only through the test clock and scripted runs`,
    };
  }
  let finding = '';
  const entry: ScenarioEntry = {
    def: {
      id: 'doctor-callback-reachability',
      title: 'The host can reach the kit callback receiver',
      rules: ['CALLBACK-DELIVERED-STATUS'],
      requires: CALLBACK_SEAMS,
    },
    file: 'src/cli/doctor.ts',
    area: 'CALLBACK',
    body: async (t) => {
      const run = await t.flows.createRun({ callback: [] });
      const mailbox = run.mailbox ?? t.blocked('the run was created without a callback mailbox');
      const record = await t.flows.advanceUntil(
        run.token,
        (r) => isAtRest(r) || (r.callback_status !== undefined && !['pending', 'ready'].includes(r.callback_status)),
      );
      const deliveries = await mailbox.waitFor(1, DELIVERY_WAIT_MS);
      if (deliveries.length > 0) finding = 'a callback from the host reached the kit receiver';
      else {
        const attempts = await t.api.callbackAttempts(run.token);
        const last = attempts.body.attempts.at(-1);
        finding = last
          ? `the host could not reach ${mailbox.url}: attempt ${last.attempt_number} ${last.outcome} (${last.error ?? `HTTP ${last.http_status}`})`
          : `no attempt recorded; run state ${record.state}, callback_status ${record.callback_status ?? 'absent'}`;
      }
      t.assertTrue('CALLBACK-DELIVERED-STATUS', 'a callback reached the kit receiver', deliveries.length > 0, {
        expected: 'at least one delivery at the mailbox',
        observed: finding,
      });
    },
  };
  let opened;
  try {
    opened = await openEnv({
      target: { kind: 'url', baseUrl: host, apiKey },
      receiver,
      capabilities: discovery,
      timeouts: { requestMs: settings.requestTimeoutMs },
      limits: settings.limits,
    });
  } catch (error) {
    return { name: 'callbacks', level: 'fail', detail: `the kit's receiver could not start: ${(error as Error).message}` };
  }
  try {
    const outcome = await runScenario(entry, opened.env);
    const publicUrl = opened.env.receiver.publicUrl;
    switch (outcome.disposition) {
      case 'pass':
        return { name: 'callbacks', level: 'ok', detail: `${finding} at ${publicUrl}` };
      case 'fail': {
        const hint = receiver.publicUrl ? '' : '; if the host runs elsewhere, set --callback-listen 0.0.0.0:PORT and --callback-url';
        return { name: 'callbacks', level: 'fail', detail: `${finding || outcome.reason} (receiver ${publicUrl})${hint}` };
      }
      case 'blocked':
        return { name: 'callbacks', level: 'fail', detail: `could not drive a run to its first callback: ${outcome.reason}` };
      case 'inapplicable':
        return { name: 'callbacks', level: 'warn', detail: `not checked: ${outcome.reason}` };
    }
  } finally {
    await opened.close();
  }
}

async function clockCheck(http: HostHttp, first: Exchange, midpointMs: number, caps: HostCapabilities | null, apiKey: string | null): Promise<DoctorCheck> {
  const parts: string[] = [];
  let level: CheckLevel = 'ok';
  const dateHeader = first.headers['date'];
  const hostMs = dateHeader === undefined ? Number.NaN : Date.parse(dateHeader);
  if (Number.isNaN(hostMs)) {
    level = 'warn';
    parts.push(dateHeader === undefined ? 'no Date header; skew not measured' : `unreadable Date header ${JSON.stringify(dateHeader)}`);
  } else {
    const skewMs = hostMs - midpointMs;
    const direction = skewMs >= 0 ? 'ahead of' : 'behind';
    if (Math.abs(skewMs) <= CLOCK_TOLERANCE_MS) parts.push(`host Date header within ${CLOCK_TOLERANCE_MS / 1000} s of local time`);
    else {
      level = 'warn';
      parts.push(`host Date header is ${(Math.abs(skewMs) / 1000).toFixed(1)} s ${direction} local time (receivers checking webhook-timestamp freshness against their clock may refuse callbacks)`);
    }
  }
  if (caps !== null && missingCapability(caps, 'seams.test_clock') === null) {
    try {
      const clock = await http.request('GET', '/api/agents/_seams/clock', { apiKey });
      const state = validate('clock-state', clock.json);
      if (clock.status === 200 && state.ok) parts.push(`test clock at ${state.value.now} (moves only when the kit advances it)`);
      else {
        level = 'warn';
        parts.push(`GET /api/agents/_seams/clock answered ${clock.status}${state.ok ? '' : ' without a valid clock-state'}`);
      }
    } catch (error) {
      level = 'warn';
      parts.push(`test clock unreadable: ${(error as Error).message}`);
    }
  }
  return { name: 'clock', level, detail: parts.join('; ') };
}

/** Every doctor check in order; checks that depend on an unreachable host say so instead of running. */
export interface DoctorSettings {
  requestTimeoutMs: number;
  limits: Partial<Limits>;
}

export async function doctorChecks(
  host: string,
  apiKey: string | null,
  receiver: ReceiverOptions,
  settings: DoctorSettings = { requestTimeoutMs: DOCTOR_REQUEST_TIMEOUT_MS, limits: {} },
): Promise<DoctorCheck[]> {
  const http = new HostHttp({
    baseUrl: host,
    fetch: (request) => fetch(request),
    transcript: new Transcript(),
    requestTimeoutMs: settings.requestTimeoutMs,
    responseBodyLimit: settings.limits.responseBodyBytes ?? DEFAULT_LIMITS.responseBodyBytes,
    defaultApiKey: async () => null,
  });
  const sentMs = Date.now();
  let first: Exchange;
  try {
    first = await http.request('GET', CAPABILITIES_PATH, { apiKey: null });
  } catch (error) {
    if (!(error instanceof TransportError)) throw error;
    const skipped = (name: DoctorCheck['name']): DoctorCheck => ({ name, level: 'warn', detail: 'not checked: the host is unreachable' });
    return [{ name: 'reachable', level: 'fail', detail: error.message }, ...(['capabilities', 'limits', 'auth', 'callbacks', 'clock'] as const).map(skipped)];
  }
  const receivedMs = Date.now();
  const checks: DoctorCheck[] = [
    { name: 'reachable', level: 'ok', detail: `GET ${CAPABILITIES_PATH} answered ${first.status} in ${receivedMs - sentMs} ms` },
  ];

  const discovery = await discover(http);
  const caps = discovery.ok ? discovery.document : null;
  checks.push(
    discovery.ok
      ? {
          name: 'capabilities',
          level: 'ok',
          detail: `valid host-capabilities: protocol ${discovery.document.protocol_version}, ${discovery.document.host.name} ${discovery.document.host.version}, ${discovery.digest}`,
        }
      : { name: 'capabilities', level: 'fail', detail: discovery.reason },
  );

  checks.push(limitsCheck(caps));

  let key: string | null = apiKey;
  try {
    const auth = await authCheck(http, caps, apiKey);
    checks.push(auth.check);
    key = auth.apiKey;
  } catch (error) {
    if (!(error instanceof TransportError)) throw error;
    checks.push({ name: 'auth', level: 'fail', detail: error.message });
  }
  checks.push(
    key === null
      ? { name: 'callbacks', level: 'warn', detail: 'not checked: no API key to create a run with' }
      : await callbackCheck(host, key, receiver, discovery, settings),
  );
  checks.push(await clockCheck(http, first, (sentMs + receivedMs) / 2, caps, key));
  return checks;
}

/**
 * Runs of one tenant in flight at once the suite needs to run every scenario and case (measured against
 * `serve --max-runs-in-flight N`: below 10 queue-counts-agree is inapplicable and seams-script-honoured leaves
 * out cases, below 7 callback-answer-classes is inapplicable too).
 */
const IN_FLIGHT_FOR_EVERY_SCENARIO = 10;

/** The limits the host advertises (SPEC.md §4.6), as the kit will work within them. */
export function limitsCheck(caps: HostCapabilities | null): DoctorCheck {
  if (caps === null) return { name: 'limits', level: 'warn', detail: 'not checked: no valid capabilities document' };
  const retentionMs = advertisedRetentionMs(caps);
  const kept = advertisedLimit(caps, 'closed_runs_kept_per_tenant');
  const inFlight = advertisedLimit(caps, 'max_runs_in_flight_per_tenant');
  const keys = advertisedLimit(caps, 'max_idempotency_keys_per_tenant');
  const summary = [
    `ended runs kept ${retentionMs === null ? 'without a time limit' : formatDuration(retentionMs)}${kept === null ? '' : `, ${kept} per tenant`}`,
    `runs in flight per tenant: ${inFlight ?? 'no bound'}`,
    `stored idempotency keys per tenant: ${keys ?? 'no bound'}`,
  ].join('; ');
  const warnings = [
    ...(inFlight !== null && inFlight < IN_FLIGHT_FOR_EVERY_SCENARIO
      ? [`scenarios that need more runs of one tenant in flight at once drive earlier ones to rest, leave cases out or end inapplicable (all run from ${IN_FLIGHT_FOR_EVERY_SCENARIO})`]
      : []),
    ...((inFlight !== null || keys !== null) && missingCapability(caps, 'seams.tenants') !== null
      ? ['without seams.tenants every scenario shares one tenant, so what earlier ones left in flight or stored counts against these bounds and later scenarios may end blocked on 429']
      : []),
  ];
  return warnings.length > 0
    ? { name: 'limits', level: 'warn', detail: `${summary}: ${warnings.join('; ')} (SPEC.md §4.6)` }
    : { name: 'limits', level: 'ok', detail: `${summary} (SPEC.md §4.6)` };
}

export function formatChecks(checks: readonly DoctorCheck[]): string {
  const width = Math.max(...checks.map((c) => c.name.length));
  return checks.map((c) => `${c.level.padEnd(4)}  ${c.name.padEnd(width)}  ${c.detail}`).join('\n');
}

export async function main(argv: string[]): Promise<number> {
  try {
    return await doctor(argv);
  } catch (error) {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(safeForTerminal(`agent-task-kit doctor: internal error of the kit (please report it): ${text}\n`));
    return EXIT_INTERNAL;
  }
}

async function doctor(argv: string[]): Promise<number> {
  const parsed = parseVerbArgs(spec, argv);
  if (!parsed.ok) return parsed.exitCode;
  const connection = checkConnectionFlags(parsed.values, { hostRequired: true });
  if (!connection.ok || connection.host === null) {
    const message = connection.ok ? '--host URL is required' : connection.message;
    process.stderr.write(`agent-task-kit doctor: ${message}\nRun 'agent-task-kit doctor --help' for the flags.\n`);
    return EXIT_USAGE;
  }
  registerSecret(connection.apiKey);
  const limitFlags = checkLimitFlags(parsed.values);
  if (!limitFlags.ok) {
    process.stderr.write(`agent-task-kit doctor: ${limitFlags.message}\nRun 'agent-task-kit doctor --help' for the flags.\n`);
    return EXIT_USAGE;
  }
  process.stdout.write(`agent-task-kit doctor: ${connection.host}\n`);
  const checks = await doctorChecks(connection.host, connection.apiKey, connection.receiver, {
    requestTimeoutMs: limitFlags.timeouts.requestMs ?? DOCTOR_REQUEST_TIMEOUT_MS,
    limits: limitFlags.limits,
  });
  process.stdout.write(`${safeForTerminal(formatChecks(checks))}\n`);
  const failed = checks.filter((c) => c.level === 'fail').length;
  const warned = checks.filter((c) => c.level === 'warn').length;
  process.stdout.write(`${failed} failed, ${warned} warning(s)\n`);
  return failed > 0 ? EXIT_FAILURE : EXIT_OK;
}
