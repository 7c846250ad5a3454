import { describe, expect, it } from 'vitest';
import { digest } from '../src/jcs.js';
import { nextPrevEventHash, verifyLedgerChain, type LedgerEvent } from '../src/protocol/index.js';

function chain(steps: Array<[string, string | null, string]>): LedgerEvent[] {
  const events: LedgerEvent[] = [];
  for (const [index, [eventType, from, to]] of steps.entries()) {
    events.push({
      sequence: index + 1,
      event_id: `evt_${index + 1}`,
      prev_event_hash: nextPrevEventHash(events[index - 1]),
      event_type: eventType,
      agent_task_run_id: 'run_1',
      from_state: from,
      to_state: to,
      occurred_at: new Date(Date.UTC(2026, 5, 2, 10, 0, index)).toISOString(),
    });
  }
  return events;
}

const happy = chain([
  ['run_created', null, 'run_created'],
  ['credit_reserved', 'run_created', 'run_created'],
  ['lifecycle_state_changed', 'run_created', 'queued'],
  ['evidence_review_started', 'queued', 'evidence_review'],
]);

describe('verifyLedgerChain', () => {
  it('accepts a well-formed chain', () => {
    expect(verifyLedgerChain(happy)).toEqual([]);
    expect(happy[1]!.prev_event_hash).toBe(digest(happy[0]));
  });

  it('names the rule of each kind of damage', () => {
    const rules = (events: LedgerEvent[]) => verifyLedgerChain(events).map((p) => p.rule);
    expect(rules(happy.map((e, i) => (i === 2 ? { ...e, sequence: 4 } : e)))).toContain('LEDGER-SEQUENCE');
    expect(new Set(rules(happy.map((e, i) => (i === 2 ? { ...e, prev_event_hash: digest({}) } : e))))).toEqual(new Set(['LEDGER-HASH-LINK']));
    // Rewriting an earlier event breaks the link of the one after it.
    expect(rules(happy.map((e, i) => (i === 1 ? { ...e, public_note: 'edited' } : e)))).toEqual(['LEDGER-HASH-LINK']);
    expect(rules(happy.map((e, i) => (i === 3 ? { ...e, event_id: 'evt_1' } : e)))).toContain('LEDGER-EVENT-ID-UNIQUE');
    expect(rules(happy.map((e, i) => (i === 3 ? { ...e, occurred_at: '2026-01-01T00:00:00.000Z' } : e)))).toContain('LEDGER-TIMESTAMPS-ORDERED');
    expect(rules(chain([['run_created', null, 'run_created'], ['x', 'run_created', 'tool_execution']]))).toEqual(['LIFECYCLE-TRANSITIONS']);
    expect(rules(chain([['run_created', null, 'run_created'], ['x', 'queued', 'evidence_review']]))).toContain('LEDGER-EVERY-TRANSITION');
  });
});
