import { scenario } from '../src/harness/index.js';

scenario(
  {
    id: 'ledger-event-ids-unique',
    title: 'Event ids are unique across the events of several runs of two tenants',
    rules: ['LEDGER-EVENT-ID-UNIQUE'],
    requires: ['seams.scripted_runs', 'seams.test_clock', 'seams.tenants'],
  },
  async (t) => {
    const other = await t.tenant();
    const runs = [
      await t.flows.createRun({}),
      await t.flows.createRun({ script: { evidence_status: 'insufficient' }, callback: false }),
      await other.flows.createRun({ callback: false }),
    ];
    const ids: unknown[] = [];
    for (const [i, run] of runs.entries()) {
      const flows = i === runs.length - 1 ? other.flows : t.flows;
      const ledger = await flows.runToRest(run.token);
      ids.push(...(ledger.state_history ?? []).map((event) => event.event_id));
    }
    t.assertTrue('LEDGER-EVENT-ID-UNIQUE', 'every event carries a non-empty string event_id', ids.length >= 10 && ids.every((id) => typeof id === 'string' && id.length > 0), {
      expected: 'at least 10 events, each with a non-empty event_id',
      observed: ids,
    });
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    t.assertEqual('LEDGER-EVENT-ID-UNIQUE', `event_ids repeated among ${ids.length} events of 3 runs and 2 tenants`, repeated, []);
  },
);
