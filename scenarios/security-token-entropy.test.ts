import { advertisedRunsInFlight, scenario } from '../src/harness/index.js';
import {
  derivations,
  estimateRandomness,
  isOrdered,
  longestCommonSubstring,
  longestPairPrefix,
  randomPrefixBound,
} from '../src/harness/checks/token-randomness.js';

const SAMPLE = 16;
const MIN_BITS = 128;
/** Shortest stretch of a public id (or its hash) whose presence in a token counts as derivation. */
const DERIVED_RUN = 8;

scenario(
  {
    id: 'security-token-entropy',
    title: 'Status tokens of 16 runs carry at least 128 bits by alphabet and length, are distinct, unordered, share no long prefix and are not derived from run ids',
    rules: ['SECURITY-TOKEN-ENTROPY'],
    requires: [],
  },
  async (t) => {
    const probe = await t.flows.fundedTenantEntitlement({ credits: 1 });
    const entitlement = await t.flows.fundedTenantEntitlement({ credits: probe.quote.credits_quoted * SAMPLE });
    // A host may bound the runs a tenant has in flight (SPEC.md §4.6, at least 10): under a smaller bound than
    // the sample, each batch is brought to its end before the next is created.
    const batch = Math.min(SAMPLE, advertisedRunsInFlight(t.caps) ?? SAMPLE);
    const runs = [];
    for (let i = 0; i < SAMPLE; i += 1) {
      if (i > 0 && i % batch === 0) for (const run of runs.slice(i - batch, i)) await t.flows.runToRest(run.token);
      runs.push(await t.flows.createRun({ entitlement, callback: false }));
    }
    const tokens = runs.map((run) => run.token);

    t.assertEqual('SECURITY-TOKEN-ENTROPY', `distinct tokens among ${SAMPLE} runs`, new Set(tokens).size, SAMPLE);
    const estimate = estimateRandomness(tokens);
    t.assertTrue('SECURITY-TOKEN-ENTROPY', 'randomness the tokens can carry (varying positions × log2 alphabet)', estimate.bits >= MIN_BITS, {
      expected: `at least ${MIN_BITS} bits`,
      observed: { ...estimate, bits: Math.floor(estimate.bits), sample: tokens.slice(0, 3) },
    });
    t.assertTrue('SECURITY-TOKEN-ENTROPY', 'tokens in the order issued are not sorted (no counter or clock)', !isOrdered(tokens), {
      expected: 'an unordered sequence',
      observed: tokens,
    });
    const bound = randomPrefixBound(SAMPLE, estimate.alphabet);
    const shared = longestPairPrefix(tokens);
    t.assertTrue('SECURITY-TOKEN-ENTROPY', 'longest prefix two tokens share beyond the common one', shared.extra < bound, {
      expected: `fewer than ${bound} characters (random tokens over ${estimate.alphabet} characters)`,
      observed: shared,
    });
    for (const run of runs) {
      const random = run.token.slice(estimate.commonPrefix.length);
      const overlap = Math.max(
        ...[run.created.agent_task_run_id, run.created.work_order_id].flatMap(derivations).map((derived) => longestCommonSubstring(random, derived)),
      );
      t.assertTrue('SECURITY-TOKEN-ENTROPY', `token of ${run.created.agent_task_run_id} shares no stretch with the run id, work order id or their SHA-256`, overlap < DERIVED_RUN, {
        expected: `no common substring of ${DERIVED_RUN} characters or more`,
        observed: { token: run.token, run_id: run.created.agent_task_run_id, longest_common: overlap },
      });
    }
  },
);
