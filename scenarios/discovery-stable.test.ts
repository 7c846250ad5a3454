import { scenario } from '../src/harness/index.js';

const HOST_WIDE_ADVANCE_MS = 60_000;

scenario(
  {
    id: 'discovery-stable',
    title: 'The capabilities document read before, during and after activity is the one the suite discovered',
    rules: ['DISCOVERY-STABLE'],
  },
  async (t) => {
    const discovered = t.caps;
    const first = await t.api.capabilities();
    t.assertEqual('DISCOVERY-STABLE', 'capabilities document now vs at the start of the suite', first.body, discovered);

    // Activity that a host might wrongly reflect in its document: a tenant, a run, host time passing.
    const created = await t.flows.createRun({ callback: false });
    if (discovered.seams.supported && discovered.seams.test_clock?.supported === true) {
      await t.flows.runToRest(created.token);
      // A scenario's advances move only its own tenant's clock where clocks are per tenant: host-wide time
      // passes through the configured key, whose tenant keeps the host-wide clock (SPEC.md §13.2).
      if (discovered.seams.test_clock.per_tenant === true) await t.configuredClock()?.advance(HOST_WIDE_ADVANCE_MS);
    }

    const second = await t.api.capabilities();
    t.assertEqual('DISCOVERY-STABLE', 'capabilities document after a run vs at the start of the suite', second.body, discovered);
  },
);
