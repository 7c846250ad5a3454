/**
 * The conformance level a run reached and how much of the protocol it tested (SPEC.md §13.6), computed once from
 * the rule results so the console, JSON and JUnit reports say the same thing.
 */
import type { HostCapabilities } from '../../generated/types.js';
import { firstMissingCapability, isCapabilityPath, missingCapability, type CapabilityPath } from '../harness/capabilities.js';
import { CONFORMANCE_LEVELS, LEVEL_ADDS, levelRank, offeredLevel, type ConformanceLevel } from '../harness/levels.js';
import type { ScenarioOutcome } from '../harness/outcome.js';
import type { Rule } from '../rules.js';
import type { RuleResult } from './analysis.js';

export interface UntestedRule {
  id: string;
  /** The rule's lowest testable level; null for a rule no scenario cites. */
  level: ConformanceLevel | null;
  reason: string;
}

export interface LevelSummary {
  /** The highest level whose seams the host declares; null when the capabilities document was unavailable. */
  offered: ConformanceLevel | null;
  /**
   * The highest offered level at and below which no MUST rule failed; null when a core MUST rule failed or the
   * capabilities document was unavailable.
   */
  reached: ConformanceLevel | null;
  /** MUST rules that apply to this host: every one except those of optional areas it does not declare. */
  mustRules: number;
  /** Applicable MUST rules a scenario of this run passed or failed. */
  tested: string[];
  /** Applicable MUST rules whose lowest testable level is above the one the host offers. */
  needHigherLevel: UntestedRule[];
  /** Applicable MUST rules the host's level allows but this run did not test (time budget, blocked, filtered out). */
  notTested: UntestedRule[];
  /** MUST rules of optional areas the host does not declare: inapplicable, outside the count. */
  notApplicable: string[];
}

/** Registry fields the level computation reads. */
export type LevelRule = Pick<Rule, 'id' | 'area' | 'level' | 'conformance_level'>;

/**
 * The rule areas of the optional areas of SPEC.md §1.4, with the block that declares each. A host that does not
 * declare one is not held to its rules, whatever its scenarios require (the RUNTIME scenarios read the contract as
 * served, so they require nothing). Seams rules are not here: SEAMS-OFF-BY-DEFAULT is about hosts without them.
 */
const OPTIONAL_AREA_BLOCKS: Readonly<Partial<Record<string, CapabilityPath>>> = {
  CALLBACK: 'callbacks',
  REPLAY: 'replay',
  QUEUE: 'queue_monitor',
  IDEMPOTENCY: 'idempotency',
  RUNTIME: 'agent_runtime',
};

/** True when the rule, left untested, belongs to an optional area the host does not declare. */
function ruleAreaNotDeclared(rule: LevelRule, result: RuleResult, caps: HostCapabilities): boolean {
  const block = OPTIONAL_AREA_BLOCKS[rule.area];
  return result.disposition === 'inapplicable' && block !== undefined && missingCapability(caps, block) !== null;
}

function nonSeamRequires(outcome: ScenarioOutcome): CapabilityPath[] {
  return outcome.requires.filter((path): path is CapabilityPath => isCapabilityPath(path) && !path.startsWith('seams.'));
}

/** True when every scenario citing the rule was inapplicable because the host does not declare its area. */
function areaNotDeclared(result: RuleResult, outcomes: ReadonlyMap<string, ScenarioOutcome>, caps: HostCapabilities): boolean {
  if (result.disposition !== 'inapplicable' || result.scenarios.length === 0) return false;
  return result.scenarios.every((id) => {
    const outcome = outcomes.get(id);
    return outcome !== undefined && firstMissingCapability(caps, nonSeamRequires(outcome)) !== null;
  });
}

