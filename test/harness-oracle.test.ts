/**
 * The document oracle against hand-made documents: each check passes a document as SPEC.md describes it and
 * names the rule a broken one breaks; the oracle reports once per rule, listed rules at once, others at the end.
 */
import { describe, expect, it } from 'vitest';
import { ScenarioFailure } from '../src/harness/errors.js';
import { Oracle, checksFor, kindOfExchange } from '../src/harness/oracle/index.js';
import { isUtcMillis, timestampProblems } from '../src/harness/oracle/common.js';
import type { Delivery, Mailbox } from '../src/harness/receiver.js';
import type { Exchange } from '../src/harness/transcript.js';
import type { RuleId } from '../src/rules.js';
import { digest } from '../src/jcs.js';
import { signCallback } from '../src/webhooks.js';

const BASE = 'http://host.test/api/agents';
const TOKEN = 'tok_abc';
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

interface Reported {
  rule: RuleId;
  what: string;
}

function harness(listed: readonly string[] = [], declares: (capability: string) => boolean = () => true) {
  const reported: Reported[] = [];
  const oracle = new Oracle({
    assertions: {
      failures: [],
      lists: (rule) => listed.includes(rule),
      ensure: (candidates, what) => {
        reported.push({ rule: candidates[0]!, what });
        throw new ScenarioFailure(what);
      },
    },
    declares,
  });
  /** Every rule found so far, reported or waiting (finish records the waiting ones). */
  const rules = (): string[] => {
    oracle.finish();
    return reported.map((r) => r.rule);
  };
  return { oracle, reported, rules };
}

function exchange(method: string, path: string, json: unknown, status = 200, headers: Record<string, string> = { 'content-type': 'application/json' }): Exchange {
  return { method, url: `${BASE}${path}`, requestHeaders: {}, requestBody: undefined, status, headers, text: JSON.stringify(json), json };
}

type Event = Record<string, unknown>;

function chain(drafts: readonly Event[]): Event[] {
  const events: Event[] = [];
  for (const [i, draft] of drafts.entries()) {
    events.push({
      sequence: i + 1,
      event_id: `evt_${i + 1}_${TOKEN}`,
      prev_event_hash: i === 0 ? null : digest(events[i - 1]),
      agent_task_run_id: 'run_1',
      ...draft,
    });
  }
  return events;
}

const T = (s: number): string => new Date(Date.UTC(2026, 5, 2, 10, 0, s)).toISOString();

const CLOSED_TRAIL: Event[] = [
  { event_type: 'run_created', from_state: null, to_state: 'run_created', occurred_at: T(0) },
  { event_type: 'credit_reserved', from_state: 'run_created', to_state: 'run_created', occurred_at: T(0), credit_delta: 4 },
  { event_type: 'lifecycle_state_changed', from_state: 'run_created', to_state: 'queued', occurred_at: T(0) },
  { event_type: 'evidence_review_started', from_state: 'queued', to_state: 'evidence_review', occurred_at: T(1) },
  { event_type: 'tool_execution_started', from_state: 'evidence_review', to_state: 'tool_execution', occurred_at: T(2) },
  { event_type: 'result_package_ready', from_state: 'tool_execution', to_state: 'result_packaged', occurred_at: T(3) },
  { event_type: 'credits_debited', from_state: 'result_packaged', to_state: 'result_packaged', occurred_at: T(4), credit_delta: 3 },
  { event_type: 'credits_released', from_state: 'result_packaged', to_state: 'result_packaged', occurred_at: T(4), credit_delta: 1 },
  { event_type: 'usage_receipt_issued', from_state: 'result_packaged', to_state: 'receipt_issued', occurred_at: T(4) },
  { event_type: 'run_closed', from_state: 'receipt_issued', to_state: 'closed', occurred_at: T(5) },
];

