import { scenario } from '../src/harness/index.js';
import type { ClockState } from '../src/harness/index.js';
import type { TenantContext } from '../src/harness/index.js';

const ADVANCE_MS = 60_000;

scenario(
  {
    id: 'seams-clock-per-tenant',
    title: "With per-tenant clocks, one tenant's advance moves its own time and runs only; clock_of shares a clock",
    rules: ['SEAMS-CLOCK-PER-TENANT'],
    requires: ['seams.test_clock', 'seams.tenants'],
  },
  async (t) => {
    if (t.caps.seams.test_clock?.per_tenant !== true) return t.inapplicable('the host does not declare seams.test_clock.per_tenant: its clock is host-wide');
    const own = await t.tenant({ ownClock: true });
    const shared = await t.tenant();
    const nowOf = async (tenant: Pick<TenantContext, 'clock'>): Promise<number> => (await tenant.clock.now()).now_ms;

    // A run of the tenant with its own clock, standing at creation while only the first tenant's time moves.
    const { token } = await own.flows.createRun({ callback: false });
    const createdRun = (await own.api.ledger(token)).body;
    const [ownBefore, firstBefore] = [await nowOf(own), await nowOf(t)];
    const advanced: ClockState = await t.clock.advance(ADVANCE_MS);
    t.assertEqual('SEAMS-CLOCK-PER-TENANT', "the advancing tenant's clock after its advance", advanced.now_ms, firstBefore + ADVANCE_MS);
    t.assertEqual('SEAMS-CLOCK-PER-TENANT', "another tenant's own clock after the first tenant's advance", await nowOf(own), ownBefore);
    const untouched = (await own.api.ledger(token)).body;
    t.assertEqual('SEAMS-CLOCK-PER-TENANT', "another tenant's run after the first tenant's advance (events)", untouched.state_history?.length, createdRun.state_history?.length);

    // Its own advances move it, and its run with it.
    const rested = await own.flows.runToRest(token);
    t.assertEqual('SEAMS-CLOCK-PER-TENANT', "the run after its own tenant's advances", rested.state, 'closed');
    t.assertTrue('SEAMS-CLOCK-PER-TENANT', "the tenant's own clock moved with its advances", (await nowOf(own)) > ownBefore, {
      expected: `later than ${new Date(ownBefore).toISOString()}`,
      observed: new Date(await nowOf(own)).toISOString(),
    });

    // clock_of shares the first tenant's clock: reading and advancing it is reading and advancing that one.
    t.assertEqual('SEAMS-CLOCK-PER-TENANT', 'a clock_of tenant reads the clock it shares', await nowOf(shared), await nowOf(t));
    const sharedAdvance = await shared.clock.advance(1_000);
    t.assertEqual('SEAMS-CLOCK-PER-TENANT', 'the first tenant after an advance through the clock_of tenant', await nowOf(t), sharedAdvance.now_ms);

    const unknown = await t.http.request('POST', '/api/agents/_seams/tenants', { apiKey: null, body: { clock_of: 'tenant-that-was-never-minted' } });
    t.assertProblem('SEAMS-CLOCK-PER-TENANT', unknown, 400, 'invalid-request');
  },
);
