import type { AgentTaskRun, TestScript } from '../generated/types.js';
import { currentTicketStatus } from '../src/harness/checks/run-facts.js';
import type { Answer } from '../src/harness/index.js';
import { recoverRun, replayRequest } from '../src/harness/checks/recovery.js';
import { isAtRest, scenario } from '../src/harness/index.js';
import { isRunState, mapCanonical } from '../src/protocol/index.js';
import type { EvidenceStatus } from '../src/protocol/index.js';

interface Case {
  name: string;
  script?: TestScript;
  callback?: readonly Answer[] | false;
  needs?: 'callbacks' | 'agent_runtime';
}

const CASES: readonly Case[] = [
  { name: 'happy run' },
  { name: 'partial evidence', script: { evidence_status: 'partial' }, callback: false },
  { name: 'insufficient evidence', script: { evidence_status: 'insufficient' }, callback: false },
  { name: 'structured output failure', script: { structured_output: { invalid_attempts: 11 } }, callback: false, needs: 'agent_runtime' },
  { name: 'callback refused with 410', callback: [{ status: 410 }], needs: 'callbacks' },
];
const STEP_MS = 250;
const MAX_STEPS = 200;

scenario(
  {
    id: 'lifecycle-canonical-mapping',
    title: 'At every clock step of several runs, canonical_lifecycle_state is the label SPEC §4.1 derives',
    rules: ['LIFECYCLE-CANONICAL-MAPPING'],
    requires: ['seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    let observations = 0;
    // Reads the run as served and its tickets at one host instant, and judges the label the kit derives. The
    // record is read as served, not through the schema-checked API (nor flows.stepThrough, which reads that
    // way): a label outside the vocabulary must fail this rule, not block the scenario.
    const observe = async (name: string, token: string): Promise<AgentTaskRun> => {
      const exchange = await t.http.request('GET', `/api/agents/status/${encodeURIComponent(token)}`);
      if (exchange.status !== 200) return t.blocked(`${name}: status answered ${exchange.status}`);
      const run = exchange.json as AgentTaskRun;
      if (!isRunState(run.state)) return t.blocked(`${name}: state ${JSON.stringify(run.state)} is no run state (lifecycle-state-enum judges it)`);
      const tickets = (await t.api.exceptions(token)).body.items;
      const ticketStatus = currentTicketStatus(tickets);
      const expected = mapCanonical({
        state: run.state,
        evidenceStatus: (run.evidence_status ?? null) as EvidenceStatus | null,
        exceptionStatus: ticketStatus,
      });
      t.assertEqual(
        'LIFECYCLE-CANONICAL-MAPPING',
        `${name}: canonical_lifecycle_state for state ${run.state}, evidence ${String(run.evidence_status)}, ticket ${String(ticketStatus)}`,
        run.canonical_lifecycle_state,
        expected,
      );
      observations += 1;
      return run;
    };
    const observeUntilRest = async (name: string, token: string): Promise<AgentTaskRun> => {
      let run = await observe(name, token);
      for (let step = 0; step < MAX_STEPS && !isAtRest(run); step += 1) {
        await t.clock.advance(STEP_MS);
        run = await observe(name, token);
      }
      return run;
    };

    for (const c of CASES) {
      if (c.needs !== undefined && !t.caps[c.needs].supported) continue;
      const created = await t.flows.createRun({ ...(c.script ? { script: c.script } : {}), ...(c.callback !== undefined ? { callback: c.callback } : {}) });
      const { token } = created;
      const atRest = await observeUntilRest(c.name, token);

      // A paused run goes on through recovery (replay_ready) and a replay back to the happy labels.
      if (atRest.state === 'paused' && t.caps.replay.supported) {
        const ticket = (await t.api.exceptions(token)).body.items.find((item) => item.status === 'open');
        if (ticket === undefined) return t.blocked(`${c.name}: the paused run has no open exception ticket`);
        const recovered = await recoverRun(t, { run: created, paused: atRest, ticket }, 'add_evidence');
        if (!recovered.ok) return t.blocked(`${c.name}: ${recovered.reason}`);
        await observe(`${c.name}, recovered`, token);
        await t.api.replay(token, replayRequest(recovered.value.replayPackage));
        await observeUntilRest(`${c.name}, replayed`, token);
      }
    }
    t.assertTrue('LIFECYCLE-CANONICAL-MAPPING', 'run records observed', observations >= 10, {
      expected: 'at least 10 observations across the runs',
      observed: observations,
    });
  },
);