function ledger(drafts: readonly Event[] = CLOSED_TRAIL, changes: Record<string, unknown> = {}): Record<string, unknown> {
  const events = chain(drafts);
  const last = events.at(-1)!;
  const state = last['to_state'] as string;
  return {
    object_type: 'agent_task_run',
    agent_task_run_id: 'run_1',
    work_order_id: 'wo_1',
    requested_tool: 'packetops',
    state,
    canonical_lifecycle_state: state,
    evidence_status: 'sufficient',
    status_token: TOKEN,
    result_url: `${BASE}/tasks/${TOKEN}/result`,
    callback_status: 'not_required',
    credits_reserved: 0,
    credits_debited: 3,
    remaining_credits: 5,
    created_at: T(0),
    updated_at: last['occurred_at'],
    ...(state === 'closed' ? { closed_at: last['occurred_at'] } : {}),
    state_history: events,
    ...changes,
  };
}

const readLedger = (body: unknown): Exchange => exchange('GET', `/tasks/${TOKEN}/ledger`, body);

describe('kindOfExchange', () => {
  it('names documents by route, problems by status, and nothing else', () => {
    expect(kindOfExchange(readLedger({}))).toBe('agent-task-run');
    expect(kindOfExchange(exchange('POST', '/run', {}, 201))).toBe('run-created');
    expect(kindOfExchange(exchange('GET', '/receipts/r1', {}))).toBe('usage-receipt');
    expect(kindOfExchange(exchange('GET', '/settlements/s1/receipt', {}))).toBe('settlement-receipt');
    expect(kindOfExchange(exchange('GET', '/status/x', {}, 404))).toBe('problem-details');
    expect(kindOfExchange(exchange('GET', '/status/x', {}, 302))).toBeNull();
    expect(kindOfExchange({ method: 'GET', url: 'http://host.test/elsewhere', status: 500, json: undefined })).toBeNull();
  });

  it('gives every kind the checks of every document', () => {
    expect(checksFor('document').length).toBeGreaterThan(0);
    expect(checksFor('agent-task-run').length).toBeGreaterThan(checksFor('document').length);
  });
});

describe('timestamps (LIFECYCLE-TIMESTAMPS-UTC)', () => {
  it('accepts only UTC with milliseconds and Z, naming a real instant', () => {
    expect(isUtcMillis('2026-06-02T10:00:00.000Z')).toBe(true);
    for (const bad of ['2026-06-02T10:00:00Z', '2026-06-02T10:00:00.000+00:00', '2026-06-02T12:00:00.000+02:00', '2026-02-30T10:00:00.000Z', '2026-06-02T10:00:00.0001Z']) {
      expect(isUtcMillis(bad), bad).toBe(false);
    }
  });

  it('finds every timestamp member at any depth, but not in client or tool data', () => {
    const doc = { created_at: '2026-06-02T10:00:00Z', items: [{ issued_at: '2026-06-02T10:00:00.000+00:00' }], outputs: { seen_at: 'yesterday' }, next_retry_at: null };
    expect(timestampProblems(doc).map((p) => p.path)).toEqual(['/created_at', '/items/0/issued_at']);
  });

  it('fails a ledger with an offset timestamp and a clock whose now is not its now_ms', () => {
    const offset = harness();
    offset.oracle.observeExchange(readLedger(ledger(CLOSED_TRAIL, { updated_at: '2026-06-02T10:00:05.000+00:00' })));
    expect(offset.rules()).toContain('LIFECYCLE-TIMESTAMPS-UTC');

    const clock = harness();
    clock.oracle.observeExchange(exchange('GET', '/_seams/clock', { now: '2026-06-02T12:00:00.000Z', now_ms: Date.parse('2026-06-02T10:00:00.000Z') }));
    expect(clock.rules()).toEqual(['LIFECYCLE-TIMESTAMPS-UTC']);
  });

  it('fails a document stamped at its read before host time the clock answered', () => {
    const h = harness();
    h.oracle.observeExchange(exchange('POST', '/_seams/clock/advance', { now: T(30), now_ms: Date.parse(T(30)) }));
    h.oracle.observeExchange(exchange('GET', `/tasks/${TOKEN}/result-contract`, { issued_at: T(29) }));
    expect(h.rules()).toEqual(['LIFECYCLE-TIMESTAMPS-UTC']);
  });
});

