/**
 * What the matrix must show (and what check:coverage and the matrix test hold it to): the fault-free host
 * passes every scenario; every fault makes some scenario fail on one of the rules it breaks; every scenario
 * fails under some fault; every MUST rule is caught by some fault. The exceptions are written down in
 * spec/mutation-exemptions.json, each with its reason, and an exception that no longer holds is an error too.
 */
import { readFileSync } from 'node:fs';
import type { CatalogFault, MatrixData } from './data.js';

export const EXEMPTIONS_FILE = 'spec/mutation-exemptions.json';

export interface Exemptions {
  /** Scenario id → why no fault of the reference host can make it fail. */
  unreachable_scenarios: Record<string, string>;
  /** MUST rule id → why no fault is caught on it (rules with an unobservable_reason need no entry). */
  no_fault_rules: Record<string, string>;
}

export interface MatrixRule {
  id: string;
  level: string;
  unobservable_reason?: string;
}

export function readExemptions(path: string): Exemptions {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<Exemptions>;
  return { unreachable_scenarios: parsed.unreachable_scenarios ?? {}, no_fault_rules: parsed.no_fault_rules ?? {} };
}

/** Rule id → the faults caught on it: some scenario failed on the rule while the fault, which breaks it, was on. */
export function caughtRules(data: MatrixData): Map<string, string[]> {
  const caught = new Map<string, string[]>();
  for (const [fault, row] of Object.entries(data.faults)) {
    const failedOn = new Set(Object.values(row.failed).flat());
    for (const rule of row.rules.filter((r) => failedOn.has(r))) caught.set(rule, [...(caught.get(rule) ?? []), fault]);
  }
  return caught;
}

/** The scenarios that fail while `fault` is on and cite one of the rules it breaks. */
export function catchingScenarios(row: MatrixData['faults'][string]): string[] {
  return Object.entries(row.failed)
    .filter(([, rules]) => rules.some((rule) => row.rules.includes(rule)))
    .map(([scenario]) => scenario);
}

/** Scenario id → the faults under which it fails. */
export function reachedScenarios(data: MatrixData): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  for (const [fault, row] of Object.entries(data.faults)) {
    for (const scenario of Object.keys(row.failed)) reached.set(scenario, [...(reached.get(scenario) ?? []), fault]);
  }
  return reached;
}

export function matrixProblems(
  data: MatrixData,
  catalog: readonly CatalogFault[],
  rules: readonly MatrixRule[],
  exemptions: Exemptions,
): string[] {
  const problems: string[] = [];
  const scenarios = new Set(data.scenarios);

  for (const [scenario, disposition] of Object.entries(data.baseline)) {
    if (disposition !== 'inapplicable' || !(scenario in exemptions.unreachable_scenarios)) {
      problems.push(`the fault-free host does not pass ${scenario} (${disposition})`);
    }
  }

  const inCatalog = new Set(catalog.map((f) => f.id));
  for (const fault of catalog) {
    const row = data.faults[fault.id];
    if (row === undefined) {
      problems.push(`fault ${fault.id} is not in the matrix`);
      continue;
    }
    if (row.rules.join() !== fault.rules.join()) problems.push(`fault ${fault.id}: the matrix was made with rules ${row.rules.join(', ')}`);
    if (catchingScenarios(row).length === 0) {
      problems.push(`fault ${fault.id} is caught by no scenario: none fails on ${fault.rules.join(' or ')} with it on`);
    }
  }
  for (const id of Object.keys(data.faults)) if (!inCatalog.has(id)) problems.push(`the matrix has fault ${id}, which the catalog does not`);

  const reached = reachedScenarios(data);
  for (const scenario of data.scenarios) {
    const exempt = scenario in exemptions.unreachable_scenarios;
    if (!reached.has(scenario) && !exempt) problems.push(`no fault makes scenario ${scenario} fail, and ${EXEMPTIONS_FILE} gives no reason`);
    if (reached.has(scenario) && exempt) problems.push(`scenario ${scenario} is listed as unreachable but fails under ${reached.get(scenario)!.join(', ')}`);
  }
  for (const scenario of Object.keys(exemptions.unreachable_scenarios)) {
    if (!scenarios.has(scenario)) problems.push(`unreachable scenario ${scenario} does not exist`);
  }

  const caught = caughtRules(data);
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  for (const rule of rules.filter((r) => r.level === 'MUST')) {
    const reason = exemptions.no_fault_rules[rule.id];
    if (!caught.has(rule.id) && reason === undefined && !rule.unobservable_reason) {
      problems.push(`MUST rule ${rule.id} is caught by no fault and has no reason in spec/mutation-exemptions.json`);
    }
    if (caught.has(rule.id) && reason !== undefined) problems.push(`rule ${rule.id} has a no-fault reason but is caught by ${caught.get(rule.id)!.join(', ')}`);
  }
  for (const id of Object.keys(exemptions.no_fault_rules)) {
    if (byId.get(id)?.level !== 'MUST') problems.push(`no-fault rule ${id} is not a MUST rule of spec/rules.json`);
  }
  return problems;
}
