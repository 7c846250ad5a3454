import type { AgentTaskRun } from '../generated/types.js';
import { recoverPaused, replayRequest } from '../src/harness/checks/recovery.js';
import { FINE_STEPS, HAPPY_RUN, INSUFFICIENT_EVIDENCE, PARTIAL_EVIDENCE, caseRunOptions } from '../src/harness/checks/run-cases.js';
import { scenario } from '../src/harness/index.js';
import { mapContractLifecycle } from '../src/protocol/index.js';

const CASES = [HAPPY_RUN, PARTIAL_EVIDENCE, INSUFFICIENT_EVIDENCE];

scenario(
  {
    id: 'lifecycle-contract-mapping',
    title: "At every clock step, the result contract's lifecycle_state is SPEC §4.1-B of the run's canonical state",
    rules: ['LIFECYCLE-CONTRACT-MAPPING'],
  },
  async (t) => {
    const seen = new Set<string>();
    // The run record and the contract are read at the same host instant: no advance happens between them.
    const observe = async (name: string, token: string, run: AgentTaskRun): Promise<void> => {
      const contract = await t.http.request('GET', `/api/agents/tasks/${encodeURIComponent(token)}/result-contract`);
      // A result contract is served at every point of a run's life (SPEC §6.5).
      t.ensure('LIFECYCLE-DOCUMENTS-VALID', `${name}: GET /tasks/{token}/result-contract answers 200`, contract.status === 200, {
        expected: '200',
        observed: contract.status,
      });
      const canonical = run.canonical_lifecycle_state;
      t.ensure('LIFECYCLE-STATE-ENUM', `${name}: the run record carries a canonical_lifecycle_state`, canonical !== undefined, {
        expected: 'one of the 21 canonical labels',
        observed: canonical,
      });
      if (canonical === undefined) return;
      // In real time the host may move between the reads: judge only a run seen in the same state and label
      // after the contract as before it. A run does not come back to a state or label unless the kit acts.
      if (t.clock.mode === 'real_time') {
        const after = (await t.api.ledger(token)).body;
        if (after.state !== run.state || after.canonical_lifecycle_state !== canonical) return;
      }
      const lifecycleState = (contract.json as { lifecycle_state?: unknown } | undefined)?.lifecycle_state;
      t.assertEqual(
        'LIFECYCLE-CONTRACT-MAPPING',
        `${name}: result contract lifecycle_state while the run is ${canonical}`,
        lifecycleState,
        mapContractLifecycle(canonical),
      );
      seen.add(canonical);
    };
    const observeUntilRest = async (name: string, token: string): Promise<AgentTaskRun> => {
      const stepped = await t.flows.stepThrough(
        token,
        async (run) => {
          await observe(name, token, run);
          return false;
        },
        { ...FINE_STEPS, recordOnly: true },
      );
      return stepped.run;
    };

    const cases = t.cases(CASES);
    for (const c of cases) {
      const created = await t.flows.createRun(caseRunOptions(c));
      const { token } = created;
      const atRest = await observeUntilRest(c.name, token);
      if (c === INSUFFICIENT_EVIDENCE) {
        t.ensure('SEAMS-SCRIPT-HONOURED', `${c.name}: run ${token} scripted ${JSON.stringify(c.script)} comes to rest paused`, atRest.state === 'paused', {
          expected: '"paused"',
          observed: atRest.state,
        });
      }
      if (atRest.state === 'paused' && t.caps.replay.supported) {
        const recovered = t.need(await recoverPaused(t, created, atRest));
        await observe(`${c.name}, recovered`, token, (await t.api.status(token)).body);
        await t.api.replay(token, replayRequest(recovered.replayPackage));
        await observeUntilRest(`${c.name}, replayed`, token);
      }
    }
    // A label whose contract name differs is judged whenever a run shows it; only a resting label is sure to be
    // shown, because a host may group a run's events into phases so that it never rests in receipt_issued or
    // evidence_partial (SPEC §13.3).
    // The insufficient-evidence run paused (checked above), so its canonical state had to become exception_open.
    if (cases.includes(INSUFFICIENT_EVIDENCE)) {
      t.ensure('REPLAY-EXCEPTION-OPENED', 'the run paused on insufficient evidence is observed canonically exception_open', seen.has('exception_open'), {
        expected: 'a run record with canonical_lifecycle_state "exception_open"',
        observed: [...seen],
      });
    }
  },
);
