/**
 * coverage.md: for every rule its level, the scenarios that cite it, the faults caught on it and the fixtures of
 * the schemas it names; the MUST rules no scenario covers, each with its written reason; and the mutation matrix
 * (fault → the scenarios and rules that caught it). Everything is read from files (registry, scenario sources,
 * fixture folders, OpenAPI, fault catalog, stored matrix), so the document can be regenerated and checked for
 * staleness.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { MATRIX_FILE, readMatrixData, type MatrixData } from '../matrix/data.js';
import { renderMatrixSection } from '../matrix/render.js';
import { readVariantMatrix, VARIANT_MATRIX_FILE, type VariantMatrixData } from '../matrix/variant-data.js';
import { caughtRules, EXEMPTIONS_FILE, matrixProblems, readExemptions, type Exemptions } from '../matrix/verify.js';
import { edgesByRule } from '../../src/harness/edges.js';
import { levelMismatches } from '../../src/harness/levels.js';
import { auditScenarioDirectory, type ScenarioSource } from './scenario-sources.js';

export interface CoverageRule {
  id: string;
  area: string;
  level: string;
  conformance_level?: string;
  text: string;
  unobservable_reason?: string;
}

export interface CoverageFault {
  id: string;
  description: string;
  rules: readonly string[];
}

export interface CoverageInput {
  specVersion: string;
  areas: readonly string[];
  rules: readonly CoverageRule[];
  scenarios: readonly ScenarioSource[];
  faults: readonly CoverageFault[];
  /** Schema name → fixture counts; a schema without a fixtures folder is absent. */
  fixtures: ReadonlyMap<string, { valid: number; invalid: number }>;
  /** Rule id → schema names whose fixtures back it. */
  ruleSchemas: ReadonlyMap<string, readonly string[]>;
  /** The stored mutation matrix and its exemptions; null where the tree has none. */
  matrix: { data: MatrixData; exemptions: Exemptions } | null;
  /** The stored variant matrix; null where the tree has none. */
  variants?: VariantMatrixData | null;
}

export interface CoverageProblem {
  kind: 'must-uncovered' | 'unknown-rule' | 'matrix' | 'level';
  message: string;
}

/**
 * Endpoint-wide rules name no schema file in their text; they are about every response (or request) schema
 * the OpenAPI document binds to an endpoint.
 */
const ENDPOINT_SCHEMA_RULES: Readonly<Record<string, 'responses' | 'requests'>> = {
  'LIFECYCLE-DOCUMENTS-VALID': 'responses',
  'ERRORS-INVALID-BODY': 'requests',
};

const SCHEMA_FILE = /([a-z0-9]+(?:-[a-z0-9]+)*)\.schema\.json/g;

function collectRefs(node: unknown, into: Set<string>): void {
  if (Array.isArray(node)) node.forEach((item) => collectRefs(item, into));
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        for (const match of value.matchAll(SCHEMA_FILE)) into.add(match[1]!);
      } else collectRefs(value, into);
    }
  }
}

/** Schema names bound to endpoint success responses and to request bodies in schemas/openapi.yaml. */
export function openApiSchemas(root: string): { responses: string[]; requests: string[] } | null {
  const path = join(root, 'schemas', 'openapi.yaml');
  if (!existsSync(path)) return null;
  const document = parseYaml(readFileSync(path, 'utf8')) as { paths?: Record<string, Record<string, unknown>> };
  const responses = new Set<string>();
  const requests = new Set<string>();
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(item ?? {})) {
      if (operation === null || typeof operation !== 'object') continue;
      const op = operation as { requestBody?: unknown; responses?: Record<string, unknown> };
      collectRefs(op.requestBody, requests);
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        if (/^2/.test(status)) collectRefs(response, responses);
      }
    }
  }
  return { responses: [...responses].sort(), requests: [...requests].sort() };
}

export function ruleSchemaMap(rules: readonly CoverageRule[], openApi: ReturnType<typeof openApiSchemas>): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const rule of rules) {
    const named = [...rule.text.matchAll(SCHEMA_FILE)].map((m) => m[1]!);
    const endpointKind = ENDPOINT_SCHEMA_RULES[rule.id];
    const bound = endpointKind && openApi ? openApi[endpointKind] : [];
    map.set(rule.id, [...new Set([...named, ...bound])].sort());
  }
  return map;
}

