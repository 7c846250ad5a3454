/**
 * Load: hundreds of runs created at once on one entitlement that cannot pay for all of them, in-process
 * through `host.fetch`. Credits must never be overdrawn or debited twice, every accepted run must reach a
 * complete, hash-linked ledger, every refusal must be the documented 402, and the books must balance.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addQuote, fetchTransport, fundEntitlement, HostClient, runRequest, type Funding, type HostAnswer } from '../bench/host-client.js';
import { createReferenceHost, type ReferenceHost } from '../reference-host/index.js';
import { verifyLedgerChain, type LedgerEvent } from '../src/protocol/index.js';
import { validate } from '../src/validate.js';
import { verifyCallback } from '../src/webhooks.js';

const RUNS = 240;
const DUPLICATES = 24;
const SNAPSHOTS = 24;
const FUNDED_CREDITS = 401;
const MAX_CLOCK_STEPS = 40;
const CLOCK_STEP_MS = 60_000;
const CALLBACK_BASE = 'http://127.0.0.1:9/callbacks';

/** Deterministic pseudo-random numbers, so a failure reproduces. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

interface Delivery {
  url: string;
  headers: Headers;
  body: string;
  status: number;
}

/** Outbound callbacks answered in-process: the first attempt to a `/flaky/` URL gets 503, every other 204. */
function callbackSink(): { fetch: typeof fetch; deliveries: Delivery[] } {
  const deliveries: Delivery[] = [];
  const fetchStub = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = String(input instanceof Request ? input.url : input);
    const headers = new Headers(init?.headers);
    const body = typeof init?.body === 'string' ? init.body : '';
    const earlier = deliveries.filter((d) => d.url === url).length;
    const status = url.includes('/flaky/') && earlier === 0 ? 503 : 204;
    deliveries.push({ url, headers, body, status });
    return new Response(null, { status });
  };
  return { fetch: fetchStub as typeof fetch, deliveries };
}

interface Planned {
  index: number;
  key: string;
  body: Record<string, unknown>;
  creditsQuoted: number;
  meteredUnits: number;
  callbackUrl: string | undefined;
}

interface Entitlement {
  credits_funded: number;
  credits_reserved: number;
  credits_debited: number;
  remaining_credits: number;
}

function expectBalanced(e: Entitlement): void {
  expect(e.credits_funded).toBe(e.credits_reserved + e.credits_debited + e.remaining_credits);
  for (const amount of [e.credits_reserved, e.credits_debited, e.remaining_credits]) {
    expect(Number.isSafeInteger(amount) && amount >= 0).toBe(true);
  }
}

function isInFlight(answer: HostAnswer): boolean {
  return answer.status === 409 && (answer.json as { type?: unknown } | undefined)?.type === 'urn:agent-task:problem:idempotency-key-in-flight';
}

function expectProblem(answer: HostAnswer, status: number, slug: string): void {
  expect(answer.status).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(validate('problem-details', answer.json).ok).toBe(true);
  expect(answer.json).toMatchObject({ type: `urn:agent-task:problem:${slug}`, status });
}

