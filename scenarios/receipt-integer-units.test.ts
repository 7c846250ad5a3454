import { pausedRun, recoverRun } from '../src/harness/checks/recovery.js';
import { scenario } from '../src/harness/index.js';

/** Members that carry credit amounts (SPEC.md §2.4.5, §7), wherever they appear in a document. */
const AMOUNT_MEMBERS = new Set([
  'credits_quoted',
  'credits_funded',
  'credits_reserved',
  'credits_debited',
  'remaining_credits',
  'credit_delta',
  'credits_debited_so_far',
  'meter_units',
  'metered_units',
]);

/** Every credit amount member at any depth, as [JSON pointer, value]. */
function amounts(value: unknown, path = ''): Array<[string, unknown]> {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, member]): Array<[string, unknown]> => {
    const at = `${path}/${key}`;
    return AMOUNT_MEMBERS.has(key) ? [[at, member], ...amounts(member, at)] : amounts(member, at);
  });
}

scenario(
  {
    id: 'receipt-integer-units',
    title: 'Every credit amount in every document of funded and completed runs, and of failed and replayed ones where scripted, is an integer',
    rules: ['RECEIPT-INTEGER-UNITS'],
  },
  async (t) => {
    const entitlement = await t.flows.fundedTenantEntitlement();
    const reserved = entitlement.quote.credits_quoted;
    const paths: string[] = [`/api/agents/entitlements/${encodeURIComponent(entitlement.entitlementId)}`];
    const served: Array<[string, unknown]> = [
      ['quote', entitlement.quote],
      ['settlement receipt', entitlement.settlementReceipt],
    ];

    // Odd unit counts around the reservation, so that any division or pro-rating would show; without scripted
    // runs a natural run closes, and no run fails.
    const [odd] = t.cases([{ name: 'partial evidence, metered above the reservation', script: { metered_units: reserved + 3, evidence_status: 'partial' } as const }]);
    const closed = await t.flows.createRun({ entitlement, ...(odd ? { script: odd.script } : {}) });
    await t.flows.runToRest(closed.token);
    const [failure] = t.cases([{ name: 'failure in tool execution', script: { fail_at: 'tool_execution', units_before_failure: 1 } as const }]);
    // The paused run's ticket and recovery are promises of the replay area only (SPEC.md §3.3).
    const paused = failure && t.caps.replay.supported ? t.need(await pausedRun(t, failure.script, { entitlement })) : undefined;
    const failing = paused?.run ?? (failure ? await t.flows.createRun({ entitlement, script: failure.script, callback: false }) : undefined);
    if (failing && paused === undefined) await t.flows.runToRest(failing.token);
    served.push(['run-created answer', closed.created]);
    for (const { token } of failing ? [closed, failing] : [closed]) {
      const base = `/api/agents/tasks/${encodeURIComponent(token)}`;
      paths.push(`/api/agents/status/${encodeURIComponent(token)}`, `${base}/ledger`, `${base}/result-contract`, `${base}/exceptions`);
    }
    // A host may rightly refuse the kit's receiver (SPEC.md §14.4): a run made without a callback has no payload.
    if (closed.mailbox !== undefined) paths.push(`/api/agents/tasks/${encodeURIComponent(closed.token)}/callback-payload`);
    if (paused !== undefined) {
      t.need(await recoverRun(t, paused));
      paths.push(`/api/agents/tasks/${encodeURIComponent(paused.run.token)}/replay-package`);
    }
    // Endpoints answer 200 with their document (LIFECYCLE-DOCUMENTS-VALID); a URL a run record gives resolves (LIFECYCLE-LINKS-RESOLVE).
    const reads: Array<{ path: string; rule: 'LIFECYCLE-DOCUMENTS-VALID' | 'LIFECYCLE-LINKS-RESOLVE' }> = paths.map((path) => ({ path, rule: 'LIFECYCLE-DOCUMENTS-VALID' }));
    const usage = await t.api.ledger(closed.token);
    if (usage.body.usage_receipt_url !== undefined) reads.push({ path: usage.body.usage_receipt_url, rule: 'LIFECYCLE-LINKS-RESOLVE' });

    for (const { path, rule } of reads) {
      const exchange = await t.http.request('GET', path);
      t.ensure(rule, `GET ${path} answers 200`, exchange.status === 200, { expected: '200', observed: exchange.status });
      served.push([path, exchange.json]);
    }
    let counted = 0;
    for (const [name, document] of served) {
      for (const [at, value] of amounts(document)) {
        t.assertTrue('RECEIPT-INTEGER-UNITS', `${name} ${at} is an integer`, Number.isSafeInteger(value), { expected: 'an integer number of credits', observed: value });
        counted += 1;
      }
    }
    t.assertTrue('RECEIPT-INTEGER-UNITS', 'credit amounts checked', counted >= 20, { expected: 'at least 20 amounts', observed: counted });
  },
);
