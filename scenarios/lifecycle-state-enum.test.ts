import type { AgentTaskRun } from '../generated/types.js';
import { RESTING_PLACES, applicableCases, caseRunOptions, observeUntilRest } from '../src/harness/checks/run-cases.js';
import { scenario } from '../src/harness/index.js';
import { CANONICAL_STATES, RUN_STATES, isRunState } from '../src/protocol/index.js';

scenario(
  {
    id: 'lifecycle-state-enum',
    title: "At every clock step of several runs, the status and ledger answers' state and canonical_lifecycle_state are values of the published vocabularies",
    rules: ['LIFECYCLE-STATE-ENUM'],
    requires: ['seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    const seen = new Set<string>();
    // Both answers are read as served, not through the schema-checked API: an unknown label must fail this
    // rule rather than block the scenario, which is why the clock is stepped by observeUntilRest.
    const observe = async (name: string, token: string): Promise<Partial<AgentTaskRun>> => {
      let status: Partial<AgentTaskRun> = {};
      for (const [answer, path] of [
        ['status', `/api/agents/status/${encodeURIComponent(token)}`],
        ['ledger', `/api/agents/tasks/${encodeURIComponent(token)}/ledger`],
      ] as const) {
        const exchange = await t.http.request('GET', path);
        if (exchange.status !== 200) return t.blocked(`${name}: the ${answer} answer was ${exchange.status}`);
        const run = (exchange.json ?? {}) as Partial<AgentTaskRun>;
        t.assertTrue('LIFECYCLE-STATE-ENUM', `${name}, ${answer} answer: state is one of the 14 run states`, isRunState(run.state), {
          expected: RUN_STATES.join(' | '),
          observed: run.state,
        });
        t.assertTrue(
          'LIFECYCLE-STATE-ENUM',
          `${name}, ${answer} answer: canonical_lifecycle_state is one of the 21 canonical labels`,
          (CANONICAL_STATES as readonly unknown[]).includes(run.canonical_lifecycle_state),
          { expected: CANONICAL_STATES.join(' | '), observed: run.canonical_lifecycle_state },
        );
        seen.add(String(run.state));
        if (answer === 'status') status = run;
      }
      return status;
    };

    for (const c of applicableCases(t.caps, RESTING_PLACES)) {
      const { token } = await t.flows.createRun(caseRunOptions(c));
      await observeUntilRest(t.clock, (step) => observe(step === 0 ? c.name : `${c.name}, step ${step}`, token));
    }
    // The terminal and paused states must have been judged, not only the happy path's.
    const unobserved = ['closed', 'paused'].filter((state) => !seen.has(state));
    if (unobserved.length > 0) return t.blocked(`no run was observed in ${unobserved.join(', ')}`);
  },
);
