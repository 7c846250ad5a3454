import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';
import { pausedRun } from '../src/harness/checks/recovery.js';
import { runRequestFor, topUpRequestFor } from '../src/harness/checks/requests.js';

/** What a hostile body must get: a specific refusal, or anything but a 5xx where hosts may differ. */
type Expectation = 'malformed-json' | 'invalid-request' | 'any';

interface Target {
  path: string;
  /** A valid body the hostile variants start from. */
  base: Record<string, unknown>;
  /** A free-text member to fill with hostile strings. */
  text: string;
  /** Public seam: only the no-5xx rule applies. */
  lenient?: boolean;
}

const DEPTH = 5000;

function spliceMember(base: Record<string, unknown>, member: string, valueText: string): string {
  const text = JSON.stringify(base);
  return `${text.slice(0, -1)}${text.length > 2 ? ',' : ''}${JSON.stringify(member)}:${valueText}}`;
}

function hostileBodies(target: Target, maxBodyBytes: number): { label: string; body: string | Uint8Array; expect: Expectation }[] {
  const { base, text } = target;
  const baseText = JSON.stringify(base);
  const room = Math.max(0, Math.min(maxBodyBytes, 1_000_000) - baseText.length - 200);
  const deep = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;
  const deepArray = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;
  const manyKeys = `{${Array.from({ length: Math.min(4000, Math.floor(room / 14)) }, (_, i) => `"k${i}":${i}`).join(',')}}`;
  const invalidUtf8 = Buffer.concat([Buffer.from(baseText.slice(0, -1) + ',"x":"'), Buffer.from([0xff, 0xfe, 0xc0, 0x80]), Buffer.from('"}')]);
  return [
    { label: 'null body', body: 'null', expect: 'invalid-request' },
    { label: 'array instead of object', body: '[]', expect: 'invalid-request' },
    { label: 'array of the valid body', body: `[${baseText}]`, expect: 'invalid-request' },
    { label: 'string body', body: '"a string"', expect: 'invalid-request' },
    { label: 'number body', body: '12345', expect: 'invalid-request' },
    { label: 'boolean body', body: 'true', expect: 'invalid-request' },
    {
      label: 'every member of the wrong type',
      body: JSON.stringify(Object.fromEntries(Object.keys(base).map((k, i) => [k, [[i], { nested: null }, true][i % 3]]))),
      expect: 'invalid-request',
    },
    { label: 'prototype keys', body: '{"__proto__":{"admin":true},"constructor":{"prototype":{"polluted":1}}}', expect: 'invalid-request' },
    { label: 'a very long member name', body: `{${JSON.stringify('k'.repeat(Math.min(room, 50_000)))}:1}`, expect: 'invalid-request' },
    { label: 'thousands of members', body: manyKeys, expect: 'invalid-request' },
    { label: 'truncated', body: baseText.slice(0, -3), expect: 'malformed-json' },
    { label: 'invalid UTF-8 inside a string', body: new Uint8Array(invalidUtf8), expect: 'any' },
    { label: `objects nested ${DEPTH} deep`, body: spliceMember(base, 'x', deep), expect: 'any' },
    { label: `arrays nested ${DEPTH} deep`, body: spliceMember(base, 'x', deepArray), expect: 'any' },
    { label: 'number beyond 2^53', body: spliceMember(base, 'x', '9007199254740993'), expect: 'any' },
    { label: 'number overflowing a double', body: spliceMember(base, 'x', '1e400'), expect: 'any' },
    { label: 'negative zero and exponent forms', body: spliceMember(base, 'x', '[-0, 1E-400, 0.1e1, -1.5e308]'), expect: 'any' },
    { label: 'duplicate member', body: spliceMember(base, text, '12345'), expect: 'any' },
    { label: 'lone surrogates, NUL, bidi override, combining marks', body: JSON.stringify({ ...base, [text]: '\ud800 \udfff \u0000 \u202e\u2066 e\u0301\u0301 🧪\ufeff' }), expect: 'any' },
    { label: 'unicode member names', body: JSON.stringify({ ...base, '\u0000': 1, 'ключ': 2, '\ud83e\uddea': 3 }), expect: 'any' },
    { label: `a string of ${room} characters`, body: JSON.stringify({ ...base, [text]: 'x'.repeat(room) }), expect: 'any' },
    { label: 'byte order mark before the body', body: `\ufeff${baseText}`, expect: 'any' },
  ];
}

