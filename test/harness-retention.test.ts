/**
 * Waits inside a host's retention of ended runs (SPEC.md §4.6): the kit never lets a run it reads again be
 * rightly forgotten, and says so when it had to wait less than a scenario wanted.
 */
import { describe, expect, it } from 'vitest';
import { advertisedRetentionMs, EndedRuns, endOf, RETENTION_MARGIN_MS } from '../src/harness/retention.js';
import { runSuite } from '../src/harness/suite.js';
import { capabilities, entry } from './harness-fixtures.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const ENDED_AT = '2026-06-01T12:00:00.000Z';
const ENDED_MS = Date.parse(ENDED_AT);

const record = (members: Record<string, unknown>) => ({ object_type: 'agent_task_run', created_at: '2026-06-01T11:00:00.000Z', ...members });

describe('the end of a run record', () => {
  it('is the earliest time the record gives for it: closed_at, updated_at, the terminal event', () => {
    expect(endOf(record({ state: 'closed', closed_at: ENDED_AT, updated_at: ENDED_AT }))).toBe(ENDED_MS);
    expect(endOf(record({ state: 'failed', updated_at: '2026-06-01T12:00:05.000Z', state_history: [{ to_state: 'failed', occurred_at: ENDED_AT }] }))).toBe(ENDED_MS);
    expect(endOf(record({ state: 'closed', closed_at: '2026-06-01T13:00:00.000Z', updated_at: ENDED_AT }))).toBe(ENDED_MS);
  });

  it('is unknown for a run not ended, a document that is not a run record, or one with no readable time', () => {
    expect(endOf(record({ state: 'paused', updated_at: ENDED_AT }))).toBeUndefined();
    expect(endOf({ object_type: 'result_package', state: 'closed', closed_at: ENDED_AT })).toBeUndefined();
    expect(endOf(record({ state: 'closed', closed_at: 'yesterday' }))).toBeUndefined();
    expect(endOf('closed')).toBeUndefined();
  });
});

describe('the ended runs a scenario has read', () => {
  it('bound the host time that may pass by the advertised retention after the earliest end', () => {
    const ended = new EndedRuns();
    expect(ended.keptForMs(HOUR_MS, ENDED_MS)).toBe(Number.POSITIVE_INFINITY);
    ended.observe({ status: 200, json: record({ state: 'closed', closed_at: '2026-06-01T12:30:00.000Z' }) });
    ended.observe({ status: 200, json: record({ state: 'closed', closed_at: ENDED_AT }) });
    // Refusals and runs still under way say nothing about an end.
    ended.observe({ status: 404, json: record({ state: 'closed', closed_at: '2026-06-01T00:00:00.000Z' }) });
    ended.observe({ status: 200, json: record({ state: 'queued', updated_at: '2026-06-01T00:00:00.000Z' }) });
    expect(ended.earliestEndMs).toBe(ENDED_MS);
    expect(ended.keptForMs(HOUR_MS, ENDED_MS + 600_000)).toBe(HOUR_MS - 600_000 - RETENTION_MARGIN_MS);
    expect(ended.keptForMs(HOUR_MS, ENDED_MS + 2 * HOUR_MS)).toBe(0);
    expect(ended.keptForMs(null, ENDED_MS + 2 * HOUR_MS)).toBe(Number.POSITIVE_INFINITY);
  });

  it('are bounded only by a retention advertised as a positive integer', () => {
    const withLimits = (limits: Record<string, unknown>) => capabilities((c) => Object.assign(c.limits, limits));
    expect(advertisedRetentionMs(withLimits({ closed_run_retention_ms: DAY_MS }))).toBe(DAY_MS);
    expect(advertisedRetentionMs(withLimits({ closed_run_retention_ms: null }))).toBeNull();
    expect(advertisedRetentionMs(withLimits({}))).toBeNull();
    expect(advertisedRetentionMs(withLimits({ closed_run_retention_ms: 1.5 }))).toBeNull();
  });
});

describe('letting time pass after a run ended', () => {
  const readBack = entry(
    { id: 'read-back-a-day-later', title: 'An ended run read back after a day of host time', rules: ['LIFECYCLE-TERMINAL-ABSORBING'] },
    async (t) => {
      const { token } = await t.flows.completedRun();
      const passedMs = await t.flows.letTimePass(DAY_MS);
      const later = (await t.api.ledger(token)).body;
      t.assertEqual('LIFECYCLE-TERMINAL-ABSORBING', `state ${passedMs} ms later`, [later.state, passedMs > 0], ['closed', true]);
      t.assertTrue('LIFECYCLE-TERMINAL-ABSORBING', 'host time passed', passedMs === DAY_MS || passedMs < HOUR_MS, { expected: 'a day, or less than the retention', observed: passedMs });
    },
  );

  it('passes the whole wait on a host that keeps ended runs, and stays inside the retention of one that forgets them', async () => {
    const keeps = await runSuite({ target: { kind: 'embedded', faults: [] }, scenarios: [readBack] });
    expect(keeps.scenarios.map((o) => [o.disposition, o.reason, o.casesLeftOut])).toEqual([['pass', null, undefined]]);
    const forgets = await runSuite({ target: { kind: 'embedded', faults: [], variants: ['least-retention'] }, scenarios: [readBack] });
    expect(forgets.scenarios.map((o) => [o.disposition, o.reason, o.casesLeftOut])).toEqual([
      ['pass', null, ["time passing beyond the host's retention of ended runs (60 min, SPEC.md §4.6)"]],
    ]);
  });
});
