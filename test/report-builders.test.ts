import { describe, expect, it } from 'vitest';
import type { AssertionFailure, ScenarioOutcome, SuiteResult } from '../src/harness/outcome.js';
import { analyzeSuite, failedRules, ruleResults, type RegistryRule } from '../src/report/analysis.js';
import { parseBaseline } from '../src/report/baseline.js';
import { formatConsoleReport } from '../src/report/console.js';
import { buildJsonReport, type ReportContext } from '../src/report/json-report.js';
import { buildJunit, xmlAttribute, xmlText } from '../src/report/junit.js';
import { parseXml, XmlSyntaxError, type XmlElement } from './support/xml-parse.js';
import { ruleRegistry } from '../src/rules.js';
import { validate } from '../src/validate.js';

const registry: readonly RegistryRule[] = ruleRegistry.rules;
const ruleIds = new Set(registry.map((r) => r.id));
const context: ReportContext = { kit: { name: 'agent-task-kit', version: '9.9.9' }, specVersion: '1.0.0', faults: [] };

function failure(rule: string, what: string, observed: string): AssertionFailure {
  return {
    rule,
    text: ruleRegistry.rules.find((r) => r.id === rule)?.text ?? '',
    what,
    expected: '"sha256:aaaa"',
    observed,
    transcript: '> GET http://host.test/api/agents/tasks/tok_1/ledger\n> authorization: Bearer ****\n< 200',
  };
}

function outcome(id: string, rules: string[], disposition: ScenarioOutcome['disposition'], more: Partial<ScenarioOutcome> = {}): ScenarioOutcome {
  return {
    id,
    file: `scenarios/${id}.test.ts`,
    title: `title of ${id}`,
    area: rules[0]!.split('-')[0]!,
    rules,
    requires: [],
    disposition,
    reason: disposition === 'pass' ? null : `${disposition} reason of ${id}`,
    assertions: disposition === 'pass' ? 3 : 1,
    durationMs: 25,
    exchanges: 4,
    failures: [],
    ...more,
  };
}

function suite(scenarios: ScenarioOutcome[], more: Partial<SuiteResult> = {}): SuiteResult {
  return {
    scenarios,
    hostUrl: 'http://host.test',
    capabilities: { object_type: 'agent_host_capabilities' } as unknown as SuiteResult['capabilities'],
    capabilitiesDigest: `sha256:${'1'.repeat(64)}`,
    startedAt: '2026-06-02T10:00:00.000Z',
    finishedAt: '2026-06-02T10:00:02.500Z',
    wallTimeMs: 2500,
    exchanges: scenarios.reduce((sum, o) => sum + o.exchanges, 1),
    ...more,
  };
}

const hashFailure = failure('LEDGER-HASH-LINK', 'event 3 prev_event_hash', '"sha256:bbbb"');
const mixed = [
  outcome('ledger-hash-link', ['LEDGER-HASH-LINK', 'LEDGER-SEQUENCE'], 'fail', { failures: [hashFailure] }),
  outcome('ledger-sequence', ['LEDGER-SEQUENCE'], 'pass'),
  outcome('replay-same-run', ['REPLAY-SAME-RUN'], 'inapplicable', { reason: 'host does not declare replay.supported' }),
  outcome('callback-timeout', ['CALLBACK-TIMEOUT'], 'blocked', {
    reason: 'request to /api/agents/run timed out after 10000 ms',
    transcript: '> POST http://host.test/api/agents/run\n< (no answer: timeout)',
  }),
  outcome('callback-signature', ['CALLBACK-SIGNATURE', 'CALLBACK-ID-STABLE'], 'fail', {
    failures: [failure('CALLBACK-SIGNATURE', 'signature of attempt 1', '"v1,xyz"')],
  }),
];

