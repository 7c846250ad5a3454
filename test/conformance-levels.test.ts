/**
 * Conformance levels (SPEC.md §13.6): the registry's stated level of every rule agrees with the scenarios citing
 * it, and the reports derive the level reached and what was tested the same way for every host shape.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HostCapabilities } from '../generated/types.js';
import { auditScenarioDirectory } from '../dev/audit/scenario-sources.js';
import { levelMismatches, offeredLevel, ruleLevels, scenarioLevel } from '../src/harness/levels.js';
import type { ScenarioOutcome, SuiteResult } from '../src/harness/outcome.js';
import { formatDuration, pollIntervalMs, TimeBudget, withAllowance } from '../src/harness/real-time.js';
import { analyzeSuite, type RegistryRule } from '../src/report/analysis.js';
import { formatConsoleReport } from '../src/report/console.js';
import { buildJsonReport } from '../src/report/json-report.js';
import { ruleRegistry } from '../src/rules.js';
import { packageRoot } from '../src/schemas.js';
import { validate } from '../src/validate.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(packageRoot, 'fixtures', 'host-capabilities', 'valid', `${name}.json`), 'utf8')) as HostCapabilities;
const conformanceCaps = fixture('reference-host-conformance');
const noSeams: HostCapabilities = { ...conformanceCaps, seams: { supported: false } } as HostCapabilities;
const clockOnly: HostCapabilities = {
  ...conformanceCaps,
  seams: { supported: true, test_clock: { supported: true }, scripted_runs: { supported: false }, tenants: { supported: false } },
} as HostCapabilities;

describe('levels of scenarios and rules', () => {
  it('derives a scenario level from the seams it requires', () => {
    expect(scenarioLevel([])).toBe('core');
    expect(scenarioLevel(['callbacks', 'idempotency'])).toBe('core');
    expect(scenarioLevel(['callbacks', 'seams.test_clock'])).toBe('timed');
    expect(scenarioLevel(['seams.tenants'])).toBe('full');
    expect(scenarioLevel(['seams.scripted_runs', 'seams.test_clock'])).toBe('full');
  });

  it('gives a rule the lowest level among its scenarios', () => {
    const levels = ruleLevels([
      { rules: ['A', 'B'], requires: ['seams.scripted_runs'] },
      { rules: ['B'], requires: ['seams.test_clock'] },
      { rules: ['C'], requires: [] },
    ]);
    expect(Object.fromEntries(levels)).toEqual({ A: 'full', B: 'timed', C: 'core' });
  });

  it('spec/rules.json states the level its scenarios give each rule', () => {
    const { sources } = auditScenarioDirectory(packageRoot, { knownRuleIds: new Set(ruleRegistry.rules.map((r) => r.id)) });
    const declared = new Map(ruleRegistry.rules.map((rule) => [rule.id as string, rule.conformance_level]));
    expect(levelMismatches(declared, sources)).toEqual([]);
  });

  it('flags a stated level that disagrees', () => {
    expect(levelMismatches(new Map([['A', 'full']]), [{ rules: ['A'], requires: [] }])).toEqual([
      'A states conformance_level full; its scenarios make it core',
    ]);
  });

  it('reads the offered level from the seams declared', () => {
    expect(offeredLevel(noSeams)).toBe('core');
    expect(offeredLevel(clockOnly)).toBe('timed');
    expect(offeredLevel(conformanceCaps)).toBe('full');
  });
});

function outcome(id: string, rules: string[], requires: string[], disposition: ScenarioOutcome['disposition'], reason: string | null = null): ScenarioOutcome {
  return {
    id,
    file: `scenarios/${id}.test.ts`,
    title: id,
    area: rules[0]!.split('-')[0]!,
    rules,
    requires,
    disposition,
    reason,
    assertions: disposition === 'pass' || disposition === 'fail' ? 1 : 0,
    durationMs: 1,
    exchanges: 1,
    failures: disposition === 'fail' ? [{ rule: rules[0]!, text: '', what: 'x', expected: '1', observed: '2', transcript: '' }] : [],
  };
}

function suite(caps: HostCapabilities, scenarios: ScenarioOutcome[]): SuiteResult {
  return {
    scenarios,
    hostUrl: 'http://host.test',
    capabilities: caps,
    capabilitiesDigest: `sha256:${'1'.repeat(64)}`,
    startedAt: '2026-06-02T10:00:00.000Z',
    finishedAt: '2026-06-02T10:00:01.000Z',
    wallTimeMs: 1000,
    exchanges: scenarios.length,
  };
}

const registry: RegistryRule[] = [
  { id: 'LEDGER-HASH-LINK', area: 'LEDGER', level: 'MUST', conformance_level: 'core' },
  { id: 'CALLBACK-SCHEDULE', area: 'CALLBACK', level: 'MUST', conformance_level: 'timed' },
  { id: 'REPLAY-SAME-RUN', area: 'REPLAY', level: 'MUST', conformance_level: 'full' },
  { id: 'QUEUE-STUCK-ALERT', area: 'QUEUE', level: 'MUST', conformance_level: 'core' },
  { id: 'DISCOVERY-STABLE', area: 'DISCOVERY', level: 'SHOULD', conformance_level: 'core' },
] as RegistryRule[];

const context = { kit: { name: 'agent-task-kit', version: '9.9.9' }, specVersion: '1.0.0', faults: [] };

describe('level reached and what was tested', () => {
  const coreHost = (ledger: ScenarioOutcome['disposition']) =>
    suite({ ...noSeams, queue_monitor: { supported: false } } as HostCapabilities, [
      outcome('ledger-hash-link', ['LEDGER-HASH-LINK'], [], ledger),
      outcome('callback-schedule-followed', ['CALLBACK-SCHEDULE'], ['callbacks', 'seams.test_clock'], 'inapplicable', 'host does not declare seams.supported'),
      outcome('replay-same-run', ['REPLAY-SAME-RUN'], ['replay', 'seams.scripted_runs'], 'inapplicable', 'host does not declare seams.supported'),
      outcome('queue-stuck-alert', ['QUEUE-STUCK-ALERT'], ['queue_monitor'], 'inapplicable', 'host does not declare queue_monitor.supported'),
    ]);

  it('a core host that passes what it can reaches core, lists what needs more, and leaves undeclared areas out', () => {
    const analysis = analyzeSuite(coreHost('pass'), registry, { blocked: 'incomplete' });
    expect(analysis.levels).toMatchObject({
      offered: 'core',
      reached: 'core',
      mustRules: 3,
      tested: ['LEDGER-HASH-LINK'],
      notApplicable: ['QUEUE-STUCK-ALERT'],
    });
    expect(analysis.levels.needHigherLevel.map((r) => [r.id, r.level])).toEqual([
      ['CALLBACK-SCHEDULE', 'timed'],
      ['REPLAY-SAME-RUN', 'full'],
    ]);
    const text = formatConsoleReport(analysis, context, ruleRegistry.areas);
    expect(text).toContain('Result: PASS at level core — 1 of 3 MUST rules tested; 2 need the test clock or scripted runs and tenants (listed)');
    expect(text).toContain('  timed (the test clock): CALLBACK-SCHEDULE');
    expect(analysis.verdict.exitCode).toBe(0);
  });

  it('leaves out the rules of an undeclared area whose scenarios require nothing (RUNTIME reads the contract as served)', () => {
    const withRuntime: RegistryRule[] = [...registry, { id: 'RUNTIME-EVENT-SCHEMAS', area: 'RUNTIME', level: 'MUST', conformance_level: 'core' } as RegistryRule];
    const noRuntime = suite({ ...noSeams, queue_monitor: { supported: false }, agent_runtime: { supported: false } } as HostCapabilities, [
      ...coreHost('pass').scenarios,
      outcome('runtime-event-schemas', ['RUNTIME-EVENT-SCHEMAS'], [], 'inapplicable', 'host does not declare agent_runtime.supported'),
    ]);
    const analysis = analyzeSuite(noRuntime, withRuntime, { blocked: 'incomplete', requireLevel: 'core' });
    expect(analysis.levels).toMatchObject({ mustRules: 3, notApplicable: ['QUEUE-STUCK-ALERT', 'RUNTIME-EVENT-SCHEMAS'] });
    expect(analysis.verdict).toMatchObject({ kind: 'pass', exitCode: 0 });
  });

  it('--require-level above the level reached fails the run, in every report', () => {
    const analysis = analyzeSuite(coreHost('pass'), registry, { blocked: 'incomplete', requireLevel: 'timed' });
    expect(analysis.verdict.exitCode).toBe(1);
    expect(analysis.verdict.problems).toContain('--require-level timed: the host reached level core (the host offers level core)');
    const report = buildJsonReport(analysis, context);
    const checked = validate('conformance-report', report);
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    expect(report.conformance).toMatchObject({ offered_level: 'core', reached_level: 'core', required_level: 'timed', complete: false });
  });

  it('--require-level fails a run that reached the level but left a rule at or below it untested', () => {
    const filtered = suite(conformanceCaps, [
      outcome('ledger-hash-link', ['LEDGER-HASH-LINK'], [], 'pass'),
      outcome('callback-schedule-followed', ['CALLBACK-SCHEDULE'], ['callbacks', 'seams.test_clock'], 'blocked'),
      outcome('replay-same-run', ['REPLAY-SAME-RUN'], ['replay', 'seams.scripted_runs'], 'pass'),
      outcome('queue-stuck-alert', ['QUEUE-STUCK-ALERT'], ['queue_monitor'], 'pass'),
    ]);
    const core = analyzeSuite(filtered, registry, { blocked: 'accept', requireLevel: 'core' });
    expect(core.verdict).toMatchObject({ kind: 'pass', exitCode: 0 });
    const full = analyzeSuite(filtered, registry, { blocked: 'accept', requireLevel: 'full' });
    expect(full.levels.reached).toBe('full');
    expect(full.verdict).toMatchObject({ kind: 'fail', exitCode: 1 });
    expect(full.verdict.problems).toContain('--require-level full: 1 MUST rule(s) of level full or below were not tested in this run (CALLBACK-SCHEDULE)');
  });

  it('a failed core rule leaves no level reached', () => {
    const analysis = analyzeSuite(coreHost('fail'), registry, { blocked: 'incomplete' });
    expect(analysis.levels.reached).toBeNull();
    expect(formatConsoleReport(analysis, context, ruleRegistry.areas)).toContain('Conformance: no level reached — 1 of 3 MUST rules tested');
  });

  it('shows no level when the run tested no MUST rule', () => {
    const blocked = suite(conformanceCaps, [
      outcome('ledger-hash-link', ['LEDGER-HASH-LINK'], [], 'blocked'),
      outcome('callback-schedule-followed', ['CALLBACK-SCHEDULE'], ['callbacks', 'seams.test_clock'], 'blocked'),
    ]);
    const analysis = analyzeSuite(blocked, registry, { blocked: 'incomplete' });
    expect(formatConsoleReport(analysis, context, ruleRegistry.areas)).toContain('Conformance: no level shown — 0 of 4 MUST rules tested; 4 not tested in this run (listed)');
  });

  it('a full host whose timed rule fails reaches core only', () => {
    const analysis = analyzeSuite(
      suite(conformanceCaps, [
        outcome('ledger-hash-link', ['LEDGER-HASH-LINK'], [], 'pass'),
        outcome('callback-schedule-followed', ['CALLBACK-SCHEDULE'], ['callbacks', 'seams.test_clock'], 'fail'),
        outcome('replay-same-run', ['REPLAY-SAME-RUN'], ['replay', 'seams.scripted_runs'], 'pass'),
        outcome('queue-stuck-alert', ['QUEUE-STUCK-ALERT'], ['queue_monitor'], 'pass'),
      ]),
      registry,
      { blocked: 'incomplete' },
    );
    expect(analysis.levels).toMatchObject({ offered: 'full', reached: 'core', mustRules: 4 });
    expect(analysis.levels.tested).toHaveLength(4);
  });

  it('says a bare PASS only when every applicable MUST rule was tested', () => {
    const analysis = analyzeSuite(
      suite(conformanceCaps, [
        outcome('ledger-hash-link', ['LEDGER-HASH-LINK'], [], 'pass'),
        outcome('callback-schedule-followed', ['CALLBACK-SCHEDULE'], ['callbacks', 'seams.test_clock'], 'pass'),
        outcome('replay-same-run', ['REPLAY-SAME-RUN'], ['replay', 'seams.scripted_runs'], 'pass'),
        outcome('queue-stuck-alert', ['QUEUE-STUCK-ALERT'], ['queue_monitor'], 'pass'),
      ]),
      registry,
      { blocked: 'incomplete' },
    );
    expect(formatConsoleReport(analysis, context, ruleRegistry.areas)).toMatch(/\nResult: PASS\n$/);
  });
});

describe('real-time path', () => {
  it('ends a real-time wait at once when the scenario is stopped, with the stop reason', async () => {
    const controller = new AbortController();
    const waiting = new TimeBudget(600_000).wait(300_000, 'a long wait', controller.signal);
    controller.abort(new Error('scenario stopped'));
    await expect(waiting).rejects.toThrow('scenario stopped');
  });

  it('polls at a quarter of the shortest advertised period, within bounds', () => {
    const staging = {
      ...noSeams,
      callbacks: { ...conformanceCaps.callbacks, retry_schedule_ms: [0, 300, 600] },
      queue_monitor: { supported: true, heartbeat_interval_ms: 200, stuck_threshold_ms: 1500 },
    } as HostCapabilities;
    expect(pollIntervalMs(staging)).toBe(50);
    expect(pollIntervalMs(conformanceCaps)).toBe(1000);
  });

  it('adds the allowance to a wait and refuses a wait beyond the budget with the figures', () => {
    expect(withAllowance(1000)).toBe(1600);
    expect(() => new TimeBudget(300_000).ensureFits(86_400_000, 'the advertised retry horizon')).toThrow(
      'the advertised retry horizon is 24 h; the time budget is 5 min',
    );
    expect(formatDuration(300_000_000)).toBe('83 h');
  });
});
