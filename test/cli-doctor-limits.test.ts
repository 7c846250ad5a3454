/** doctor's limits line: what the host advertises of SPEC.md §4.6, as the kit will work within it. */
import { describe, expect, it } from 'vitest';
import { limitsCheck } from '../src/cli/doctor.js';
import { capabilities } from './harness-fixtures.js';

const withLimits = (limits: Record<string, unknown>) => capabilities((c) => Object.assign(c.limits, limits));

describe('doctor limits', () => {
  it('reads a host that bounds nothing as keeping every ended run', () => {
    expect(limitsCheck(withLimits({}))).toEqual({
      name: 'limits',
      level: 'ok',
      detail: 'ended runs kept without a time limit; runs in flight per tenant: no bound; stored idempotency keys per tenant: no bound (SPEC.md §4.6)',
    });
  });

  it('names the bounds, and warns when scenarios need more runs of one tenant in flight than allowed', () => {
    const withTenants = capabilities((c) => {
      Object.assign(c.limits, { closed_run_retention_ms: 86_400_000, closed_runs_kept_per_tenant: 1000, max_runs_in_flight_per_tenant: 100, max_idempotency_keys_per_tenant: 20_000 });
      c.seams = { supported: true, test_clock: { supported: false }, scripted_runs: { supported: false }, tenants: { supported: true } };
    });
    expect(limitsCheck(withTenants)).toMatchObject({
      level: 'ok',
      detail: 'ended runs kept 24 h, 1000 per tenant; runs in flight per tenant: 100; stored idempotency keys per tenant: 20000 (SPEC.md §4.6)',
    });
    const tight = limitsCheck(withLimits({ max_runs_in_flight_per_tenant: 5 }));
    expect(tight.level).toBe('warn');
    expect(tight.detail).toContain('runs in flight per tenant: 5; ');
    expect(tight.detail).toContain('drive earlier ones to rest, leave cases out or end inapplicable (all run from 10)');
    // The minimal fixture offers no tenants seam: one tenant carries every scenario's leftovers.
    expect(tight.detail).toContain('without seams.tenants every scenario shares one tenant');
  });

  it('is not checked without a valid capabilities document', () => {
    expect(limitsCheck(null)).toMatchObject({ level: 'warn', detail: 'not checked: no valid capabilities document' });
  });
});
