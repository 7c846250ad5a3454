import type { AgentTaskRun } from '../generated/types.js';
import { HAPPY_RUN, INSUFFICIENT_EVIDENCE, RESTING_PLACES, caseRunOptions, observeUntilRest } from '../src/harness/checks/run-cases.js';
import { scenario } from '../src/harness/index.js';
import type { RuleId } from '../src/rules.js';
import { CANONICAL_STATES, RUN_STATES, isRunState } from '../src/protocol/index.js';

scenario(
  {
    id: 'lifecycle-state-enum',
    title: "At every clock step of several runs, the status and ledger answers' state and canonical_lifecycle_state are values of the published vocabularies",
    rules: ['LIFECYCLE-STATE-ENUM'],
  },
  async (t) => {
    // Both answers are read as served, not through the schema-checked API: an unknown label must fail this
    // rule rather than block the scenario, which is why the clock is stepped by observeUntilRest.
    const observe = async (name: string, token: string): Promise<Partial<AgentTaskRun>> => {
      let status: Partial<AgentTaskRun> = {};
      for (const [answer, path] of [
        ['status', `/api/agents/status/${encodeURIComponent(token)}`],
        ['ledger', `/api/agents/tasks/${encodeURIComponent(token)}/ledger`],
      ] as const) {
        const exchange = await t.http.request('GET', path);
        t.ensure('LIFECYCLE-DOCUMENTS-VALID', `${name}: the ${answer} answer is 200`, exchange.status === 200, {
          expected: '200',
          observed: exchange.status,
        });
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
        if (answer === 'status') status = run;
      }
      return status;
    };

    // The terminal and paused states must be judged, not only the happy path's: the runs that rest in them, and
    // the rule a run resting elsewhere breaks.
    const mustRest: Readonly<Record<string, readonly [string, RuleId]>> = {
      [HAPPY_RUN.name]: ['closed', 'LIFECYCLE-HAPPY-PATH'],
      [INSUFFICIENT_EVIDENCE.name]: ['paused', 'SEAMS-SCRIPT-HONOURED'],
    };
    for (const c of t.cases(RESTING_PLACES)) {
      const { token } = await t.flows.createRun(caseRunOptions(c));
      const atRest = await observeUntilRest(t, (step) => observe(step === 0 ? c.name : `${c.name}, step ${step}`, token));
      const rest = mustRest[c.name];
      if (rest !== undefined) {
        t.ensure(rest[1], `${c.name}: run ${token}${c.script ? ` scripted ${JSON.stringify(c.script)}` : ''} comes to rest ${rest[0]}`, atRest.state === rest[0], {
          expected: JSON.stringify(rest[0]),
          observed: atRest.state,
        });
      }
    }
  },
);