describe('ledger and run record', () => {
  it('passes a closed run whose ledger SPEC.md describes, read twice', () => {
    const h = harness();
    h.oracle.observeExchange(readLedger(ledger()));
    h.oracle.observeExchange(readLedger(ledger()));
    h.oracle.observeExchange(exchange('GET', `/status/${TOKEN}`, { ...ledger(), state_history: undefined }));
    expect(h.rules()).toEqual([]);
  });

  it.each([
    ['LEDGER-SEQUENCE', (events: Event[]) => { events[1]!['sequence'] = 7; }],
    ['LEDGER-HASH-LINK', (events: Event[]) => { events[3]!['prev_event_hash'] = `sha256:${'0'.repeat(64)}`; }],
    ['LEDGER-EVENT-SCHEMA', (events: Event[]) => { events[9]!['agent_task_run_id'] = TOKEN; }],
  ] as const)('names %s for a broken chain', (rule, breakIt) => {
    const doc = ledger();
    breakIt(doc['state_history'] as Event[]);
    const h = harness();
    h.oracle.observeExchange(readLedger(doc));
    expect(h.rules()).toContain(rule);
  });

  it('fails transitions, timestamps and labels against the record', () => {
    const h = harness();
    h.oracle.observeExchange(readLedger(ledger(CLOSED_TRAIL, { state: 'closed', canonical_lifecycle_state: 'completed' })));
    expect(h.rules()).toEqual(['LIFECYCLE-STATE-ENUM']);

    const attested = harness();
    attested.oracle.observeExchange(exchange('GET', `/status/${TOKEN}`, { agent_task_run_id: 'run_1', state: 'result_packaged', canonical_lifecycle_state: 'attested', evidence_status: 'sufficient', created_at: T(0), updated_at: T(3) }));
    expect(attested.rules()).toEqual(['LIFECYCLE-CANONICAL-MAPPING']);

    const paused = harness();
    paused.oracle.observeExchange(exchange('GET', `/status/${TOKEN}`, { agent_task_run_id: 'run_1', state: 'paused', canonical_lifecycle_state: 'replay_ready', created_at: T(0), updated_at: T(3) }));
    expect(paused.rules()).toEqual([]);

    const stale = harness();
    stale.oracle.observeExchange(readLedger(ledger(CLOSED_TRAIL, { updated_at: T(9), closed_at: T(9) })));
    expect(stale.rules()).toEqual(['LIFECYCLE-TIMESTAMPS']);

    const noClose = harness();
    noClose.oracle.observeExchange(exchange('GET', `/status/${TOKEN}`, { agent_task_run_id: 'run_1', state: 'closed', canonical_lifecycle_state: 'closed', created_at: T(0), updated_at: T(5) }));
    expect(noClose.rules()).toEqual(['LIFECYCLE-TIMESTAMPS']);
  });

  it('fails credit records that disagree with their events, and debits beyond the reservation', () => {
    const missingRelease = harness();
    missingRelease.oracle.observeExchange(readLedger(ledger(CLOSED_TRAIL.filter((e) => e['event_type'] !== 'credits_released'))));
    expect(missingRelease.rules()).toEqual(['LEDGER-CREDIT-EVENTS']);

    const over = CLOSED_TRAIL.map((e) => (e['event_type'] === 'credits_debited' ? { ...e, credit_delta: 7 } : e)).filter((e) => e['event_type'] !== 'credits_released');
    const overDebit = harness();
    overDebit.oracle.observeExchange(readLedger(ledger(over, { credits_debited: 7, credits_reserved: -3 })));
    expect(overDebit.rules()).toContain('RECEIPT-DEBIT-BOUNDED');

    const held = harness();
    held.oracle.observeExchange(readLedger(ledger(CLOSED_TRAIL.filter((e) => e['event_type'] !== 'credits_released'), { credits_reserved: 1 })));
    expect(held.rules()).toEqual(['RECEIPT-DEBIT-BOUNDED']);
  });

  it('fails a ledger whose served events change, and a terminal run that moves', () => {
    const rewritten = harness();
    rewritten.oracle.observeExchange(readLedger(ledger()));
    const changed = ledger();
    (changed['state_history'] as Event[])[2]!['public_note'] = 'rendered again';
    rewritten.oracle.observeExchange(readLedger(changed));
    expect(rewritten.rules()).toContain('LEDGER-APPEND-ONLY');

    const moved = harness();
    moved.oracle.observeExchange(readLedger(ledger()));
    moved.oracle.observeExchange(exchange('GET', `/status/${TOKEN}`, { ...ledger(), state_history: undefined, state: 'queued', canonical_lifecycle_state: 'queued' }));
    expect(moved.rules()).toEqual(['LIFECYCLE-TERMINAL-ABSORBING']);
  });

  it('fails an event id another run served', () => {
    const h = harness();
    h.oracle.observeExchange(readLedger(ledger()));
    const other = ledger();
    other['agent_task_run_id'] = 'run_2';
    for (const e of other['state_history'] as Event[]) e['agent_task_run_id'] = 'run_2';
    h.oracle.observeExchange(exchange('GET', '/tasks/tok_other/ledger', other));
    expect(h.rules()).toContain('LEDGER-EVENT-ID-UNIQUE');
  });
});