export function levelSummary(
  registry: readonly LevelRule[],
  results: readonly RuleResult[],
  outcomes: readonly ScenarioOutcome[],
  caps: HostCapabilities | null,
): LevelSummary {
  const offered = caps === null ? null : offeredLevel(caps);
  const byId = new Map(outcomes.map((o) => [o.id, o]));
  const resultById = new Map(results.map((r) => [r.id, r]));
  const summary: LevelSummary = { offered, reached: null, mustRules: 0, tested: [], needHigherLevel: [], notTested: [], notApplicable: [] };
  const must = registry.filter((rule) => rule.level === 'MUST');
  for (const rule of must) {
    const result = resultById.get(rule.id);
    const level = rule.conformance_level ?? null;
    if (result === undefined) continue;
    if (caps !== null && (areaNotDeclared(result, byId, caps) || ruleAreaNotDeclared(rule, result, caps))) {
      summary.notApplicable.push(rule.id);
      continue;
    }
    summary.mustRules += 1;
    if (result.disposition === 'pass' || result.disposition === 'fail') summary.tested.push(rule.id);
    else if (level !== null && offered !== null && levelRank(level) > levelRank(offered)) {
      summary.needHigherLevel.push({ id: rule.id, level, reason: `needs ${LEVEL_ADDS[level]} (level ${level})` });
    } else summary.notTested.push({ id: rule.id, level, reason: result.reason ?? 'not tested' });
  }
  if (offered !== null) {
    const failedAt = (level: ConformanceLevel) =>
      must.some((rule) => rule.conformance_level === level && resultById.get(rule.id)?.disposition === 'fail');
    for (const level of CONFORMANCE_LEVELS.slice(0, levelRank(offered) + 1)) {
      if (failedAt(level)) break;
      summary.reached = level;
    }
  }
  return summary;
}

/** True when `reached` is `required` or higher. */
export function reachesLevel(summary: LevelSummary, required: ConformanceLevel): boolean {
  return summary.reached !== null && levelRank(summary.reached) >= levelRank(required);
}

/** True when every applicable MUST rule was tested: only then may a passing run say a bare PASS. */
export function testedEverything(summary: LevelSummary): boolean {
  return summary.tested.length === summary.mustRules;
}

/** "at level core — 61 of 98 MUST rules tested; 37 need the test clock or scripted runs; 2 not tested in this run". */
export function levelPhrase(summary: LevelSummary): string {
  // A level no MUST rule was tested at is not shown, whatever failed elsewhere (SPEC.md §13.6).
  const reached = summary.reached === null ? 'no level reached' : summary.tested.length === 0 ? 'no level shown' : `at level ${summary.reached}`;
  const parts = [`${summary.tested.length} of ${summary.mustRules} MUST rules tested`];
  if (summary.needHigherLevel.length > 0) {
    const adds = [...new Set(summary.needHigherLevel.map((r) => r.level!))].sort((a, b) => levelRank(a) - levelRank(b)).map((l) => LEVEL_ADDS[l]);
    parts.push(`${summary.needHigherLevel.length} need ${adds.join(' or ')} (listed)`);
  }
  if (summary.notTested.length > 0) parts.push(`${summary.notTested.length} not tested in this run (listed)`);
  return `${reached} — ${parts.join('; ')}`;
}

/** The listing the phrase promises: each untested MUST rule with why. */
export function untestedLines(summary: LevelSummary): string[] {
  const lines: string[] = [];
  if (summary.needHigherLevel.length > 0) {
    lines.push(`MUST rules that need a higher level than the host offers (${summary.offered ?? 'unknown'}):`);
    for (const level of CONFORMANCE_LEVELS) {
      const ids = summary.needHigherLevel.filter((r) => r.level === level).map((r) => r.id);
      if (ids.length > 0) lines.push(`  ${level} (${LEVEL_ADDS[level]}): ${ids.join(', ')}`);
    }
  }
  if (summary.notTested.length > 0) {
    lines.push('MUST rules the host level allows but this run did not test:');
    for (const rule of summary.notTested) lines.push(`  ${rule.id}: ${rule.reason}`);
  }
  return lines;
}

/** "cases left out: insufficient evidence (needs seams.scripted_runs); …": what a pass on fewer cases rests on. */
export function casesLeftOutLine(casesLeftOut: readonly string[]): string {
  return `cases left out: ${casesLeftOut.join('; ')}`;
}