describe('rule dispositions', () => {
  const results = new Map(ruleResults(registry, mixed).map((r) => [r.id, r]));

  it('covers every registry rule exactly once', () => {
    expect(ruleResults(registry, mixed).map((r) => r.id)).toEqual(registry.map((r) => r.id));
  });

  it('fails a rule a scenario failed on, passes one only proven elsewhere', () => {
    expect(results.get('LEDGER-HASH-LINK')).toMatchObject({ disposition: 'fail', scenarios: ['ledger-hash-link'] });
    expect(results.get('LEDGER-SEQUENCE')).toMatchObject({ disposition: 'pass', reason: null });
    expect(results.get('LEDGER-SEQUENCE')!.scenarios).toEqual(['ledger-hash-link', 'ledger-sequence']);
  });

  it('does not pass a rule whose only scenario failed on another rule', () => {
    const rule = results.get('CALLBACK-ID-STABLE')!;
    expect(rule.disposition).toBe('blocked');
    expect(rule.reason).toContain('callback-signature failed on CALLBACK-SIGNATURE');
  });

  it('carries the reasons of blocked, inapplicable and untested rules', () => {
    expect(results.get('CALLBACK-TIMEOUT')).toMatchObject({ disposition: 'blocked' });
    expect(results.get('CALLBACK-TIMEOUT')!.reason).toContain('timed out');
    expect(results.get('REPLAY-SAME-RUN')!.reason).toBe('replay-same-run: host does not declare replay.supported');
    expect(results.get('QUEUE-MONITOR')).toMatchObject({ disposition: 'untested', scenarios: [] });
  });

  it('ranks blocked above inapplicable', () => {
    const both = [
      outcome('a-one', ['QUEUE-MONITOR'], 'inapplicable'),
      outcome('a-two', ['QUEUE-MONITOR'], 'blocked'),
    ];
    expect(ruleResults(registry, both).find((r) => r.id === 'QUEUE-MONITOR')!.disposition).toBe('blocked');
  });

  it('counts a failure without assertion evidence against every cited rule', () => {
    const empty = outcome('zero', ['QUEUE-MONITOR', 'QUEUE-ADVANCE'], 'fail', { reason: 'no assertion was made' });
    expect(failedRules(empty)).toEqual(['QUEUE-MONITOR', 'QUEUE-ADVANCE']);
    const byId = new Map(ruleResults(registry, [empty]).map((r) => [r.id, r.disposition]));
    expect([byId.get('QUEUE-MONITOR'), byId.get('QUEUE-ADVANCE')]).toEqual(['fail', 'fail']);
  });
});

