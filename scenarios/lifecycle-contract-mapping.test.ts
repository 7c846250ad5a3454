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
    requires: ['seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    const seen = new Set<string>();
    // The run record and the contract are read at the same host instant: no advance happens between them.
    const observe = async (name: string, token: string, run: AgentTaskRun): Promise<void> => {
      const contract = await t.http.request('GET', `/api/agents/tasks/${encodeURIComponent(token)}/result-contract`);
      if (contract.status !== 200) return t.blocked(`${name}: result-contract answered ${contract.status}`);
      const canonical = run.canonical_lifecycle_state;
      if (canonical === undefined) return t.blocked(`${name}: the run record carries no canonical_lifecycle_state`);
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
        FINE_STEPS,
      );
      return stepped.run;
    };

    for (const c of CASES) {
      const created = await t.flows.createRun(caseRunOptions(c));
      const { token } = created;
      const atRest = await observeUntilRest(c.name, token);
      if (atRest.state === 'paused' && t.caps.replay.supported) {
        const recovered = await recoverPaused(t, created, atRest);
        if (!recovered.ok) return t.blocked(`${c.name}: ${recovered.reason}`);
        await observe(`${c.name}, recovered`, token, (await t.api.status(token)).body);
        await t.api.replay(token, replayRequest(recovered.value.replayPackage));
        await observeUntilRest(`${c.name}, replayed`, token);
      }
    }
    // A label whose contract name differs is judged whenever a run shows it; only a resting label is sure to be
    // shown, because a host may group a run's events into phases so that it never rests in receipt_issued or
    // evidence_partial (SPEC §13.3).
    const unobserved = ['exception_open'].filter((label) => !seen.has(label));
    if (unobserved.length > 0) return t.blocked(`no run was observed while canonically ${unobserved.join(', ')}`);
  },
);
