/**
 * Whether a host takes loopback callback targets. Conformance mode does (SPEC.md §13.5); outside it an operator
 * may allow them (§14.4), which the kit can see only when the host accepts the kit's own loopback receiver.
 * Loopback refusals are judged only where no allowance is seen.
 */
import { randomUUID } from 'node:crypto';
import { callbackTargetClass, type AddressClass } from '../../protocol/callback-target.js';
import type { ScenarioContext } from '../context.js';
import { isProblem } from '../problems.js';
import { runRequestFor } from './requests.js';

export interface LoopbackAllowance {
  allowed: boolean;
  /** The address class of the kit's receiver (`public` when the host offers no callbacks to try it with). */
  receiver: AddressClass;
}

export async function loopbackAllowance(t: ScenarioContext): Promise<LoopbackAllowance> {
  if (!t.caps.callbacks.supported) return { allowed: t.caps.seams.supported, receiver: 'public' };
  const mailbox = t.receiver.mailbox();
  const receiver = callbackTargetClass(mailbox.url);
  if (t.caps.seams.supported) return { allowed: true, receiver };
  if (receiver !== 'loopback') return { allowed: false, receiver };
  // Its own entitlement: the probe run must not move the one a scenario judges.
  const funded = await t.flows.fundedTenantEntitlement();
  const probe = await t.http.request('POST', '/api/agents/run', { body: runRequestFor(funded, { callback_url: mailbox.url }), idempotencyKey: randomUUID() });
  if (probe.status === 201) return { allowed: true, receiver };
  t.ensure('SECURITY-CALLBACK-TARGET', `POST ${probe.url} with the kit receiver's loopback callback URL is accepted or refused as unsafe`, isProblem(probe, 'unsafe-callback-target'), {
    expected: '201, or 422 unsafe-callback-target',
    observed: { status: probe.status, body: probe.json ?? probe.text },
  });
  return { allowed: false, receiver };
}
