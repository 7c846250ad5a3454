import { randomUUID } from 'node:crypto';
import type { CapabilityPath, ProblemSlug, RequestOptions } from '../src/harness/index.js';
import { missingCapability, scenario } from '../src/harness/index.js';
import { problemSchemaErrors } from '../src/harness/oracle/problems.js';
import { runRequestFor, topUpRequestFor } from '../src/harness/checks/requests.js';
import type { RuleId } from '../src/rules.js';

scenario(
  {
    id: 'errors-problem-json',
    title: 'Error answers across endpoints (400, 401, 402, 403, 404, 405, 409, 413, 415, 422) are problem+json documents of the registered type',
    rules: ['ERRORS-PROBLEM-JSON'],
    requires: [],
  },
  async (t) => {
    const funded = await t.flows.fundedTenantEntitlement();
    const run = await t.flows.createRun({ entitlement: funded, callback: false });
    const token = encodeURIComponent(run.token);
    const underfunded = await t.flows.fundedTenantEntitlement({ credits: 1 });
    const untrusted = (await t.api.createTrustProfile({
      agent_name: 'agent that did not acknowledge prohibited inputs',
      data_policy: { allowed_data_modes: ['public_safe_demo'] },
      prohibited_inputs_acknowledged: false,
    })).body;
    const reusedKey = randomUUID();
    await t.http.request('POST', '/api/agents/run', { body: runRequestFor(funded, { workflow_context: { n: 1 } }), idempotencyKey: reusedKey });
    // The funding settlement's provider reference again, with other credits.
    const settlement = topUpRequestFor(funded, funded.settlementReceipt.credits_funded + 1, {
      provider_transaction_ref: funded.settlementReceipt.provider_transaction_ref,
    });
    const tooLarge = `{"agent_name":"${'x'.repeat(t.caps.limits.max_body_bytes)}"}`;

    // One defect per request, each with the problem type SPEC.md §11.2 registers for it.
    // `refusedBy`: the rule that makes the host refuse the request; `moot`: the host's allowed choices leave it
    // nothing to refuse.
    const cases: { needs?: CapabilityPath; method: string; path: string; options: RequestOptions; status: number; slug: ProblemSlug; refusedBy: RuleId; moot?: boolean }[] = [
      { method: 'POST', path: '/api/agents/quote', options: { rawBody: '{"request_type":', headers: { 'content-type': 'application/json' } }, status: 400, slug: 'malformed-json', refusedBy: 'ERRORS-MALFORMED-JSON' },
      { method: 'POST', path: '/api/agents/quote', options: { body: { request_type: 'agent_quote_request' } }, status: 400, slug: 'invalid-request', refusedBy: 'ERRORS-INVALID-BODY' },
      { needs: 'idempotency', method: 'POST', path: '/api/agents/run', options: { body: runRequestFor(funded), idempotencyKey: null }, status: 400, slug: 'idempotency-key-missing', refusedBy: 'IDEMPOTENCY-REQUIRED' },
      { method: 'GET', path: `/api/agents/status/${token}`, options: { apiKey: null }, status: 401, slug: 'unauthorized', refusedBy: 'SECURITY-AUTH-REQUIRED' },
      {
        method: 'POST',
        path: '/api/agents/run',
        options: { body: runRequestFor(funded, { credit_entitlement_id: underfunded.entitlementId, quote_id: underfunded.quote.quote_id, trust_profile_id: underfunded.trustProfileId }), idempotencyKey: randomUUID() },
        status: 402,
        slug: 'insufficient-credits',
        refusedBy: 'RECEIPT-NO-OVERDRAFT',
        // A 1-credit quote fits the 1 credit funded: then the run is rightly accepted (SPEC §7.3).
        moot: underfunded.quote.credits_quoted <= 1,
      },
      { method: 'POST', path: '/api/agents/run', options: { body: runRequestFor(funded, { trust_profile_id: untrusted.trust_profile_id }), idempotencyKey: randomUUID() }, status: 403, slug: 'trust-not-approved', refusedBy: 'SECURITY-TRUST-APPROVED' },
      { method: 'GET', path: '/api/agents/no-such-route', options: {}, status: 404, slug: 'not-found', refusedBy: 'ERRORS-NOT-FOUND' },
      { method: 'GET', path: `/api/agents/tasks/${token}x/ledger`, options: {}, status: 404, slug: 'not-found', refusedBy: 'ERRORS-NOT-FOUND' },
      { method: 'GET', path: '/api/agents/receipts/rcpt_does_not_exist', options: {}, status: 404, slug: 'not-found', refusedBy: 'ERRORS-NOT-FOUND' },
      { method: 'DELETE', path: `/api/agents/status/${token}`, options: {}, status: 405, slug: 'method-not-allowed', refusedBy: 'ERRORS-METHOD' },
      // With the host's own clock the run may have packaged by now; host time stands still under the test clock.
      { method: 'GET', path: `/api/agents/tasks/${token}/attestation`, options: {}, status: 409, slug: 'result-not-ready', refusedBy: 'ATTESTATION-NOT-BEFORE-RESULT', moot: t.clock.mode === 'real_time' },
      { needs: 'replay', method: 'POST', path: `/api/agents/tasks/${token}/replay`, options: { body: { object_type: 'agent_replay_request', replay_package_id: 'rp_none' }, idempotencyKey: randomUUID() }, status: 409, slug: 'replay-not-allowed', refusedBy: 'REPLAY-REFUSED-RUNNING' },
      { needs: 'queue_monitor', method: 'POST', path: `/api/agents/tasks/${token}/commands`, options: { body: { action: 'retry_callback' }, idempotencyKey: randomUUID() }, status: 409, slug: 'invalid-state', refusedBy: 'QUEUE-COMMAND-STATES' },
      { method: 'POST', path: '/api/agents/settlements', options: { body: settlement, idempotencyKey: randomUUID() }, status: 409, slug: 'settlement-conflict', refusedBy: 'RECEIPT-IDEMPOTENT-FUNDING' },
      { method: 'POST', path: '/api/agents/trust-profiles', options: { rawBody: tooLarge, headers: { 'content-type': 'application/json' } }, status: 413, slug: 'payload-too-large', refusedBy: 'ERRORS-TOO-LARGE' },
      { method: 'POST', path: '/api/agents/quote', options: { rawBody: 'records=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, status: 415, slug: 'unsupported-media-type', refusedBy: 'ERRORS-MEDIA-TYPE' },
      { needs: 'idempotency', method: 'POST', path: '/api/agents/run', options: { body: runRequestFor(funded, { workflow_context: { n: 2 } }), idempotencyKey: reusedKey }, status: 422, slug: 'idempotency-key-reused', refusedBy: 'IDEMPOTENCY-PAYLOAD-MISMATCH' },
      { needs: 'callbacks', method: 'POST', path: '/api/agents/run', options: { body: runRequestFor(funded, { callback_url: 'http://10.0.0.1/hook' }), idempotencyKey: randomUUID() }, status: 422, slug: 'unsafe-callback-target', refusedBy: 'SECURITY-CALLBACK-TARGET' },
    ];
    // Cases of optional areas count only where the host declares the area. Which type each situation gets is
    // checked by the rules of its area; here every error answer must be a registered problem document.
    const unrefused: { request: string; expected: string; status: number; rule: RuleId }[] = [];
    for (const { method, path, options, status, slug, refusedBy, moot } of cases.filter((c) => c.needs === undefined || missingCapability(t.caps, c.needs) === null)) {
      const exchange = await t.http.request(method, path, options);
      if (exchange.status < 400) {
        if (moot !== true) unrefused.push({ request: `${method} ${path}`, expected: `${status} ${slug}`, status: exchange.status, rule: refusedBy });
        continue;
      }
      // A body status that disagrees with its type is ERRORS-STATUS-AGREES's finding, reported by the oracle.
      const schemaErrors = problemSchemaErrors(exchange.json);
      const contentType = (exchange.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      t.assertTrue('ERRORS-PROBLEM-JSON', `${method} ${path} (${exchange.status}): application/problem+json with a registered type`, contentType === 'application/problem+json' && schemaErrors.length === 0, {
        expected: 'content type application/problem+json and a body valid against problem-details.schema.json (type from SPEC.md §11.2)',
        observed: {
          content_type: exchange.headers['content-type'],
          body: exchange.text.slice(0, 300),
          schema: schemaErrors.length === 0 ? 'valid' : schemaErrors,
        },
      });
    }
    // Whether each request is refused is the business of its own rule, judged once every refusal was.
    for (const { request, expected, status, rule } of unrefused) {
      t.ensure(rule, `${request} is refused with ${expected}`, false, { expected, observed: status });
    }
  },
);
