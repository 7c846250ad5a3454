/**
 * Static check of scenario files. A scenario is trustworthy only if every check in it cites a rule the
 * scenario claims, uses the harness for HTTP and time, and cannot pass by asserting nothing; these properties
 * are read from the syntax tree (TypeScript compiler API) so comments and strings cannot fool the check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { comparisonProblems, conditionalOnlyRules, type AssertionCall } from './assertion-substance.js';
import { edgeProblems } from '../../src/harness/edges.js';

export const ASSERTION_METHODS: ReadonlySet<string> = new Set(['assertEqual', 'assertTrue', 'assertStatus', 'assertProblem']);

/** Calls that bypass the rule-citing assertions, the harness HTTP client or the test clock. */
const FORBIDDEN_CALLS: Readonly<Record<string, string>> = {
  expect: 'bare assertion expect(); use t.assertEqual/assertTrue/assertStatus/assertProblem with a rule id',
  assert: 'bare assertion assert(); use t.assertEqual/assertTrue/assertStatus/assertProblem with a rule id',
  fetch: 'direct fetch(); use t.http.request or t.api so the exchange is recorded and timed out',
  setTimeout: 'real-time wait setTimeout(); drive time with t.clock.advance, wait for callbacks with mailbox.waitFor',
  setInterval: 'real-time wait setInterval(); drive time with t.clock.advance',
  setImmediate: 'hand-made scheduling setImmediate(); use the harness waits',
  sleep: 'real-time wait sleep(); drive time with t.clock.advance',
  delay: 'real-time wait delay(); drive time with t.clock.advance',
};

/** Objects whose members are bare assertion libraries (assert.equal, chai's should). */
const FORBIDDEN_RECEIVERS: Readonly<Record<string, string>> = {
  assert: 'bare assertion assert.*(); use the rule-citing t.assert* forms',
};

/** `globalThis.setTimeout(…)` is `setTimeout(…)`; a method of a scenario's own object (`c.expect(…)`) is not. */
function isGlobalObject(node: ts.Expression): boolean {
  return ts.isIdentifier(node) && ['globalThis', 'global', 'window', 'self'].includes(node.text);
}

const KEBAB_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.test\.ts$/;

/** Scenarios may import the kit's library and generated types, and node:crypto/node:buffer for recomputation. */
function importAllowed(specifier: string): boolean {
  return /^\.\.\/(?:src|generated)\//.test(specifier) || specifier === 'node:crypto' || specifier === 'node:buffer';
}

export interface CitedAssertion {
  method: string;
  /** The cited rule id, or null when it is not a literal the check can read. */
  rule: string | null;
  line: number;
}

export interface ScenarioSource {
  /** Path relative to the repo root, `scenarios/<id>.test.ts`. */
  file: string;
  id: string | null;
  title: string | null;
  rules: string[];
  requires: string[];
  /** The edge cases the definition declares (src/harness/edges.ts). */
  edges: string[];
  assertions: CitedAssertion[];
}

export interface SourceProblem {
  file: string;
  line: number;
  message: string;
}

export interface AuditOptions {
  knownRuleIds: ReadonlySet<string>;
  /**
   * Rules the harness's own helpers assert when a scenario lists them (t.api checks a document under
   * LIFECYCLE-DOCUMENTS-VALID, for example): listing them without a literal assertion is not a dead citation.
   */
  helperRuleIds?: ReadonlySet<string>;
}

function propertyName(name: ts.PropertyName): string | null {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : null;
}

function stringValue(node: ts.Expression, constants: ReadonlyMap<string, string>): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isIdentifier(node)) return constants.get(node.text) ?? null;
  if (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node)) {
    return stringValue(node.expression, constants);
  }
  return null;
}

