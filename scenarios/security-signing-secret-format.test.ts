import { scenario } from '../src/harness/index.js';
import { estimateRandomness, longestPairPrefix, randomPrefixBound } from '../src/harness/checks/token-randomness.js';

const SAMPLE = 8;
const SECRET = /^whsec_([A-Za-z0-9+/]+={0,2})$/;

scenario(
  {
    id: 'security-signing-secret-format',
    title: 'Each run gets its own callback signing secret: whsec_ and the canonical base64 of 24 to 64 random bytes',
    rules: ['SECURITY-SIGNING-SECRET-FORMAT'],
    requires: ['callbacks'],
  },
  async (t) => {
    const probe = await t.flows.fundedTenantEntitlement({ credits: 1 });
    const entitlement = await t.flows.fundedTenantEntitlement({ credits: probe.quote.credits_quoted * SAMPLE });
    const secrets: string[] = [];
    // Every run-created answer carries the secret: a host that refuses the kit's receiver gets runs without one.
    for (let i = 0; i < SAMPLE; i += 1) secrets.push((await t.flows.createRun({ entitlement, makeRoom: true })).secret);

    const encodedParts: string[] = [];
    for (const secret of secrets) {
      const encoded = SECRET.exec(secret)?.[1];
      const bytes = encoded === undefined ? Buffer.alloc(0) : Buffer.from(encoded, 'base64');
      t.assertTrue('SECURITY-SIGNING-SECRET-FORMAT', 'secret is whsec_ + canonical base64 of 24 to 64 bytes', encoded !== undefined && bytes.toString('base64') === encoded && bytes.length >= 24 && bytes.length <= 64, {
        expected: 'whsec_ followed by padded base64 that decodes to 24..64 bytes',
        observed: { prefix: secret.slice(0, 10), length: secret.length, decoded_bytes: bytes.length },
      });
      encodedParts.push(encoded ?? '');
    }
    t.assertEqual('SECURITY-SIGNING-SECRET-FORMAT', `distinct secrets among ${SAMPLE} runs`, new Set(secrets).size, SAMPLE);
    const estimate = estimateRandomness(encodedParts);
    t.assertTrue('SECURITY-SIGNING-SECRET-FORMAT', 'randomness the secrets can carry (varying positions × log2 alphabet)', estimate.bits >= 24 * 8, {
      expected: 'at least 192 bits (24 random bytes)',
      observed: { ...estimate, bits: Math.floor(estimate.bits) },
    });
    const bound = randomPrefixBound(SAMPLE, estimate.alphabet);
    const shared = longestPairPrefix(encodedParts);
    t.assertTrue('SECURITY-SIGNING-SECRET-FORMAT', 'longest prefix two secrets share beyond the common one', shared.extra < bound, {
      expected: `fewer than ${bound} characters`,
      observed: { extra: shared.extra },
    });
  },
);