describe('baseline', () => {
  it('accepts a list of known rule ids', () => {
    expect(parseBaseline({ known_failures: ['LEDGER-HASH-LINK'] }, ruleIds)).toEqual({ ok: true, knownFailures: ['LEDGER-HASH-LINK'] });
    expect(parseBaseline({ $schema: './x.json', known_failures: [] }, ruleIds)).toEqual({ ok: true, knownFailures: [] });
  });

  it.each([
    [[], 'expected a JSON object'],
    [{ known_failure: [] }, 'unknown key(s) known_failure'],
    [{ known_failures: 'LEDGER-HASH-LINK' }, 'must be an array'],
    [{ known_failures: [1] }, 'must be an array'],
    [{ known_failures: ['LEDGER-HASH-LINK', 'LEDGER-HASH-LINK'] }, 'duplicate rule id(s): LEDGER-HASH-LINK'],
    [{ known_failures: ['LEDGER-HASH-LNK'] }, 'unknown rule id(s): LEDGER-HASH-LNK (did you mean LEDGER-HASH-LINK?)'],
  ])('refuses %j', (document, message) => {
    const parsed = parseBaseline(document, ruleIds);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.error).toContain(message);
  });

  it('excuses a failure whose every failed rule is known, and nothing else', () => {
    const analysis = analyzeSuite(suite(mixed), registry, {
      blocked: 'incomplete',
      baseline: { file: 'baseline.json', knownFailures: ['LEDGER-HASH-LINK'] },
    });
    expect(analysis.baseline).toMatchObject({ excused: ['ledger-hash-link'], stale: [] });
    expect(analysis.verdict.exitCode).toBe(1);
    expect(analysis.verdict.problems).toEqual(['1 scenario(s) failed: callback-signature']);
  });

  it('does not excuse a scenario that also failed on an unlisted rule', () => {
    const two = outcome('two-rules', ['LEDGER-HASH-LINK', 'LEDGER-SEQUENCE'], 'fail', {
      failures: [hashFailure, failure('LEDGER-SEQUENCE', 'sequence of event 2', '3')],
    });
    const analysis = analyzeSuite(suite([two]), registry, {
      blocked: 'incomplete',
      baseline: { file: 'b.json', knownFailures: ['LEDGER-HASH-LINK'] },
    });
    expect(analysis.baseline!.excused).toEqual([]);
    expect(analysis.verdict.exitCode).toBe(1);
  });

  it('passes the run when all failures are known, and fails it on a stale entry', () => {
    const known = { file: 'b.json', knownFailures: ['LEDGER-HASH-LINK', 'CALLBACK-SIGNATURE'] };
    expect(analyzeSuite(suite(mixed), registry, { blocked: 'accept', baseline: known }).verdict).toEqual({
      kind: 'pass',
      exitCode: 0,
      problems: [],
      unobserved: ['1 scenario(s) blocked (accepted by --allow-blocked): callback-timeout'],
    });
    const stale = { file: 'b.json', knownFailures: [...known.knownFailures, 'LEDGER-SEQUENCE', 'QUEUE-MONITOR'] };
    const analysis = analyzeSuite(suite(mixed), registry, { blocked: 'incomplete', baseline: stale });
    expect(analysis.baseline!.stale).toEqual(['LEDGER-SEQUENCE']);
    expect(analysis.verdict.exitCode).toBe(1);
    expect(analysis.verdict.problems[0]).toContain('LEDGER-SEQUENCE');
  });
});

describe('verdict', () => {
  const clean = [outcome('ledger-sequence', ['LEDGER-SEQUENCE'], 'pass'), outcome('x-blocked', ['QUEUE-MONITOR'], 'blocked')];

  it('is incomplete (exit 3) with blocked scenarios, a failure under --strict and a pass under --allow-blocked', () => {
    const incomplete = analyzeSuite(suite(clean), registry, { blocked: 'incomplete' }).verdict;
    expect(incomplete).toEqual({ kind: 'incomplete', exitCode: 3, problems: [], unobserved: ['1 scenario(s) blocked: x-blocked'] });
    const strict = analyzeSuite(suite(clean), registry, { blocked: 'fail' }).verdict;
    expect(strict).toMatchObject({ kind: 'fail', exitCode: 1, problems: ['1 scenario(s) blocked (--strict): x-blocked'] });
    expect(analyzeSuite(suite(clean), registry, { blocked: 'accept' }).verdict).toMatchObject({ kind: 'pass', exitCode: 0 });
  });

  it('fails, not incomplete, when a scenario failed as well as one blocked', () => {
    const verdict = analyzeSuite(suite(mixed), registry, { blocked: 'incomplete' }).verdict;
    expect(verdict).toMatchObject({ kind: 'fail', exitCode: 1, unobserved: ['1 scenario(s) blocked: callback-timeout'] });
  });

  it('fails when the capabilities document answered but was invalid, and is incomplete when the run stopped', () => {
    const invalid = suite([outcome('ledger-sequence', ['LEDGER-SEQUENCE'], 'pass')], { capabilities: null, capabilitiesDigest: null });
    expect(analyzeSuite(invalid, registry, { blocked: 'incomplete' }).verdict).toMatchObject({
      kind: 'fail',
      problems: ['the capabilities document could not be fetched and validated'],
    });
    const stopped = suite([outcome('x-blocked', ['QUEUE-MONITOR'], 'blocked')], { capabilities: null, capabilitiesDigest: null, stopped: 'no answer to GET /api/agents/capabilities' });
    expect(analyzeSuite(stopped, registry, { blocked: 'accept' }).verdict).toMatchObject({
      kind: 'incomplete',
      exitCode: 3,
      unobserved: ['the run stopped early: no answer to GET /api/agents/capabilities', '1 scenario(s) blocked (accepted by --allow-blocked): x-blocked'],
    });
  });
});

