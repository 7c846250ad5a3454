import { INSUFFICIENT_EVIDENCE } from '../src/harness/checks/run-cases.js';
import { scenario } from '../src/harness/index.js';

scenario(
  {
    id: 'ledger-event-ids-unique',
    title: 'Event ids are unique across the events of several runs, of two tenants where the host offers them',
    rules: ['LEDGER-EVENT-ID-UNIQUE'],
  },
  async (t) => {
    const other = t.cases([{ name: 'a run of a second tenant', needs: 'seams.tenants' }]).length > 0 ? await t.tenant() : undefined;
    // Without scripted runs the first tenant's second run is a natural one too.
    const [paused] = t.cases([INSUFFICIENT_EVIDENCE]);
    const runs = [
      { flows: t.flows, run: await t.flows.createRun({}) },
      { flows: t.flows, run: await t.flows.createRun({ ...(paused ? { script: paused.script } : {}), callback: false }) },
      ...(other ? [{ flows: other.flows, run: await other.flows.createRun({ callback: false }) }] : []),
    ];
    const ids: unknown[] = [];
    for (const { flows, run } of runs) {
      const ledger = await flows.runToRest(run.token);
      ids.push(...(ledger.state_history ?? []).map((event) => event.event_id));
    }
    t.assertTrue('LEDGER-EVENT-ID-UNIQUE', 'every event carries a non-empty string event_id', ids.length >= 10 && ids.every((id) => typeof id === 'string' && id.length > 0), {
      expected: 'at least 10 events, each with a non-empty event_id',
      observed: ids,
    });
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    const tenants = other ? 2 : 1;
    t.assertEqual('LEDGER-EVENT-ID-UNIQUE', `event_ids repeated among ${ids.length} events of ${runs.length} runs and ${tenants} tenant${tenants > 1 ? 's' : ''}`, repeated, []);
  },
);
