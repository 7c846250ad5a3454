import type { SchemaName } from '../generated/types.js';
import { pausedRun, recoverRun } from '../src/harness/checks/recovery.js';
import { scenario } from '../src/harness/index.js';
import { validate } from '../src/validate.js';

/** The document each link names (SPEC.md §3.2); links the table does not name only have to answer 200. */
const SCHEMA_BY_FIELD: Readonly<Record<string, SchemaName>> = {
  status_url: 'agent-task-run',
  ledger_url: 'agent-task-run',
  result_url: 'result-package',
  result_package_url: 'result-package',
  result_attestation_url: 'result-attestation',
  attestation_url: 'result-attestation',
  agent_result_contract_url: 'result-contract',
  result_contract_url: 'result-contract',
  callback_payload_url: 'callback-payload',
  replay_package_url: 'replay-package',
  exception_url: 'exception-ticket-list',
  receipt_url: 'usage-receipt',
  usage_receipt_url: 'usage-receipt',
  settlement_receipt_url: 'settlement-receipt',
  run_contract_url: 'run-contract',
  work_order_url: 'work-order',
  queue_monitor_url: 'queue-monitor',
  stuck_task_alert_url: 'stuck-task-alert-list',
};
/**
 * Documents that come into existence during a run: the ledger event that creates each, and the answer its
 * URL gives before that (SPEC.md §3.2).
 */
const CREATED_BY: Readonly<Record<string, { event: string; status: 404 | 409; slug: 'not-found' | 'result-not-ready' }>> = {
  result_url: { event: 'result_package_ready', status: 409, slug: 'result-not-ready' },
  result_package_url: { event: 'result_package_ready', status: 409, slug: 'result-not-ready' },
  result_attestation_url: { event: 'result_package_ready', status: 409, slug: 'result-not-ready' },
  attestation_url: { event: 'result_package_ready', status: 409, slug: 'result-not-ready' },
  callback_payload_url: { event: 'callback_payload_ready', status: 409, slug: 'result-not-ready' },
  receipt_url: { event: 'usage_receipt_issued', status: 404, slug: 'not-found' },
  usage_receipt_url: { event: 'usage_receipt_issued', status: 404, slug: 'not-found' },
};
/** A run without a callback URL has its payload fixed when it reaches receipt_issued, never sent (SPEC.md §8.2). */
const CREATED_WITHOUT_CALLBACK: typeof CREATED_BY = {
  ...CREATED_BY,
  callback_payload_url: { event: 'usage_receipt_issued', status: 409, slug: 'result-not-ready' },
};
/** `callback_url` is the requesting agent's, not a host URL. */
const NOT_HOST_URLS = new Set(['callback_url']);
/** Host URLs that name no document but an endpoint that only takes POST: a GET answers 405. */
const POST_ONLY = new Set(['retry_command_url']);

/** Every `*_url` string member, at any depth, as [path, field, url]. */
function urlMembers(value: unknown, path = ''): Array<[string, string, string]> {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, member]): Array<[string, string, string]> => {
    const at = `${path}/${key}`;
    if (typeof member === 'string' && key.endsWith('_url') && !NOT_HOST_URLS.has(key)) return [[at, key, member]];
    return urlMembers(member, at);
  });
}

scenario(
  {
    id: 'lifecycle-links-resolve',
    title: "Every URL in a finished run's record, result contract, attestation and callback payload resolves on the run's origin",
    rules: ['LIFECYCLE-LINKS-RESOLVE'],
  },
  async (t) => {
    const closed = await t.flows.createRun({});
    const origin = new URL(closed.exchange.url).origin;
    const rested = await t.flows.runToRest(closed.token);
    t.ensure('LIFECYCLE-HAPPY-PATH', `the default run ${closed.token} comes to rest closed`, rested.state === 'closed', {
      expected: '"closed"',
      observed: { state: rested.state, callback_status: rested.callback_status },
    });
    const tokens = [closed.token];

    // A run with a ticket and, where replay is supported, a replay package: the recovery links exist too.
    for (const c of t.cases([{ name: 'paused for insufficient evidence', script: { evidence_status: 'insufficient' } }] as const)) {
      const paused = t.need(await pausedRun(t, c.script));
      if (t.caps.replay.supported) t.need(await recoverRun(t, paused, 'add_evidence'));
      tokens.push(paused.run.token);
    }

    let checked = 0;
    for (const token of tokens) {
      const ledger = (await t.api.ledger(token)).body;
      const recorded = new Set((ledger.state_history ?? []).map((e) => e.event_type as string));
      const createdBy = ledger.callback_status === 'not_required' ? CREATED_WITHOUT_CALLBACK : CREATED_BY;
      const path = `/api/agents/tasks/${encodeURIComponent(token)}`;
      const documents: Array<[string, string]> = [
        ['run record', `/api/agents/status/${encodeURIComponent(token)}`],
        ['result contract', `${path}/result-contract`],
        ['attestation', `${path}/attestation`],
        ['callback payload', `${path}/callback-payload`],
      ];
      for (const [name, documentPath] of documents) {
        const served = await t.http.request('GET', documentPath);
        // Result documents of a run that never packaged do not exist yet (409): nothing to follow.
        if (served.status === 409) continue;
        t.ensure('LIFECYCLE-DOCUMENTS-VALID', `the ${name} of ${token} answers 200 (409 result-not-ready before it exists)`, served.status === 200, {
          expected: '200 or 409',
          observed: served.status,
        });
        for (const [at, field, url] of urlMembers(served.json)) {
          let parsed: URL | undefined;
          try {
            parsed = new URL(url);
          } catch {
            parsed = undefined;
          }
          t.assertEqual('LIFECYCLE-LINKS-RESOLVE', `${name} ${at}: absolute URL on the run's origin`, parsed?.origin, origin);
          const followed = await t.http.request('GET', url);
          checked += 1;
          if (POST_ONLY.has(field)) {
            t.assertProblem('LIFECYCLE-LINKS-RESOLVE', followed, 405, 'method-not-allowed');
            continue;
          }
          const notYet = createdBy[field];
          if (notYet !== undefined && !recorded.has(notYet.event)) {
            t.assertProblem('LIFECYCLE-LINKS-RESOLVE', followed, notYet.status, notYet.slug);
            continue;
          }
          t.assertStatus('LIFECYCLE-LINKS-RESOLVE', followed, 200);
          const schema = SCHEMA_BY_FIELD[field];
          if (schema !== undefined) {
            const checkedDocument = validate(schema, followed.json);
            t.assertTrue('LIFECYCLE-LINKS-RESOLVE', `${name} ${at} answers a ${schema} document`, checkedDocument.ok, {
              expected: `a valid ${schema} document`,
              observed: checkedDocument.ok ? 'valid' : checkedDocument.errors.slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.keyword}: ${e.message}`),
            });
          }
        }
      }
    }
    // A closed run alone has the 11 links the schemas require of its result contract, attestation and callback payload.
    const least = tokens.length > 1 ? 15 : 11;
    t.assertTrue('LIFECYCLE-LINKS-RESOLVE', 'links followed', checked >= least, { expected: `at least ${least} links`, observed: checked });
  },
);