/** `const NAME = 'literal'` bindings anywhere in the file, so a rule id held in a const is still readable. */
function stringConstants(file: ts.SourceFile): Map<string, string> {
  const constants = new Map<string, string>();
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclarationList(node) && (node.flags & ts.NodeFlags.Const) !== 0) {
      for (const declaration of node.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.initializer) {
          const value = stringValue(declaration.initializer, new Map());
          if (value !== null) constants.set(declaration.name.text, value);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return constants;
}

/** Reads one scenario file and lists everything wrong with it. `file` is the repo-relative path. */
export function inspectScenarioSource(
  file: string,
  text: string,
  options: AuditOptions,
): { source: ScenarioSource; problems: SourceProblem[] } {
  const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const problems: SourceProblem[] = [];
  const lineOf = (node: ts.Node) => tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1;
  const report = (node: ts.Node | null, message: string) => problems.push({ file, line: node ? lineOf(node) : 1, message });
  const constants = stringConstants(tree);
  const source: ScenarioSource = { file, id: null, title: null, rules: [], requires: [], edges: [], assertions: [] };

  const baseName = file.split('/').pop()!;
  if (!KEBAB_FILE.test(baseName)) report(null, `file name ${baseName} is not kebab-case <id>.test.ts`);

  const scenarioCalls: ts.CallExpression[] = [];
  const calls: AssertionCall[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (ts.isIdentifier(callee)) {
        if (callee.text === 'scenario') scenarioCalls.push(node);
        else if (Object.hasOwn(FORBIDDEN_CALLS, callee.text)) report(node, FORBIDDEN_CALLS[callee.text]!);
        else if (callee.text === 'require') report(node, 'require(); scenarios import only the kit library');
      } else if (ts.isPropertyAccessExpression(callee)) {
        const method = callee.name.text;
        if (ASSERTION_METHODS.has(method)) {
          const first = node.arguments[0];
          const rule = first ? stringValue(first, constants) : null;
          source.assertions.push({ method, rule, line: lineOf(node) });
          calls.push({ node, method, rule });
          if (rule === null) report(node, `${method}: the rule id must be a string literal (or a const bound to one) so it can be checked`);
        } else if (ts.isIdentifier(callee.expression) && Object.hasOwn(FORBIDDEN_RECEIVERS, callee.expression.text)) {
          report(node, FORBIDDEN_RECEIVERS[callee.expression.text]!);
        } else if (method === 'fetch' || (isGlobalObject(callee.expression) && Object.hasOwn(FORBIDDEN_CALLS, method))) {
          report(node, FORBIDDEN_CALLS[method]!);
        }
      } else if (callee.kind === ts.SyntaxKind.ImportKeyword) {
        report(node, 'dynamic import(); scenarios import only the kit library, statically');
      }
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Promise') {
      report(node, 'new Promise(): hand-made waits are not allowed; use t.clock.advance and mailbox.waitFor');
    } else if (ts.isPropertyAccessExpression(node) && node.name.text === 'should') {
      report(node, 'bare assertion .should; use the rule-citing t.assert* forms');
    } else if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const specifier = node.moduleSpecifier.text;
      if (!importAllowed(specifier)) {
        report(node, `import from ${specifier}: scenarios import only ../src/, ../generated/, node:crypto and node:buffer`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);

  if (scenarioCalls.length === 0) report(null, 'no scenario(...) call');
  for (const extra of scenarioCalls.slice(1)) report(extra, 'more than one scenario(...) in the file; one behaviour per file');
  const call = scenarioCalls[0];
  if (call) readDefinition(call, source, constants, report);

  for (const rule of conditionalOnlyRules(calls)) {
    report(
      calls.find((c) => c.rule === rule)!.node,
      `every assertion citing ${rule} is inside a condition (if, ?:, && || ??, switch case, catch); the scenario can pass without checking it`,
    );
  }
  for (const problem of comparisonProblems(calls, tree)) report(problem.node, problem.message);

  if (source.id !== null && baseName !== `${source.id}.test.ts`) {
    report(call ?? null, `scenario id ${source.id} differs from the file name ${baseName}`);
  }
  const listed = new Set(source.rules);
  for (const rule of source.rules) {
    if (!options.knownRuleIds.has(rule)) report(call ?? null, `rules lists unknown rule id ${rule}`);
  }
  for (const duplicate of source.rules.filter((rule, i) => source.rules.indexOf(rule) !== i)) {
    report(call ?? null, `rules lists ${duplicate} twice`);
  }
  for (const assertion of source.assertions) {
    if (assertion.rule === null) continue;
    const at = { file, line: assertion.line };
    if (!options.knownRuleIds.has(assertion.rule)) problems.push({ ...at, message: `${assertion.method} cites unknown rule id ${assertion.rule}` });
    else if (!listed.has(assertion.rule)) {
      problems.push({ ...at, message: `${assertion.method} cites ${assertion.rule}, which the scenario's rules do not list` });
    }
  }
  const cited = new Set(source.assertions.map((a) => a.rule));
  if (call && !source.assertions.some((a) => a.rule !== null && listed.has(a.rule))) {
    report(call, 'no assertion cites a rule of the scenario; a scenario must be able to fail');
  }
  for (const rule of source.rules) {
    if (!cited.has(rule) && !options.helperRuleIds?.has(rule) && options.knownRuleIds.has(rule)) {
      report(call ?? null, `rules lists ${rule} but no assertion cites it, so a pass would claim it unchecked`);
    }
  }
  return { source, problems };
}

function readDefinition(
  call: ts.CallExpression,
  source: ScenarioSource,
  constants: ReadonlyMap<string, string>,
  report: (node: ts.Node | null, message: string) => void,
): void {
  const definition = call.arguments[0];
  if (!definition || !ts.isObjectLiteralExpression(definition)) {
    report(call, 'scenario(...) must get an object literal { id, title, rules, requires } first');
    return;
  }
  const properties = new Map<string, ts.Expression>();
  for (const property of definition.properties) {
    const name = ts.isPropertyAssignment(property) ? propertyName(property.name) : null;
    if (name === null || !ts.isPropertyAssignment(property)) {
      report(property, 'scenario definition properties must be plain `name: value` assignments');
      continue;
    }
    properties.set(name, property.initializer);
  }
  const readString = (name: string): string | null => {
    const node = properties.get(name);
    const value = node ? stringValue(node, constants) : null;
    if (value === null) report(node ?? definition, `scenario ${name} must be a string literal`);
    return value;
  };
  const readList = (name: string, required: boolean): string[] => {
    const node = properties.get(name);
    if (!node) {
      if (required) report(definition, `scenario ${name} is missing`);
      return [];
    }
    if (!ts.isArrayLiteralExpression(node)) {
      report(node, `scenario ${name} must be an array literal of strings`);
      return [];
    }
    return node.elements.flatMap((element) => {
      const value = stringValue(element, constants);
      if (value === null) report(element, `scenario ${name} entries must be string literals`);
      return value === null ? [] : [value];
    });
  };
  source.id = readString('id');
  source.title = readString('title');
  source.rules = readList('rules', true);
  source.requires = readList('requires', false);
  source.edges = readList('edges', false);
  if (properties.has('rules') && source.rules.length === 0) report(definition, 'scenario rules is empty');
  for (const message of edgeProblems(source.edges, source.rules)) report(properties.get('edges') ?? definition, message);
}

/** `scenarios/*.test.ts` under `root`, sorted. Other files in scenarios/ are reported as problems. */
export function auditScenarioDirectory(
  root: string,
  options: AuditOptions,
): { sources: ScenarioSource[]; problems: SourceProblem[] } {
  const dir = join(root, 'scenarios');
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return { sources: [], problems: [] };
  }
  const sources: ScenarioSource[] = [];
  const problems: SourceProblem[] = [];
  for (const entry of entries) {
    const file = relative(root, join(dir, entry)).split('\\').join('/');
    if (!entry.endsWith('.test.ts')) {
      problems.push({ file, line: 1, message: 'scenarios/ holds only <id>.test.ts files (helpers belong in src/harness)' });
      continue;
    }
    const inspected = inspectScenarioSource(file, readFileSync(join(dir, entry), 'utf8'), options);
    sources.push(inspected.source);
    problems.push(...inspected.problems);
  }
  return { sources, problems };
}

/** Rule ids written as string literals in the harness sources: the rules its helpers can assert. */
export function harnessRuleIds(root: string, knownRuleIds: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        const tree = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
        const visit = (node: ts.Node) => {
          if (ts.isStringLiteral(node) && knownRuleIds.has(node.text)) found.add(node.text);
          ts.forEachChild(node, visit);
        };
        visit(tree);
      }
    }
  };
  walk(join(root, 'src', 'harness'));
  return found;
}
