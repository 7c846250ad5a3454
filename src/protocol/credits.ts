/**
 * Two-phase credit arithmetic (SPEC.md §7): a reservation holds credits, resolves by debits of at most
 * what it holds, and releases the rest exactly once. Every function is pure and returns a typed outcome;
 * `funded = reserved + debited + remaining` holds for every position these functions produce.
 */

export interface CreditPosition {
  readonly funded: number;
  readonly reserved: number;
  readonly debited: number;
  readonly remaining: number;
}

export interface Reservation {
  readonly held: number;
  readonly debited: number;
  readonly released: boolean;
}

export type CreditRefusal =
  | 'not_an_integer'
  | 'insufficient_credits'
  | 'debit_exceeds_reservation'
  | 'reservation_resolved';

export type CreditOutcome<T> = { ok: true; value: T } | { ok: false; reason: CreditRefusal };

export const EMPTY_POSITION: CreditPosition = { funded: 0, reserved: 0, debited: 0, remaining: 0 };

function isAmount(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

export function fund(position: CreditPosition, credits: number): CreditOutcome<CreditPosition> {
  if (!isAmount(credits)) return { ok: false, reason: 'not_an_integer' };
  return {
    ok: true,
    value: { ...position, funded: position.funded + credits, remaining: position.remaining + credits },
  };
}

export function reserve(
  position: CreditPosition,
  amount: number,
): CreditOutcome<{ position: CreditPosition; reservation: Reservation }> {
  if (!isAmount(amount)) return { ok: false, reason: 'not_an_integer' };
  if (amount > position.remaining) return { ok: false, reason: 'insufficient_credits' };
  return {
    ok: true,
    value: {
      position: { ...position, reserved: position.reserved + amount, remaining: position.remaining - amount },
      reservation: { held: amount, debited: 0, released: false },
    },
  };
}

export function debit(
  position: CreditPosition,
  reservation: Reservation,
  amount: number,
): CreditOutcome<{ position: CreditPosition; reservation: Reservation }> {
  if (!isAmount(amount)) return { ok: false, reason: 'not_an_integer' };
  if (reservation.released) return { ok: false, reason: 'reservation_resolved' };
  if (amount > reservation.held) return { ok: false, reason: 'debit_exceeds_reservation' };
  return {
    ok: true,
    value: {
      position: { ...position, reserved: position.reserved - amount, debited: position.debited + amount },
      reservation: { ...reservation, held: reservation.held - amount, debited: reservation.debited + amount },
    },
  };
}

/** Returns what the reservation still holds to the remaining credits; a second release is refused. */
export function release(
  position: CreditPosition,
  reservation: Reservation,
): CreditOutcome<{ position: CreditPosition; reservation: Reservation; releasedCredits: number }> {
  if (reservation.released) return { ok: false, reason: 'reservation_resolved' };
  return {
    ok: true,
    value: {
      position: {
        ...position,
        reserved: position.reserved - reservation.held,
        remaining: position.remaining + reservation.held,
      },
      reservation: { ...reservation, held: 0, released: true },
      releasedCredits: reservation.held,
    },
  };
}

export type ArithmeticProblem = { field: keyof CreditPosition | 'balance'; message: string };

/** Every term an integer ≥ 0 and `funded = reserved + debited + remaining`. */
export function checkCreditArithmetic(position: CreditPosition): ArithmeticProblem[] {
  const problems: ArithmeticProblem[] = [];
  for (const field of ['funded', 'reserved', 'debited', 'remaining'] as const) {
    const value = position[field];
    if (!isAmount(value)) problems.push({ field, message: `${field} is ${String(value)}, not an integer ≥ 0` });
  }
  const sum = position.reserved + position.debited + position.remaining;
  if (sum !== position.funded) {
    problems.push({
      field: 'balance',
      message: `funded ${position.funded} ≠ reserved ${position.reserved} + debited ${position.debited} + remaining ${position.remaining} (= ${sum})`,
    });
  }
  return problems;
}
