/**
 * The outcome of a shared setup step: its value, or why it could not be had, in the three ways SPEC.md §1.6
 * tells apart. `t.need(prepared)` turns each into the scenario's disposition:
 * - the host answered and broke a rule (`broke`): the scenario fails under that rule (incidental when unlisted);
 * - the host made a choice SPEC.md allows that leaves nothing to test (`moot`): inapplicable;
 * - otherwise the kit could not observe: blocked.
 */
import type { RuleId } from '../../rules.js';

export interface BrokenRule {
  rule: RuleId;
  expected: string;
  observed: unknown;
}

export type Unprepared = { ok: false; reason: string; broke?: BrokenRule; moot?: true };

export type Prepared<T> = { ok: true; value: T } | Unprepared;

/** The host's answer broke `rule`: `reason` says what the step needed. */
export function broke(rule: RuleId, reason: string, expected: string, observed: unknown): Unprepared {
  return { ok: false, reason, broke: { rule, expected, observed } };
}

/** The host's allowed choice leaves the step nothing to prepare. */
export function moot(reason: string): Unprepared {
  return { ok: false, reason, moot: true };
}

/** The kit could not observe what the step needed. */
export function unobserved(reason: string): Unprepared {
  return { ok: false, reason };
}
