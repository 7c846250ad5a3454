/**
 * What one scenario has received so far, kept so that checks can compare a document with earlier ones: the
 * ledger prefix served for each run, each receipt as first served, each run's callback payload and signing
 * secret, the host times the test clock has answered. Keyed by the host's own ids and tokens; lives as long
 * as the scenario.
 */
import { jcs } from '../../jcs.js';
import type { Mailbox } from '../receiver.js';
import { objects, text } from './types.js';
import type { Members, Received } from './types.js';

export interface ClockReading {
  nowMs: number;
  /** Kit wall-clock ms at which the answer had arrived. */
  answeredAt: number;
  /** An advance answers only after the work due up to its new time is done. */
  advance: boolean;
}

export interface RunMemory {
  runId: string;
  token?: string;
  secret?: string;
  /** The latest run record read (status, ledger or replay answer). */
  record?: Members;
  /** The first terminal state a record of the run showed, and where. */
  terminal?: { state: string; where: string };
  /** The JCS form of every event of the latest ledger read, in order, and where it was read. */
  events?: { jcs: string[]; where: string; terminal: boolean };
  /** Credits the latest ledger read says were debited, when it records usage_receipt_issued. */
  settledDebits?: { events: number; record: unknown; where: string };
  usageReceipt?: { body: Members; where: string };
  attestationHash?: { value: string; where: string };
  /** The callback payload first seen (served or delivered), in JCS form. */
  payload?: { jcs: string; where: string };
  /** The first delivery of the run's callback: its exact body and webhook-id. */
  firstDelivery?: { text: string; webhookId: string | undefined; where: string };
}

/** The JCS form, or null for a value JCS cannot represent (a lone surrogate in a string). */
export function jcsOrNull(value: unknown): string | null {
  try {
    return jcs(value);
  } catch {
    return null;
  }
}

export class OracleMemory {
  readonly runs = new Map<string, RunMemory>();
  readonly runIdByToken = new Map<string, string>();
  readonly runIdByCallbackUrl = new Map<string, string>();
  /** Callback signing secrets the host returned, each once, at run creation. */
  readonly secrets = new Set<string>();
  /** `kind receipt_id` → the receipt as first served. */
  readonly receipts = new Map<string, { jcs: string; where: string }>();
  /** event_id → the run whose ledger served it. */
  readonly eventIds = new Map<string, string>();
  readonly clock: ClockReading[] = [];
  readonly mailboxes: Mailbox[] = [];

  run(runId: string): RunMemory {
    let found = this.runs.get(runId);
    if (found === undefined) {
      found = { runId };
      this.runs.set(runId, found);
    }
    return found;
  }

  /** The run a document names by agent_task_run_id, else by the token in its URL or body. */
  runOf(body: Members, token?: string): RunMemory | undefined {
    const id = text(body['agent_task_run_id']);
    if (id !== undefined) return this.run(id);
    const byToken = token ?? text(body['task_token']) ?? text(body['status_token']);
    const known = byToken === undefined ? undefined : this.runIdByToken.get(byToken);
    return known === undefined ? undefined : this.run(known);
  }

  /** The latest host time the test clock answered, if it answered at all. */
  lastReadingMs(): number | undefined {
    return this.clock.length === 0 ? undefined : Math.max(...this.clock.map((r) => r.nowMs));
  }

  /** Whether a watched mailbox at `url` answered some delivery 2xx; undefined when no watched mailbox has that URL. */
  answeredSuccess(url: string): boolean | undefined {
    const box = this.mailboxes.find((m) => m.url === url);
    if (box === undefined) return undefined;
    return box.deliveries().some((d) => 'status' in d.answered && d.answered.status >= 200 && d.answered.status < 300);
  }
}

