/**
 * Runs scripted against the reservation R their quote makes (metered below, at or above it), for the credit
 * scenarios, and the natural run that stands in for them on a host without scripted runs. Each gets a freshly
 * funded entitlement, so that entitlement's balances belong to that run alone.
 */
import type { TestScript } from '../../../generated/types.js';
import type { ScenarioContext } from '../context.js';
import type { CreatedRun } from '../flows.js';
import { moot, type Prepared } from './prepared.js';

/** The scripts meter one unit below R and still debit: R must be at least this. */
export const MIN_RESERVATION = 2;

export interface ReservedRun {
  run: CreatedRun;
  /** Credits the run reserves: its quote's credits_quoted. */
  reserved: number;
  /** The script made from `reserved`. */
  script: TestScript;
}

/**
 * Funds a fresh entitlement and creates a run on it with the script `scriptFor` makes of the reservation;
 * without a callback URL unless `callback` (then a mailbox answering 200).
 */
export async function reservedRun(
  t: Pick<ScenarioContext, 'flows'>,
  scriptFor: (reserved: number) => TestScript,
  options: { callback?: boolean } = {},
): Promise<Prepared<ReservedRun>> {
  const entitlement = await t.flows.fundedTenantEntitlement();
  const reserved = entitlement.quote.credits_quoted;
  if (reserved < MIN_RESERVATION) {
    return moot(`the quote reserves ${reserved} credit; the cases need at least ${MIN_RESERVATION}`);
  }
  const script = scriptFor(reserved);
  const run = await t.flows.createRun({ script, callback: options.callback === true ? [] : false, entitlement });
  return { ok: true, value: { run, reserved, script } };
}

/** A run without a script on its own fresh entitlement, taken to closed: what the host meters is its own. */
export async function naturalRun(t: Pick<ScenarioContext, 'flows'>): Promise<{ run: CreatedRun; reserved: number; script?: undefined }> {
  const run = await t.flows.completedRun({ entitlement: await t.flows.fundedTenantEntitlement() });
  return { run, reserved: run.entitlement.quote.credits_quoted };
}
