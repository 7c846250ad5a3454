/**
 * The outcome of a shared setup step: its value, or the reason its precondition failed, which the scenario
 * turns into `t.blocked(reason)` instead of failing a rule it does not test.
 */
export type Prepared<T> = { ok: true; value: T } | { ok: false; reason: string };
