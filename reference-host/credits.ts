/**
 * Entitlement bookkeeping over the pure two-phase arithmetic of src/protocol/credits.ts. Every movement of
 * a run's credits goes through here and is recorded as a ledger event in the same step.
 */
import { debit, fund, release, reserve, type CreditOutcome, type CreditPosition, type Reservation } from '../src/protocol/credits.js';
import type { HostCore } from './core.js';
import { appendEvent } from './ledger.js';
import type { EntitlementRecord, RunRecord } from './model.js';
import { refuse } from './problems.js';

function settled<T>(outcome: CreditOutcome<T>, what: string): T {
  // Callers check their preconditions first; a refusal here is a host bug, not client input.
  if (!outcome.ok) throw new Error(`credits: ${what} refused (${outcome.reason})`);
  return outcome.value;
}

export function fundEntitlement(core: HostCore, entitlement: EntitlementRecord, credits: number): void {
  entitlement.position = settled(fund(entitlement.position, credits), 'fund');
  entitlement.updatedAtMs = core.clock.now();
}

/**
 * Checks that `amount` can be held on the entitlement; refuses with 402 before anything is written.
 * Returns the position and reservation to commit with `commitReservation`.
 */
export function planReservation(
  core: HostCore,
  entitlement: EntitlementRecord,
  amount: number,
): { position: CreditPosition; reservation: Reservation } {
  const held = core.faults.has('overdraft-allowed') ? Math.min(amount, entitlement.position.remaining) : amount;
  const outcome = reserve(entitlement.position, held);
  if (!outcome.ok) {
    refuse(
      'insufficient-credits',
      `the run needs ${amount} credits; the entitlement has ${entitlement.position.remaining} remaining`,
    );
  }
  return outcome.value;
}

/** Debits up to `units` from the run's reservation; units above what it still holds are not billed. */
export function debitRun(core: HostCore, run: RunRecord, units: number, note: string): number {
  const amount = Math.max(0, Math.min(units, run.reservation.held));
  // The entitlement is moved by what the reservation holds; the fault reports every metered unit as debited.
  const reported = core.faults.has('debit-beyond-reservation') ? Math.max(0, units) : amount;
  if (reported === 0) return 0;
  const entitlement = entitlementOf(core, run);
  const next = settled(debit(entitlement.position, run.reservation, amount), 'debit');
  entitlement.position = next.position;
  entitlement.updatedAtMs = core.clock.now();
  run.reservation = next.reservation;
  run.creditsDebited += reported;
  run.remainingCredits = next.position.remaining;
  appendEvent(core, run, { type: 'credits_debited', creditDelta: reported, note });
  return amount;
}

/** Returns what the reservation still holds; a reservation resolves once. */
export function releaseRun(core: HostCore, run: RunRecord): number {
  if (run.reservation.released || core.faults.has('reservation-never-released')) return 0;
  const entitlement = entitlementOf(core, run);
  const next = settled(release(entitlement.position, run.reservation), 'release');
  entitlement.position = next.position;
  entitlement.updatedAtMs = core.clock.now();
  run.reservation = next.reservation;
  run.remainingCredits = next.position.remaining;
  if (next.releasedCredits > 0 && !core.faults.has('release-event-missing')) {
    appendEvent(core, run, {
      type: 'credits_released',
      creditDelta: next.releasedCredits,
      note: 'unused reservation returned to the entitlement',
    });
  }
  return next.releasedCredits;
}

export function entitlementOf(core: HostCore, run: RunRecord): EntitlementRecord {
  const entitlement = core.store.entitlements.get(run.entitlementId);
  if (entitlement === undefined) throw new Error(`run ${run.runId} has no entitlement`);
  return entitlement;
}

/** SPEC §7.2: funded (no run yet), active (a run was created), exhausted (nothing remaining or reserved). */
export function entitlementStatus(position: CreditPosition, runsCreated: number): 'funded' | 'active' | 'exhausted' {
  if (position.remaining === 0 && position.reserved === 0) return 'exhausted';
  return runsCreated > 0 ? 'active' : 'funded';
}
