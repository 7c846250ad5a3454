import { describe, expect, it } from 'vitest';
import { edgeProblems, edgesByRule, parseEdge } from '../src/harness/edges.js';
import { inspectScenarioSource } from '../dev/audit/scenario-sources.js';
import { checkDefinition } from '../src/harness/registry.js';
import { ruleRegistry } from '../src/rules.js';

const knownRuleIds: ReadonlySet<string> = new Set(ruleRegistry.rules.map((r) => r.id));

function source(edges: string): string {
  return `import { scenario } from '../src/harness/index.js';
scenario({ id: 'callback-classes', title: 'Classes', rules: ['CALLBACK-2XX-ONLY', 'CALLBACK-410-STOPS'], edges: ${edges} }, async (t) => {
  t.assertTrue('CALLBACK-2XX-ONLY', 'x', true, { expected: 'x', observed: 1 });
  t.assertTrue('CALLBACK-410-STOPS', 'x', true, { expected: 'x', observed: 1 });
});
`;
}

describe('scenario edge cases', () => {
  it('reads an entry as belonging to every rule of the scenario, or to the one rule it names', () => {
    expect(parseEdge('metered above the reservation')).toEqual({ rule: null, text: 'metered above the reservation' });
    expect(parseEdge('CALLBACK-410-STOPS: 410 on the first attempt')).toEqual({ rule: 'CALLBACK-410-STOPS', text: '410 on the first attempt' });
    const byRule = edgesByRule(['a reset', 'CALLBACK-410-STOPS: a 410'], ['CALLBACK-2XX-ONLY', 'CALLBACK-410-STOPS']);
    expect(Object.fromEntries(byRule)).toEqual({ 'CALLBACK-2XX-ONLY': ['a reset'], 'CALLBACK-410-STOPS': ['a reset', 'a 410'] });
  });

  it('rejects empty entries, repeats and rules the scenario does not list', () => {
    expect(edgeProblems(['x', 'x', 'LEDGER-SEQUENCE: y', 'CALLBACK-2XX-ONLY:  '], ['CALLBACK-2XX-ONLY'])).toEqual([
      'edges lists "x" twice',
      `edge "LEDGER-SEQUENCE: y" names LEDGER-SEQUENCE, which the scenario's rules do not list`,
      'edge "CALLBACK-2XX-ONLY:  " has no text',
    ]);
  });

  it('reads edges from a scenario source and reports a bad one at its definition', () => {
    const good = inspectScenarioSource('scenarios/callback-classes.test.ts', source("['a reset', 'CALLBACK-410-STOPS: a 410']"), { knownRuleIds });
    expect(good.problems).toEqual([]);
    expect(good.source.edges).toEqual(['a reset', 'CALLBACK-410-STOPS: a 410']);
    const bad = inspectScenarioSource('scenarios/callback-classes.test.ts', source("['QUEUE-ADVANCE: a stall', label]"), { knownRuleIds });
    expect(bad.problems.map((p) => p.message)).toEqual([
      'scenario edges entries must be string literals',
      `edge "QUEUE-ADVANCE: a stall" names QUEUE-ADVANCE, which the scenario's rules do not list`,
    ]);
  });

  it('refuses a registered definition whose edges name a rule it does not list', () => {
    const def = { id: 'callback-classes', title: 'Classes', rules: ['CALLBACK-2XX-ONLY'] as const, edges: ['CALLBACK-410-STOPS: a 410'] };
    expect(() => checkDefinition(def, 'scenarios/callback-classes.test.ts')).toThrow(/names CALLBACK-410-STOPS/);
  });
});
