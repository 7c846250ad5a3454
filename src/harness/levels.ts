/**
 * Conformance levels (SPEC.md §13.6): what a host exposes decides how much of the protocol the kit can observe.
 * A scenario's level follows from its `requires`; a rule's level is the lowest level of the scenarios citing it;
 * a host's level is the highest level whose seams it declares. Kept free of I/O so the registry, the reports and
 * the static coverage check share one definition.
 */
import type { HostCapabilities } from '../../generated/types.js';
import { missingCapability, type CapabilityPath } from './capabilities.js';

/** Lowest first: every level adds seams to the one before it. */
export const CONFORMANCE_LEVELS = ['core', 'timed', 'full'] as const;

export type ConformanceLevel = (typeof CONFORMANCE_LEVELS)[number];

/** The seams a host declares to offer a level, cumulative. */
export const LEVEL_SEAMS: Readonly<Record<ConformanceLevel, readonly CapabilityPath[]>> = {
  core: [],
  timed: ['seams.test_clock'],
  full: ['seams.test_clock', 'seams.scripted_runs', 'seams.tenants'],
};

/** What a level adds, for messages ("37 need the test clock or scripted runs"). */
export const LEVEL_ADDS: Readonly<Record<ConformanceLevel, string>> = {
  core: 'no seams',
  timed: 'the test clock',
  full: 'scripted runs and tenants',
};

export function isConformanceLevel(value: string): value is ConformanceLevel {
  return (CONFORMANCE_LEVELS as readonly string[]).includes(value);
}

export function levelRank(level: ConformanceLevel): number {
  return CONFORMANCE_LEVELS.indexOf(level);
}

export function higherLevel(a: ConformanceLevel, b: ConformanceLevel): ConformanceLevel {
  return levelRank(a) >= levelRank(b) ? a : b;
}

/** The lowest level whose seams include every seam the scenario requires. */
export function scenarioLevel(requires: readonly string[]): ConformanceLevel {
  return CONFORMANCE_LEVELS.find((level) => requires.every((path) => !path.startsWith('seams.') || LEVEL_SEAMS[level].includes(path as CapabilityPath)))!;
}

/**
 * Each rule's lowest testable level: the lowest level among the scenarios citing it. Rules no scenario cites
 * (unobservable ones) are absent.
 */
export function ruleLevels(scenarios: readonly { rules: readonly string[]; requires: readonly string[] }[]): Map<string, ConformanceLevel> {
  const levels = new Map<string, ConformanceLevel>();
  for (const scenario of scenarios) {
    const level = scenarioLevel(scenario.requires);
    for (const rule of scenario.rules) {
      const known = levels.get(rule);
      if (known === undefined || levelRank(level) < levelRank(known)) levels.set(rule, level);
    }
  }
  return levels;
}

/** The highest level whose seams the capabilities document declares. */
export function offeredLevel(caps: HostCapabilities): ConformanceLevel {
  let offered: ConformanceLevel = 'core';
  for (const level of CONFORMANCE_LEVELS) {
    if (LEVEL_SEAMS[level].every((path) => missingCapability(caps, path) === null)) offered = level;
  }
  return offered;
}

/**
 * Rules whose registry level disagrees with the scenarios citing them (or that lack one while a scenario
 * cites them). `declared` maps rule id → the level spec/rules.json states.
 */
export function levelMismatches(
  declared: ReadonlyMap<string, string | undefined>,
  scenarios: readonly { rules: readonly string[]; requires: readonly string[] }[],
): string[] {
  const derived = ruleLevels(scenarios);
  const problems: string[] = [];
  for (const [rule, stated] of declared) {
    const expected = derived.get(rule);
    if (stated === expected) continue;
    if (expected === undefined) problems.push(`${rule} states conformance_level ${stated} but no scenario cites it`);
    else problems.push(`${rule} states conformance_level ${stated ?? '(none)'}; its scenarios make it ${expected}`);
  }
  return problems;
}
