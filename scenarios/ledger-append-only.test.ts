import type { AgentTaskRun } from '../generated/types.js';
import { recoverPaused, replayRequest } from '../src/harness/checks/recovery.js';
import { FINE_STEPS, HAPPY_RUN, INSUFFICIENT_EVIDENCE, caseRunOptions } from '../src/harness/checks/run-cases.js';
import { scenario } from '../src/harness/index.js';
import { jcs } from '../src/jcs.js';

const CASES = [HAPPY_RUN, INSUFFICIENT_EVIDENCE];
const ONE_DAY_MS = 86_400_000;

scenario(
  {
    id: 'ledger-append-only',
    title: 'Every ledger read serves every earlier-served event again, byte-identical in JCS form, at the same position',
    rules: ['LEDGER-APPEND-ONLY'],
  },
  async (t) => {
    for (const c of t.cases(CASES)) {
      const created = await t.flows.createRun(caseRunOptions(c));
      const { token } = created;
      // The JCS form of every event served so far, by position.
      let served: string[] = [];
      let reads = 0;
      const judge = (ledger: AgentTaskRun, when: string): void => {
        const now = (ledger.state_history ?? []).map((event) => jcs(event));
        t.assertEqual('LEDGER-APPEND-ONLY', `${c.name}, ${when}: the ${served.length} events served before, as served now`, now.slice(0, served.length), served);
        served = now;
        reads += 1;
      };
      const read = async (when: string): Promise<void> => judge((await t.api.ledger(token)).body, when);

      const readEveryStep = (phase: string) =>
        t.flows.stepThrough(
          token,
          async (ledger, step) => {
            judge(ledger, `${phase}step ${step}`);
            return false;
          },
          // The judge compares each read with what was served before, which can no longer change.
          { ...FINE_STEPS, recordOnly: true },
        );

      await readEveryStep('');
      // Reads without time passing, then after a long quiet period, and after further requests on the run.
      await read('immediate re-read');
      await t.flows.letTimePass(ONE_DAY_MS, [token]);
      await read('after time passed');
      if (t.caps.replay.supported && c.script?.evidence_status === 'insufficient') {
        const recovered = t.need(await recoverPaused(t, created, (await t.api.ledger(token)).body));
        await read('after recovery');
        // A replay appends to the trail; the events before it stay as served.
        await t.api.replay(token, replayRequest(recovered.replayPackage));
        await read('after the replay started');
        await readEveryStep('replay, ');
      }
      // In real time a fast run may come to rest before a second poll: its read at rest and the two after it.
      const least = t.clock.mode === 'test_clock' ? 5 : 3;
      t.assertTrue('LEDGER-APPEND-ONLY', `${c.name}: events served and re-read`, served.length >= 5 && reads >= least, {
        expected: `at least 5 events, read at least ${least} times`,
        observed: { events: served.length, reads },
      });
    }
  },
);
