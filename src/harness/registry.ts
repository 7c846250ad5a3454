/**
 * Module-level registry of scenarios. Every `scenario(...)` call lands here, whichever runner loaded the
 * file, so the in-process suite runner and the vitest adapter run exactly the same entries.
 */
import { basename, isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { edgeProblems } from './edges.js';
import { isRuleId, ruleById } from '../rules.js';
import type { RuleArea, RuleId } from '../rules.js';
import { codeRoot, runsCompiled } from '../schemas.js';
import { isCapabilityPath } from './capabilities.js';
import type { CapabilityPath } from './capabilities.js';
import type { ScenarioContext } from './context.js';
import { HarnessError } from './errors.js';

export interface ScenarioDef {
  /** Equals the file name without `.test.ts`. */
  id: string;
  title: string;
  /** Every rule the scenario's assertions cite; the first one gives the scenario's area. */
  rules: readonly RuleId[];
  /** Capabilities the host must declare; an undeclared one makes the scenario inapplicable. */
  requires?: readonly CapabilityPath[];
  /**
   * The paths where implementations differ that the scenario drives (edges.ts): listed per rule in
   * coverage.md. `RULE-ID: text` narrows an entry to one of the scenario's rules.
   */
  edges?: readonly string[];
  /**
   * Why the scenario runs alone when others run side by side (a host with per-tenant clocks): it judges something
   * that the load of other scenarios would distort. Absent: it runs beside the others.
   */
  alone?: string;
}

export type ScenarioBody = (t: ScenarioContext) => Promise<void>;

export interface ScenarioEntry {
  def: ScenarioDef;
  body: ScenarioBody;
  /** Path relative to the package root, `/`-separated. */
  file: string;
  area: RuleArea;
}

const SCENARIO_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const entries = new Map<string, ScenarioEntry>();

/**
 * A scenario module's path relative to the code root, `/`-separated. A compiled module is named by its
 * TypeScript source (`dist/scenarios/x.test.js` → `scenarios/x.test.ts`), so reports read the same in both
 * layouts and name the file to read in the kit's repository; the package ships only the compiled module.
 */
export function relativeToRoot(file: string): string {
  const path = file.startsWith('file:') ? fileURLToPath(file) : file;
  if (!isAbsolute(path)) return path.split(sep).join('/');
  const fromRoot = relative(codeRoot, path).split(sep).join('/');
  return runsCompiled ? fromRoot.replace(/\.js$/, '.ts') : fromRoot;
}

/** Checks a definition when it is registered, so a mistake surfaces when the file loads, not mid-run. */
export function checkDefinition(def: ScenarioDef, file: string): RuleArea {
  const problems: string[] = [];
  if (!SCENARIO_ID.test(def.id)) problems.push(`id ${JSON.stringify(def.id)} is not kebab-case`);
  if (basename(file) !== `${def.id}.test.ts`) problems.push(`id ${def.id} does not match file ${file}`);
  if (def.title.trim().length === 0) problems.push('title is empty');
  if (def.rules.length === 0) problems.push('rules is empty');
  for (const rule of def.rules) if (!isRuleId(rule)) problems.push(`unknown rule id ${rule}`);
  if (new Set(def.rules).size !== def.rules.length) problems.push('rules lists a rule twice');
  for (const path of def.requires ?? []) if (!isCapabilityPath(path)) problems.push(`unknown capability ${path}`);
  problems.push(...edgeProblems(def.edges ?? [], def.rules));
  if (problems.length > 0) throw new HarnessError(`scenario ${file}: ${problems.join('; ')}`);
  return ruleById(def.rules[0]!)!.area;
}

export function registerScenario(def: ScenarioDef, body: ScenarioBody, file: string): ScenarioEntry {
  const relativeFile = relativeToRoot(file);
  const area = checkDefinition(def, relativeFile);
  const existing = entries.get(def.id);
  if (existing && existing.file !== relativeFile) {
    throw new HarnessError(`scenario id ${def.id} is defined in both ${existing.file} and ${relativeFile}`);
  }
  const entry: ScenarioEntry = { def, body, file: relativeFile, area };
  entries.set(def.id, entry);
  registrationHook?.(entry);
  return entry;
}

// The vitest adapter (dev/vitest/) hooks in here so that the published harness never imports vitest.
let registrationHook: ((entry: ScenarioEntry) => void) | undefined;

/** Calls `hook` for every scenario registered from now on (the vitest adapter turns each into a test). */
export function onScenarioRegistered(hook: ((entry: ScenarioEntry) => void) | undefined): void {
  registrationHook = hook;
}

/** Registered scenarios sorted by id. */
export function registeredScenarios(): ScenarioEntry[] {
  return [...entries.values()].sort((a, b) => a.def.id.localeCompare(b.def.id));
}
