import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';
import { jcs } from '../src/jcs.js';
import { loopbackAllowance } from '../src/harness/checks/loopback-allowance.js';
import { runRequestFor } from '../src/harness/checks/requests.js';

/** Refused in every mode (SPEC.md §14.4); conformance mode allows loopback only. */
const ALWAYS_REFUSED: readonly string[] = [
  'http://10.0.0.1/callback',
  'http://10.255.255.254:8080/callback',
  'http://192.168.1.1/callback',
  'http://172.16.0.1/callback',
  'http://172.31.255.1/callback',
  'http://169.254.169.254/latest/meta-data/',
  'http://0.0.0.0/callback',
  'http://0.0.0.0:9/callback',
  'http://[::]/callback',
  'http://[fe80::1]/callback',
  'http://[fc00::1]/callback',
  'http://[fd12:3456:789a::1]/callback',
  'http://[::ffff:10.0.0.1]/callback',
  'http://[::ffff:169.254.169.254]/callback',
  // Numeric spellings URL parsers normalise to private addresses.
  'http://167772161/callback',
  'http://0xa9fea9fe/callback',
  'http://10.1/callback',
  'file:///etc/passwd',
  'ftp://example.com/callback',
  'gopher://example.com:70/_callback',
  'ws://example.com/callback',
];
/** Refused too unless the host allows loopback: conformance mode does, an operator may (loopback-allowance.ts). */
const LOOPBACK: readonly string[] = ['http://127.0.0.1/callback', 'http://127.1.2.3:8080/callback', 'http://[::1]/callback', 'http://localhost/callback'];

scenario(
  {
    id: 'security-callback-target',
    title: 'Callback URLs on private, link-local, unspecified (and, unless allowed, loopback) addresses or non-http(s) schemes are refused with 422 unsafe-callback-target',
    rules: ['SECURITY-CALLBACK-TARGET'],
    requires: ['callbacks'],
  },
  async (t) => {
    const loopback = await loopbackAllowance(t);
    const funded = await t.flows.fundedTenantEntitlement();
    const targets = [...ALWAYS_REFUSED, ...(loopback.allowed ? [] : LOOPBACK)];
    const position = jcs((await t.api.entitlement(funded.entitlementId)).body);
    for (const callbackUrl of targets) {
      const request = runRequestFor(funded, { callback_url: callbackUrl });
      const refused = await t.http.request('POST', '/api/agents/run', { body: request, idempotencyKey: randomUUID() });
      t.assertProblem('SECURITY-CALLBACK-TARGET', refused, 422, 'unsafe-callback-target');
      t.assertEqual('SECURITY-CALLBACK-TARGET', `entitlement after the refused run with callback_url ${callbackUrl}`, jcs((await t.api.entitlement(funded.entitlementId)).body), position);
    }
    // The kit's own receiver is an allowed target, so the refusals above are about the addresses alone; a receiver
    // the host may rightly refuse (loopback without an allowance, a private address) proves nothing here.
    const receiverAllowed = loopback.receiver === 'public' || (loopback.receiver === 'loopback' && loopback.allowed);
    if (!receiverAllowed) return;
    const accepted = await t.flows.createRun({ entitlement: funded, callback: [] });
    t.assertTrue('SECURITY-CALLBACK-TARGET', "a run with the kit receiver's callback URL is accepted", accepted.created.callback_url === accepted.mailbox?.url, {
      expected: accepted.mailbox?.url ?? 'the mailbox URL',
      observed: accepted.created.callback_url,
    });
  },
);