describe('a scenario with several failures', () => {
  const early = { ...failure('LEDGER-HASH-LINK', 'event 2 prev_event_hash', '"sha256:bbbb"'), transcript: '# 1 GET http://host.test/one → 200' };
  const late = { ...failure('LEDGER-SEQUENCE', 'sequence of event 3', '7'), transcript: '# 1 GET http://host.test/one → 200\n\n# 2 GET http://host.test/two → 200' };
  const analysis = analyzeSuite(suite([outcome('ledger-hash-link', ['LEDGER-HASH-LINK', 'LEDGER-SEQUENCE'], 'fail', { failures: [early, late] })]), registry, { blocked: 'incomplete' });

  it('prints its exchanges once, with the last failure, in the console and JUnit reports', () => {
    for (const text of [formatConsoleReport(analysis, context, ruleRegistry.areas), buildJunit(analysis, ruleRegistry.areas)]) {
      expect(text.split('# 1 GET http://host.test/one').length - 1).toBe(1);
      expect(text).toContain('# 2 GET http://host.test/two');
      expect(text).toContain('transcript: with the last failure of this scenario');
      expect(text).toContain('event 2 prev_event_hash');
    }
  });
});

describe('incidental failures', () => {
  const incidental = { ...failure('LEDGER-SEQUENCE', 'sequence of event 1 of the run the scenario needed', '0'), incidental: true as const };
  const scenarios = [outcome('callback-timeout', ['CALLBACK-TIMEOUT'], 'fail', { failures: [incidental] })];

  it('fail the rule broken, with the scenario, and say so in every report', () => {
    const analysis = analyzeSuite(suite(scenarios), registry, { blocked: 'incomplete' });
    expect(analysis.rules.find((r) => r.id === 'LEDGER-SEQUENCE')).toMatchObject({ disposition: 'fail', reason: 'failed in callback-timeout' });
    const report = buildJsonReport(analysis, context);
    const checked = validate('conformance-report', report);
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    expect(report.scenarios[0]!.failures[0]).toMatchObject({ rule: 'LEDGER-SEQUENCE', incidental: true });
    expect(formatConsoleReport(analysis, context, ruleRegistry.areas)).toContain('  incidental: the scenario was not written for this rule');
    expect(buildJunit(analysis, ruleRegistry.areas)).toContain('LEDGER-SEQUENCE (incidental): sequence of event 1');
  });
});

