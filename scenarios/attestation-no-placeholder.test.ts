import type { TestScript } from '../generated/types.js';
import { scenario } from '../src/harness/index.js';
import { DIGEST_PATTERN } from '../src/jcs.js';

interface Case {
  name: string;
  script?: TestScript;
}

const PACKAGES: readonly Case[] = [
  { name: 'first package', script: { result_package: { finding: 'first' } } },
  { name: 'second package', script: { result_package: { finding: 'second', count: 2 } } },
];
/** Without scripts: two natural runs, whose packages differ at least in their agent_task_run_id (SPEC §6.2). */
const NATURAL_RUNS: readonly Case[] = [{ name: 'first natural run' }, { name: 'second natural run' }];

scenario(
  {
    id: 'attestation-no-placeholder',
    title: 'result_package_hash is always a real digest: sha256 + 64 hex, different for different packages',
    rules: ['ATTESTATION-NO-PLACEHOLDER'],
  },
  async (t) => {
    const hashes: unknown[] = [];
    for (const c of t.cases(PACKAGES, NATURAL_RUNS)) {
      const { token } = await t.flows.createRun({ ...(c.script ? { script: c.script } : {}), callback: false });
      await t.flows.runToRest(token);
      const attestation = await t.http.request('GET', `/api/agents/tasks/${encodeURIComponent(token)}/attestation`);
      t.assertStatus('ATTESTATION-NO-PLACEHOLDER', attestation, 200);
      const hash = (attestation.json as { result_package_hash?: unknown } | undefined)?.result_package_hash;
      t.assertTrue('ATTESTATION-NO-PLACEHOLDER', 'result_package_hash is sha256: followed by 64 lowercase hex digits', typeof hash === 'string' && DIGEST_PATTERN.test(hash), {
        expected: String(DIGEST_PATTERN),
        observed: hash,
      });
      hashes.push(hash);
    }
    // A constant that merely looks like a digest cannot pin two different packages.
    t.assertTrue('ATTESTATION-NO-PLACEHOLDER', 'two runs with different packages carry different result_package_hash values', hashes[0] !== hashes[1], {
      expected: 'two different digests',
      observed: hashes,
    });
  },
);
