/**
 * The whole suite in-process against the embedded reference host: the kit's own implementation must pass every
 * scenario, with nothing blocked and nothing inapplicable (the reference host declares every capability) — except
 * the scenarios that only a host without seams can answer; conformance-http.test.ts runs those against one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CAPABILITY_PATHS, missingCapability, runSuite } from '../src/harness/index.js';
import type { SuiteResult } from '../src/harness/index.js';
import { analyzeSuite } from '../src/report/analysis.js';
import { buildJsonReport } from '../src/report/json-report.js';
import { kitIdentity } from '../src/report/kit.js';
import { ruleRegistry } from '../src/rules.js';
import { validate } from '../src/validate.js';

const MIN_SCENARIOS = 60;
const NEED_A_HOST_WITHOUT_SEAMS = ['seams-off-by-default'];
const SUITE_TIMEOUT_MS = 600_000;

describe('conformance suite against the embedded reference host', () => {
  let suite: SuiteResult;

  beforeAll(async () => {
    suite = await runSuite({ target: { kind: 'embedded', faults: [] } });
  }, SUITE_TIMEOUT_MS);

  it('passes every scenario', () => {
    const notPassing = suite.scenarios
      .filter((o) => o.disposition !== (NEED_A_HOST_WITHOUT_SEAMS.includes(o.id) ? 'inapplicable' : 'pass'))
      .map((o) => `${o.id}: ${o.disposition}: ${o.reason ?? ''}`);
    // Joined so a failure prints every scenario's reason in full rather than a truncated array.
    expect(notPassing.join('\n')).toBe('');
    expect(suite.scenarios.filter((o) => o.assertions === 0 && !NEED_A_HOST_WITHOUT_SEAMS.includes(o.id)).map((o) => o.id)).toEqual([]);
  });

  it('declares every capability, so no scenario may be inapplicable', () => {
    expect(suite.capabilities).not.toBeNull();
    const undeclared = CAPABILITY_PATHS.filter((path) => missingCapability(suite.capabilities!, path) !== null);
    expect(undeclared).toEqual([]);
  });

  it(`has at least ${MIN_SCENARIOS} scenarios`, () => {
    expect(suite.scenarios.length).toBeGreaterThanOrEqual(MIN_SCENARIOS);
  });

  it('reports every cited rule as passed in a report that validates', () => {
    const analysis = analyzeSuite(suite, ruleRegistry.rules, { blocked: 'fail' });
    expect(analysis.verdict.problems.join('\n')).toBe('');
    const onlyWithoutSeams = new Set(
      suite.scenarios.filter((o) => NEED_A_HOST_WITHOUT_SEAMS.includes(o.id)).flatMap((o) => o.rules),
    );
    const cited = analysis.rules.filter((r) => r.disposition !== 'untested' && !onlyWithoutSeams.has(r.id));
    expect(cited.filter((r) => r.disposition !== 'pass').map((r) => `${r.id}: ${r.disposition}: ${r.reason ?? ''}`).join('\n')).toBe('');
    const report = buildJsonReport(analysis, { kit: kitIdentity(), specVersion: ruleRegistry.spec_version, faults: [] });
    const checked = validate('conformance-report', report);
    expect(checked.ok ? [] : checked.errors).toEqual([]);
  });
});