describe('JSON report', () => {
  const analysis = analyzeSuite(suite(mixed), registry, { blocked: 'incomplete', baseline: { file: 'b.json', knownFailures: ['LEDGER-HASH-LINK'] } });
  const report = buildJsonReport(analysis, { ...context, faults: ['ledger-sequence-gap'] });

  it('validates against conformance-report.schema.json', () => {
    const outcome = validate('conformance-report', report);
    expect(outcome.ok ? [] : outcome.errors).toEqual([]);
  });

  it('states versions, host, digest, counts, durations and the baseline', () => {
    expect(report).toMatchObject({
      report_version: '1.0',
      kit: { name: 'agent-task-kit', version: '9.9.9' },
      spec_version: '1.0.0',
      host_url: 'http://host.test',
      capabilities_digest: `sha256:${'1'.repeat(64)}`,
      wall_time_ms: 2500,
      faults: ['ledger-sequence-gap'],
      summary: { scenarios: { pass: 1, fail: 2, inapplicable: 1, blocked: 1 }, assertions: 7 },
      baseline: { file: 'b.json', known_failures: ['LEDGER-HASH-LINK'], excused: ['ledger-hash-link'], stale: [] },
      verdict: { status: 'fail' },
    });
    expect(report.rules).toHaveLength(registry.length);
    const ruleCounts = report.summary.rules;
    expect(ruleCounts.pass + ruleCounts.fail + ruleCounts.inapplicable + ruleCounts.blocked + ruleCounts.untested).toBe(registry.length);
    expect(report.scenarios[3]).toMatchObject({ id: 'callback-timeout', transcript: expect.stringContaining('no answer') });
    expect(report.scenarios[0]).toMatchObject({ id: 'ledger-hash-link', duration_ms: 25, assertions: 1, failures: [{ rule: 'LEDGER-HASH-LINK', what: 'event 3 prev_event_hash' }] });
  });

  it('omits the baseline block when no baseline was given', () => {
    expect('baseline' in buildJsonReport(analyzeSuite(suite(mixed), registry, { blocked: 'incomplete' }), context)).toBe(false);
  });
});

function all(element: XmlElement, name: string): XmlElement[] {
  return [...(element.name === name ? [element] : []), ...element.children.flatMap((child) => all(child, name))];
}

