/**
 * The reads a clock advance answers (SPEC.md §13.2 `reads`, `reads_before`): a GET takes one only while nothing
 * can have changed the host since, a read before the work only right after the advance, and every read the kit
 * compares with the host's own GET is judged by what differs.
 */
import { describe, expect, it } from 'vitest';
import { AdvanceReads, ReadChecks, readDisagreement, servedReadExchange, type ServedRead } from '../src/harness/advance-reads.js';
import type { Exchange } from '../src/harness/transcript.js';

const KEY = 'atk_key';
const LEDGER = '/tasks/tok_a/ledger';

const read = (path: string, body: unknown, status = 200): ServedRead => ({
  path,
  status,
  content_type: status < 400 ? 'application/json' : 'application/problem+json',
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

/** A store over a scenario whose write and request counts the test moves by hand. */
function store() {
  const counts = { writes: 0, requests: 0 };
  const disagreements: Array<{ expected: string; observed: unknown }> = [];
  const reads = new AdvanceReads(
    () => counts.writes,
    () => counts.requests,
    (_taken, _real, how) => disagreements.push(how),
  );
  const offer = (after: ServedRead[], before: ServedRead[] = []) =>
    reads.offer(KEY, { reads: after, readsBefore: before }, (path) => `http://host/api/agents${path}`, {});
  return { reads, counts, disagreements, offer };
}

describe('reads answered by an advance', () => {
  it('answer one GET each, while no request that may change the host has been made since', () => {
    const { reads, counts, offer } = store();
    offer([read(LEDGER, { state: 'queued' }), read('/status/tok_a', { state: 'queued' })]);
    expect(reads.take(KEY, LEDGER)?.exchange.json).toEqual({ state: 'queued' });
    expect(reads.take(KEY, LEDGER)).toBeUndefined();
    counts.writes += 1;
    expect(reads.take(KEY, '/status/tok_a')).toBeUndefined();
  });

  it('are kept apart by key, and a rate limit refusal is never taken', () => {
    const { reads, offer } = store();
    offer([read(LEDGER, { state: 'queued' }), read('/status/tok_a', { type: 'x' }, 429)]);
    expect(reads.take('another_key', LEDGER)).toBeUndefined();
    expect(reads.take(KEY, '/status/tok_a')).toBeUndefined();
  });

  it('answer the GET right after the advance with the document before its work, and only that GET', () => {
    const { reads, counts, offer } = store();
    offer([read(LEDGER, { state: 'closed' })], [read(LEDGER, { state: 'queued' })]);
    expect(reads.take(KEY, LEDGER)?.exchange.json).toEqual({ state: 'queued' });
    expect(reads.take(KEY, LEDGER)?.exchange.json).toEqual({ state: 'closed' });

    offer([], [read(LEDGER, { state: 'queued' })]);
    counts.requests += 1;
    expect(reads.take(KEY, LEDGER)).toBeUndefined();
  });

  it('are checked against a GET once per kind of document, and a read before the work never is', () => {
    const { reads, offer } = store();
    offer([read(LEDGER, {}), read('/tasks/tok_b/ledger', {}), read('/status/tok_a', {})], [read('/tasks/tok_c/ledger', {})]);
    expect(reads.take(KEY, '/tasks/tok_c/ledger')?.check).toBe(false);
    expect(reads.take(KEY, LEDGER)?.check).toBe(true);
    expect(reads.take(KEY, '/tasks/tok_b/ledger')?.check).toBe(false);
    expect(reads.take(KEY, '/status/tok_a')?.check).toBe(true);
  });

  it('a read taken stands for the GETs of its path until something could change the host', () => {
    const { reads, counts, offer } = store();
    offer([read(LEDGER, { state: 'queued' })]);
    const taken = reads.take(KEY, LEDGER)!.exchange;
    expect(reads.takenEarlier(KEY, LEDGER)).toBe(taken);
    counts.writes += 1;
    expect(reads.takenEarlier(KEY, LEDGER)).toBeUndefined();
  });

  it('are asked for: the paths read most recently, those of the run the advance is about first', () => {
    const { reads } = store();
    for (const path of ['/tasks/tok_a/result', '/status/tok_a', LEDGER, '/queue/monitor']) reads.noteRead(KEY, path);
    expect(reads.wanted(KEY)).toEqual(['/queue/monitor', LEDGER, '/status/tok_a', '/tasks/tok_a/result']);
    expect(reads.wanted(KEY, 'tok_b')).toEqual([
      '/tasks/tok_b/ledger',
      '/status/tok_b',
      '/tasks/tok_b/result',
      '/queue/monitor',
      LEDGER,
      '/status/tok_a',
      '/tasks/tok_a/result',
    ]);
  });

  it('are not asked for a path the advance request could not carry, and stay within 16 and a byte budget', () => {
    const { reads } = store();
    reads.noteRead(KEY, `/status/${'x'.repeat(4096)}`);
    expect(reads.wanted(KEY)).toEqual([]);
    const paths = Array.from({ length: 20 }, (_, i) => `/status/tok_${i}`);
    expect(reads.fit(paths)).toHaveLength(16);
    reads.noteSize('/tasks/tok_0/result', 600 * 1024);
    expect(reads.fit(['/tasks/tok_1/result', '/tasks/tok_2/result', '/status/tok_1'])).toEqual(['/tasks/tok_1/result']);
  });
});

describe('a read compared with the host GET of the same path', () => {
  const real = (body: unknown, status = 200): Exchange => servedReadExchange(read(LEDGER, body, status), 'http://host/x', {});

  it('agrees when status, media type and document agree, whatever the serialisation', () => {
    const taken = servedReadExchange(read(LEDGER, '{"b":1,"a":[1,2]}'), 'http://host/x', {});
    expect(readDisagreement(taken, real({ a: [1, 2], b: 1 }))).toBeNull();
  });

  it('names the members that differ, and a status or media type that differs', () => {
    const how = readDisagreement(real({ state: 'queued', id: 'r1' }), real({ state: 'closed', id: 'r1' }));
    expect(JSON.parse(how!.expected)).toEqual({ 'body.state': 'closed' });
    expect(how!.observed).toEqual({ 'body.state': 'queued' });
    const problem = readDisagreement(real({ type: 'x' }, 409), real({ state: 'closed' }));
    expect(JSON.parse(problem!.expected)).toMatchObject({ status: 200, content_type: 'application/json' });
  });

  it('is reported through the store that took it', () => {
    const { reads, disagreements } = store();
    reads.compare(real({ state: 'queued' }), real({ state: 'closed' }));
    reads.compare(real({ state: 'closed' }), real({ state: 'closed' }));
    expect(disagreements).toHaveLength(1);
  });
});

describe('kinds of document', () => {
  it('are path templates: ids and queries left out', () => {
    const checks = new ReadChecks();
    expect(checks.claim('/tasks/tok_a/ledger')).toBe(true);
    expect(checks.claim('/tasks/tok_b/ledger?x=1')).toBe(false);
    expect(checks.claim('/queue/alerts?task_token=tok_a')).toBe(true);
    expect(checks.claim('/queue/alerts')).toBe(false);
  });
});
