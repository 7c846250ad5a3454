import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';
import { pausedRun, recoverRun, replayRequest } from '../src/harness/checks/recovery.js';
import { jcs } from '../src/jcs.js';
import { runRequestFor, topUpRequestFor } from '../src/harness/checks/requests.js';

scenario(
  {
    id: 'idempotency-required',
    title: 'Settlements, run creation, recover, replay and commands without an Idempotency-Key are refused with 400 idempotency-key-missing and write nothing',
    rules: ['IDEMPOTENCY-REQUIRED'],
    requires: ['idempotency', 'replay', 'seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    const funded = await t.flows.fundedTenantEntitlement();
    const entitlement = async () => jcs((await t.api.entitlement(funded.entitlementId)).body);
    const refuse = async (label: string, path: string, body: unknown, unchanged: () => Promise<string>) => {
      const before = await unchanged();
      const refused = await t.http.request('POST', path, { body, idempotencyKey: null });
      t.assertProblem('IDEMPOTENCY-REQUIRED', refused, 400, 'idempotency-key-missing');
      t.assertEqual('IDEMPOTENCY-REQUIRED', `${label} without a key: state after the refusal`, await unchanged(), before);
    };

    await refuse('POST /settlements', '/api/agents/settlements', topUpRequestFor(funded, 3), entitlement);
    await refuse('POST /run', '/api/agents/run', runRequestFor(funded), entitlement);

    const paused = t.need(await pausedRun(t, { fail_at: 'tool_execution' }));
    const { run, ticket } = paused;
    const tasks = `/api/agents/tasks/${encodeURIComponent(run.token)}`;
    const runState = async () => jcs([(await t.api.ledger(run.token)).body, (await t.api.exceptions(run.token)).body]);
    await refuse('POST /recover', `${tasks}/recover`, { object_type: 'agent_recovery_request', exception_id: ticket.exception_id, recovery_action: 'retry_step' }, runState);
    await refuse('POST /commands', `${tasks}/commands`, { action: 'close_exception', reason: 'conformance: no key' }, runState);

    const { replayPackage } = t.need(await recoverRun(t, paused));
    await refuse('POST /replay', `${tasks}/replay`, replayRequest(replayPackage), runState);
    // The same replay with a key is accepted: the refusal was about the key alone.
    const keyed = await t.http.request('POST', `${tasks}/replay`, { body: replayRequest(replayPackage), idempotencyKey: randomUUID() });
    t.assertStatus('IDEMPOTENCY-REQUIRED', keyed, 202);
  },
);
