/**
 * A host may refuse the kit's own receiver as a callback target (SECURITY-CALLBACK-TARGET, SPEC.md §14.4): a
 * production host refuses a loopback receiver, and every host a private one. Such a refusal is the host doing
 * right, so what needed the receiver is inapplicable, with the way out; it is never a failure of the run creation.
 */
import { callbackTargetClass } from '../protocol/callback-target.js';
import { ScenarioInapplicable } from './errors.js';
import { isProblem } from './problems.js';
import type { Exchange } from './transcript.js';

/**
 * Whether SPEC.md lets a host refuse `receiverUrl`: a private or otherwise refused address always, a loopback one
 * unless the host is in conformance mode (which accepts loopback, §13.5).
 */
export function mayRefuseReceiver(receiverUrl: string, conformanceMode: boolean): boolean {
  const cls = callbackTargetClass(receiverUrl);
  return cls === 'refused' || (cls === 'loopback' && !conformanceMode);
}

/** Whether `exchange` refuses the kit's receiver `receiverUrl` where SPEC.md §14.4 lets the host. */
export function rightlyRefusesReceiver(exchange: Exchange, receiverUrl: string, conformanceMode: boolean): boolean {
  return isProblem(exchange, 'unsafe-callback-target') && mayRefuseReceiver(receiverUrl, conformanceMode);
}

/** What a scenario that needs the receiver is, when the host rightly refuses it. */
export function receiverRefused(receiverUrl: string): ScenarioInapplicable {
  return new ScenarioInapplicable(
    `the host refuses the kit's callback receiver ${new URL(receiverUrl).host} as an unsafe target, as SPEC.md §14.4 lets it; ` +
      'give the kit a receiver address the host accepts (--callback-listen and --callback-url)',
  );
}
