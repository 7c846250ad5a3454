import { scenario } from '../src/harness/index.js';

/** A token of the same length and alphabet that names no run: the last character changed. */
function unknownToken(token: string): string {
  const last = token.at(-1);
  return `${token.slice(0, -1)}${last === 'A' ? 'B' : 'A'}`;
}

scenario(
  {
    id: 'ledger-token-access',
    title: "The ledger is served at its token URL to the run's tenant only; an unknown token answers 404",
    rules: ['LEDGER-TOKEN-ACCESS'],
    requires: ['seams.tenants'],
  },
  async (t) => {
    const { token, created } = await t.flows.createRun({ callback: false });
    const path = (tok: string): string => `/api/agents/tasks/${encodeURIComponent(tok)}/ledger`;

    const own = await t.http.request('GET', path(token));
    t.assertStatus('LEDGER-TOKEN-ACCESS', own, 200);
    const ledger = own.json as { agent_task_run_id?: unknown; state_history?: unknown } | undefined;
    t.assertEqual('LEDGER-TOKEN-ACCESS', 'agent_task_run_id of the ledger served at the token URL', ledger?.agent_task_run_id, created.agent_task_run_id);
    t.assertTrue('LEDGER-TOKEN-ACCESS', 'the ledger carries its events in state_history', Array.isArray(ledger?.state_history) && (ledger.state_history as unknown[]).length > 0, {
      expected: 'a non-empty state_history',
      observed: ledger?.state_history,
    });
    t.assertEqual('LEDGER-TOKEN-ACCESS', 'ledger_url of the run-created answer', created.ledger_url, own.url);

    t.assertProblem('LEDGER-TOKEN-ACCESS', await t.http.request('GET', path(unknownToken(token))), 404, 'not-found');
    t.assertProblem('LEDGER-TOKEN-ACCESS', await t.http.request('GET', path('no-such-token')), 404, 'not-found');

    const other = await t.tenant();
    t.assertProblem('LEDGER-TOKEN-ACCESS', await other.http.request('GET', path(token)), 404, 'not-found');
  },
);
