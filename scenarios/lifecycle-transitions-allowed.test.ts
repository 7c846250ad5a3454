import type { AgentTaskRun } from '../generated/types.js';
import { recoverPaused, replayRequest } from '../src/harness/checks/recovery.js';
import type { RecoveryAction } from '../src/harness/checks/recovery.js';
import {
  CALLBACK_GONE,
  HAPPY_RUN,
  INSUFFICIENT_EVIDENCE,
  PARTIAL_EVIDENCE,
  STRUCTURED_OUTPUT_FAILURE,
  TOOL_FAILURE,
  caseRunOptions,
} from '../src/harness/checks/run-cases.js';
import type { RunCase } from '../src/harness/checks/run-cases.js';
import { scenario } from '../src/harness/index.js';
import { verifyLedgerChain } from '../src/protocol/index.js';
import type { RuleId } from '../src/rules.js';

interface Case extends RunCase {
  /** Where the run must come to rest; anything else means the case did not exercise its trail. */
  restsIn: string;
  /** The rule a run resting elsewhere breaks: by default the script's seam, or the happy path without one. */
  restsBy?: RuleId;
  /** How a paused run is recovered before it is replayed to closed, when the host supports replay. */
  replay?: RecoveryAction;
}

const CASES: readonly Case[] = [
  { ...HAPPY_RUN, name: 'happy run with a callback', callback: [], restsIn: 'closed', needs: 'callbacks' },
  { name: 'run without a callback URL', callback: false, restsIn: 'closed' },
  { ...PARTIAL_EVIDENCE, callback: false, restsIn: 'closed' },
  { ...INSUFFICIENT_EVIDENCE, callback: false, restsIn: 'paused', replay: 'add_evidence' },
  { name: 'failure in evidence review', script: { fail_at: 'evidence_review' }, callback: false, restsIn: 'paused' },
  { ...TOOL_FAILURE, callback: false, restsIn: 'paused', replay: 'retry_step' },
  { name: 'failure while packaging', script: { fail_at: 'result_packaged', units_before_failure: 1 }, callback: false, restsIn: 'paused', replay: 'retry_step' },
  { name: 'stall in tool execution', script: { stall_at: 'tool_execution' }, callback: false, restsIn: 'tool_execution' },
  { ...STRUCTURED_OUTPUT_FAILURE, callback: false, restsIn: 'failed', restsBy: 'LIFECYCLE-STRUCTURED-FAILURE' },
  { ...CALLBACK_GONE, restsIn: 'callback_ready', restsBy: 'CALLBACK-410-STOPS' },
];

scenario(
  {
    id: 'lifecycle-transitions-allowed',
    title: 'Every event of happy, partial, insufficient, failing, stalled and undeliverable runs, and of paused runs replayed to closed, is an allowed transition',
    rules: ['LIFECYCLE-TRANSITIONS'],
  },
  async (t) => {
    const judge = (where: string, run: AgentTaskRun): void => {
      const events = run.state_history ?? [];
      t.assertTrue('LIFECYCLE-TRANSITIONS', `${where}: the ledger records events`, events.length > 0, {
        expected: 'at least one event',
        observed: events.length,
      });
      const problems = verifyLedgerChain(events).filter((p) => p.rule === 'LIFECYCLE-TRANSITIONS');
      t.assertEqual('LIFECYCLE-TRANSITIONS', `${where}: events that are not allowed transitions`, problems, []);
    };

    for (const c of t.cases(CASES)) {
      const created = await t.flows.createRun(caseRunOptions(c));
      const run = await t.flows.runToRest(created.token);
      // The events are judged first: a run that rests elsewhere may have got there by a transition not allowed.
      judge(c.name, run);
      const restsBy = c.restsBy ?? (c.script === undefined ? 'LIFECYCLE-HAPPY-PATH' : 'SEAMS-SCRIPT-HONOURED');
      t.ensure(restsBy, `${c.name}: run ${created.token}${c.script ? ` scripted ${JSON.stringify(c.script)}` : ''} comes to rest in ${c.restsIn}`, run.state === c.restsIn, {
        expected: JSON.stringify(c.restsIn),
        observed: { state: run.state, callback_status: run.callback_status },
      });

      // Recovery and replay append their own transitions (paused → queued and on to closed).
      if (c.replay !== undefined && t.caps.replay.supported) {
        const where = `${c.name}, recovered (${c.replay}) and replayed`;
        const recovered = t.need(await recoverPaused(t, created, run, c.replay));
        await t.api.replay(created.token, replayRequest(recovered.replayPackage));
        const replayed = await t.flows.runToRest(created.token);
        judge(where, replayed);
        // A scripted failure happens once: the replayed run goes on to closed (SPEC §9.4).
        t.ensure('SEAMS-SCRIPT-HONOURED', `${where}: run ${created.token} scripted ${JSON.stringify(c.script)} comes to rest closed after its replay`, replayed.state === 'closed', {
          expected: '"closed"',
          observed: replayed.state,
        });
      }
    }
  },
);
