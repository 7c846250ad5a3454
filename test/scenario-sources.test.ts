import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageProblems, renderCoverage, ruleSchemaMap, type CoverageInput, type CoverageRule } from '../dev/audit/coverage.js';
import { auditScenarioDirectory, harnessRuleIds, inspectScenarioSource } from '../dev/audit/scenario-sources.js';
import { ruleRegistry } from '../src/rules.js';
import { packageRoot } from '../src/schemas.js';

const knownRuleIds: ReadonlySet<string> = new Set(ruleRegistry.rules.map((r) => r.id));
const options = { knownRuleIds, helperRuleIds: new Set(['LIFECYCLE-DOCUMENTS-VALID']) };

const header = "import { scenario } from '../src/harness/index.js';\nimport { digest } from '../src/jcs.js';\n";

function source(body: string, definition = "id: 'ledger-hash-link', title: 'Links', rules: ['LEDGER-HASH-LINK'], requires: ['seams.test_clock']"): string {
  return `${header}\nscenario({ ${definition} }, async (t) => {\n${body}\n});\n`;
}

const good = `  const run = await t.flows.completedRun();
  const ledger = await t.api.ledger(run.token);
  const events = ledger.body.state_history ?? [];
  for (const [i, e] of events.entries()) {
    t.assertEqual('LEDGER-HASH-LINK', \`event \${e.sequence} prev_event_hash\`, e.prev_event_hash, i === 0 ? null : digest(events[i - 1]));
  }`;

function problems(text: string, file = 'scenarios/ledger-hash-link.test.ts'): string[] {
  return inspectScenarioSource(file, text, options).problems.map((p) => p.message);
}

