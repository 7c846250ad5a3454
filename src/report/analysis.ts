/**
 * Turns a suite result into what every report shows: per-rule dispositions, the baseline's effect and the
 * run's verdict. Pure functions over contract §17 types so the console, JSON and JUnit outputs cannot disagree.
 */
import type { Disposition, ScenarioOutcome, SuiteResult } from '../harness/outcome.js';
import { levelRank, type ConformanceLevel } from '../harness/levels.js';
import type { Rule, RuleLevel } from '../rules.js';
import { levelSummary, reachesLevel, type LevelSummary } from './levels.js';

export type RuleDisposition = Disposition | 'untested';

/** The registry fields the reports need (spec/rules.json). */
export type RegistryRule = Pick<Rule, 'id' | 'area' | 'level' | 'conformance_level'>;

export interface RuleResult {
  id: string;
  area: string;
  level: RuleLevel;
  disposition: RuleDisposition;
  /** Which scenarios decided the disposition and why; null only for a pass. */
  reason: string | null;
  /** Ids of the scenarios in this run that cite the rule. */
  scenarios: string[];
}

export interface BaselineEffect {
  file: string;
  knownFailures: string[];
  /** Failed scenarios whose every failed rule is a known failure: they do not fail the run. */
  excused: string[];
  /** Known failures whose rule now passes: the baseline is out of date, which fails the run. */
  stale: string[];
}

/**
 * `pass`: everything run was observed and passed. `fail`: a host answer broke a rule (or the baseline is stale, or a
 * required level was not reached). `incomplete`: nothing failed, but the kit could not observe everything.
 */
export type VerdictKind = 'pass' | 'fail' | 'incomplete';

export interface Verdict {
  kind: VerdictKind;
  /** 0 pass, 1 fail, 3 incomplete (README, "Exit codes"). */
  exitCode: 0 | 1 | 3;
  /** Why the run fails; empty unless `kind` is `fail`. */
  problems: string[];
  /** What the run could not observe (blocked scenarios, an early stop); reported whatever the kind. */
  unobserved: string[];
}

/** How blocked scenarios count: `incomplete` (default), `fail` (`--strict`) or accepted (`--allow-blocked`). */
export type BlockedPolicy = 'incomplete' | 'fail' | 'accept';

export interface SuiteAnalysis {
  suite: SuiteResult;
  /** How blocked scenarios count towards the verdict. */
  blocked: BlockedPolicy;
  rules: RuleResult[];
  baseline: BaselineEffect | null;
  verdict: Verdict;
  /** The level reached and how much was tested (SPEC.md §13.6). */
  levels: LevelSummary;
  /** `--require-level`: the run fails when the host does not reach it. */
  requiredLevel: ConformanceLevel | null;
}

/**
 * The rules a failed scenario failed on. A failure that recorded no assertion failure (zero assertions, a
 * thrown error) cannot be pinned to one rule, so it counts against every rule the scenario cites.
 */
export function failedRules(outcome: ScenarioOutcome): string[] {
  if (outcome.disposition !== 'fail') return [];
  if (outcome.failures.length === 0) return [...outcome.rules];
  return [...new Set(outcome.failures.map((failure) => failure.rule))];
}

/**
 * Rule disposition (contract §17): fail if a scenario failed on it; else pass if a scenario citing it passed;
 * else blocked (a citing scenario failed on another rule or was blocked); else inapplicable; untested when
 * no scenario of the run cites it.
 */
export function ruleResults(rules: readonly RegistryRule[], outcomes: readonly ScenarioOutcome[]): RuleResult[] {
  return rules.map((rule) => {
    const citing = outcomes.filter((o) => o.rules.includes(rule.id) || failedRules(o).includes(rule.id));
    const ids = (list: readonly ScenarioOutcome[]) => list.map((o) => o.id).join(', ');
    const base = { id: rule.id, area: rule.area, level: rule.level, scenarios: citing.map((o) => o.id) };
    const failedOn = citing.filter((o) => failedRules(o).includes(rule.id));
    if (failedOn.length > 0) return { ...base, disposition: 'fail', reason: `failed in ${ids(failedOn)}` };
    if (citing.some((o) => o.disposition === 'pass')) return { ...base, disposition: 'pass', reason: null };
    const failedElsewhere = citing.filter((o) => o.disposition === 'fail');
    const blocked = citing.filter((o) => o.disposition === 'blocked');
    if (failedElsewhere.length > 0 || blocked.length > 0) {
      const why = [
        ...failedElsewhere.map((o) => `${o.id} failed on ${failedRules(o).join(', ')} before proving it`),
        ...blocked.map((o) => `${o.id} blocked: ${o.reason ?? 'no reason given'}`),
      ];
      return { ...base, disposition: 'blocked', reason: why.join('; ') };
    }
    if (citing.length > 0) {
      const why = citing.map((o) => `${o.id}: ${o.reason ?? 'no reason given'}`);
      return { ...base, disposition: 'inapplicable', reason: why.join('; ') };
    }
    return { ...base, disposition: 'untested', reason: 'no scenario of this run cites the rule' };
  });
}

