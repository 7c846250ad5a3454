import { lastSegment } from '../src/harness/checks/endpoints.js';
import { scenario } from '../src/harness/index.js';
import { timestampProblems } from '../src/harness/oracle/common.js';

const RULE = 'LIFECYCLE-TIMESTAMPS-UTC';

scenario(
  {
    id: 'lifecycle-timestamps-utc',
    title: 'Every timestamp of every document of a run, its funding and its callback is UTC with milliseconds and Z, and the test clock (where offered) names host time',
    rules: [RULE],
    requires: [],
  },
  async (t) => {
    const checked: string[] = [];
    const judge = (what: string, document: unknown): void => {
      t.assertEqual(RULE, `${what}: timestamps not of the form 2026-06-02T10:00:00.000Z`, timestampProblems(document), []);
      checked.push(what);
    };
    // The test clock's state is a host document too; without the seam there is none to judge.
    const clocked = t.clock.mode === 'test_clock';
    const judgeClock = async (when: string): Promise<void> => {
      if (!clocked) return;
      const state = await t.clock.now();
      t.assertEqual(RULE, `the test clock's now names the instant of its now_ms ${when}`, state.now, new Date(state.now_ms).toISOString());
    };
    await judgeClock('before the run');

    // A first attempt refused, so the attempts record holds a failure with its next_retry_at, then a delivery.
    const run = await t.flows.createRun(t.caps.callbacks.supported ? { callback: [{ status: 500 }] } : { callback: false });
    judge('run-created answer', run.created);
    judge('quote', run.entitlement.quote);
    judge('settlement receipt', run.entitlement.settlementReceipt);
    const rested = await t.flows.runToRest(run.token);
    judge('ledger', rested);
    judge('status', (await t.api.status(run.token)).body);
    judge('attestation', (await t.api.attestation(run.token)).body);
    judge('result package', (await t.api.result(run.token)).body);
    judge('result contract', (await t.api.resultContract(run.token)).body);
    judge('callback payload', (await t.api.callbackPayload(run.token)).body);
    judge('entitlement', (await t.api.entitlement(run.entitlement.entitlementId)).body);
    judge('trust profile', (await t.api.trustProfile(run.entitlement.trustProfileId)).body);
    judge('work order', (await t.api.workOrder(rested.work_order_id)).body);
    const receiptId = lastSegment(rested.usage_receipt_url ?? rested.receipt_url);
    if (receiptId !== undefined) judge('usage receipt', (await t.api.usageReceipt(receiptId)).body);
    if (t.caps.queue_monitor.supported) {
      judge('queue monitor', (await t.api.queueMonitor()).body);
      judge('stuck-task alerts', (await t.api.alerts()).body);
    }
    if (t.caps.callbacks.supported) {
      judge('callback attempts', (await t.api.callbackAttempts(run.token)).body);
      for (const [i, delivery] of ((await run.mailbox?.waitFor(2)) ?? []).entries()) judge(`callback delivery ${i + 1}`, delivery.json);
    }
    await judgeClock('after the run');
    t.assertTrue(RULE, 'documents checked', checked.length >= 12, { expected: 'at least 12 documents', observed: checked });
  },
);