describe('scenario source check', () => {
  it('accepts a well-formed scenario and reads its definition and citations', () => {
    const inspected = inspectScenarioSource('scenarios/ledger-hash-link.test.ts', source(good), options);
    expect(inspected.problems).toEqual([]);
    expect(inspected.source).toMatchObject({
      id: 'ledger-hash-link',
      title: 'Links',
      rules: ['LEDGER-HASH-LINK'],
      requires: ['seams.test_clock'],
      assertions: [{ method: 'assertEqual', rule: 'LEDGER-HASH-LINK', line: 9 }],
    });
  });

  it('reads rule ids bound to a const', () => {
    const text = `const RULE = 'LEDGER-HASH-LINK';\n${source("  t.assertTrue(RULE, 'x', true, { expected: 'x', observed: 1 });")}`;
    expect(problems(text)).toEqual([]);
  });

  it.each([
    ['expect(', "  expect(1).toBe(1);\n  t.assertTrue('LEDGER-HASH-LINK', 'x', true, { expected: 'x', observed: 1 });", 'bare assertion expect()'],
    ['assert(', "  assert(true);\n  t.assertTrue('LEDGER-HASH-LINK', 'x', true, { expected: 'x', observed: 1 });", 'bare assertion assert()'],
    ['assert.x(', "  assert.equal(1, 1);\n  t.assertTrue('LEDGER-HASH-LINK', 'x', true, { expected: 'x', observed: 1 });", 'bare assertion assert.*()'],
    ['should', "  (1 as any).should.equal(1);\n  t.assertTrue('LEDGER-HASH-LINK', 'x', true, { expected: 'x', observed: 1 });", 'bare assertion .should'],
    ['fetch(', "  await fetch('http://x');\n  t.assertTrue('LEDGER-HASH-LINK', 'x', true, { expected: 'x', observed: 1 });", 'direct fetch()'],
    ['globalThis.fetch(', "  await globalThis.fetch('http://x');\n  t.assertTrue('LEDGER-HASH-LINK', 'x', true, { expected: 'x', observed: 1 });", 'direct fetch()'],
    ['globalThis.setTimeout', "  globalThis.setTimeout(() => {}, 10);\n  t.assertTrue('LEDGER-HASH-LINK', 'x', true, { expected: 'x', observed: 1 });", 'real-time wait setTimeout()'],
    ['setTimeout', "  setTimeout(() => {}, 10);\n  t.assertTrue('LEDGER-HASH-LINK', 'x', true, { expected: 'x', observed: 1 });", 'real-time wait setTimeout()'],
    ['sleep', "  await sleep(10);\n  t.assertTrue('LEDGER-HASH-LINK', 'x', true, { expected: 'x', observed: 1 });", 'real-time wait sleep()'],
    ['new Promise', "  await new Promise((r) => r(1));\n  t.assertTrue('LEDGER-HASH-LINK', 'x', true, { expected: 'x', observed: 1 });", 'new Promise()'],
    ['dynamic import', "  await import('node:http');\n  t.assertTrue('LEDGER-HASH-LINK', 'x', true, { expected: 'x', observed: 1 });", 'dynamic import()'],
  ])('rejects %s', (_label, body, message) => {
    expect(problems(source(body))).toEqual([expect.stringContaining(message)]);
  });

  it('rejects imports of HTTP, timer and assertion modules', () => {
    for (const module of ['node:http', 'node:timers/promises', 'vitest', 'node:assert', './helpers.js']) {
      const text = `import x from '${module}';\n${source(good)}`;
      expect(problems(text)).toEqual([expect.stringContaining(`import from ${module}`)]);
    }
  });

  it('rejects unknown rule ids, citations outside the rules list and non-literal ids', () => {
    expect(problems(source("  t.assertTrue('LEDGER-HASH-LNK', 'x', true, { expected: 'x', observed: 1 });\n" + good))).toEqual([
      'assertTrue cites unknown rule id LEDGER-HASH-LNK',
    ]);
    expect(problems(source("  t.assertStatus('LEDGER-SEQUENCE', ex, 200);\n" + good))).toEqual([
      "assertStatus cites LEDGER-SEQUENCE, which the scenario's rules do not list",
    ]);
    expect(problems(source("  const rule = pick();\n  t.assertStatus(rule, ex, 200);\n" + good))).toEqual([
      expect.stringContaining('the rule id must be a string literal'),
    ]);
  });

  it('rejects a scenario with no rule-citing assertion and a listed rule nothing checks', () => {
    expect(problems(source('  await t.flows.completedRun();'))).toEqual([
      'no assertion cites a rule of the scenario; a scenario must be able to fail',
      'rules lists LEDGER-HASH-LINK but no assertion cites it, so a pass would claim it unchecked',
    ]);
    const twoRules = "id: 'ledger-hash-link', title: 'Links', rules: ['LEDGER-HASH-LINK', 'LEDGER-SEQUENCE', 'LIFECYCLE-DOCUMENTS-VALID']";
    expect(problems(source(good, twoRules))).toEqual([
      'rules lists LEDGER-SEQUENCE but no assertion cites it, so a pass would claim it unchecked',
    ]);
  });

  it('rejects unknown, duplicate and empty rules lists', () => {
    expect(problems(source(good, "id: 'ledger-hash-link', title: 'L', rules: ['LEDGER-HASH-LINK', 'NOPE-RULE']"))).toContain(
      'rules lists unknown rule id NOPE-RULE',
    );
    expect(problems(source(good, "id: 'ledger-hash-link', title: 'L', rules: ['LEDGER-HASH-LINK', 'LEDGER-HASH-LINK']"))).toEqual([
      'rules lists LEDGER-HASH-LINK twice',
    ]);
    expect(problems(source('', "id: 'ledger-hash-link', title: 'L', rules: []"))).toContain('scenario rules is empty');
  });

  it('rejects an id that differs from the file name and non-kebab file names', () => {
    expect(problems(source(good), 'scenarios/ledger-link.test.ts')).toEqual([
      'scenario id ledger-hash-link differs from the file name ledger-link.test.ts',
    ]);
    const camel = problems(source(good, "id: 'ledgerHashLink', title: 'L', rules: ['LEDGER-HASH-LINK']"), 'scenarios/ledgerHashLink.test.ts');
    expect(camel).toEqual(['file name ledgerHashLink.test.ts is not kebab-case <id>.test.ts']);
  });

  it('rejects zero or several scenario() calls and a definition that is not a literal', () => {
    expect(problems(`${header}\nconst x = 1;\n`)).toEqual(['no scenario(...) call']);
    const twice = `${source(good)}\nscenario({ id: 'ledger-hash-link', title: 'x', rules: ['LEDGER-HASH-LINK'] }, async (t) => {\n${good}\n});\n`;
    expect(problems(twice)).toEqual(['more than one scenario(...) in the file; one behaviour per file']);
    const indirect = `${header}\nconst def = { id: 'ledger-hash-link' } as any;\nscenario(def, async (t) => {\n${good}\n});\n`;
    expect(problems(indirect)).toContain('scenario(...) must get an object literal { id, title, rules, requires } first');
  });

  it("allows a scenario's own methods that share a forbidden name", () => {
    const body = `  const c = { expect: (n: number) => n, sleep: () => 0 };\n  const wanted = c.expect(1) + c.sleep();\n${good}`;
    expect(problems(source(body))).toEqual([]);
  });

  it('is not fooled by forbidden words in strings or comments', () => {
    const body = `  // expect(1) and setTimeout( in a comment\n  const note = 'fetch( sleep( new Promise(';\n${good}`;
    expect(problems(source(body))).toEqual([]);
  });
});

