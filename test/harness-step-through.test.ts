/**
 * flows.stepThrough against the in-process reference host: what the observer sees, when stepping stops and
 * how far the clock moved.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { HostCapabilities } from '../generated/types.js';
import { createReferenceHost, type ReferenceHost } from '../reference-host/index.js';
import type { ScenarioContext } from '../src/harness/context.js';
import { runScenario } from '../src/harness/run-scenario.js';
import { discovered, entry, fakeEnv } from './harness-fixtures.js';

let host: ReferenceHost | undefined;

afterEach(async () => {
  await host?.close();
  host = undefined;
});

/** Runs `body` as a scenario against a fresh conformance-mode reference host and returns its outcome. */
async function withHost(body: (t: ScenarioContext) => Promise<void>) {
  host = createReferenceHost({ conformance: true });
  const answer = await host.fetch(new Request('http://reference-host.invalid/api/agents/capabilities'));
  const caps = (await answer.json()) as HostCapabilities;
  const fetch = host.fetch.bind(host);
  return runScenario(
    entry({ id: 'step-through', title: 'step through', rules: ['LIFECYCLE-STATE-ENUM'], requires: ['seams.test_clock'] }, async (t) => {
      await body(t);
      t.assertTrue('LIFECYCLE-STATE-ENUM', 'ran', true, { expected: 'the body ran', observed: true });
    }),
    fakeEnv(fetch, { discovery: discovered(caps), apiKey: null }),
  );
}

describe('flows.stepThrough', () => {
  it('shows the observer the run before the first step and after each, and stops once it has seen the run at rest', async () => {
    const seen: Array<{ step: number; state: string; events: number }> = [];
    let result: unknown;
    let movedMs = 0;
    let lastEventMs = 0;
    const outcome = await withHost(async (t) => {
      const { token } = await t.flows.createRun({ callback: false });
      const before = (await t.clock.now()).now_ms;
      const stepped = await t.flows.stepThrough(
        token,
        async (run, step) => {
          seen.push({ step, state: run.state, events: run.state_history?.length ?? 0 });
          lastEventMs = Date.parse(run.state_history?.at(-1)?.occurred_at ?? '') - before;
          return false;
        },
        { stepMs: 500 },
      );
      movedMs = (await t.clock.now()).now_ms - before;
      result = { end: stepped.end, steps: stepped.steps, state: stepped.run.state };
    });
    expect(outcome.disposition).toBe('pass');
    expect(seen[0]).toMatchObject({ step: 0, state: 'queued' });
    expect(seen.map((s) => s.step)).toEqual(seen.map((_, i) => i));
    expect(seen.at(-1)?.state).toBe('closed');
    // Ledger records with their events: the trail only grows.
    expect(seen.every((s, i) => i === 0 || s.events >= seen[i - 1]!.events)).toBe(true);
    expect(result).toEqual({ end: 'at_rest', steps: seen.length - 1, state: 'closed' });
    // Each step goes to the next work the host reports due (next_due_at), so the last one ends where the run rests.
    expect(movedMs).toBe(lastEventMs);
  });

  it('stops when the observer answers true, at that step', async () => {
    let result: unknown;
    let calls = 0;
    await withHost(async (t) => {
      const { token } = await t.flows.createRun({ callback: false });
      const stepped = await t.flows.stepThrough(token, async (run) => {
        calls += 1;
        return run.state === 'tool_execution';
      });
      result = { end: stepped.end, steps: stepped.steps, state: stepped.run.state };
    });
    expect(result).toMatchObject({ end: 'observed', state: 'tool_execution' });
    expect(calls).toBe((result as { steps: number }).steps + 1);
  });

  it('gives up after maxSteps advances on a run that never rests', async () => {
    let result: unknown;
    let calls = 0;
    await withHost(async (t) => {
      const { token } = await t.flows.createRun({ callback: false, script: { stall_at: 'queued' } });
      const stepped = await t.flows.stepThrough(
        token,
        async () => {
          calls += 1;
          return false;
        },
        { maxSteps: 3 },
      );
      result = { end: stepped.end, steps: stepped.steps, state: stepped.run.state };
    });
    expect(result).toEqual({ end: 'max_steps', steps: 3, state: 'queued' });
    expect(calls).toBe(4);
  });

  it('ends quiet once a step as long as the quiet horizon, made when the host reports no work pending, changes nothing', async () => {
    let result: unknown;
    const advances: number[] = [];
    await withHost(async (t) => {
      const { token } = await t.flows.createRun({ callback: false, script: { stall_at: 'queued' } });
      let lastMs = (await t.clock.now()).now_ms;
      const stepped = await t.flows.stepThrough(token, async () => {
        const nowMs = (await t.clock.now()).now_ms;
        advances.push(nowMs - lastMs);
        lastMs = nowMs;
        return false;
      });
      result = { end: stepped.end, state: stepped.run.state, nextDue: (await t.clock.now()).next_due_at };
    });
    // The stuck checks fall due first (next_due_at); then nothing is pending and one horizon-long step shows it.
    expect(result).toEqual({ end: 'quiet', state: 'queued', nextDue: null });
    expect(advances.length).toBeLessThan(10);
    expect(Math.max(...advances)).toBeGreaterThanOrEqual(900_000);
  });

  it("steps at the pace of the run's script by default", async () => {
    let movedMs = 0;
    let lastEventMs = 0;
    let steps = 0;
    await withHost(async (t) => {
      const { token } = await t.flows.createRun({ callback: false, script: { step_duration_ms: 7000 } });
      const before = (await t.clock.now()).now_ms;
      const stepped = await t.flows.stepThrough(token, async () => false);
      steps = stepped.steps;
      movedMs = (await t.clock.now()).now_ms - before;
    });
    expect(steps).toBeGreaterThan(0);
    expect(movedMs).toBe(steps * 7000);
  });

  it('refuses a step that is not a positive integer', async () => {
    const outcome = await withHost(async (t) => {
      const { token } = await t.flows.createRun({ callback: false });
      await t.flows.stepThrough(token, async () => false, { stepMs: 0 });
    });
    expect(outcome.disposition).toBe('fail');
    expect(outcome.reason).toContain('stepMs must be a positive integer, got 0');
  });
});
