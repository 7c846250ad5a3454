import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_POSITION,
  checkCreditArithmetic,
  debit,
  fund,
  release,
  reserve,
  type CreditPosition,
  type Reservation,
} from '../src/protocol/index.js';

function unwrap<T>(outcome: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.value;
}

describe('two-phase credits', () => {
  it('reserve, debit part, release the rest', () => {
    const funded = unwrap(fund(EMPTY_POSITION, 10));
    const held = unwrap(reserve(funded, 6));
    const spent = unwrap(debit(held.position, held.reservation, 4));
    const done = unwrap(release(spent.position, spent.reservation));
    expect(done.position).toEqual({ funded: 10, reserved: 0, debited: 4, remaining: 6 });
    expect(done.releasedCredits).toBe(2);
  });

  it('refuses overdraft, over-debit, double release and fractions', () => {
    const funded = unwrap(fund(EMPTY_POSITION, 5));
    expect(reserve(funded, 6)).toEqual({ ok: false, reason: 'insufficient_credits' });
    const held = unwrap(reserve(funded, 5));
    expect(debit(held.position, held.reservation, 6)).toEqual({ ok: false, reason: 'debit_exceeds_reservation' });
    const released = unwrap(release(held.position, held.reservation));
    expect(release(released.position, released.reservation)).toEqual({ ok: false, reason: 'reservation_resolved' });
    expect(debit(released.position, released.reservation, 0)).toEqual({ ok: false, reason: 'reservation_resolved' });
    expect(fund(EMPTY_POSITION, 1.5)).toEqual({ ok: false, reason: 'not_an_integer' });
  });

  it('reports broken arithmetic', () => {
    expect(checkCreditArithmetic({ funded: 10, reserved: 1, debited: 2, remaining: 3 })).toHaveLength(1);
    expect(checkCreditArithmetic({ funded: 1, reserved: 0.5, debited: 0, remaining: 0.5 }).map((p) => p.field)).toEqual(['reserved', 'remaining']);
  });

  it('keeps funded = reserved + debited + remaining under any sequence of operations', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('fund' as const), amount: fc.integer({ min: 0, max: 50 }) }),
      fc.record({ kind: fc.constant('reserve' as const), amount: fc.integer({ min: 0, max: 60 }) }),
      fc.record({ kind: fc.constant('debit' as const), amount: fc.integer({ min: 0, max: 60 }), slot: fc.nat() }),
      fc.record({ kind: fc.constant('release' as const), slot: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        let position: CreditPosition = EMPTY_POSITION;
        const reservations: Reservation[] = [];
        for (const o of ops) {
          if (o.kind === 'fund') {
            position = unwrap(fund(position, o.amount));
          } else if (o.kind === 'reserve') {
            const r = reserve(position, o.amount);
            if (r.ok) {
              position = r.value.position;
              reservations.push(r.value.reservation);
            }
          } else if (reservations.length > 0) {
            const slot = o.slot % reservations.length;
            const current = reservations[slot]!;
            const r = o.kind === 'debit' ? debit(position, current, o.amount) : release(position, current);
            if (r.ok) {
              position = r.value.position;
              reservations[slot] = r.value.reservation;
            }
          }
          expect(checkCreditArithmetic(position)).toEqual([]);
        }
        const held = reservations.reduce((sum, r) => sum + r.held, 0);
        expect(position.reserved).toBe(held);
      }),
    );
  });
});