export function applyBaseline(
  file: string,
  knownFailures: readonly string[],
  outcomes: readonly ScenarioOutcome[],
  rules: readonly RuleResult[],
): BaselineEffect {
  const known = new Set(knownFailures);
  const excused = outcomes
    .filter((o) => o.disposition === 'fail' && failedRules(o).every((rule) => known.has(rule)))
    .map((o) => o.id);
  const stale = rules.filter((r) => known.has(r.id) && r.disposition === 'pass').map((r) => r.id);
  return { file, knownFailures: [...knownFailures], excused, stale };
}

/**
 * Fail when a scenario failed outside the baseline, the baseline is stale, or the capabilities document answered
 * but could not be validated. Otherwise incomplete when a scenario was blocked (unless accepted, or counted as a
 * failure under --strict) or the run stopped early; otherwise pass.
 */
export function verdict(suite: SuiteResult, baseline: BaselineEffect | null, options: { blocked: BlockedPolicy }): Verdict {
  const problems: string[] = [];
  const unobserved: string[] = [];
  const excused = new Set(baseline?.excused ?? []);
  const failed = suite.scenarios.filter((o) => o.disposition === 'fail' && !excused.has(o.id));
  if (failed.length > 0) problems.push(`${failed.length} scenario(s) failed: ${failed.map((o) => o.id).join(', ')}`);
  if (baseline !== null && baseline.stale.length > 0) {
    problems.push(`baseline ${baseline.file} lists rule(s) that now pass: ${baseline.stale.join(', ')} (remove them)`);
  }
  if (suite.stopped !== undefined) unobserved.push(`the run stopped early: ${suite.stopped}`);
  else if (suite.capabilities === null) problems.push('the capabilities document could not be fetched and validated');
  const blocked = suite.scenarios.filter((o) => o.disposition === 'blocked');
  if (blocked.length > 0) {
    const ids = blocked.map((o) => o.id).join(', ');
    if (options.blocked === 'fail') problems.push(`${blocked.length} scenario(s) blocked (--strict): ${ids}`);
    else unobserved.push(`${blocked.length} scenario(s) blocked${options.blocked === 'accept' ? ' (accepted by --allow-blocked)' : ''}: ${ids}`);
  }
  const incomplete = suite.stopped !== undefined || (blocked.length > 0 && options.blocked === 'incomplete');
  const kind: VerdictKind = problems.length > 0 ? 'fail' : incomplete ? 'incomplete' : 'pass';
  return { kind, exitCode: kind === 'fail' ? 1 : kind === 'incomplete' ? 3 : 0, problems, unobserved };
}

export function analyzeSuite(
  suite: SuiteResult,
  registry: readonly RegistryRule[],
  options: { blocked: BlockedPolicy; baseline?: { file: string; knownFailures: readonly string[] }; requireLevel?: ConformanceLevel },
): SuiteAnalysis {
  const rules = ruleResults(registry, suite.scenarios);
  const baseline = options.baseline
    ? applyBaseline(options.baseline.file, options.baseline.knownFailures, suite.scenarios, rules)
    : null;
  const levels = levelSummary(registry, rules, suite.scenarios, suite.capabilities);
  const requiredLevel = options.requireLevel ?? null;
  return {
    suite,
    blocked: options.blocked,
    rules,
    baseline,
    verdict: withRequiredLevel(verdict(suite, baseline, options), levels, requiredLevel),
    levels,
    requiredLevel,
  };
}

/** `--require-level`: a host below the required level fails the run (exit 1), whatever else passed. */
function withRequiredLevel(base: Verdict, levels: LevelSummary, required: ConformanceLevel | null): Verdict {
  if (required === null) return base;
  const problem = requiredLevelProblem(levels, required);
  return problem === null ? base : { ...base, kind: 'fail', exitCode: 1, problems: [...base.problems, problem] };
}

/** Why the run does not show `required`: not reached, or reached with rules at or below it left untested. */
function requiredLevelProblem(levels: LevelSummary, required: ConformanceLevel): string | null {
  if (!reachesLevel(levels, required)) {
    const reached = levels.reached === null ? 'no level' : `level ${levels.reached}`;
    const offered = levels.offered === null ? '' : ` (the host offers level ${levels.offered})`;
    return `--require-level ${required}: the host reached ${reached}${offered}`;
  }
  const untested = levels.notTested.filter((rule) => rule.level === null || levelRank(rule.level) <= levelRank(required)).map((rule) => rule.id);
  return untested.length === 0
    ? null
    : `--require-level ${required}: ${untested.length} MUST rule(s) of level ${required} or below were not tested in this run (${untested.join(', ')})`;
}

export function countBy<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const value of values) counts[value] += 1;
  return counts;
}