export function fixtureCounts(root: string): Map<string, { valid: number; invalid: number }> {
  const dir = join(root, 'fixtures');
  const counts = new Map<string, { valid: number; invalid: number }>();
  if (!existsSync(dir)) return counts;
  const jsonFiles = (path: string) => (existsSync(path) ? readdirSync(path).filter((f) => f.endsWith('.json')).length : 0);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    counts.set(entry.name, { valid: jsonFiles(join(dir, entry.name, 'valid')), invalid: jsonFiles(join(dir, entry.name, 'invalid')) });
  }
  return counts;
}

export function coverageProblems(input: CoverageInput): CoverageProblem[] {
  const known = new Set(input.rules.map((r) => r.id));
  const problems: CoverageProblem[] = [];
  for (const scenario of input.scenarios) {
    const cited = [...scenario.rules, ...scenario.assertions.flatMap((a) => (a.rule === null ? [] : [a.rule]))];
    for (const rule of new Set(cited)) {
      if (!known.has(rule)) problems.push({ kind: 'unknown-rule', message: `${scenario.file} cites unknown rule ${rule}` });
    }
  }
  const covered = new Set(input.scenarios.flatMap((s) => s.rules));
  for (const rule of input.rules) {
    if (rule.level === 'MUST' && !covered.has(rule.id) && !rule.unobservable_reason) {
      problems.push({ kind: 'must-uncovered', message: `MUST rule ${rule.id} has no scenario and no unobservable_reason in spec/rules.json` });
    }
  }
  const declared = new Map(input.rules.map((rule) => [rule.id, rule.conformance_level]));
  for (const mismatch of levelMismatches(declared, input.scenarios)) {
    problems.push({ kind: 'level', message: `${mismatch} (npx tsx scripts/conformance-levels.ts rewrites the levels)` });
  }
  problems.push(...matrixCoverageProblems(input).map((message) => ({ kind: 'matrix' as const, message })));
  return problems;
}

