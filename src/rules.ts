import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleArea, RuleId } from '../generated/rules.js';
import type { ConformanceLevel } from './harness/levels.js';
import { packageRoot } from './schemas.js';

export type { RuleArea, RuleId };

export type RuleLevel = 'MUST' | 'SHOULD' | 'MAY';

export interface Rule {
  id: RuleId;
  area: RuleArea;
  level: RuleLevel;
  /** The lowest conformance level at which a scenario can test the rule (SPEC.md §13.6); absent when none cites it. */
  conformance_level?: ConformanceLevel;
  text: string;
  /** Why a conformance scenario cannot observe the rule from outside the host, when it cannot. */
  unobservable_reason?: string;
}

export interface RuleRegistry {
  spec_version: string;
  areas: readonly RuleArea[];
  rules: readonly Rule[];
}

/** spec/rules.json, the one source of rule ids (its RuleId type is generated from the same file). */
export const ruleRegistry: RuleRegistry = JSON.parse(
  readFileSync(join(packageRoot, 'spec', 'rules.json'), 'utf8'),
) as RuleRegistry;

export const rules: readonly Rule[] = ruleRegistry.rules;

const byId: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.id, r]));

export function isRuleId(id: string): id is RuleId {
  return byId.has(id);
}

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

/** The rule's normative text; throws on an id the registry does not hold, so a typo cannot pass silently. */
export function ruleText(id: RuleId): string {
  const rule = byId.get(id);
  if (!rule) throw new RangeError(`unknown rule id ${id}`);
  return rule.text;
}

/** Rules grouped by area, areas in registry order. */
export function rulesByArea(): ReadonlyMap<RuleArea, readonly Rule[]> {
  return new Map(ruleRegistry.areas.map((area) => [area, rules.filter((r) => r.area === area)]));
}
