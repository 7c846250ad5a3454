import { describe, expect, it } from 'vitest';
import { Assertions, formatFailure, jcsEqual } from '../src/harness/assertions.js';
import { HarnessError, ScenarioFailure } from '../src/harness/errors.js';
import { Transcript } from '../src/harness/transcript.js';
import type { Exchange } from '../src/harness/transcript.js';
import { ruleText } from '../src/rules.js';
import type { RuleId } from '../src/rules.js';

function setup(rules: RuleId[] = ['LEDGER-HASH-LINK', 'ERRORS-NOT-FOUND']) {
  const transcript = new Transcript();
  transcript.add({ kind: 'exchange', exchange: answer(200, { ok: true }) });
  return { transcript, assertions: new Assertions('demo', rules, transcript) };
}

function answer(status: number, body: unknown, contentType = 'application/json'): Exchange {
  const text = JSON.stringify(body);
  return {
    method: 'GET',
    url: 'http://host.test/api/agents/status/unknown',
    requestHeaders: { authorization: 'Bearer secret-key' },
    requestBody: undefined,
    status,
    headers: { 'content-type': contentType },
    text,
    json: body,
  };
}

const notFound = { type: 'urn:agent-task:problem:not-found', title: 'Resource not found', status: 404 };

describe('rule-citing assertions', () => {
  it('counts passing assertions and records nothing', () => {
    const { assertions } = setup();
    assertions.assertEqual('LEDGER-HASH-LINK', 'x', { a: 1, b: [1, 2] }, { b: [1, 2], a: 1 });
    assertions.assertTrue('LEDGER-HASH-LINK', 'y', true, { expected: 'true', observed: true });
    expect(assertions.count).toBe(2);
    expect(assertions.failures).toEqual([]);
  });

  it('records a failure with rule, rule text, what, expected, observed and transcript, then ends the scenario', () => {
    const { assertions } = setup();
    expect(() => assertions.assertEqual('LEDGER-HASH-LINK', 'event 2 prev_event_hash', null, 'sha256:ab')).toThrow(ScenarioFailure);
    expect(assertions.count).toBe(1);
    const [failure] = assertions.failures;
    expect(failure).toEqual({
      rule: 'LEDGER-HASH-LINK',
      text: ruleText('LEDGER-HASH-LINK'),
      what: 'event 2 prev_event_hash',
      expected: '"sha256:ab"',
      observed: 'null',
      transcript: expect.stringContaining('# 1 GET http://host.test/api/agents/status/unknown → 200'),
      expectedValue: 'sha256:ab',
      observedValue: null,
      exchanges: [expect.objectContaining({ kind: 'exchange' })],
    });
    const message = formatFailure(failure!);
    expect(message).toContain('LEDGER-HASH-LINK failed: event 2 prev_event_hash');
    expect(message).toContain(ruleText('LEDGER-HASH-LINK'));
    expect(message).toContain('expected: "sha256:ab"');
    expect(message).toContain('observed: null');
    expect(message).toContain("authorization: Bearer ***");
    expect(message).not.toContain('secret-key');
  });

  it('renders an absent value distinctly from null', () => {
    const { assertions } = setup();
    expect(() => assertions.assertEqual('LEDGER-HASH-LINK', 'x', undefined, null)).toThrow(ScenarioFailure);
    expect(assertions.failures[0]!.observed).toBe('undefined (absent)');
  });

  it('throws a harness error for a rule the registry does not hold or the scenario does not list', () => {
    const { assertions } = setup();
    expect(() => assertions.assertTrue('LEDGER-HASH-LNK' as RuleId, 'x', true, { expected: '', observed: 1 })).toThrow(HarnessError);
    expect(() => assertions.assertTrue('LEDGER-SEQUENCE', 'x', true, { expected: '', observed: 1 })).toThrow(
      /LEDGER-SEQUENCE is asserted but not listed/,
    );
    expect(assertions.count).toBe(0);
  });

  it('checks an HTTP status', () => {
    const { assertions } = setup();
    assertions.assertStatus('ERRORS-NOT-FOUND', answer(404, notFound), 404);
    expect(() => assertions.assertStatus('ERRORS-NOT-FOUND', answer(200, {}), 404)).toThrow(ScenarioFailure);
    expect(assertions.failures[0]).toMatchObject({ expected: '404', observed: '200' });
  });
});

