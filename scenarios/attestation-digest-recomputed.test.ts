import type { TestScript } from '../generated/types.js';
import { scenario } from '../src/harness/index.js';
import { digest } from '../src/jcs.js';

interface Case {
  name: string;
  script?: TestScript;
}

const CASES: readonly Case[] = [
  { name: 'default package' },
  // Member order, numbers, escapes and astral characters that only an RFC 8785 serialiser gets right.
  {
    name: 'package that needs canonicalisation',
    script: {
      result_package: {
        zeta: 1,
        alpha: [3, 2.5, 1e-7, 1e21, -0.000001],
        'ümlaut': 'é\u2028\u0007😀',
        nested: { b: true, a: null, '10': 'ten', '9': 'nine', '': 'empty' },
        big: 9007199254740991,
      },
    },
  },
  { name: 'empty package with partial evidence', script: { result_package: {}, evidence_status: 'partial' } },
];

scenario(
  {
    id: 'attestation-digest-recomputed',
    title: 'The attestation pins the digest the kit recomputes over the RFC 8785 form of the document at result_url',
    rules: ['ATTESTATION-DIGEST'],
  },
  async (t) => {
    for (const c of t.cases(CASES)) {
      const { token } = await t.flows.createRun({ ...(c.script ? { script: c.script } : {}), callback: false });
      const run = await t.flows.runToRest(token);
      // Without a script the run is the default run; with one, the script asks for nothing but a package.
      t.ensure(c.script ? 'SEAMS-SCRIPT-HONOURED' : 'LIFECYCLE-HAPPY-PATH', `${c.name}: run ${token} comes to rest closed`, run.state === 'closed', {
        expected: '"closed"',
        observed: run.state,
      });

      const attestation = await t.http.request('GET', `/api/agents/tasks/${encodeURIComponent(token)}/attestation`);
      t.assertStatus('ATTESTATION-DIGEST', attestation, 200);
      const claimed = attestation.json as { result_package_hash?: unknown; result_url?: unknown } | undefined;
      const resultUrl = typeof claimed?.result_url === 'string' ? claimed.result_url : run.result_url;
      const pinned = await t.http.request('GET', resultUrl ?? `/api/agents/tasks/${encodeURIComponent(token)}/result`);
      t.assertStatus('ATTESTATION-DIGEST', pinned, 200);
      t.assertTrue('ATTESTATION-DIGEST', `${c.name}: the result package is a JSON document`, pinned.json !== undefined, {
        expected: 'a JSON body at result_url',
        observed: pinned.text.slice(0, 200),
      });
      t.assertEqual('ATTESTATION-DIGEST', `${c.name}: result_package_hash vs the kit's digest of the package at ${String(resultUrl)}`, claimed?.result_package_hash, digest(pinned.json));
    }
  },
);
