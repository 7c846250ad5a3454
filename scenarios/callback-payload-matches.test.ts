import { scenario } from '../src/harness/index.js';
import { callbackRun } from '../src/harness/checks/callback-runs.js';
import { firstArrival } from '../src/harness/checks/callback-steps.js';
import { digest } from '../src/jcs.js';
import { validate } from '../src/validate.js';

scenario(
  {
    id: 'callback-payload-matches',
    title: 'The callback body validates, equals the callback payload document, agrees with the result contract and is byte-identical on every attempt',
    rules: ['CALLBACK-PAYLOAD-MATCHES'],
    requires: ['callbacks', 'seams.test_clock'],
  },
  async (t) => {
    // The first attempt is refused, so the body of a retry can be compared with the first one.
    const { run, mailbox } = t.need(await callbackRun(t, () => ({ answers: [{ status: 503 }] })));
    t.need(await firstArrival(t.clock, mailbox));

    // Read while delivery is still pending, before the contract's result_status may move on to delivered.
    const payload = (await t.api.callbackPayload(run.token)).body;
    const contract = (await t.api.resultContract(run.token)).body;
    const resultPackage = (await t.api.result(run.token)).body;
    await t.flows.runToRest(run.token);
    const deliveries = await mailbox.waitFor(2);
    t.assertTrue('CALLBACK-PAYLOAD-MATCHES', 'the refused attempt and its retry were both received', deliveries.length >= 2, {
      expected: 'at least 2 deliveries',
      observed: deliveries.length,
    });

    for (const [i, delivery] of deliveries.entries()) {
      const label = `attempt ${i + 1}`;
      let body: unknown;
      try {
        body = JSON.parse(delivery.text) as unknown;
      } catch {
        body = undefined;
      }
      const checked = validate('callback-payload', body);
      t.assertTrue('CALLBACK-PAYLOAD-MATCHES', `${label}: body is JSON valid against callback-payload.schema.json`, checked.ok, {
        expected: 'a valid callback-payload document',
        observed: checked.ok ? 'valid' : { text: delivery.text.slice(0, 500), errors: checked.errors.map((e) => `${e.instancePath || '/'} ${e.keyword}: ${e.message}`) },
      });
      t.assertEqual('CALLBACK-PAYLOAD-MATCHES', `${label}: body equals the document at the callback payload URL`, body, payload);
      t.assertTrue('CALLBACK-PAYLOAD-MATCHES', `${label}: body bytes identical to attempt 1`, delivery.raw.equals(deliveries[0]!.raw), {
        expected: `${deliveries[0]!.raw.length} bytes, identical to attempt 1`,
        observed: { bytes: delivery.raw.length, text: delivery.text.slice(0, 500) },
      });
    }

    const agreement = {
      agent_task_run_id: [payload.agent_task_run_id, contract.agent_task_run_id],
      requested_tool: [payload.requested_tool, contract.requested_tool],
      result_url: [payload.result_url, contract.machine_result.result_url],
      receipt_url: [payload.receipt_url, contract.receipts.usage_receipt_url],
      result_status: [payload.result_status, contract.result_status],
    };
    for (const [field, [inPayload, inContract]] of Object.entries(agreement)) {
      t.assertEqual('CALLBACK-PAYLOAD-MATCHES', `payload ${field} agrees with the result contract`, inPayload, inContract);
    }
    t.assertEqual('CALLBACK-PAYLOAD-MATCHES', 'payload names the run that was created', payload.agent_task_run_id, run.created.agent_task_run_id);
    t.assertEqual('CALLBACK-PAYLOAD-MATCHES', 'payload result_url is the run result_url', payload.result_url, run.created.result_url);
    // Optional members, when sent, must be the real documents: recomputed, never taken from the host's word.
    if (payload.result_package_hash !== undefined) {
      t.assertEqual('CALLBACK-PAYLOAD-MATCHES', 'payload result_package_hash is the digest of the result package', payload.result_package_hash, digest(resultPackage));
    }
    if (payload.result_package !== undefined) {
      t.assertEqual('CALLBACK-PAYLOAD-MATCHES', 'payload result_package equals the document at result_url', payload.result_package, resultPackage);
    }
    if (payload.task_token !== undefined) {
      t.assertEqual('CALLBACK-PAYLOAD-MATCHES', 'payload task_token is the run token', payload.task_token, run.token);
    }
  },
);