describe('receipts', () => {
  const usage = { receipt_id: 'ur_1', receipt_type: 'packetops_usage_receipt', agent_task_run_id: 'run_1', credits_debited: 3, remaining_credits: 5, meter_units: 3, issued_at: T(4) };
  const settlement = { receipt_id: 'sr_1', receipt_type: 'agent_settlement_receipt', settlement_status: 'credits_funded', credits_funded: 8, issued_at: T(0) };

  it('passes receipts read twice that agree with the ledger', () => {
    const h = harness();
    h.oracle.observeExchange(exchange('GET', '/receipts/ur_1', usage));
    h.oracle.observeExchange(readLedger(ledger()));
    h.oracle.observeExchange(exchange('GET', '/receipts/ur_1', usage));
    h.oracle.observeExchange(exchange('POST', '/settlements', settlement, 201));
    h.oracle.observeExchange(exchange('GET', '/settlements/s1/receipt', settlement));
    expect(h.rules()).toEqual([]);
  });

  it('names the rule of each broken receipt', () => {
    const cases: [string, Exchange[]][] = [
      ['RECEIPT-SETTLEMENT-FUNDS-ONLY', [exchange('GET', '/settlements/s1/receipt', { ...settlement, credits_debited: 0 })]],
      ['RECEIPT-USAGE-CONSUMES-ONLY', [exchange('GET', '/receipts/ur_1', { ...usage, settlement_status: 'credits_funded' })]],
      ['RECEIPT-IMMUTABLE', [exchange('GET', '/receipts/ur_1', usage), exchange('GET', '/receipts/ur_1', { ...usage, remaining_credits: 1 })]],
      ['RECEIPT-SUMS-AGREE', [readLedger(ledger()), exchange('GET', '/receipts/ur_1', { ...usage, credits_debited: 4 })]],
      ['RECEIPT-INTEGER-UNITS', [exchange('GET', '/receipts/ur_1', { ...usage, meter_units: 2.5 })]],
    ];
    for (const [rule, reads] of cases) {
      const h = harness();
      for (const read of reads) h.oracle.observeExchange(read);
      expect(h.rules(), rule).toEqual([rule]);
    }
  });
});