/** The token of a run URL (`/status/{token}`, `/tasks/{token}/…`), if `url` is one. */
export function tokenOfUrl(url: string): string | undefined {
  const match = /\/api\/agents\/(?:status|tasks)\/([^/?#]+)/.exec(url);
  if (match === null) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return undefined;
  }
}

const TERMINAL: ReadonlySet<string> = new Set(['closed', 'failed']);

/** Records what later checks compare with; called after every check of `doc` has run. */
export function remember(memory: OracleMemory, doc: Received): void {
  const { body, kind, where } = doc;
  const urlToken = doc.exchange === undefined ? undefined : tokenOfUrl(doc.exchange.url);
  switch (kind) {
    case 'run-created':
    case 'agent-task-run': {
      const runId = text(body['agent_task_run_id']);
      if (runId === undefined) return;
      const run = memory.run(runId);
      const token = text(body['status_token']) ?? urlToken;
      if (token !== undefined) {
        run.token ??= token;
        memory.runIdByToken.set(token, runId);
      }
      const secret = text(body['callback_signing_secret']);
      if (kind === 'run-created' && secret !== undefined) {
        run.secret ??= secret;
        memory.secrets.add(secret);
      }
      const callbackUrl = text(body['callback_url']);
      if (callbackUrl !== undefined) {
        memory.runIdByCallbackUrl.set(callbackUrl, runId);
      }
      run.record = body;
      const state = text(body['state']);
      if (state !== undefined && TERMINAL.has(state)) run.terminal ??= { state, where };
      const history = body['state_history'];
      if (Array.isArray(history)) {
        const events = objects(history);
        const forms = history.map((event) => jcsOrNull(event) ?? '');
        run.events = { jcs: forms, where, terminal: state !== undefined && TERMINAL.has(state) };
        for (const event of events) {
          const eventId = text(event['event_id']);
          if (eventId !== undefined && !memory.eventIds.has(eventId)) memory.eventIds.set(eventId, runId);
        }
        if (events.some((e) => e['event_type'] === 'usage_receipt_issued')) {
          run.settledDebits = { events: debitedSum(events), record: body['credits_debited'], where };
        }
      }
      return;
    }
    case 'settlement-receipt':
    case 'usage-receipt': {
      const id = text(body['receipt_id']);
      const form = jcsOrNull(body);
      if (id !== undefined && form !== null && !memory.receipts.has(`${kind} ${id}`)) memory.receipts.set(`${kind} ${id}`, { jcs: form, where });
      if (kind === 'usage-receipt') {
        const run = memory.runOf(body);
        if (run !== undefined) run.usageReceipt ??= { body, where };
      }
      return;
    }
    case 'result-attestation': {
      const run = memory.runOf(body, urlToken);
      const hash = text(body['result_package_hash']);
      if (run !== undefined && hash !== undefined) run.attestationHash ??= { value: hash, where };
      return;
    }
    case 'callback-payload':
    case 'callback-message': {
      const run = memory.runOf(body, urlToken);
      const form = jcsOrNull(body);
      if (run !== undefined && form !== null) run.payload ??= { jcs: form, where };
      if (kind === 'callback-message' && run !== undefined && doc.delivery !== undefined) {
        run.firstDelivery ??= { text: doc.delivery.text, webhookId: doc.delivery.headers['webhook-id'], where };
      }
      return;
    }
    case 'clock-state': {
      const nowMs = body['now_ms'];
      if (typeof nowMs === 'number' && Number.isFinite(nowMs)) {
        memory.clock.push({ nowMs, answeredAt: doc.receivedAt, advance: doc.exchange?.method === 'POST' });
      }
      return;
    }
    default:
      return;
  }
}

/** Sum of the credit_delta of the credits_debited events (NaN when one is not a number). */
export function debitedSum(events: readonly Members[]): number {
  return events
    .filter((e) => e['event_type'] === 'credits_debited')
    .reduce((sum, e) => sum + (typeof e['credit_delta'] === 'number' ? (e['credit_delta'] as number) : Number.NaN), 0);
}