describe('load: concurrent runs on one under-funded entitlement', () => {
  let host: ReferenceHost;
  let client: HostClient;
  let funding: Funding;
  const sink = callbackSink();
  const random = prng(20_260_602);
  const planned: Planned[] = [];
  /** Every answer to each run's Idempotency-Key: the creation and its repeats, in arrival order. */
  const answersByRun = new Map<number, HostAnswer[]>();
  /** The answer that decided each run (a repeat can overtake the first request and win the key). */
  const answers = new Map<number, HostAnswer>();
  const snapshots: Entitlement[] = [];

  beforeAll(async () => {
    host = createReferenceHost({ conformance: true, fetch: sink.fetch });
    client = new HostClient(fetchTransport((request) => host.fetch(request)), 'http://reference-host.test', host.createTenant().apiKey);
    funding = await fundEntitlement(client, { credits: FUNDED_CREDITS, recordsCount: 100 });
    // Three quote sizes on the one entitlement, so refusals depend on how much each run asks for.
    const quotes = [
      { quoteId: funding.quoteId, creditsQuoted: funding.creditsQuoted },
      await addQuote(client, funding.trustProfileId, { recordsCount: 300 }),
      await addQuote(client, funding.trustProfileId, { recordsCount: 500, needsCallback: true }),
    ];
    for (let index = 0; index < RUNS; index++) {
      const quote = quotes[Math.floor(random() * quotes.length)]!;
      const meteredUnits = Math.floor(random() * (quote.creditsQuoted + 4));
      const callbackUrl = random() < 0.5 ? undefined : `${CALLBACK_BASE}/${random() < 0.3 ? 'flaky/' : ''}${index}`;
      const stepDurationMs = [0, 500, 1000, 2500][Math.floor(random() * 4)]!;
      planned.push({
        index,
        key: `load-${index}`,
        creditsQuoted: quote.creditsQuoted,
        meteredUnits,
        callbackUrl,
        body: runRequest(
          { ...funding, ...quote },
          {
            ...(callbackUrl ? { callback_url: callbackUrl } : {}),
            test_script: { metered_units: meteredUnits, step_duration_ms: stepDurationMs },
          },
        ),
      });
    }

    // One burst: every creation, repeats of some of them with the same key, and entitlement reads.
    const burst: Array<() => Promise<void>> = [];
    const create = (run: Planned) => async (): Promise<void> => {
      const answer = await client.call('POST', '/run', { body: run.body, idempotencyKey: run.key });
      answersByRun.set(run.index, [...(answersByRun.get(run.index) ?? []), answer]);
    };
    for (const run of planned) burst.push(create(run));
    for (let i = 0; i < DUPLICATES; i++) burst.push(create(planned[Math.floor(random() * planned.length)]!));
    for (let i = 0; i < SNAPSHOTS; i++) {
      burst.push(async () => {
        snapshots.push(await client.ok<Entitlement>('GET', `/entitlements/${funding.entitlementId}`));
      });
    }
    for (let i = burst.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [burst[i], burst[j]] = [burst[j]!, burst[i]!];
    }
    await Promise.all(burst.map((start) => start()));
    for (const [index, all] of answersByRun) {
      const decisive = all.find((answer) => !isInFlight(answer));
      if (decisive !== undefined) answers.set(index, decisive);
    }
  });

  afterAll(async () => {
    await host.close();
  });

  const accepted = (): Planned[] => planned.filter((run) => answers.get(run.index)?.status === 201);
  const refused = (): Planned[] => planned.filter((run) => answers.get(run.index)?.status !== 201);
  const tokenOf = (run: Planned): string => (answers.get(run.index)!.json as { status_token: string }).status_token;

  it('accepts some runs and refuses the rest with 402 insufficient-credits, nothing else', () => {
    expect(accepted().length).toBeGreaterThan(10);
    expect(refused().length).toBeGreaterThan(10);
    for (const run of refused()) expectProblem(answers.get(run.index)!, 402, 'insufficient-credits');
    for (const run of accepted()) {
      const created = answers.get(run.index)!.json;
      expect(validate('run-created', created).ok).toBe(true);
      expect(created).toMatchObject({ credits_reserved: run.creditsQuoted, credit_entitlement_id: funding.entitlementId });
    }
  });

  it('answers a repeated Idempotency-Key with the first answer (or in-flight), never a second run', () => {
    expect([...answersByRun.values()].reduce((sum, all) => sum + all.length, 0)).toBe(RUNS + DUPLICATES);
    expect(answers.size).toBe(RUNS);
    for (const [index, all] of answersByRun) {
      for (const answer of all) {
        if (isInFlight(answer)) expectProblem(answer, 409, 'idempotency-key-in-flight');
        else expect(answer.text).toBe(answers.get(index)!.text);
      }
    }
    const tokens = new Set(accepted().map(tokenOf));
    expect(tokens.size).toBe(accepted().length);
  });

  it('never over-reserves: every snapshot balances, and no refused run would have fitted', async () => {
    expect(snapshots.length).toBe(SNAPSHOTS);
    for (const snapshot of snapshots) {
      expectBalanced(snapshot);
      expect(snapshot.credits_reserved).toBeLessThanOrEqual(FUNDED_CREDITS);
    }
    // Snapshots taken during the burst: reservations only grow until the clock moves.
    const afterBurst = await client.ok<Entitlement>('GET', `/entitlements/${funding.entitlementId}`);
    const reserved = accepted().reduce((sum, run) => sum + run.creditsQuoted, 0);
    expect(afterBurst).toMatchObject({
      credits_funded: FUNDED_CREDITS,
      credits_reserved: reserved,
      credits_debited: 0,
      remaining_credits: FUNDED_CREDITS - reserved,
    });
    for (const run of refused()) expect(run.creditsQuoted).toBeGreaterThan(afterBurst.remaining_credits);
    const monitor = await client.ok<{ counts: { accepted: number } }>('GET', '/queue/monitor');
    expect(monitor.counts.accepted).toBe(accepted().length);
  });

  it('takes every accepted run to closed with a complete, linked ledger, debiting each once', async () => {
    const open = new Set(accepted().map(tokenOf));
    for (let step = 0; step < MAX_CLOCK_STEPS && open.size > 0; step++) {
      await client.advanceClock(CLOCK_STEP_MS);
      for (const token of [...open]) {
        const status = await client.ok<{ state: string }>('GET', `/status/${token}`);
        if (status.state === 'closed') open.delete(token);
      }
    }
    expect([...open]).toEqual([]);

    let debitedTotal = 0;
    for (const run of accepted()) {
      const ledger = await client.ok<Record<string, unknown>>('GET', `/tasks/${tokenOf(run)}/ledger`);
      expect(validate('agent-task-run', ledger).ok).toBe(true);
      const events = ledger['state_history'] as Array<LedgerEvent & { credit_delta?: number }>;
      expect(verifyLedgerChain(events)).toEqual([]);
      expect(events.at(-1)?.event_type).toBe('run_closed');
      const deltas = (type: string): number[] => events.filter((e) => e.event_type === type).map((e) => e.credit_delta ?? 0);
      const debited = Math.min(run.meteredUnits, run.creditsQuoted);
      expect(deltas('credit_reserved')).toEqual([run.creditsQuoted]);
      expect(deltas('credits_debited').reduce((a, b) => a + b, 0)).toBe(debited);
      expect(deltas('credits_released')).toEqual(debited === run.creditsQuoted ? [] : [run.creditsQuoted - debited]);
      expect(ledger['credits_debited']).toBe(debited);
      const receipt = await client.ok<Record<string, unknown>>('GET', new URL(String(ledger['usage_receipt_url'])).pathname.replace('/api/agents', ''));
      expect(receipt['credits_debited']).toBe(debited);
      debitedTotal += debited;
    }

    const final = await client.ok<Entitlement>('GET', `/entitlements/${funding.entitlementId}`);
    expectBalanced(final);
    expect(final).toMatchObject({
      credits_funded: FUNDED_CREDITS,
      credits_reserved: 0,
      credits_debited: debitedTotal,
      remaining_credits: FUNDED_CREDITS - debitedTotal,
    });
  });

  it('delivers each run’s callback once, signed, with the same message id and bytes on every attempt', () => {
    const withCallback = accepted().filter((run) => run.callbackUrl !== undefined);
    expect(withCallback.length).toBeGreaterThan(0);
    const refusedUrls = new Set(refused().flatMap((run) => (run.callbackUrl ? [run.callbackUrl] : [])));
    expect(sink.deliveries.filter((d) => refusedUrls.has(d.url))).toEqual([]);
    for (const run of withCallback) {
      const attempts = sink.deliveries.filter((d) => d.url === run.callbackUrl);
      expect(attempts.filter((d) => d.status === 204).length).toBe(1);
      expect(attempts.length).toBe(run.callbackUrl!.includes('/flaky/') ? 2 : 1);
      expect(new Set(attempts.map((d) => d.headers.get('webhook-id'))).size).toBe(1);
      expect(new Set(attempts.map((d) => d.body)).size).toBe(1);
      const secret = (answers.get(run.index)!.json as { callback_signing_secret: string }).callback_signing_secret;
      for (const attempt of attempts) {
        const nowSeconds = Number(attempt.headers.get('webhook-timestamp'));
        expect(verifyCallback({ secrets: secret, headers: attempt.headers, body: attempt.body, nowSeconds })).toEqual({ ok: true });
      }
    }
  });
});
