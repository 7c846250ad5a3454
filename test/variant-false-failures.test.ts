/**
 * False failures the variants found (reference-host/variants.ts): each scenario here failed against a host doing
 * what SPEC.md allows, a defect of the kit. Run under the variant that showed it, it must pass (or be inapplicable
 * where the variant leaves it nothing to test), as the variant matrix stores; this is the quick check of the same.
 */
import { describe, expect, it } from 'vitest';
import { loadScenarios, runSuite } from '../src/harness/index.js';

/** Variant, the scenarios it made fail, and what the kit did wrong. */
const CASES: ReadonlyArray<{ variant: string; scenarios: readonly string[]; defect: string }> = [
  {
    variant: 'queue-monitor-unsupported',
    scenarios: ['callback-exhaustion'],
    defect: 'read the alert list of a host without the queue monitor (SPEC.md §8.7)',
  },
  {
    variant: 'callbacks-unsupported',
    scenarios: ['lifecycle-links-resolve'],
    defect: 'wanted 409 for the callback payload of a run without a callback URL, fixed at receipt_issued (SPEC.md §8.2)',
  },
  {
    variant: 'commands-queued',
    scenarios: ['lifecycle-terminal-absorbing', 'receipt-sums-agree', 'replay-refused-failed'],
    defect: 'judged an accepted close_exception before host time reached its effect (SPEC.md §10.4)',
  },
  {
    variant: 'tickets-under-review',
    scenarios: ['replay-exception-opened', 'replay-recovery', 'callback-exhaustion'],
    defect: 'took only status open for a ticket that has just opened (SPEC.md §9.1)',
  },
  {
    variant: 'stored-answers-reserialised',
    scenarios: ['discovery-idempotency-lifetime'],
    defect: 'compared a replayed stored answer byte for byte, not as a document (SPEC.md §12)',
  },
  {
    variant: 'event-extras-omitted',
    scenarios: ['lifecycle-structured-output-exhaustion'],
    defect: 'required links.result_url on the run_failed event, which an event carries as applicable (SPEC.md §4.4)',
  },
  {
    variant: 'few-runs-in-flight',
    scenarios: ['security-token-entropy', 'seams-script-honoured'],
    defect: 'held more runs in flight than the host advertises (SPEC.md §4.6)',
  },
  {
    variant: 'host-extra-members',
    scenarios: ['attestation-statement', 'seams-tenants'],
    defect: 'compared the whole in-toto subject, and every member of the queue monitor counts, where SPEC.md fixes only some members (§6.4, §10.1, §2.2)',
  },
];

describe('scenarios that failed under a variant SPEC.md allows', () => {
  for (const { variant, scenarios, defect } of CASES) {
    it(`pass under ${variant} (the kit ${defect})`, async () => {
      const entries = await loadScenarios([...scenarios]);
      expect(entries.map((e) => e.def.id).sort()).toEqual([...scenarios].sort());
      const suite = await runSuite({ target: { kind: 'embedded', faults: [], variants: [variant] }, scenarios: entries });
      expect(suite.scenarios.map((o) => [o.id, o.disposition, o.reason])).toEqual(scenarios.map((id) => [id, 'pass', null]).sort());
    }, 60_000);
  }
});
