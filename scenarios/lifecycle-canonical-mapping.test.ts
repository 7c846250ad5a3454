import type { AgentTaskRun } from '../generated/types.js';
import { currentTicketStatus } from '../src/harness/checks/run-facts.js';
import { recoverPaused, replayRequest } from '../src/harness/checks/recovery.js';
import { PARTIAL_EVIDENCE, RESTING_PLACES, caseRunOptions, observeUntilRest } from '../src/harness/checks/run-cases.js';
import { scenario } from '../src/harness/index.js';
import { isRunState, mapCanonical } from '../src/protocol/index.js';
import type { EvidenceStatus } from '../src/protocol/index.js';

const CASES = [...RESTING_PLACES, { ...PARTIAL_EVIDENCE, callback: false as const }];

/** What the label is derived from, besides the tickets. */
const mappingInputs = (run: unknown): string => {
  const { state, evidence_status: evidence, canonical_lifecycle_state: label } = (run ?? {}) as Partial<AgentTaskRun>;
  return JSON.stringify([state, evidence, label]);
};

scenario(
  {
    id: 'lifecycle-canonical-mapping',
    title: 'At every clock step of several runs, canonical_lifecycle_state is the label SPEC §4.1 derives',
    rules: ['LIFECYCLE-CANONICAL-MAPPING'],
  },
  async (t) => {
    let observations = 0;
    // Reads the run as served and its tickets at one host instant, and judges the label the kit derives. The
    // record is read as served, not through the schema-checked API (nor flows.stepThrough, which reads that
    // way): a label outside the vocabulary must fail this rule, not block the scenario.
    const observe = async (name: string, token: string): Promise<AgentTaskRun> => {
      const path = `/api/agents/status/${encodeURIComponent(token)}`;
      const exchange = await t.http.request('GET', path);
      t.ensure('LIFECYCLE-DOCUMENTS-VALID', `${name}: GET /status/{token} answers 200`, exchange.status === 200, {
        expected: '200',
        observed: exchange.status,
      });
      const run = (exchange.json ?? {}) as AgentTaskRun;
      t.ensure('LIFECYCLE-STATE-ENUM', `${name}: state is one of the 14 run states`, isRunState(run.state), {
        expected: 'a run state',
        observed: run.state,
      });
      const tickets = (await t.api.exceptions(token)).body.items;
      const ticketStatus = currentTicketStatus(tickets);
      // A host moving in real time may have moved between the two reads: judge only a run that stood still.
      if (t.clock.mode === 'real_time' && mappingInputs((await t.http.request('GET', path)).json) !== mappingInputs(run)) return run;
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
    const cases = t.cases(CASES);
    for (const c of cases) {
      const created = await t.flows.createRun(caseRunOptions(c));
      const { token } = created;
      const atRest = await observeUntilRest(t, () => observe(c.name, token));

      // A paused run goes on through recovery (replay_ready) and a replay back to the happy labels.
      if (atRest.state === 'paused' && t.caps.replay.supported) {
        const recovered = t.need(await recoverPaused(t, created, atRest));
        await observe(`${c.name}, recovered`, token);
        await t.api.replay(token, replayRequest(recovered.replayPackage));
        await observeUntilRest(t, () => observe(`${c.name}, replayed`, token));
      }
    }
    // In real time a run may pass a phase between two reads: at least the start and the rest of each run.
    const least = t.clock.mode === 'test_clock' ? 10 : 2 * cases.length;
    t.assertTrue('LIFECYCLE-CANONICAL-MAPPING', 'run records observed', observations >= least, {
      expected: `at least ${least} observations across the runs`,
      observed: observations,
    });
  },
);
