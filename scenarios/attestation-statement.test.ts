import { scenario } from '../src/harness/index.js';
import { digest } from '../src/jcs.js';

interface Statement {
  _type?: unknown;
  subject?: Array<{ name?: unknown; digest?: { sha256?: unknown } }>;
  predicate?: unknown;
}

scenario(
  {
    id: 'attestation-statement',
    title: 'The in-toto Statement names the result URL with the digest the kit recomputes, and is not served before the result',
    rules: ['ATTESTATION-STATEMENT'],
    requires: ['attestation_statement', 'seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    const { token, created } = await t.flows.createRun({ script: { result_package: { finding: 'statement' } }, callback: false });
    const path = `/api/agents/tasks/${encodeURIComponent(token)}`;
    t.assertProblem('ATTESTATION-STATEMENT', await t.http.request('GET', `${path}/attestation/statement`), 409, 'result-not-ready');

    const rested = await t.flows.runToRest(token);
    t.ensure('SEAMS-SCRIPT-HONOURED', `run ${token} scripted with a result package comes to rest closed`, rested.state === 'closed', {
      expected: '"closed"',
      observed: rested.state,
    });
    const statementExchange = await t.http.request('GET', `${path}/attestation/statement`);
    t.assertStatus('ATTESTATION-STATEMENT', statementExchange, 200);
    const statement = statementExchange.json as Statement | undefined;
    const result = await t.http.request('GET', created.result_url);
    const attestation = await t.http.request('GET', created.result_attestation_url);
    t.ensure('LIFECYCLE-DOCUMENTS-VALID', `the result and attestation of the closed run ${token} answer 200`, result.status === 200 && attestation.status === 200, {
      expected: '200 and 200',
      observed: { result: result.status, attestation: attestation.status },
    });

    t.assertEqual('ATTESTATION-STATEMENT', '_type', statement?._type, 'https://in-toto.io/Statement/v1');
    // SPEC §6.4 fixes subject[0].name and subject[0].digest.sha256; an in-toto subject may carry more
    // (further descriptors, digest algorithms or members, §2.2), so only those two are compared.
    const subject = Array.isArray(statement?.subject) ? statement.subject[0] : undefined;
    t.assertEqual(
      'ATTESTATION-STATEMENT',
      "subject[0]: the result URL and the kit's digest of the package served there",
      { name: subject?.name, sha256: subject?.digest?.sha256 },
      { name: created.result_url, sha256: digest(result.json).slice('sha256:'.length) },
    );
    t.assertEqual('ATTESTATION-STATEMENT', 'predicate vs the attestation as served', statement?.predicate, attestation.json);
  },
);