describe('assertions that cannot fail on a faulty host', () => {
  const twoRules = "id: 'ledger-hash-link', title: 'L', rules: ['LEDGER-HASH-LINK', 'LEDGER-SEQUENCE']";
  const sequence = "  t.assertTrue('LEDGER-SEQUENCE', 's', true, { expected: 'x', observed: 1 });";

  it('rejects a rule whose every assertion sits behind a condition the host controls', () => {
    const guarded = [
      "  if (run.state === 'closed') t.assertEqual('LEDGER-HASH-LINK', 'x', a, b);",
      "  run.ok ? t.assertEqual('LEDGER-HASH-LINK', 'x', a, b) : undefined;",
      "  run.ok && t.assertEqual('LEDGER-HASH-LINK', 'x', a, b);",
      "  try { await go(); } catch { t.assertEqual('LEDGER-HASH-LINK', 'x', a, b); }",
      "  switch (run.state) { case 'closed': t.assertEqual('LEDGER-HASH-LINK', 'x', a, b); }",
    ];
    for (const body of guarded) {
      expect(problems(source(`${body}\n${sequence}`, twoRules)), body).toEqual([
        expect.stringContaining('every assertion citing LEDGER-HASH-LINK is inside a condition'),
      ]);
    }
  });

  it('accepts a condition whose every branch asserts the rule, and a guarded assertion beside an unconditional one', () => {
    const covered = [
      "  if (run.ok) t.assertStatus('LEDGER-HASH-LINK', ex, 200);\n  else t.assertProblem('LEDGER-HASH-LINK', ex, 409, 'result-not-ready');",
      "  if (run.ok) t.assertStatus('LEDGER-HASH-LINK', ex, 200);\n  t.assertEqual('LEDGER-HASH-LINK', 'x', a, b);",
      "  for (const e of events) t.assertEqual('LEDGER-HASH-LINK', 'x', e.a, b);",
      "  if (missing) return t.blocked('no run');\n  t.assertEqual('LEDGER-HASH-LINK', 'x', a, b);",
    ];
    for (const body of covered) expect(problems(source(`${body}\n${sequence}`, twoRules)), body).toEqual([]);
  });

  it('rejects an assertion that compares a host answer with itself', () => {
    const selfCompared = [
      "  t.assertEqual('LEDGER-HASH-LINK', 'x', a.body.state, a.body.state);",
      "  t.assertEqual('LEDGER-HASH-LINK', 'x', a.body?.state, (a.body!.state as string));",
      "  const first = a.body.state;\n  const second = a.body.state;\n  t.assertEqual('LEDGER-HASH-LINK', 'x', first, second);",
      "  t.assertTrue('LEDGER-HASH-LINK', 'x', run.state === run.state, { expected: 'x', observed: 1 });",
    ];
    for (const body of selfCompared) expect(problems(source(body)), body).toEqual([expect.stringContaining('with itself')]);
  });

  it('accepts two answers of two requests, and reads compared with what the kit expects', () => {
    const fine = [
      "  const first = await t.http.request('GET', p);\n  const again = await t.http.request('GET', p);\n  t.assertEqual('LEDGER-HASH-LINK', 'x', again.json, first.json);",
      "  const found: unknown[] = [];\n  t.assertEqual('LEDGER-HASH-LINK', 'x', found, []);",
      "  t.assertEqual('LEDGER-HASH-LINK', 'x', a.body.state, 'closed');",
    ];
    for (const body of fine) expect(problems(source(body)), body).toEqual([]);
  });

  it('rejects a hash or signature taken from the host instead of recomputed', () => {
    const trusted = [
      "  t.assertEqual('LEDGER-HASH-LINK', 'x', attestation.result_package_hash, payload.result_package_hash);",
      "  const pinned = attestation.result_package_hash;\n  t.assertEqual('LEDGER-HASH-LINK', 'x', pinned, contract.machine_result.result_package_hash);",
      "  t.assertEqual('LEDGER-HASH-LINK', 'x', events[1].prev_event_hash, events[0].event_hash);",
      "  t.assertEqual('LEDGER-HASH-LINK', 'x', d.headers['webhook-signature'], record.signature);",
      "  t.assertTrue('LEDGER-HASH-LINK', 'x', a.result_package_hash === b.result_package_hash, { expected: 'x', observed: 1 });",
    ];
    for (const body of trusted) expect(problems(source(body)), body).toEqual([expect.stringContaining('without recomputing it')]);
  });

  it('accepts hashes recomputed by the kit, directly or through a const, and comparisons with a literal', () => {
    const recomputed = [
      "  t.assertEqual('LEDGER-HASH-LINK', 'x', attestation.result_package_hash, digest(result.json));",
      "  const expected = i === 0 ? null : digest(events[i - 1]);\n  t.assertEqual('LEDGER-HASH-LINK', 'x', e.prev_event_hash, expected);",
      "  t.assertEqual('LEDGER-HASH-LINK', 'x', events[0].prev_event_hash, null);",
    ];
    for (const body of recomputed) expect(problems(source(body)), body).toEqual([]);
  });
});