describe('assertProblem', () => {
  const problem = 'application/problem+json';

  it('passes a registered problem answer', () => {
    const { assertions } = setup();
    assertions.assertProblem('ERRORS-NOT-FOUND', answer(404, notFound, `${problem}; charset=utf-8`), 404, 'not-found');
    expect(assertions.count).toBe(1);
  });

  it.each([
    ['wrong status', answer(400, { ...notFound, status: 400 }, problem)],
    ['wrong media type', answer(404, notFound)],
    ['wrong type', answer(404, { ...notFound, type: 'urn:agent-task:problem:invalid-state' }, problem)],
    ['body status differs', answer(404, { ...notFound, status: 400 }, problem)],
    ['not a problem document', answer(404, { error: 'nope' }, problem)],
  ])('fails on %s', (_label, exchange) => {
    const { assertions } = setup();
    expect(() => assertions.assertProblem('ERRORS-NOT-FOUND', exchange, 404, 'not-found')).toThrow(ScenarioFailure);
    expect(assertions.failures[0]!.expected).toContain('urn:agent-task:problem:not-found');
  });
});

describe('helper checks (ensure)', () => {
  it('is an assertion under the first candidate the scenario lists', () => {
    const { assertions } = setup(['LIFECYCLE-DOCUMENTS-VALID']);
    assertions.ensure(['LIFECYCLE-RUN-CREATED-LINKS', 'LIFECYCLE-DOCUMENTS-VALID'], 'status', true, '201', 201);
    expect(assertions.count).toBe(1);
    expect(() => assertions.ensure(['LIFECYCLE-DOCUMENTS-VALID'], 'status', false, '201', 500)).toThrow(ScenarioFailure);
    expect(assertions.failures[0]!.rule).toBe('LIFECYCLE-DOCUMENTS-VALID');
  });

  it('fails incidentally under the broken rule when the scenario lists none of them', () => {
    const { assertions } = setup(['LEDGER-HASH-LINK']);
    assertions.ensure(['LIFECYCLE-DOCUMENTS-VALID'], 'status', true, '200', 200);
    expect(assertions.count).toBe(0);
    let thrown: unknown;
    try {
      assertions.ensure(['LIFECYCLE-DOCUMENTS-VALID'], 'GET /ledger answers 200', false, '200', 500);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ScenarioFailure);
    expect(assertions.failures).toHaveLength(1);
    expect(assertions.failures[0]).toMatchObject({
      rule: 'LIFECYCLE-DOCUMENTS-VALID',
      what: 'GET /ledger answers 200',
      expected: '200',
      observed: '500',
      incidental: true,
    });
    expect(assertions.failures[0]?.transcript).toContain('# 1 GET');
  });
});

describe('jcsEqual', () => {
  it('ignores key order and distinguishes absent from null', () => {
    expect(jcsEqual({ a: 1, b: { c: [1, 'x'] } }, { b: { c: [1, 'x'] }, a: 1 })).toBe(true);
    expect(jcsEqual([1, 2], [2, 1])).toBe(false);
    expect(jcsEqual(undefined, null)).toBe(false);
    expect(jcsEqual(undefined, undefined)).toBe(true);
    expect(jcsEqual(1, 1.0)).toBe(true);
  });
});

describe('argument guard for scenarios run without type-checking', () => {
  it('names the scenario and the argument when an object stands where a rule id or description belongs', () => {
    const { assertions } = setup();
    const loose = assertions as unknown as { assertEqual(...args: unknown[]): void; assertTrue(...args: unknown[]): void };
    expect(() => loose.assertEqual({ rule: 'LEDGER-HASH-LINK' }, 'x', 1, 1)).toThrow(HarnessError);
    expect(() => loose.assertEqual({ rule: 'LEDGER-HASH-LINK' }, 'x', 1, 1)).toThrow(/scenario demo: assertEqual rule id must be a string, got an object/);
    expect(() => loose.assertEqual('LEDGER-HASH-LINK', { a: 1 }, 1, 1)).toThrow(/description \(second argument\) must be a string/);
    expect(() => loose.assertTrue('LEDGER-HASH-LINK', 'y', 'yes', { expected: 'true', observed: 1 })).toThrow(/condition must be a boolean, got string/);
    expect(() => loose.assertTrue('LEDGER-HASH-LINK', 'y', true, 'true')).toThrow(/detail must be/);
  });
});
