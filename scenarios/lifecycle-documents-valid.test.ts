import { closedIfOffered } from '../src/harness/checks/close-exception.js';
import { scenario } from '../src/harness/index.js';
import { pausedRun } from '../src/harness/checks/recovery.js';

/** The last path segment of a document URL: the id the endpoint table addresses it by. */
function lastSegment(url: string | undefined): string {
  return decodeURIComponent(new URL(url ?? 'http://missing.invalid/').pathname.split('/').filter(Boolean).at(-1) ?? '');
}

scenario(
  {
    id: 'lifecycle-documents-valid',
    title: 'Every endpoint answers its success status with a document that validates against its schema',
    rules: ['LIFECYCLE-DOCUMENTS-VALID'],
  },
  async (t) => {
    // Each t.api call below checks the endpoint's success status and schema under LIFECYCLE-DOCUMENTS-VALID.
    await t.api.capabilities();
    const trust = await t.api.createTrustProfile();
    await t.api.trustProfile(trust.body.trust_profile_id);
    const funded = await t.flows.fundedTenantEntitlement();
    await t.api.settlementReceipt(funded.settlementReceipt.settlement_id);
    await t.api.entitlement(funded.entitlementId);

    const happy = await t.flows.createRun({ entitlement: funded });
    const firstStatus = await t.api.status(happy.token);
    const run = await t.flows.runToRest(happy.token);
    t.ensure('LIFECYCLE-HAPPY-PATH', `the default run ${happy.token} comes to rest closed`, run.state === 'closed', {
      expected: '"closed"',
      observed: { state: run.state, callback_status: run.callback_status },
    });
    const status = (await t.api.status(happy.token)).body;
    const ledger = (await t.api.ledger(happy.token)).body;
    t.assertEqual('LIFECYCLE-DOCUMENTS-VALID', 'state_history in the /status answer (absent by SPEC §3.1)', [firstStatus.body.state_history, status.state_history], [undefined, undefined]);
    t.assertTrue('LIFECYCLE-DOCUMENTS-VALID', 'the /ledger answer carries every event in state_history', (ledger.state_history?.length ?? 0) > 0, {
      expected: 'a non-empty state_history',
      observed: ledger.state_history?.length,
    });
    await t.api.attestation(happy.token);
    await t.api.result(happy.token);
    await t.api.resultContract(happy.token);
    await t.api.exceptions(happy.token);
    await t.api.usageReceipt(lastSegment(status.usage_receipt_url ?? status.receipt_url));
    await t.api.runContract(status.contract_id ?? lastSegment(status.run_contract_url));
    await t.api.workOrder(status.work_order_id);
    if (t.caps.callbacks.supported) {
      await t.api.callbackPayload(happy.token);
      await t.api.callbackAttempts(happy.token);
    }
    if (t.caps.attestation_statement.supported) await t.api.attestationStatement(happy.token);
    if (t.caps.queue_monitor.supported) {
      await t.api.queueMonitor();
      await t.api.alerts();
    }

    // The recovery documents, on a run that pauses for missing evidence.
    for (const c of t.cases([{ name: 'paused for insufficient evidence', script: { evidence_status: 'insufficient' } }] as const)) {
      // pausedRun reads the run's tickets through t.api.exceptions, which checks that document too.
      const { run: paused, ticket: open } = t.need(await pausedRun(t, c.script));
      if (t.caps.replay.supported) {
        await t.api.recover(paused.token, {
          object_type: 'agent_recovery_request',
          exception_id: open.exception_id,
          recovery_action: 'add_evidence',
          new_evidence_items: ['supplementary evidence'],
        });
        const replayPackage = await t.api.replayPackage(paused.token);
        await t.api.replay(paused.token, { object_type: 'agent_replay_request', replay_package_id: replayPackage.body.replay_package_id });
      } else if (t.caps.queue_monitor.supported) {
        await closedIfOffered(t, paused.token);
      }
    }
    for (const c of t.cases([{ name: 'stalled in queued', script: { stall_at: 'queued' }, needs: 'queue_monitor' }] as const)) {
      const stalled = await t.flows.createRun({ script: c.script, callback: false });
      // A host may accept the run into its queue one runner phase after creation (SPEC §13.3); until then it is
      // credit_funded and advance_queue is refused with 409 invalid-state (QUEUE-COMMAND-STATES).
      const queued = await t.flows.advanceUntil(stalled.token, (run) => run.state === 'queued');
      t.ensure('SEAMS-SCRIPT-HONOURED', `the run ${stalled.token} scripted to stall in queued reaches queued`, queued.state === 'queued', {
        expected: '"queued"',
        observed: queued.state,
      });
      await t.api.command(stalled.token, { action: 'advance_queue' });
    }
    await t.clock.now();
  },
);