describe('problems', () => {
  const problem = { type: 'urn:agent-task:problem:not-found', title: 'Resource not found', status: 404, detail: 'no such run' };
  const problemHeaders = { 'content-type': 'application/problem+json' };

  it('passes a registered problem and names each defect', () => {
    const good = harness();
    good.oracle.observeExchange(exchange('GET', '/status/x', problem, 404, problemHeaders));
    expect(good.rules()).toEqual([]);

    const plain = harness();
    plain.oracle.observeExchange(exchange('GET', '/status/x', problem, 404));
    expect(plain.rules()).toEqual(['ERRORS-PROBLEM-JSON']);

    const status = harness();
    status.oracle.observeExchange(exchange('GET', '/status/x', { ...problem, status: 400 }, 404, problemHeaders));
    expect(status.rules()).toEqual(['ERRORS-STATUS-AGREES']);
  });
});

describe('callbacks', () => {
  const payload = { payload_type: 'agent_callback_payload', event_type: 'task_result_ready', agent_task_run_id: 'run_1', work_order_id: 'wo_1', requested_tool: 'packetops', task_token: TOKEN, result_status: 'ready', result_url: `${BASE}/tasks/${TOKEN}/result`, result_contract_url: `${BASE}/tasks/${TOKEN}/result-contract`, result_package_hash: `sha256:${'a'.repeat(64)}`, receipt_url: `${BASE}/receipts/ur_1`, issued_at: T(5) };
  const created = { ...ledger(), state_history: undefined, state: 'run_created', canonical_lifecycle_state: 'credit_funded', closed_at: undefined, callback_url: 'http://kit.test/mailbox/m1', callback_signing_secret: SECRET };

  function mailbox(deliveries: Delivery[]): Mailbox {
    return { id: 'm1', url: 'http://kit.test/mailbox/m1', deliveries: () => deliveries, waitFor: async () => deliveries, close: () => undefined };
  }

  function delivery(body: unknown, options: { id?: string; seconds?: number; arrivedAt?: number; secret?: string } = {}): Delivery {
    const text = JSON.stringify(body);
    const id = options.id ?? 'msg_1';
    const seconds = options.seconds ?? Date.parse(T(5)) / 1000;
    return {
      arrivedAt: options.arrivedAt ?? 1000,
      method: 'POST',
      path: '/mailbox/m1',
      headers: { 'webhook-id': id, 'webhook-timestamp': String(seconds), 'webhook-signature': signCallback({ secret: options.secret ?? SECRET, id, timestamp: seconds, body: text }) },
      raw: Buffer.from(text),
      text,
      json: body,
      answered: { status: 200 },
    };
  }

  function run(deliveries: Delivery[], reads: Exchange[] = []): string[] {
    const h = harness();
    h.oracle.observeExchange(exchange('POST', '/run', created, 201));
    for (const read of reads) h.oracle.observeExchange(read);
    const box = h.oracle.watch(mailbox(deliveries));
    try {
      box.deliveries();
    } catch (error) {
      if (!(error instanceof ScenarioFailure)) throw error;
    }
    return h.rules();
  }

  it('passes signed, identical deliveries of the served payload', () => {
    expect(run([delivery(payload), delivery(payload, { seconds: Date.parse(T(10)) / 1000 })], [exchange('GET', `/tasks/${TOKEN}/callback-payload`, payload)])).toEqual([]);
  });

  it('names the rule of each broken delivery', () => {
    expect(run([delivery(payload, { secret: 'whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' })])).toEqual(['CALLBACK-SIGNATURE']);
    expect(run([delivery(payload), delivery(payload, { id: 'msg_2' })])).toEqual(['CALLBACK-ID-STABLE']);
    expect(run([delivery(payload)], [exchange('GET', `/tasks/${TOKEN}/callback-payload`, { ...payload, issued_at: T(6) })])).toEqual(['CALLBACK-PAYLOAD-MATCHES']);
    expect(run([delivery({ ...payload, task_token: 'tok_other' })])).toEqual(['CALLBACK-PAYLOAD-MATCHES']);
    expect(run([delivery({ ...payload, signing: SECRET })])).toContain('SECURITY-SECRET-ONCE');
  });

  it('fails a webhook-timestamp after host time as the advance that followed the attempt answered', () => {
    const advance = exchange('POST', '/_seams/clock/advance', { now: T(20), now_ms: Date.parse(T(20)) });
    expect(run([delivery(payload, { arrivedAt: 0, seconds: Date.parse(T(20)) / 1000 })], [advance])).toEqual([]);
    expect(run([delivery(payload, { arrivedAt: 0, seconds: Date.parse(T(21)) / 1000 })], [advance])).toEqual(['CALLBACK-FRESH-TIMESTAMP']);
  });

  it('fails a run counted delivered that no delivery was answered 2xx for', () => {
    const h = harness();
    const redirected = { ...delivery(payload), answered: { redirect: 307 as const } };
    h.oracle.watch(mailbox([redirected]));
    h.oracle.observeExchange(exchange('POST', '/run', created, 201));
    h.oracle.observeExchange(exchange('GET', `/status/${TOKEN}`, { ...created, callback_signing_secret: undefined, state: 'callback_delivered', canonical_lifecycle_state: 'callback_delivered', callback_status: 'delivered' }));
    expect(h.rules()).toEqual(['CALLBACK-2XX-ONLY']);
  });

  it("reports a delivery the mailbox refused for its signature", () => {
    const h = harness();
    const refused = delivery(payload);
    h.oracle.watch({ ...mailbox([]), rejected: () => [{ reason: 'bad-signature', detail: 'no v1 entry verifies', delivery: refused }] });
    expect(h.rules()).toEqual(['CALLBACK-SIGNATURE']);
  });

  it('ignores callback rules of a host that does not declare callbacks', () => {
    const h = harness([], (capability) => capability !== 'callbacks');
    h.oracle.observeExchange(exchange('POST', '/run', created, 201));
    h.oracle.watch(mailbox([delivery(payload, { secret: 'whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' })]));
    expect(h.rules()).toEqual([]);
  });
});

