import type { TestScript } from '../generated/types.js';
import type { Answer, CapabilityPath } from '../src/harness/index.js';
import { scenario } from '../src/harness/index.js';
import type { RuleId } from '../src/rules.js';
import { closedIfOffered } from '../src/harness/checks/close-exception.js';
import { recoverPaused, replayRequest } from '../src/harness/checks/recovery.js';
import { readRunDocument } from '../src/harness/checks/run-documents.js';
import type { RunDocument } from '../src/harness/checks/run-documents.js';

interface Ending {
  name: string;
  script?: TestScript;
  /** Answers of the run's callback mailbox, or false for no callback URL. */
  callback: readonly Answer[] | false;
  /** What is done to the paused run: a replay after recovery, or closing its exception. */
  then?: 'replay' | 'close_exception';
  /** Where the run rests in the end: its state and callback_status. */
  rests: [string, string];
  /** The rule a run resting anywhere else breaks. */
  restsBy: RuleId;
  /** The documents that exist for the run at rest (SPEC.md §3.1, §3.2). */
  documents: readonly RunDocument[];
  needs?: CapabilityPath;
}

const EVERY_RUN: readonly RunDocument[] = ['status', 'ledger', 'result-contract', 'work-order', 'run-contract'];
const PACKAGED: readonly RunDocument[] = [...EVERY_RUN, 'result', 'attestation'];

const ENDINGS: readonly Ending[] = [
  {
    name: 'partial evidence, delivered',
    script: { evidence_status: 'partial' },
    callback: [],
    rests: ['closed', 'delivered'],
    restsBy: 'SEAMS-SCRIPT-HONOURED',
    documents: [...PACKAGED, 'usage-receipt', 'callback-payload', 'callback-attempts'],
    needs: 'callbacks',
  },
  {
    name: 'paused for insufficient evidence',
    script: { evidence_status: 'insufficient' },
    callback: false,
    rests: ['paused', 'not_required'],
    restsBy: 'SEAMS-SCRIPT-HONOURED',
    documents: [...EVERY_RUN, 'exceptions'],
    needs: 'replay',
  },
  {
    name: 'paused after packaging',
    script: { fail_at: 'result_packaged', units_before_failure: 1 },
    callback: false,
    rests: ['paused', 'not_required'],
    restsBy: 'SEAMS-SCRIPT-HONOURED',
    documents: [...PACKAGED, 'exceptions'],
    needs: 'replay',
  },
  {
    name: 'failed in tool execution, recovered and replayed',
    script: { fail_at: 'tool_execution', units_before_failure: 1 },
    callback: false,
    then: 'replay',
    rests: ['closed', 'not_required'],
    // A scripted failure happens once: the replayed run goes on as a run without a callback (SPEC §9.4).
    restsBy: 'SEAMS-SCRIPT-HONOURED',
    documents: [...PACKAGED, 'usage-receipt', 'callback-payload', 'exceptions', 'replay-package'],
    needs: 'replay',
  },
  {
    name: 'failed in tool execution, exception closed',
    script: { fail_at: 'tool_execution', units_before_failure: 1 },
    callback: false,
    then: 'close_exception',
    rests: ['failed', 'not_required'],
    // The accepted command's target state (SPEC §10.4).
    restsBy: 'QUEUE-COMMAND-STATES',
    documents: [...EVERY_RUN, 'usage-receipt', 'exceptions'],
    needs: 'queue_monitor',
  },
  {
    name: 'failed on structured output',
    script: { structured_output: { invalid_attempts: 11 } },
    callback: false,
    rests: ['failed', 'not_required'],
    restsBy: 'LIFECYCLE-STRUCTURED-FAILURE',
    documents: [...PACKAGED, 'usage-receipt'],
    needs: 'agent_runtime',
  },
  {
    name: 'callback given up after a 410',
    script: {},
    callback: [{ status: 410 }],
    rests: ['callback_ready', 'failed'],
    restsBy: 'CALLBACK-410-STOPS',
    documents: [...PACKAGED, 'usage-receipt', 'callback-payload', 'callback-attempts'],
    needs: 'callbacks',
  },
];
/** Without scripts: the endings of natural runs, with no callback, a callback answered 200 or one answered 410. */
const NATURAL_ENDINGS: readonly Ending[] = [
  {
    name: 'natural run without a callback',
    callback: false,
    rests: ['closed', 'not_required'],
    restsBy: 'LIFECYCLE-HAPPY-PATH',
    documents: [...PACKAGED, 'usage-receipt', 'callback-payload'],
  },
  {
    name: 'natural run, delivered',
    callback: [],
    rests: ['closed', 'delivered'],
    restsBy: 'LIFECYCLE-HAPPY-PATH',
    documents: [...PACKAGED, 'usage-receipt', 'callback-payload', 'callback-attempts'],
    needs: 'callbacks',
  },
  {
    name: 'natural run, callback given up after a 410',
    callback: [{ status: 410 }],
    rests: ['callback_ready', 'failed'],
    restsBy: 'CALLBACK-410-STOPS',
    documents: [...PACKAGED, 'usage-receipt', 'callback-payload', 'callback-attempts'],
    needs: 'callbacks',
  },
];

scenario(
  {
    id: 'lifecycle-documents-every-ending',
    title: 'Every document of a run answers its success status with a valid document wherever the run ends: partial, paused, replayed, failed or with its callback given up',
    rules: ['LIFECYCLE-DOCUMENTS-VALID'],
    edges: [
      'a partial result, delivered',
      'paused for insufficient evidence',
      'paused after packaging',
      'failed, recovered and replayed to closed',
      'failed by close_exception',
      'failed on structured output',
      'a callback given up after a 410',
    ],
  },
  async (t) => {
    const endings = t.cases(ENDINGS.filter((c) => c.then !== 'close_exception' || t.caps.replay.supported), NATURAL_ENDINGS);
    t.assertTrue('LIFECYCLE-DOCUMENTS-VALID', 'run endings the host declares the areas for', endings.length > 0, { expected: 'at least one', observed: endings.length });
    for (const c of endings) {
      const created = await t.flows.createRun({ ...(c.script ? { script: c.script } : {}), callback: c.callback });
      let run = await t.flows.runToRest(created.token);
      if (c.then !== undefined) {
        t.ensure('SEAMS-SCRIPT-HONOURED', `${c.name}: run ${created.token} scripted ${JSON.stringify(c.script)} comes to rest paused`, run.state === 'paused', {
          expected: '"paused"',
          observed: run.state,
        });
        if (c.then === 'replay') {
          const recovered = t.need(await recoverPaused(t, created, run, 'retry_step'));
          await t.api.replay(created.token, replayRequest(recovered.replayPackage));
        } else {
          // close_exception is a SHOULD (SPEC §10.4): where the host declines it, this ending does not exist.
          if (!(await closedIfOffered(t, created.token))) continue;
        }
        run = await t.flows.runToRest(created.token);
      }
      t.ensure(c.restsBy, `${c.name}: run ${created.token} comes to rest in ${c.rests[0]} with callback_status ${c.rests[1]}`, run.state === c.rests[0] && run.callback_status === c.rests[1], {
        expected: JSON.stringify({ state: c.rests[0], callback_status: c.rests[1] }),
        observed: { state: run.state, callback_status: run.callback_status },
      });
      // Each read checks the success status and the schema (and whatever the client checks on every document).
      for (const document of c.documents) {
        t.assertStatus('LIFECYCLE-DOCUMENTS-VALID', await readRunDocument(t.api, created.token, run, document), 200);
      }
    }
  },
);
