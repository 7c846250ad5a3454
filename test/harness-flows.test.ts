import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AgentTaskRun, HostCapabilities } from '../generated/types.js';
import { quietHorizonMs } from '../src/harness/flows.js';
import { mapCanonical } from '../src/protocol/index.js';
import { runScenario } from '../src/harness/run-scenario.js';
import type { RuleId } from '../src/rules.js';
import { packageRoot } from '../src/schemas.js';
import { capabilities, discovered, entry, fakeEnv, json } from './harness-fixtures.js';

const fixture = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(packageRoot, 'fixtures', path), 'utf8')) as Record<string, unknown>;

const caps: HostCapabilities = capabilities((c) => {
  c.queue_monitor = { supported: true, heartbeat_interval_ms: 10_000, stuck_threshold_ms: 900_000 };
  c.seams = { supported: true, test_clock: { supported: true }, scripted_runs: { supported: true }, tenants: { supported: false } };
});

const START_MS = 1_780_394_400_000;
const TOKEN = 'tok_simulated_0123456789abcdef';

/**
 * A host whose one run replays the happy-path ledger fixture on the test clock: each event becomes visible
 * once host time reaches its `occurred_at`. `stallAfter` hides every event after that many.
 */
function simulatedHost(options: { stallAfter?: number } = {}) {
  const ledger = fixture('agent-task-run/valid/ledger-closed-happy-path.json') as unknown as AgentTaskRun;
  const events = ledger.state_history ?? [];
  const firstMs = Date.parse(events[0]!.occurred_at);
  let nowMs = START_MS;
  const advances: number[] = [];
  let created = false;

  const visible = () =>
    events.slice(0, options.stallAfter ?? events.length).filter((e) => START_MS + Date.parse(e.occurred_at) - firstMs <= nowMs);
  // The record as it stands after the events shown: every document the kit reads is held to SPEC.md's invariants.
  const record = (): AgentTaskRun => {
    const shown = visible();
    const state = shown.at(-1)!.to_state as AgentTaskRun['state'];
    const moved = (type: string) => shown.filter((e) => e.event_type === type).reduce((sum, e) => sum + (e.credit_delta ?? 0), 0);
    const { closed_at: _closedAt, ...open } = ledger;
    return {
      ...open,
      state,
      canonical_lifecycle_state: mapCanonical({ state, evidenceStatus: shown.some((e) => e.evidence_status === 'sufficient') ? 'sufficient' : 'unknown' }),
      evidence_status: shown.some((e) => e.evidence_status === 'sufficient') ? 'sufficient' : 'unknown',
      credits_reserved: moved('credit_reserved') - moved('credits_debited') - moved('credits_released'),
      credits_debited: moved('credits_debited'),
      updated_at: shown.at(-1)!.occurred_at,
      ...(state === 'closed' ? { closed_at: shown.at(-1)!.occurred_at } : {}),
      state_history: shown,
    };
  };
  const clock = () => json(200, { now: new Date(nowMs).toISOString(), now_ms: nowMs });

  const handler = async (request: Request): Promise<Response> => {
    const path = new URL(request.url).pathname.replace('/api/agents', '');
    const body = request.method === 'POST' ? ((await request.json()) as Record<string, unknown>) : {};
    switch (`${request.method} ${path}`) {
      case 'POST /trust-profiles':
        return json(201, fixture('trust-profile/valid/approved.json'));
      case 'POST /quote':
        return json(201, fixture('quote/valid/tokenops-audit.json'));
      case 'POST /settlements':
        return json(201, fixture('settlement-receipt/valid/x402-funded.json'));
      case 'POST /run':
        created = true;
        return json(201, { ...fixture('run-created/valid/created-with-callback.json'), status_token: TOKEN });
      case `GET /status/${TOKEN}`: {
        const { state_history: _history, ...status } = record();
        return json(200, status);
      }
      case `GET /tasks/${TOKEN}/ledger`:
        return json(200, record());
      case 'GET /_seams/clock':
        return clock();
      case 'POST /_seams/clock/advance':
        advances.push(body['ms'] as number);
        nowMs += body['ms'] as number;
        return clock();
      default:
        return json(404, { type: 'urn:agent-task:problem:not-found', title: 'Resource not found', status: 404 }, 'application/problem+json');
    }
  };
  return { handler, advances, created: () => created, eventsTotal: events.length };
}

function flowScenario(id: string, rules: RuleId[], body: Parameters<typeof entry>[1]) {
  return entry({ id, title: id, rules, requires: ['seams.test_clock'] }, body);
}