/** The stored matrix must exist once there are faults, be made from this catalog and scenario set, and hold. */
function matrixCoverageProblems(input: CoverageInput): string[] {
  if (input.faults.length === 0) return [];
  if (input.matrix === null) return [`${MATRIX_FILE} is missing; run: npm run matrix`];
  const { data, exemptions } = input.matrix;
  const ids = input.scenarios.map((s) => s.id ?? s.file).sort();
  const stale = ids.join() !== data.scenarios.join() ? [`${MATRIX_FILE} was made for another set of scenarios; run: npm run matrix`] : [];
  return [...stale, ...matrixProblems(data, input.faults, input.rules, exemptions)];
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderCoverage(input: CoverageInput): string {
  const scenariosByRule = new Map<string, string[]>();
  for (const scenario of input.scenarios) {
    for (const rule of scenario.rules) scenariosByRule.set(rule, [...(scenariosByRule.get(rule) ?? []), scenario.id ?? scenario.file]);
  }
  // Faults caught on each rule by the matrix; without a matrix, the faults whose catalog entry names the rule.
  const faultsByRule = new Map<string, string[]>();
  if (input.matrix !== null) for (const [rule, faults] of caughtRules(input.matrix.data)) faultsByRule.set(rule, faults);
  else {
    for (const fault of input.faults) {
      for (const rule of fault.rules) faultsByRule.set(rule, [...(faultsByRule.get(rule) ?? []), fault.id]);
    }
  }
  const fixtureCell = (ruleId: string) => {
    const schemas = input.ruleSchemas.get(ruleId) ?? [];
    return schemas
      .map((name) => {
        const counts = input.fixtures.get(name);
        return counts ? `${name} (${counts.valid} valid, ${counts.invalid} invalid)` : `${name} (no fixtures)`;
      })
      .join(', ');
  };
  const dash = (list: readonly string[] | undefined) => (list && list.length > 0 ? list.join(', ') : '–');
  const variantsByRule = passingVariantsByRule(input.variants ?? null, scenariosByRule);

  const out: string[] = [
    '# Rule coverage',
    '',
    '<!-- generated — do not edit; `npx tsx scripts/coverage.ts` writes this file, `npm run check:coverage` checks it. -->',
    '',
    `Spec version ${input.specVersion}: ${input.rules.length} rules, ${input.scenarios.length} scenario files, ${input.faults.length} named faults.`,
    '',
    '- **Testable at**: the lowest conformance level (SPEC.md §13.6) of the scenarios citing the rule: `core` needs no',
    '  seams, `timed` the test clock, `full` scripted runs and tenants as well.',
    '- **Scenarios**: the scenario files whose `rules` list cites the rule (read statically from `scenarios/*.test.ts`).',
    '- **Faults**: reference-host faults (`reference-host/faults.ts`) that break the rule and are caught on it: with',
    '  the fault on, a scenario fails on this rule (the mutation matrix below).',
    '- **Variants**: reference-host variants (`reference-host/variants.ts`, behaviours SPEC.md allows that the host',
    '  does not choose by default) under which a scenario citing the rule ran and passed (the variant matrix below).',
    '- **Fixtures**: fixture counts of the schemas the rule names in its text; for LIFECYCLE-DOCUMENTS-VALID the',
    '  success-response schemas and for ERRORS-INVALID-BODY the request schemas that `schemas/openapi.yaml` binds',
    '  to endpoints. Other rules are about behaviour, not document shape, and list none.',
    '',
    '## Summary',
    '',
    '| area | rules | MUST | rules with a scenario | MUST rules without a scenario | rules with a fault |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const area of input.areas) {
    const rules = input.rules.filter((r) => r.area === area);
    const must = rules.filter((r) => r.level === 'MUST');
    const withScenario = rules.filter((r) => scenariosByRule.has(r.id));
    const mustWithout = must.filter((r) => !scenariosByRule.has(r.id));
    const withFault = rules.filter((r) => faultsByRule.has(r.id));
    out.push(`| ${area} | ${rules.length} | ${must.length} | ${withScenario.length} | ${mustWithout.length} | ${withFault.length} |`);
  }
  for (const area of input.areas) {
    out.push('', `## ${area}`, '', '| rule | level | testable at | scenarios | faults | variants | fixtures |', '|---|---|---|---|---|---|---|');
    for (const rule of input.rules.filter((r) => r.area === area)) {
      out.push(
        `| ${rule.id} | ${rule.level} | ${rule.conformance_level ?? '–'} | ${dash(scenariosByRule.get(rule.id))} | ${dash(faultsByRule.get(rule.id))} | ${dash(variantsByRule.get(rule.id))} | ${fixtureCell(rule.id) || '–'} |`,
      );
    }
  }
  out.push(...renderEdges(input, scenariosByRule));
  const uncovered = input.rules.filter((r) => r.level === 'MUST' && !scenariosByRule.has(r.id));
  out.push(
    '',
    '## MUST rules without a scenario',
    '',
    'Each needs a written reason (`unobservable_reason` in spec/rules.json) why no scenario can observe it from',
    'outside the host; a MUST rule with neither a scenario nor a reason fails `npm run check:coverage`.',
    '',
  );
  if (uncovered.length === 0) out.push('None.');
  else {
    out.push('| rule | reason |', '|---|---|');
    for (const rule of uncovered) {
      out.push(`| ${rule.id} | ${rule.unobservable_reason ? cell(rule.unobservable_reason) : '**missing: no scenario and no reason**'} |`);
    }
  }
  out.push('', '## Faults', '', '| fault | rules it breaks | description |', '|---|---|---|');
  for (const fault of input.faults) out.push(`| ${fault.id} | ${fault.rules.join(', ')} | ${cell(fault.description)} |`);
  if (input.faults.length === 0) out.push('| – | – | no fault catalog yet |');
  if (input.variants) out.push(...renderVariantSection(input.variants));
  if (input.matrix !== null) out.push(...renderMatrixSection(input.matrix.data, input.matrix.exemptions, input.rules));
  return `${out.join('\n')}\n`;
}

/** Rule id → the variants that reached a scenario citing it, where that scenario passed. */
function passingVariantsByRule(data: VariantMatrixData | null, scenariosByRule: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const byRule = new Map<string, string[]>();
  if (data === null) return byRule;
  for (const [rule, scenarios] of scenariosByRule) {
    const variants = Object.entries(data.variants)
      .filter(([, row]) => scenarios.some((scenario) => row.reached.includes(scenario) && row.not_passed[scenario] === undefined))
      .map(([id]) => id);
    if (variants.length > 0) byRule.set(rule, variants);
  }
  return byRule;
}

function renderVariantSection(data: VariantMatrixData): string[] {
  const out = [
    '',
    '## Variants',
    '',
    'Each variant is switched on alone and the scenarios that reach its behaviour are run against it',
    '(`npm run variant-matrix`, checked in `npm test`); every scenario must end as it does on the default host.',
    '',
    '| variant | SPEC.md allows it | scenarios reached | reached but not passing (as on the default host) |',
    '|---|---|---:|---|',
  ];
  for (const [id, row] of Object.entries(data.variants)) {
    const notPassed = Object.entries(row.not_passed).filter(([scenario]) => row.reached.includes(scenario));
    out.push(`| ${id} | ${cell(row.spec)} | ${row.reached.length} | ${notPassed.length === 0 ? '–' : notPassed.map(([s, d]) => `${s} (${d})`).join(', ')} |`);
  }
  return out;
}

/**
 * Per MUST rule, the edge cases its scenarios declare (`edges` in a scenario definition), each followed by the
 * scenario that drives it; a rule whose scenarios declare none is marked as checked on the common path only.
 */
function renderEdges(input: CoverageInput, scenariosByRule: ReadonlyMap<string, readonly string[]>): string[] {
  const edges = new Map<string, string[]>();
  for (const scenario of input.scenarios) {
    for (const [rule, texts] of edgesByRule(scenario.edges, scenario.rules)) {
      edges.set(rule, [...(edges.get(rule) ?? []), ...texts.map((text) => `${text} (${scenario.id ?? scenario.file})`)]);
    }
  }
  const out = [
    '',
    '## Edge cases',
    '',
    'The paths where implementations differ that each MUST rule is exercised on, as the scenarios declare them',
    '(`edges` in a scenario definition), each followed by the scenario that drives it.',
    '',
    '| rule | edge cases exercised |',
    '|---|---|',
  ];
  for (const rule of input.rules.filter((r) => r.level === 'MUST' && scenariosByRule.has(r.id))) {
    const listed = edges.get(rule.id);
    out.push(`| ${rule.id} | ${listed ? cell(listed.join('; ')) : 'common path only'} |`);
  }
  return out;
}

/** Reads everything coverage.md is generated from under `root`. */
export function readCoverageInput(root: string, faults: readonly CoverageFault[]): CoverageInput {
  const registry = JSON.parse(readFileSync(join(root, 'spec', 'rules.json'), 'utf8')) as {
    spec_version: string;
    areas: string[];
    rules: CoverageRule[];
  };
  const { sources } = auditScenarioDirectory(root, { knownRuleIds: new Set(registry.rules.map((r) => r.id)) });
  return {
    specVersion: registry.spec_version,
    areas: registry.areas,
    rules: registry.rules,
    scenarios: sources,
    faults,
    fixtures: fixtureCounts(root),
    ruleSchemas: ruleSchemaMap(registry.rules, openApiSchemas(root)),
    matrix: readStoredMatrix(root),
    variants: readVariantMatrix(join(root, VARIANT_MATRIX_FILE)),
  };
}

function readStoredMatrix(root: string): CoverageInput['matrix'] {
  const data = readMatrixData(join(root, MATRIX_FILE));
  if (data === null) return null;
  const exemptionsPath = join(root, EXEMPTIONS_FILE);
  const exemptions: Exemptions = existsSync(exemptionsPath) ? readExemptions(exemptionsPath) : { unreachable_scenarios: {}, no_fault_rules: {} };
  return { data, exemptions };
}
