/**
 * The one assertion form of the kit: every check names a rule of spec/rules.json. A failed assertion is
 * recorded with the rule's text, what was checked, expected and observed values and the scenario's transcript,
 * then a ScenarioFailure ends the scenario (the first broken rule is the finding; later checks would only
 * report consequences of it). The outcome is computed from the record, so a body that catches the throw
 * still fails.
 */
import { jcs } from '../jcs.js';
import { isRuleId, ruleText } from '../rules.js';
import type { RuleId } from '../rules.js';
import { validate } from '../validate.js';
import { HarnessError, ScenarioFailure } from './errors.js';
import type { AssertionFailure } from './outcome.js';
import { problemType } from './problems.js';
import type { ProblemSlug } from './problems.js';
import type { Exchange, Transcript } from './transcript.js';

const MAX_RENDERED_VALUE_CHARS = 2000;

/** Values as they appear in failure messages: JSON where possible, cut when long. */
export function renderValue(value: unknown): string {
  let text: string;
  if (value === undefined) text = 'undefined (absent)';
  else if (typeof value === 'bigint') text = `${value}n`;
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length <= MAX_RENDERED_VALUE_CHARS
    ? text
    : `${text.slice(0, MAX_RENDERED_VALUE_CHARS)}… (${text.length - MAX_RENDERED_VALUE_CHARS} more characters)`;
}

/** Deep equality as JCS-equal documents; values JCS cannot represent fall back to identity. */
export function jcsEqual(a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined) return a === b;
  try {
    return jcs(a) === jcs(b);
  } catch {
    return Object.is(a, b);
  }
}

export function formatFailure(failure: AssertionFailure): string {
  return [
    `${failure.rule} failed${failure.incidental ? ' (incidental: the scenario was not written for this rule)' : ''}: ${failure.what}`,
    `  rule:     ${failure.text}`,
    `  expected: ${failure.expected}`,
    `  observed: ${failure.observed}`,
    'transcript:',
    failure.transcript,
  ].join('\n');
}

export interface AssertionDetail {
  expected: string;
  observed: unknown;
}

export class Assertions {
  count = 0;
  readonly failures: AssertionFailure[] = [];
  private readonly listed: ReadonlySet<string>;

  constructor(
    private readonly scenarioId: string,
    rules: readonly string[],
    private readonly transcript: Transcript,
  ) {
    this.listed = new Set(rules);
  }

  assertEqual(ruleId: RuleId, what: string, observed: unknown, expected: unknown): void {
    this.guard('assertEqual', ruleId, what);
    this.record(ruleId, what, jcsEqual(observed, expected), renderValue(expected), observed, { value: expected });
  }

  assertTrue(ruleId: RuleId, what: string, condition: boolean, detail: AssertionDetail): void {
    this.guard('assertTrue', ruleId, what);
    if (typeof condition !== 'boolean') {
      throw new HarnessError(`scenario ${this.scenarioId}: assertTrue condition must be a boolean, got ${kindOf(condition)}`);
    }
    if (typeof detail !== 'object' || detail === null || typeof detail.expected !== 'string') {
      throw new HarnessError(`scenario ${this.scenarioId}: assertTrue detail must be { expected: string, observed }, got ${kindOf(detail)}`);
    }
    this.record(ruleId, what, condition === true, detail.expected, detail.observed);
  }

  assertStatus(ruleId: RuleId, exchange: Exchange, expectedStatus: number): void {
    this.record(
      ruleId,
      `${exchange.method} ${exchange.url} status`,
      exchange.status === expectedStatus,
      String(expectedStatus),
      exchange.status,
    );
  }

  assertProblem(ruleId: RuleId, exchange: Exchange, status: number, slug: ProblemSlug): void {
    const check = checkProblem(exchange, status, slug);
    this.record(ruleId, `${exchange.method} ${exchange.url} problem answer`, check.ok, check.expected, check.observed);
  }

  /**
   * A check the host must pass for the scenario to go on: made by a shared helper (endpoint status and schema,
   * flow progress, document checks) or by a scenario's own precondition. The host answered, so a failure is the
   * host's: it is recorded under the first of `candidates` the scenario lists, or else under the first candidate
   * as an incidental failure (a rule the scenario was not written for, failed all the same). A passing check
   * counts as an assertion only under a listed rule, so a scenario cannot pass on incidental checks alone.
   */
  ensure(candidates: readonly RuleId[], what: string, ok: boolean, expected: string, observed: unknown): void {
    if (candidates.length === 0) throw new HarnessError(`scenario ${this.scenarioId}: a check cites no rule: ${what}`);
    const rule = candidates.find((id) => this.listed.has(id));
    if (rule !== undefined) {
      this.record(rule, what, ok, expected, observed);
      return;
    }
    if (ok) return;
    this.fail(candidates[0]!, what, expected, observed, true);
  }