describe('flows', () => {
  it('completedRun funds, creates and drives a run to closed at the pace of its steps', async () => {
    const host = simulatedHost();
    let events = 0;
    const outcome = await runScenario(
      flowScenario('completed', ['LIFECYCLE-HAPPY-PATH'], async (t) => {
        const run = await t.flows.completedRun();
        events = run.run.state_history?.length ?? 0;
        t.assertEqual('LIFECYCLE-HAPPY-PATH', 'token', run.token, TOKEN);
      }),
      fakeEnv(host.handler, { discovery: discovered(caps) }),
    );
    expect(outcome.disposition).toBe('pass');
    expect(events).toBe(host.eventsTotal);
    // The fixture's events are a second apart: one default-sized step per event, no more.
    expect(host.advances.every((ms) => ms === 1000)).toBe(true);
    expect(host.advances.length).toBeLessThanOrEqual(host.eventsTotal);
    // completedRun's closed check counts because the scenario lists LIFECYCLE-HAPPY-PATH.
    expect(outcome.assertions).toBeGreaterThanOrEqual(2);
  });

  it('runToRest stops a stalled run once a step as long as the quiet horizon changes nothing', async () => {
    const host = simulatedHost({ stallAfter: 4 });
    let state = '';
    const outcome = await runScenario(
      flowScenario('stalled', ['LIFECYCLE-STATE-ENUM'], async (t) => {
        const { token } = await t.flows.createRun({ callback: false });
        state = (await t.flows.runToRest(token)).state;
        t.assertTrue('LIFECYCLE-STATE-ENUM', 'ran', true, { expected: '', observed: state });
      }),
      fakeEnv(host.handler, { discovery: discovered(caps) }),
    );
    expect(outcome.disposition).toBe('pass');
    expect(state).toBe('evidence_review');
    const horizon = quietHorizonMs(caps, 1000);
    expect(horizon).toBe(910_000);
    expect(host.advances.at(-1)).toBe(horizon);
    // Doubling from 1 s reaches the 910 s horizon in about ten quiet steps.
    expect(host.advances.length).toBeLessThan(20);
  });

  it('advanceUntil returns the last record read when the predicate never holds', async () => {
    const host = simulatedHost({ stallAfter: 2 });
    let observed: AgentTaskRun | undefined;
    await runScenario(
      flowScenario('until', ['LIFECYCLE-STATE-ENUM'], async (t) => {
        const { token } = await t.flows.createRun({ callback: false });
        observed = await t.flows.advanceUntil(token, (run) => run.state === 'closed', { stepMs: 500, maxSteps: 5 });
        t.assertTrue('LIFECYCLE-STATE-ENUM', 'ran', true, { expected: '', observed: observed.state });
      }),
      fakeEnv(host.handler, { discovery: discovered(caps) }),
    );
    expect(host.advances).toEqual([500, 500, 500, 500, 500]);
    expect(observed?.state).toBe('run_created');
  });

  it('completedRun fails under LIFECYCLE-HAPPY-PATH on a run that never closes, incidentally when unlisted', async () => {
    const incidental = await runScenario(
      flowScenario('never-closes', ['LEDGER-HASH-LINK'], async (t) => {
        await t.flows.completedRun();
        t.assertTrue('LEDGER-HASH-LINK', 'unreached', true, { expected: '', observed: 1 });
      }),
      fakeEnv(simulatedHost({ stallAfter: 4 }).handler, { discovery: discovered(caps) }),
    );
    expect(incidental.disposition).toBe('fail');
    expect(incidental.failures[0]).toMatchObject({ rule: 'LIFECYCLE-HAPPY-PATH', incidental: true });
    expect(incidental.failures[0]?.what).toMatch(/^run tok_simulated_\w+ reaches closed/);

    const failed = await runScenario(
      flowScenario('happy', ['LIFECYCLE-HAPPY-PATH'], async (t) => {
        await t.flows.completedRun();
      }),
      fakeEnv(simulatedHost({ stallAfter: 4 }).handler, { discovery: discovered(caps) }),
    );
    expect(failed.disposition).toBe('fail');
    expect(failed.failures[0]).toMatchObject({ rule: 'LIFECYCLE-HAPPY-PATH', expected: '"closed"' });
    expect(failed.failures[0]?.incidental).toBeUndefined();
  });

  it('makes a scripted run inapplicable on a host without the scripted_runs seam, before any request', async () => {
    const host = simulatedHost();
    const noScripts = capabilities((c) => {
      c.seams = { supported: true, test_clock: { supported: true } };
    });
    const outcome = await runScenario(
      flowScenario('scripted', ['SEAMS-SCRIPT-HONOURED'], async (t) => {
        await t.flows.createRun({ script: { evidence_status: 'partial' } });
      }),
      fakeEnv(host.handler, { discovery: discovered(noScripts) }),
    );
    expect(outcome).toMatchObject({ disposition: 'inapplicable', reason: 'host does not declare seams.scripted_runs.supported' });
    expect(host.created()).toBe(false);
  });
});
