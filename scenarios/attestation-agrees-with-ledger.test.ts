import type { TestScript } from '../generated/types.js';
import type { Answer, CapabilityPath } from '../src/harness/index.js';
import { scenario } from '../src/harness/index.js';
import type { RuleId } from '../src/rules.js';

interface Case {
  name: string;
  script?: TestScript;
  callback: readonly Answer[] | false;
  /** The rule a run that does not package its result and close breaks. */
  closesBy: RuleId;
  needs?: CapabilityPath;
}

const CASES: readonly Case[] = [
  { name: 'sufficient evidence with a callback', script: {}, callback: [], closesBy: 'LIFECYCLE-HAPPY-PATH', needs: 'callbacks' },
  { name: 'partial evidence without a callback', script: { evidence_status: 'partial' }, callback: false, closesBy: 'SEAMS-SCRIPT-HONOURED' },
];
/** Without scripts: a natural run, without a callback so that the contract's result_status stays comparable. */
const NATURAL_RUN: Case = { name: 'natural run without a callback', callback: false, closesBy: 'LIFECYCLE-HAPPY-PATH' };
const STEP_MS = 250;
const MAX_STEPS = 200;

interface Attestation {
  requested_tool?: unknown;
  evidence_status?: unknown;
  result_status?: unknown;
  receipt_url?: unknown;
  callback_payload_url?: unknown;
}

scenario(
  {
    id: 'attestation-agrees-with-ledger',
    title: 'The attestation agrees with the run record and the result contract when issued and once the run is closed',
    rules: ['ATTESTATION-AGREES'],
  },
  async (t) => {
    for (const c of t.cases(CASES, [NATURAL_RUN])) {
      const { token } = await t.flows.createRun({ ...(c.script ? { script: c.script } : {}), callback: c.callback });
      const path = `/api/agents/tasks/${encodeURIComponent(token)}`;

      // Judges the attestation against the run record and contract read at the same host instant. In real time
      // they are read just after it, which judges the same: from the attestation's issue on, what is compared stays
      // as it is but for receipt links that appear and a result_status that moves only to the values not compared.
      const judge = async (moment: string): Promise<void> => {
        const attestationExchange = await t.http.request('GET', `${path}/attestation`);
        t.assertStatus('ATTESTATION-AGREES', attestationExchange, 200);
        const attestation = attestationExchange.json as Attestation;
        const run = (await t.api.status(token)).body;
        const contract = (await t.api.resultContract(token)).body;
        const where = `${c.name}, ${moment}`;
        t.assertEqual(
          'ATTESTATION-AGREES',
          `${where}: requested_tool and evidence_status of attestation vs run record vs contract machine_result`,
          [
            [attestation.requested_tool, attestation.evidence_status],
            [attestation.requested_tool, attestation.evidence_status],
          ],
          [
            [run.requested_tool, run.evidence_status],
            [contract.machine_result.requested_tool, contract.machine_result.evidence_status],
          ],
        );
        t.assertEqual('ATTESTATION-AGREES', `${where}: callback_payload_url vs contract proof_objects`, attestation.callback_payload_url, contract.proof_objects.callback_payload_url);
        // The contract's result status is current; only delivery or failure may move it past the attestation's.
        if (contract.result_status !== 'delivered' && contract.result_status !== 'failed') {
          t.assertEqual('ATTESTATION-AGREES', `${where}: result_status vs contract result_status`, attestation.result_status, contract.result_status);
        }
        // The run record may link the receipt before it is issued (SPEC §3.2: a URL of a document that will exist);
        // the contract links it once issued (§6.5). Each link present must be the attestation's.
        if (run.usage_receipt_url !== undefined) {
          t.assertEqual('ATTESTATION-AGREES', `${where}: receipt_url vs run usage_receipt_url`, attestation.receipt_url, run.usage_receipt_url);
        }
        if (contract.receipts.usage_receipt_url !== undefined) {
          t.assertEqual('ATTESTATION-AGREES', `${where}: receipt_url vs contract receipts.usage_receipt_url`, attestation.receipt_url, contract.receipts.usage_receipt_url);
        }
      };

      const packaging = await t.flows.stepThrough(
        token,
        async (ledger) => ledger.state_history?.some((e) => e.event_type === 'result_package_ready') ?? false,
        { stepMs: STEP_MS, maxSteps: MAX_STEPS, recordOnly: true },
      );
      // Phases fall due step_duration_ms (1 s by default) apart (SPEC §13.3): the steps drive the clock far past
      // the packaging of a run that has one.
      t.ensure(c.closesBy, `${c.name}: run ${token} packages its result (result_package_ready)`, packaging.end === 'observed', {
        expected: `a result_package_ready event within ${MAX_STEPS} steps of ${STEP_MS} ms`,
        observed: { end: packaging.end, state: packaging.run.state, steps: packaging.steps },
      });
      await judge('when the attestation is issued');

      const run = await t.flows.runToRest(token);
      t.ensure(c.closesBy, `${c.name}: run ${token} comes to rest closed`, run.state === 'closed', {
        expected: '"closed"',
        observed: { state: run.state, callback_status: run.callback_status },
      });
      await judge('once closed');
      const attestation = (await t.http.request('GET', `${path}/attestation`)).json as Attestation;
      t.assertEqual('ATTESTATION-AGREES', `${c.name}: receipt_url of the closed run's attestation vs its usage_receipt_url`, attestation.receipt_url, run.usage_receipt_url);
    }
  },
);