  /**
   * A failure the kit observed outside the scenario's own steps (a callback delivery the receiver refused):
   * recorded like a failed check, incidental when the scenario does not list the rule, and without ending the body.
   */
  recordIncidental(ruleId: RuleId, what: string, expected: string, observed: unknown): void {
    try {
      this.fail(ruleId, what, expected, observed, !this.listed.has(ruleId));
    } catch (error) {
      if (!(error instanceof ScenarioFailure)) throw error;
    }
  }

  /** Whether the scenario lists `ruleId`: checks of a rule the scenario tests count as its assertions. */
  lists(ruleId: string): boolean {
    return this.listed.has(ruleId);
  }

  /**
   * Scenarios run without being type-checked (`run` loads them as they are), so a call with its arguments in the
   * wrong places would otherwise report `expected: [object Object]`; name the scenario and the argument instead.
   */
  private guard(method: string, ruleId: unknown, what: unknown): void {
    if (typeof ruleId !== 'string') {
      throw new HarnessError(`scenario ${this.scenarioId}: ${method} rule id must be a string, got ${kindOf(ruleId)}`);
    }
    if (typeof what !== 'string') {
      throw new HarnessError(`scenario ${this.scenarioId}: ${method} description (second argument) must be a string, got ${kindOf(what)}`);
    }
  }

  private record(ruleId: RuleId, what: string, ok: boolean, expected: string, observed: unknown, expectedValue?: { value: unknown }): void {
    if (!isRuleId(ruleId)) throw new HarnessError(`scenario ${this.scenarioId}: unknown rule id ${String(ruleId)}`);
    if (!this.listed.has(ruleId)) {
      throw new HarnessError(`scenario ${this.scenarioId}: rule ${ruleId} is asserted but not listed in its rules`);
    }
    this.count += 1;
    if (ok) return;
    this.fail(ruleId, what, expected, observed, false, expectedValue);
  }

  private fail(
    ruleId: RuleId,
    what: string,
    expected: string,
    observed: unknown,
    incidental: boolean,
    expectedValue?: { value: unknown },
  ): never {
    if (!isRuleId(ruleId)) throw new HarnessError(`scenario ${this.scenarioId}: unknown rule id ${String(ruleId)}`);
    const failure: AssertionFailure = {
      rule: ruleId,
      text: ruleText(ruleId),
      what,
      expected,
      observed: renderValue(observed),
      transcript: this.transcript.render(),
      ...(incidental ? { incidental: true } : {}),
      ...(expectedValue !== undefined && expectedValue.value !== undefined ? { expectedValue: expectedValue.value } : {}),
      ...(observed !== undefined ? { observedValue: observed } : {}),
      exchanges: [...this.transcript.entries],
    };
    this.failures.push(failure);
    throw new ScenarioFailure(formatFailure(failure));
  }
}

interface ProblemCheck {
  ok: boolean;
  expected: string;
  observed: Record<string, unknown>;
}

/** Status, media type, problem-details schema, registered type and body status, compared as one answer. */
function checkProblem(exchange: Exchange, status: number, slug: ProblemSlug): ProblemCheck {
  const contentType = exchange.headers['content-type'] ?? null;
  const body = exchange.json;
  const schema = validate('problem-details', body);
  const record = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const expected = {
    status,
    content_type: 'application/problem+json',
    type: problemType(slug),
    body_status: status,
    schema: 'valid problem-details',
  };
  const observed: Record<string, unknown> = {
    status: exchange.status,
    content_type: contentType,
    type: record['type'],
    body_status: record['status'],
    schema: schema.ok
      ? 'valid problem-details'
      : schema.errors.map((e) => `${e.instancePath || '/'} ${e.keyword}: ${e.message}`),
  };
  const ok =
    exchange.status === status &&
    contentType !== null &&
    contentType.split(';')[0]!.trim().toLowerCase() === 'application/problem+json' &&
    schema.ok &&
    record['type'] === expected.type &&
    record['status'] === exchange.status;
  return { ok, expected: renderValue(expected), observed };
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}