describe('JUnit report', () => {
  it('escapes markup, quotes, line breaks and characters XML cannot carry', () => {
    expect(xmlText('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
    expect(xmlAttribute(`say "hi" & 'bye'\nnext\tcol`)).toBe('say &quot;hi&quot; &amp; &apos;bye&apos;&#10;next&#9;col');
    expect(xmlText('bell\u0007 lone\uD800 ok\u{1F600}')).toBe('bell\\u{7} lone\\u{d800} ok\u{1F600}');
  });

  it('has one testsuite per area and one testcase per scenario, with evidence and reasons', () => {
    const nasty = failure('CALLBACK-SIGNATURE', 'header <webhook-signature> & "quotes"', 'v1,"a&b" ]]> \u0001');
    const scenarios = [...mixed.slice(0, 4), outcome('callback-signature', ['CALLBACK-SIGNATURE'], 'fail', { failures: [nasty] })];
    const xml = buildJunit(analyzeSuite(suite(scenarios), registry, { blocked: 'incomplete' }), ruleRegistry.areas);
    const root = parseXml(xml);
    expect(root.name).toBe('testsuites');
    expect(root.attributes).toMatchObject({ tests: '5', failures: '2', skipped: '2', time: '2.500' });
    expect(all(root, 'testsuite').map((s) => s.attributes['name'])).toEqual(['LEDGER', 'CALLBACK', 'REPLAY']);
    expect(all(root, 'testsuite')[0]!.attributes['timestamp']).toBe('2026-06-02T10:00:00');
    const cases = new Map(all(root, 'testcase').map((c) => [c.attributes['name'], c]));
    expect(cases.size).toBe(5);
    const signature = cases.get('callback-signature')!.children[0]!;
    expect(signature.name).toBe('failure');
    expect(signature.attributes['message']).toContain('header <webhook-signature> & "quotes"');
    expect(signature.text).toContain('observed: v1,"a&b" ]]> \\u{1}');
    expect(signature.text).toContain('> authorization: Bearer ****');
    expect(cases.get('replay-same-run')!.children[0]).toMatchObject({
      name: 'skipped',
      attributes: { message: 'inapplicable: host does not declare replay.supported' },
    });
    expect(cases.get('callback-timeout')!.children.map((c) => c.name)).toEqual(['skipped', 'system-out']);
    expect(cases.get('callback-timeout')!.children[1]!.text).toContain('< (no answer: timeout)');
    expect(cases.get('ledger-sequence')!.children).toEqual([]);
  });

  it('reports blocked as failure under --strict and baseline effects the way the exit code does', () => {
    const analysis = analyzeSuite(suite(mixed), registry, {
      blocked: 'fail',
      baseline: { file: 'b.json', knownFailures: ['LEDGER-HASH-LINK', 'CALLBACK-SIGNATURE', 'LEDGER-SEQUENCE'] },
    });
    const root = parseXml(buildJunit(analysis, ruleRegistry.areas));
    const cases = new Map(all(root, 'testcase').map((c) => [c.attributes['name'], c]));
    expect(cases.get('callback-timeout')!.children[0]!.name).toBe('failure');
    const excused = cases.get('ledger-hash-link')!;
    expect(excused.children.map((c) => c.name)).toEqual(['skipped', 'system-out']);
    expect(excused.children[1]!.text).toContain('event 3 prev_event_hash');
    expect(cases.get('baseline LEDGER-SEQUENCE')!.children[0]!.attributes['type']).toBe('stale-baseline');
    expect(Number(root.attributes['failures'])).toBe(2);
  });
});

describe('XML reader used by the JUnit checks', () => {
  it.each([
    ['<a>', 'unclosed'],
    ['<a></b>', 'closes'],
    ['<a x="1" x="2"/>', 'duplicate attribute'],
    ['<a>&nbsp;</a>', 'unknown entity'],
    ['<a>R&D</a>', 'unterminated reference'],
    ['<a x="<"/>', '< in an attribute'],
    ['<a/><b/>', 'content after the root'],
    ['<a>\u0001</a>', 'not allowed'],
    ['<a>&#1;</a>', 'forbids'],
    ['<a>]]></a>', ']]>'],
  ])('rejects %j', (source, message) => {
    expect(() => parseXml(source)).toThrow(XmlSyntaxError);
    expect(() => parseXml(source)).toThrow(message);
  });

  it('decodes references and keeps structure', () => {
    const root = parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<!-- c --><a k="x&#10;&quot;y&quot;"><b/>t&amp;&#x41;<![CDATA[<raw>]]></a>\n');
    expect(root).toEqual({ name: 'a', attributes: { k: 'x\n"y"' }, children: [{ name: 'b', attributes: {}, children: [], text: '' }], text: 't&A<raw>' });
  });
});

describe('console report', () => {
  const analysis = analyzeSuite(suite(mixed), registry, { blocked: 'incomplete', baseline: { file: 'b.json', knownFailures: ['LEDGER-HASH-LINK'] } });
  const text = formatConsoleReport(analysis, context, ruleRegistry.areas);

  it('shows rule dispositions by area, failure evidence, reasons and the verdict', () => {
    expect(text).toMatch(/^LEDGER: 2 scenario\(s\): 1 pass, 1 fail, 0 inapplicable, 0 blocked$/m);
    expect(text).toMatch(/^ {2}fail +MUST +LEDGER-HASH-LINK +failed in ledger-hash-link$/m);
    expect(text).toMatch(/^QUEUE: not run \(6 rules untested\)$/m);
    expect(text).toContain('x ledger-hash-link: title of ledger-hash-link (scenarios/ledger-hash-link.test.ts)  [known failure: baseline]');
    expect(text).toContain(`LEDGER-HASH-LINK: ${hashFailure.text}`);
    expect(text).toContain('  expected: "sha256:aaaa"\n  observed: "sha256:bbbb"');
    expect(text).toContain('    > GET http://host.test/api/agents/tasks/tok_1/ledger');
    expect(text).toContain('  inapplicable replay-same-run: host does not declare replay.supported');
    expect(text).toContain('  blocked      callback-timeout: request to /api/agents/run timed out after 10000 ms\n      > POST http://host.test/api/agents/run');
    expect(text).toContain('Result: FAIL\n  - 1 scenario(s) failed: callback-signature');
    expect(text).toContain('wall time: 2.5 s');
  });
});