describe('the scenarios in this repository', () => {
  it('pass the source check', () => {
    const helperRuleIds = harnessRuleIds(packageRoot, knownRuleIds);
    const { problems: found } = auditScenarioDirectory(packageRoot, { knownRuleIds, helperRuleIds });
    expect(found.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([]);
  });
});

describe('coverage check', () => {
  const rules: CoverageRule[] = [
    { id: 'LEDGER-HASH-LINK', area: 'LEDGER', level: 'MUST', conformance_level: 'timed', text: 'Links. Events validate against agent-run-state-event.schema.json.' },
    { id: 'LEDGER-SEQUENCE', area: 'LEDGER', level: 'MUST', text: 'Sequence.', unobservable_reason: 'Only the host sees it.' },
    { id: 'LEDGER-APPEND-ONLY', area: 'LEDGER', level: 'MUST', text: 'Append only.' },
    { id: 'DISCOVERY-STABLE', area: 'DISCOVERY', level: 'SHOULD', text: 'Stable.' },
  ];
  const scenarioSource = inspectScenarioSource('scenarios/ledger-hash-link.test.ts', source(good), options).source;
  const faults = [{ id: 'ledger-hash-link-broken', description: 'Hash | link broken.', rules: ['LEDGER-HASH-LINK'] }];
  const matrix: NonNullable<CoverageInput['matrix']> = {
    data: {
      matrix_version: 1,
      scenarios: ['ledger-hash-link'],
      baseline: {},
      faults: { 'ledger-hash-link-broken': { rules: ['LEDGER-HASH-LINK'], failed: { 'ledger-hash-link': ['LEDGER-HASH-LINK'] } } },
    },
    exemptions: { unreachable_scenarios: {}, no_fault_rules: { 'LEDGER-APPEND-ONLY': 'No fault breaks it | yet.' } },
  };
  const input = (scenarios = [scenarioSource], stored: CoverageInput['matrix'] = matrix): CoverageInput => ({
    specVersion: '1.0.0',
    areas: ['DISCOVERY', 'LEDGER'],
    rules,
    scenarios,
    faults,
    fixtures: new Map([['agent-run-state-event', { valid: 2, invalid: 3 }]]),
    ruleSchemas: ruleSchemaMap(rules, null),
    matrix: stored,
  });

  it('demands a scenario or a written reason for every MUST rule, not for SHOULD rules', () => {
    expect(coverageProblems(input())).toEqual([
      { kind: 'must-uncovered', message: 'MUST rule LEDGER-APPEND-ONLY has no scenario and no unobservable_reason in spec/rules.json' },
    ]);
  });

  it('demands a stored matrix made for the current faults and scenarios, and holds it to its rules', () => {
    expect(coverageProblems(input(undefined, null))).toContainEqual({ kind: 'matrix', message: 'spec/mutation-matrix.json is missing; run: npm run matrix' });
    const other = { ...scenarioSource, id: 'ledger-sequence', file: 'scenarios/ledger-sequence.test.ts' };
    expect(coverageProblems(input([scenarioSource, other]))).toContainEqual({
      kind: 'matrix',
      message: 'spec/mutation-matrix.json was made for another set of scenarios; run: npm run matrix',
    });
    const uncaught = structuredClone(matrix);
    uncaught.data.faults['ledger-hash-link-broken']!.failed = {};
    expect(coverageProblems(input(undefined, uncaught)).map((p) => p.message)).toEqual([
      'MUST rule LEDGER-APPEND-ONLY has no scenario and no unobservable_reason in spec/rules.json',
      'fault ledger-hash-link-broken is caught by no scenario: none fails on LEDGER-HASH-LINK with it on',
      'no fault makes scenario ledger-hash-link fail, and spec/mutation-exemptions.json gives no reason',
      'MUST rule LEDGER-HASH-LINK is caught by no fault and has no reason in spec/mutation-exemptions.json',
    ]);
  });

  it('reports a scenario citing an unknown rule', () => {
    const stray = { ...scenarioSource, file: 'scenarios/x.test.ts', rules: ['LEDGER-HASH-LNK'] };
    expect(coverageProblems(input([scenarioSource, stray]))).toContainEqual({
      kind: 'unknown-rule',
      message: 'scenarios/x.test.ts cites unknown rule LEDGER-HASH-LNK',
    });
  });

  it('lists each rule with its scenarios, faults and the fixtures of the schemas it names', () => {
    const text = renderCoverage(input());
    expect(text).toContain(
      '| LEDGER-HASH-LINK | MUST | timed | ledger-hash-link | ledger-hash-link-broken | – | agent-run-state-event (2 valid, 3 invalid) |',
    );
    expect(text).toContain('| LEDGER-SEQUENCE | Only the host sees it. |');
    expect(text).toContain('| LEDGER-APPEND-ONLY | **missing: no scenario and no reason** |');
    expect(text).toContain('| ledger-hash-link-broken | LEDGER-HASH-LINK | Hash \\| link broken. |');
    expect(text).toContain('| LEDGER | 3 | 3 | 1 | 2 | 1 |');
  });

  it('shows the mutation matrix: what caught each fault, and the rules no fault is caught on with their reason', () => {
    const text = renderCoverage(input());
    expect(text).toContain('## Mutation matrix');
    expect(text).toContain('| ledger-hash-link-broken | LEDGER-HASH-LINK | ledger-hash-link (LEDGER-HASH-LINK) | – |');
    expect(text).toContain('| LEDGER-APPEND-ONLY | No fault breaks it \\| yet. |');
    expect(text).toContain('| LEDGER-SEQUENCE | Only the host sees it. |');
  });

  it('binds the endpoint-wide rules to the schemas the OpenAPI document names', () => {
    const endpointRules: CoverageRule[] = [
      { id: 'LIFECYCLE-DOCUMENTS-VALID', area: 'LIFECYCLE', level: 'MUST', text: 'Every document validates.' },
      { id: 'ERRORS-INVALID-BODY', area: 'ERRORS', level: 'MUST', text: 'Bad bodies are refused.' },
    ];
    const map = ruleSchemaMap(endpointRules, { responses: ['quote', 'run-created'], requests: ['run-request'] });
    expect(Object.fromEntries(map)).toEqual({ 'LIFECYCLE-DOCUMENTS-VALID': ['quote', 'run-created'], 'ERRORS-INVALID-BODY': ['run-request'] });
  });

  it('--check fails on a stale coverage.md and passes once it is regenerated', () => {
    const root = mkdtempSync(join(tmpdir(), 'atk-coverage-'));
    try {
      mkdirSync(join(root, 'spec'));
      mkdirSync(join(root, 'scenarios'));
      const registry = { spec_version: '1.0.0', areas: ['LEDGER'], rules: rules.filter((r) => r.id !== 'LEDGER-APPEND-ONLY' && r.area === 'LEDGER').map((r) => (r.id === 'LEDGER-HASH-LINK' ? { ...r, conformance_level: 'timed' } : r)) };
      writeFileSync(join(root, 'spec', 'rules.json'), JSON.stringify(registry));
      writeFileSync(join(root, 'scenarios', 'ledger-hash-link.test.ts'), source(good));
      const script = join(packageRoot, 'scripts', 'coverage.ts');
      const tsx = join(packageRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
      const check = () => spawnSync(process.execPath, [tsx, script, '--check', '--root', root], { encoding: 'utf8' });
      const stale = check();
      expect(stale.stderr).toContain('coverage.md is missing');
      expect(stale.status).toBe(1);
      expect(spawnSync(process.execPath, [tsx, script, '--root', root], { encoding: 'utf8' }).status).toBe(0);
      const fresh = check();
      expect(fresh.stderr).toBe('');
      expect(fresh.status).toBe(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});
