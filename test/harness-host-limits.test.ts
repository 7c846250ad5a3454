/**
 * The advertised limits the kit works within (SPEC.md §4.6): it never lets a run it reads again be rightly
 * forgotten, nor makes a run the host may rightly refuse, and says so when a scenario wanted more.
 */
import { describe, expect, it } from 'vitest';
import { advertisedInFlightLimit, advertisedRetentionMs, EndedRuns, endOf, RETENTION_MARGIN_MS } from '../src/harness/host-limits.js';
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
  it('bound the host time that may pass by the advertised retention after the end of the runs named, or of every one', () => {
    const ended = new EndedRuns();
    expect(ended.keptForMs(HOUR_MS, ENDED_MS)).toBe(Number.POSITIVE_INFINITY);
    ended.observe({ status: 200, json: record({ agent_task_run_id: 'run_late', state: 'closed', closed_at: '2026-06-01T12:30:00.000Z' }) });
    ended.observe({ status: 200, json: record({ agent_task_run_id: 'run_early', state: 'closed', closed_at: ENDED_AT }) });
    // Refusals, runs still under way and records without a run id say nothing about an end.
    ended.observe({ status: 404, json: record({ agent_task_run_id: 'run_x', state: 'closed', closed_at: '2026-06-01T00:00:00.000Z' }) });
    ended.observe({ status: 200, json: record({ agent_task_run_id: 'run_y', state: 'queued', updated_at: '2026-06-01T00:00:00.000Z' }) });
    ended.observe({ status: 200, json: record({ state: 'closed', closed_at: '2026-06-01T00:00:00.000Z' }) });
    expect(ended.earliestEndMs()).toBe(ENDED_MS);
    expect(ended.keptForMs(HOUR_MS, ENDED_MS + 600_000)).toBe(HOUR_MS - 600_000 - RETENTION_MARGIN_MS);
    expect(ended.keptForMs(HOUR_MS, ENDED_MS + 2 * HOUR_MS)).toBe(0);
    expect(ended.keptForMs(null, ENDED_MS + 2 * HOUR_MS)).toBe(Number.POSITIVE_INFINITY);
    // A scenario that reads only the later run again may let time pass until that one's retention ends.
    expect(ended.keptForMs(HOUR_MS, ENDED_MS + HOUR_MS, ['run_late'])).toBe(HOUR_MS / 2 - RETENTION_MARGIN_MS);
    expect(ended.keptForMs(HOUR_MS, ENDED_MS, ['run_y'])).toBe(Number.POSITIVE_INFINITY);
  });

  it('are known by run id once a record of theirs was read ended', () => {
    const ended = new EndedRuns();
    ended.observe({ status: 200, json: record({ agent_task_run_id: 'run_a', state: 'queued', updated_at: ENDED_AT }) });
    expect(ended.hasEnded('run_a')).toBe(false);
    ended.observe({ status: 200, json: record({ agent_task_run_id: 'run_a', state: 'failed', updated_at: ENDED_AT }) });
    expect(ended.hasEnded('run_a')).toBe(true);
  });
});

describe('advertised limits', () => {
  const withLimits = (limits: Record<string, unknown>) => capabilities((c) => Object.assign(c.limits, limits));

  it('bound the kit only when advertised as positive integers', () => {
    expect(advertisedRetentionMs(withLimits({ closed_run_retention_ms: DAY_MS }))).toBe(DAY_MS);
    expect(advertisedRetentionMs(withLimits({ closed_run_retention_ms: null }))).toBeNull();
    expect(advertisedRetentionMs(withLimits({}))).toBeNull();
    expect(advertisedRetentionMs(withLimits({ closed_run_retention_ms: 1.5 }))).toBeNull();
    expect(advertisedInFlightLimit(withLimits({ max_runs_in_flight_per_tenant: 5 }))).toBe(5);
    expect(advertisedInFlightLimit(withLimits({ max_runs_in_flight_per_tenant: 0 }))).toBeNull();
    expect(advertisedInFlightLimit(withLimits({}))).toBeNull();
  });
});

describe('runs of one tenant in flight on a host that allows five', () => {
  const target = { kind: 'embedded' as const, faults: [], variants: ['tight-tenant-limits'] };
  const manyRuns = (makeRoom: boolean) =>
    entry({ id: `seven-runs-${makeRoom ? 'made-room-for' : 'at-once'}`, title: 'Seven runs of one tenant', rules: ['LIFECYCLE-HAPPY-PATH'] }, async (t) => {
      const entitlement = await t.flows.fundedTenantEntitlement({ runs: 7 });
      const tokens = [];
      for (let i = 0; i < 7; i += 1) tokens.push((await t.flows.createRun({ entitlement, callback: false, makeRoom })).token);
      for (const token of tokens) t.assertEqual('LIFECYCLE-HAPPY-PATH', `run ${token} at rest`, (await t.flows.runToRest(token)).state, 'closed');
    });

  it('are made after driving the earlier ones to rest when the scenario can do without them, and are otherwise inapplicable', async () => {
    const result = await runSuite({ target, scenarios: [manyRuns(true), manyRuns(false)] });
    expect(Object.fromEntries(result.scenarios.map((o) => [o.id, [o.disposition, o.reason]]))).toEqual({
      'seven-runs-at-once': ['inapplicable', 'the scenario keeps more than 5 runs of one tenant in flight at once; the host allows 5 (limits.max_runs_in_flight_per_tenant, SPEC.md §4.6)'],
      'seven-runs-made-room-for': ['pass', null],
    });
  });

  it('leave out a case that needs more of them at once than the host allows', async () => {
    let runnable: string[] = [];
    const cases = entry({ id: 'cases-at-once', title: 'Cases needing runs at once', rules: ['LIFECYCLE-HAPPY-PATH'] }, async (t) => {
      runnable = t.cases([{ name: 'five at once', runsAtOnce: 5 }, { name: 'six at once', runsAtOnce: 6 }]).map((c) => c.name);
      t.assertTrue('LIFECYCLE-HAPPY-PATH', 'cases chosen', true, { expected: 'cases', observed: runnable });
    });
    const result = await runSuite({ target, scenarios: [cases] });
    expect(runnable).toEqual(['five at once']);
    expect(result.scenarios[0]?.casesLeftOut).toEqual(['six at once (needs 6 runs of one tenant in flight at once; the host allows 5)']);
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
