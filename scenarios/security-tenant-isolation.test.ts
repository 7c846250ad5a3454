import { randomUUID } from 'node:crypto';
import type { Exchange } from '../src/harness/index.js';
import { missingCapability, scenario } from '../src/harness/index.js';
import { endpointPath, idsOfRun, servedEndpoints } from '../src/harness/checks/endpoints.js';
import type { ResourceId } from '../src/harness/checks/endpoints.js';
import { definedCounts, expectedCounts } from '../src/harness/checks/queue-counts.js';
import { recoveredRun } from '../src/harness/checks/recovery.js';
import { jcs } from '../src/jcs.js';
import { runRequestFor, topUpRequestFor } from '../src/harness/checks/requests.js';

/** An id of the same length and alphabet that names nothing: the last four characters changed. */
function unknownLike(id: string): string {
  const tail = id.slice(-4);
  const replacement = [...tail].map((c) => (c === 'z' ? 'y' : /[0-9]/.test(c) ? 'z' : '0')).join('');
  return id.slice(0, -4) + replacement;
}

/** The answer with the requested id written as a placeholder, so answers about two ids can be compared. */
function withoutId(exchange: Exchange, id: string): unknown {
  return { status: exchange.status, content_type: exchange.headers['content-type'], body: exchange.text.split(id).join('{id}') };
}

scenario(
  {
    id: 'security-tenant-isolation',
    title: "A second tenant naming the first tenant's runs, receipts, entitlements or quotes gets 404, exactly as for an unknown id, and changes nothing",
    rules: ['SECURITY-TENANT-ISOLATION'],
    requires: ['seams.tenants', 'seams.scripted_runs', 'seams.test_clock', 'replay'],
  },
  async (t) => {
    const done = await t.flows.completedRun();
    const recovered = t.need(await recoveredRun(t, { fail_at: 'tool_execution' }));
    const paused = recovered.run;
    const other = await t.tenant();
    const foreignFunding = await other.flows.fundedTenantEntitlement();

    const owners = [
      { label: 'closed run', ids: idsOfRun(done.run, done.token, done.entitlement) },
      { label: 'run with a replay package', ids: idsOfRun((await t.api.status(paused.token)).body, paused.token, paused.entitlement) },
    ];
    const snapshot = async () => jcs([
      (await t.api.ledger(done.token)).body,
      (await t.api.ledger(paused.token)).body,
      (await t.api.exceptions(paused.token)).body,
      (await t.api.entitlement(done.entitlement.entitlementId)).body,
      (await t.api.entitlement(paused.entitlement.entitlementId)).body,
    ]);
    const before = await snapshot();

    const reads = servedEndpoints(t.caps).filter((e) => e.method === 'GET' && e.resource !== undefined);
    t.assertTrue('SECURITY-TENANT-ISOLATION', 'resource endpoints to probe', reads.length > 0, { expected: 'at least one', observed: reads.length });
    for (const { label, ids } of owners) {
      for (const endpoint of reads) {
        const id = ids[endpoint.resource as ResourceId];
        if (id === undefined) continue;
        const foreign = await other.http.request('GET', endpointPath(endpoint, ids));
        t.assertProblem('SECURITY-TENANT-ISOLATION', foreign, 404, 'not-found');
        const unknownId = unknownLike(id);
        const unknown = await other.http.request('GET', endpointPath(endpoint, { ...ids, [endpoint.resource as ResourceId]: unknownId }));
        t.assertEqual('SECURITY-TENANT-ISOLATION', `${label}: GET ${endpoint.template} of another tenant's resource answers as for an unknown id`, withoutId(foreign, id), withoutId(unknown, unknownId));
      }
    }

    const tasks = `/api/agents/tasks/${encodeURIComponent(paused.token)}`;
    const writes = [
      { label: 'recover the other tenant\'s run', path: `${tasks}/recover`, body: { object_type: 'agent_recovery_request', exception_id: recovered.ticket.exception_id, recovery_action: 'retry_step' } },
      { label: 'replay the other tenant\'s run', path: `${tasks}/replay`, body: { object_type: 'agent_replay_request', replay_package_id: recovered.replayPackage.replay_package_id } },
      { label: 'command the other tenant\'s run', path: `${tasks}/commands`, body: { action: 'close_exception' } },
      {
        label: "create a run spending the other tenant's entitlement",
        path: '/api/agents/run',
        body: runRequestFor(foreignFunding, { credit_entitlement_id: done.entitlement.entitlementId }),
      },
      {
        label: "create a run under the other tenant's trust profile and quote",
        path: '/api/agents/run',
        body: runRequestFor(done.entitlement, { credit_entitlement_id: foreignFunding.entitlementId }),
      },
      {
        label: "settle credits into the other tenant's entitlement",
        path: '/api/agents/settlements',
        body: topUpRequestFor(foreignFunding, 3, { credit_entitlement_id: done.entitlement.entitlementId }),
      },
    ];
    for (const { label, path, body } of writes) {
      const refused = await other.http.request('POST', path, { body, idempotencyKey: randomUUID() });
      t.assertProblem('SECURITY-TENANT-ISOLATION', refused, 404, 'not-found');
      t.assertEqual('SECURITY-TENANT-ISOLATION', `${label}: first tenant's runs, tickets and entitlements afterwards`, await snapshot(), before);
    }
    const otherPosition = (await other.api.entitlement(foreignFunding.entitlementId)).body;
    t.assertEqual('SECURITY-TENANT-ISOLATION', "second tenant's own entitlement after the refused runs", otherPosition.credits_reserved, 0);

    if (missingCapability(t.caps, 'queue_monitor') === null) {
      const monitor = (await other.api.queueMonitor()).body;
      t.assertEqual('SECURITY-TENANT-ISOLATION', 'queue monitor counts seen by a tenant without runs', definedCounts(monitor.counts), expectedCounts([], 0));
      t.assertEqual('SECURITY-TENANT-ISOLATION', 'stuck alerts seen by a tenant without runs', (await other.api.alerts()).body.items, []);
    }
  },
);