describe('exception tickets', () => {
  it('fails a failed-step ticket silent about safe_to_replay', () => {
    const ticket = { exception_id: 'ex_1', exception_type: 'tool_execution_pause', status: 'open', created_at: T(4) };
    const h = harness();
    h.oracle.observeExchange(exchange('GET', `/tasks/${TOKEN}/exceptions`, { items: [ticket, { ...ticket, exception_id: 'ex_2', safe_to_replay: true }] }));
    expect(h.rules()).toEqual(['REPLAY-SAFETY-FROM-SIDE-EFFECTS']);
  });
});

describe('reporting', () => {
  it('reports a listed rule at settle, others only at finish, each rule once', () => {
    const h = harness(['LEDGER-HASH-LINK']);
    const broken = ledger();
    (broken['state_history'] as Event[])[2]!['prev_event_hash'] = null;
    h.oracle.observeExchange(exchange('GET', `/status/${TOKEN}`, { agent_task_run_id: 'run_1', state: 'queued', canonical_lifecycle_state: 'operating', created_at: T(0), updated_at: T(1) }));
    h.oracle.observeExchange(readLedger(broken));
    h.oracle.observeExchange(readLedger(broken));
    expect(() => h.oracle.settle()).toThrow(ScenarioFailure);
    expect(h.reported.map((r) => r.rule)).toEqual(['LEDGER-HASH-LINK']);
    h.oracle.settle();
    expect(h.rules()).toEqual(['LEDGER-HASH-LINK', 'LIFECYCLE-CANONICAL-MAPPING']);
  });
});