scenario(
  {
    id: 'errors-no-5xx-on-client-input',
    title: 'Hostile bodies on every POST endpoint (wrong types, deep nesting, huge values, odd numbers and unicode) never get a 5xx',
    rules: ['ERRORS-NO-5XX-ON-CLIENT-INPUT', 'ERRORS-INVALID-BODY', 'ERRORS-MALFORMED-JSON'],
    requires: ['seams.scripted_runs', 'seams.test_clock', 'seams.tenants'],
  },
  async (t) => {
    // An entitlement of its own, funded for a few runs: hostile bodies the host takes for valid runs spend it,
    // and once it is spent they are refused for credits, not for runs in flight (SPEC.md §4.6).
    const entitlement = await t.flows.fundedTenantEntitlement();
    const { run, ticket } = t.need(await pausedRun(t, { fail_at: 'tool_execution' }, { entitlement }));
    const funded = run.entitlement;
    const tasks = `/api/agents/tasks/${encodeURIComponent(run.token)}`;
    const targets: Target[] = [
      { path: '/api/agents/trust-profiles', base: { agent_name: 'hostile', data_policy: { allowed_data_modes: ['public_safe_demo'] }, prohibited_inputs_acknowledged: true }, text: 'agent_name' },
      { path: '/api/agents/quote', base: { request_type: 'agent_quote_request', requested_tool: funded.quote.requested_tool, requested_capability: 'hostile', estimate_basis: { records_count: 1, files_count: 0, needs_callback: false } }, text: 'requested_capability' },
      { path: '/api/agents/settlements', base: { ...topUpRequestFor(funded, 1) }, text: 'provider_transaction_ref' },
      {
        path: '/api/agents/run',
        base: { ...runRequestFor(funded) },
        text: 'requested_capability',
      },
      // Recovery and replay are the replay area's routes (SPEC.md §1.4): a host without it need not serve them.
      ...(t.caps.replay.supported
        ? [
            { path: `${tasks}/recover`, base: { object_type: 'agent_recovery_request', exception_id: ticket.exception_id, recovery_action: 'retry_step' }, text: 'note' },
            { path: `${tasks}/replay`, base: { object_type: 'agent_replay_request', replay_package_id: 'rp_hostile' }, text: 'note' },
          ]
        : []),
      { path: `${tasks}/commands`, base: { action: 'request_evidence' }, text: 'reason' },
      { path: '/api/agents/_seams/clock/advance', base: { ms: 1 }, text: 'note' },
      { path: '/api/agents/_seams/tenants', base: {}, text: 'note', lenient: true },
    ];

    // Every answer is collected first, so one run of the scenario reports all offending inputs together.
    const serverErrors: unknown[] = [];
    const notInvalid: unknown[] = [];
    const notMalformed: unknown[] = [];
    let sent = 0;
    for (const target of targets) {
      for (const { label, body, expect } of hostileBodies(target, t.caps.limits.max_body_bytes)) {
        const exchange = await t.http.request('POST', target.path, {
          rawBody: body,
          headers: { 'content-type': 'application/json' },
          ...(target.lenient === true ? { apiKey: null } : { idempotencyKey: randomUUID() }),
        });
        sent += 1;
        const type = (exchange.json as { type?: unknown } | undefined)?.type;
        const seen = { input: `POST ${target.path} with ${label}`, status: exchange.status, type };
        if (exchange.status >= 500) serverErrors.push({ ...seen, body: exchange.text.slice(0, 200) });
        if (target.lenient === true) continue;
        if (expect === 'invalid-request' && (exchange.status !== 400 || type !== 'urn:agent-task:problem:invalid-request')) notInvalid.push(seen);
        if (expect === 'malformed-json' && (exchange.status !== 400 || type !== 'urn:agent-task:problem:malformed-json')) notMalformed.push(seen);
      }
    }
    t.assertTrue('ERRORS-NO-5XX-ON-CLIENT-INPUT', 'hostile requests sent', sent > 0, { expected: 'at least one', observed: sent });
    t.assertEqual('ERRORS-NO-5XX-ON-CLIENT-INPUT', 'hostile inputs answered with a 5xx', serverErrors, []);
    t.assertEqual('ERRORS-INVALID-BODY', 'JSON bodies failing their schema not refused with 400 invalid-request', notInvalid, []);
    t.assertEqual('ERRORS-MALFORMED-JSON', 'bodies that are not JSON not refused with 400 malformed-json', notMalformed, []);
  },
);
