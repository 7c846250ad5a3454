/**
 * Writes everything derived from the schemas, the fixtures and the rule registry:
 *   generated/types.ts, generated/validators.js (+ .d.ts), generated/rules.ts, fixtures.md,
 *   and the rule tables inside SPEC.md.
 * `--check` renders the same in memory and exits 1 naming every file that differs.
 * `--root DIR` works on another tree (the drift test points it at a modified copy).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import { compile } from 'json-schema-to-typescript';
import { closeForTypes, readObjectMembers, renderObjectMembersTable } from './object-members.js';
import { packageRoot, readSchemaFiles, schemaTypeName, type SchemaFile } from '../src/schemas.js';

const HEADER = 'generated — do not edit; `npm run generate` writes this file';

type JsonObject = Record<string, unknown>;

interface RuleEntry {
  id: string;
  area: string;
  level: string;
  conformance_level?: string;
  text: string;
}

export interface RuleRegistryFile {
  spec_version: string;
  areas: string[];
  rules: RuleEntry[];
}

/** Every output path (relative to root, `/`-separated) with its rendered content. */
export async function renderOutputs(root: string): Promise<Map<string, string>> {
  const schemas = readSchemaFiles(root);
  const registry = JSON.parse(readFileSync(join(root, 'spec/rules.json'), 'utf8')) as RuleRegistryFile;
  const outputs = new Map<string, string>();
  outputs.set('generated/types.ts', await renderTypes(root, schemas));
  outputs.set('generated/validators.js', renderValidators(schemas));
  outputs.set('generated/validators.d.ts', renderValidatorDeclarations());
  outputs.set('generated/rules.ts', renderRuleTypes(registry));
  outputs.set('fixtures.md', renderFixtureTable(root, schemas));
  const specPath = join(root, 'SPEC.md');
  if (existsSync(specPath)) {
    outputs.set('SPEC.md', renderObjectMembersTable(renderSpecRuleTables(readFileSync(specPath, 'utf8'), registry), readObjectMembers(root)));
  }
  return outputs;
}

/** Paths whose file content differs from the rendered output (missing files count as stale). */
export async function staleOutputs(root: string): Promise<string[]> {
  const outputs = await renderOutputs(root);
  return [...outputs].filter(([path, content]) => readIfExists(join(root, path)) !== content).map(([path]) => path);
}

/** Writes the outputs that differ from the files on disk; returns their paths. */
export async function writeOutputs(root: string): Promise<string[]> {
  const written: string[] = [];
  for (const [path, content] of await renderOutputs(root)) {
    const target = join(root, path);
    if (readIfExists(target) === content) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    written.push(path);
  }
  return written;
}

// ---------------------------------------------------------------- types

/**
 * One document holding every schema under `$defs/<TypeName>`, with cross-file `$ref`s rewritten to local
 * pointers, compiled in a single pass so each type is declared once and named after its file.
 */
async function renderTypes(repoRoot: string, schemas: SchemaFile[]): Promise<string> {
  const byId = new Map(schemas.map((s) => [s.id, s]));
  const defs: JsonObject = {};
  const members = readObjectMembers(repoRoot);
  for (const s of schemas) {
    const copy = typingView(localizeRefs(closeForTypes(s.schema, members.schemas[s.name]), s, byId, [])) as JsonObject;
    delete copy['$id'];
    delete copy['$schema'];
    copy['title'] = s.typeName;
    defs[s.typeName] = copy;
  }
  dropShapelessRefs(defs, defs);
  nameRefTargets(defs);
  const root = {
    title: 'SchemaDocument',
    description: 'Any document defined by one of the schema files.',
    anyOf: schemas.map((s) => ({ $ref: `#/$defs/${s.typeName}` })),
    $defs: defs,
  };
  const body = schemas.length === 0
    ? 'export type SchemaDocument = never;\n'
    : await compile(root as Parameters<typeof compile>[0], 'SchemaDocument', {
        bannerComment: '',
        additionalProperties: true,
        format: true,
        strictIndexSignatures: false,
        $refOptions: { resolve: { external: false } },
      });
  for (const s of schemas) {
    if (!new RegExp(`^export (interface|type) ${s.typeName}\\b`, 'm').test(body)) {
      throw new Error(`${s.file}: type ${s.typeName} was not emitted`);
    }
  }
  const declared = new Set([...body.matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1]!));
  for (const name of declared) {
    const base = /^(\w*?)\d+$/.exec(name)?.[1];
    if (base && declared.has(base)) throw new Error(`two subschemas are both named ${base} (emitted as ${base} and ${name})`);
  }
  const map = schemas.map((s) => `  '${s.name}': ${s.typeName};`).join('\n');
  return `// ${HEADER} from schemas/*.schema.json.
/* eslint-disable */

${body.trimEnd()}

/** Schema file name (without .schema.json) → the type of a document valid against it. */
export interface SchemaTypes {
${map}
}

export type SchemaName = keyof SchemaTypes;
`;
}

const VALUE_KEYWORDS = new Set(['const', 'enum', 'default', 'examples']);

/** Deep copy of a schema with every `$ref` turned into `#/$defs/<TypeName>...`; nested titles are namespaced. */
function localizeRefs(node: unknown, owner: SchemaFile, byId: Map<string, SchemaFile>, path: string[]): unknown {
  if (Array.isArray(node)) return node.map((item, i) => localizeRefs(item, owner, byId, [...path, String(i)]));
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    const where = `${owner.file}#/${[...path, key].join('/')}`;
    const parentKey = path[path.length - 1];
    const isSchemaKeyword = parentKey !== 'properties' && parentKey !== 'patternProperties' && parentKey !== '$defs';
    if (isSchemaKeyword && VALUE_KEYWORDS.has(key)) {
      out[key] = value;
    } else if (isSchemaKeyword && key === '$ref') {
      if (typeof value !== 'string') throw new Error(`${where}: $ref must be a string`);
      out[key] = localRef(value, owner, byId, where);
    } else if (isSchemaKeyword && path.length > 0 && (key === '$id' || key === '$anchor' || key === '$dynamicRef')) {
      throw new Error(`${where}: nested ${key} is not supported by the generator`);
    } else if (isSchemaKeyword && path.length > 0 && key === 'title' && typeof value === 'string') {
      // Namespaced so a nested title can never take a top-level type's name.
      out[key] = owner.typeName + schemaTypeName(value);
    } else {
      out[key] = localizeRefs(value, owner, byId, [...path, key]);
    }
  }
  if (path.length >= 2 && path[path.length - 2] === '$defs' && out['title'] === undefined) {
    out['title'] = owner.typeName + schemaTypeName(path[path.length - 1]!);
  }
  return out;
}

/**
 * Gives every subschema that a `$ref` points into (e.g. `quote-request#/properties/estimate_basis`) a title
 * namespaced by its schema, so the generator names it `QuoteRequestEstimateBasis`, not a bare `EstimateBasis`
 * that could take a top-level type's name.
 */
function nameRefTargets(defs: JsonObject): void {
  const visit = (node: unknown, parentKey: string | undefined): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((item) => visit(item, parentKey));
    for (const [key, value] of Object.entries(node)) {
      const isSchemaKeyword = parentKey === undefined || !SCHEMA_MAP_KEYWORDS.has(parentKey);
      if (isSchemaKeyword && VALUE_KEYWORDS.has(key)) continue;
      if (isSchemaKeyword && key === '$ref' && typeof value === 'string') nameTarget(value);
      else visit(value, key);
    }
  };
  const nameTarget = (ref: string): void => {
    const [typeName, ...segments] = ref
      .slice('#/$defs/'.length)
      .split('/')
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (segments.length === 0) return;
    let target: unknown = defs[typeName!];
    for (const segment of segments) target = (target as JsonObject | undefined)?.[segment];
    if (target === null || typeof target !== 'object' || Array.isArray(target)) {
      throw new Error(`$ref ${ref} does not point at a subschema`);
    }
    const schema = target as JsonObject;
    if (schema['title'] === undefined) schema['title'] = typeName + schemaTypeName(segments[segments.length - 1]!);
  };
  visit(defs, '$defs');
}

const SCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);
const SCHEMA_LIST_KEYWORDS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SCHEMA_KEYWORDS = new Set([
  'items', 'additionalProperties', 'contains', 'propertyNames', 'unevaluatedProperties', 'unevaluatedItems',
]);
/** Keywords that give a document its TypeScript shape; a subschema with none of them only constrains values. */
const SHAPE_KEYWORDS = [
  'type', 'properties', 'patternProperties', 'additionalProperties', 'items', 'prefixItems', '$ref', 'enum', 'const',
  'allOf', 'anyOf', 'oneOf',
];
const COMBINATORS = ['allOf', 'anyOf', 'oneOf'] as const;

/**
 * The schema as the type generator should see it. Conditionals (if/then/else, not) and combinator branches that only
 * add constraints (e.g. `anyOf: [{required: [a]}, {required: [b]}]`) are dropped: json-schema-to-typescript would
 * type such a branch as an open object and let it swallow the sibling `properties`.
 */
function typingView(node: unknown): unknown {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'if' || key === 'then' || key === 'else' || key === 'not') continue;
    // A list's bound is a count, not a shape: json-schema-to-typescript would spell out a tuple per length.
    if (key === 'maxItems' && typeof value === 'number' && value > 1) continue;
    if (SCHEMA_MAP_KEYWORDS.has(key) && value !== null && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, key === 'properties' ? typedMember(v) : typingView(v)]));
    } else if (SCHEMA_LIST_KEYWORDS.has(key) && Array.isArray(value)) {
      out[key] = value.map(typingView);
    } else if (SCHEMA_KEYWORDS.has(key)) {
      out[key] = typingView(value);
    } else {
      out[key] = value;
    }
  }
  // A $ref with siblings would be merged into an anonymous copy of its target; alone in an allOf it stays a
  // reference to the one named type.
  // reference to the one named type. Properties declared beside it become a branch of their own, since
  // json-schema-to-typescript ignores `properties` beside an allOf (seams.test_clock lost per_tenant).
  if (typeof out['$ref'] === 'string' && Object.keys(out).length > 1) {
    const own: JsonObject = { type: 'object' };
    for (const key of ['properties', 'required', 'additionalProperties']) {
      if (key in out) own[key] = out[key];
      delete out[key];
    }
    const siblings = own['properties'] === undefined ? [] : [own];
    out['allOf'] = [{ $ref: out['$ref'] }, ...siblings, ...((out['allOf'] as unknown[] | undefined) ?? [])];
    delete out['$ref'];
  }
  for (const combinator of COMBINATORS) {
    const branches = out[combinator];
    if (!Array.isArray(branches)) continue;
    const shaped = branches.filter(hasShape);
    // An allOf branch without shape is the identity; an anyOf/oneOf is only shapeless when every branch is.
    if (shaped.length === 0) delete out[combinator];
    else if (combinator === 'allOf') out[combinator] = shaped;
  }
  return out;
}

/**
 * An allOf branch that only references a shapeless definition (a shared conditional, e.g. trust-profile's
 * `$defs/acknowledgement`) is dropped too: kept, it would become an open type that swallows the sibling properties.
 */
function dropShapelessRefs(node: unknown, defs: JsonObject): void {
  if (node === null || typeof node !== 'object') return;
  const obj = node as JsonObject;
  if (Array.isArray(obj['allOf'])) {
    obj['allOf'] = (obj['allOf'] as unknown[]).filter((b) => !isShapelessRef(b, defs));
    if ((obj['allOf'] as unknown[]).length === 0) delete obj['allOf'];
  }
  for (const value of Object.values(obj)) dropShapelessRefs(value, defs);
}

function isShapelessRef(branch: unknown, defs: JsonObject): boolean {
  if (branch === null || typeof branch !== 'object' || Object.keys(branch).length !== 1) return false;
  const ref = (branch as JsonObject)['$ref'];
  if (typeof ref !== 'string' || !ref.startsWith('#/$defs/')) return false;
  let target: unknown = defs;
  for (const part of ref.slice('#/$defs/'.length).split('/')) target = (target as JsonObject | undefined)?.[part];
  return target !== undefined && !hasShape(target);
}

/** A member with no shape at all (only a description) holds any JSON value: `unknown`, not an open object. */
function typedMember(schema: unknown): unknown {
  const view = typingView(schema);
  return view !== null && typeof view === 'object' && !hasShape(view) ? { ...view, tsType: 'unknown' } : view;
}

function hasShape(schema: unknown): boolean {
  if (schema === null || typeof schema !== 'object') return true; // boolean schemas
  return SHAPE_KEYWORDS.some((k) => k in schema);
}

function localRef(ref: string, owner: SchemaFile, byId: Map<string, SchemaFile>, where: string): string {
  const resolved = new URL(ref, owner.id);
  const fragment = decodeURIComponent(resolved.hash.slice(1));
  resolved.hash = '';
  const target = byId.get(resolved.href);
  if (!target) throw new Error(`${where}: $ref ${ref} names no schema file (no schema has $id ${resolved.href})`);
  if (fragment !== '' && !fragment.startsWith('/')) throw new Error(`${where}: $ref ${ref}: anchors are not supported`);
  const pointer = fragment === '/' ? '' : fragment;
  return `#/$defs/${target.typeName}${pointer}`;
}

// ---------------------------------------------------------------- validators

function renderValidators(schemas: SchemaFile[]): string {
  const ajv = new Ajv2020({
    strict: true,
    // `anyOf: [{required: [a]}, {required: [b]}]` (at least one of) is idiomatic; seed 003 uses it verbatim.
    strictRequired: false,
    allErrors: true,
    code: { source: true, esm: true, lines: true },
    schemas: schemas.map((s) => s.schema),
  });
  addFormats.default(ajv);
  const exportNames = schemas.map((s) => `validate${s.typeName}`);
  const mapping = Object.fromEntries(schemas.map((s, i) => [exportNames[i]!, s.id]));
  const code = schemas.length === 0 ? '' : standaloneCode.default(ajv, mapping).replace(/^"use strict";\n?/, '');
  const entries = (value: (s: SchemaFile, i: number) => string) =>
    schemas.map((s, i) => `  ${JSON.stringify(s.name)}: ${value(s, i)},`).join('\n');
  return `// ${HEADER} from schemas/*.schema.json.
// Precompiled ajv validators (draft 2020-12, strict, all errors, ajv-formats): no schema compile at start-up.
/* eslint-disable */
import { createRequire } from 'node:module';

// ajv's standalone output loads its runtime helpers with require().
const require = createRequire(import.meta.url);

${code.trim()}

export const schemaNames = Object.freeze(${JSON.stringify(schemas.map((s) => s.name))});

export const schemaIds = Object.freeze({
${entries((s) => JSON.stringify(s.id))}
});

export const validators = Object.freeze({
${entries((_s, i) => exportNames[i]!)}
});
`;
}

function renderValidatorDeclarations(): string {
  return `// ${HEADER} from schemas/*.schema.json.
import type { SchemaName } from './types.js';

export interface GeneratedValidationError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: GeneratedValidationError[] | null;
}

export declare const schemaNames: readonly SchemaName[];
export declare const schemaIds: Readonly<Record<SchemaName, string>>;
export declare const validators: Readonly<Record<SchemaName, GeneratedValidator>>;
`;
}

// ---------------------------------------------------------------- rules

function renderRuleTypes(registry: RuleRegistryFile): string {
  const union = (values: string[]) => values.map((v) => `\n  | ${JSON.stringify(v)}`).join('');
  return `// ${HEADER} from spec/rules.json.

export type RuleId =${union(registry.rules.map((r) => r.id))};

export type RuleArea =${union(registry.areas)};
`;
}

// Markers count only on lines of their own, so prose may mention them.
const MARKER = /^<!-- rules:([A-Z0-9_-]+) -->$[\s\S]*?^<!-- \/rules:\1 -->$/gm;

/** SPEC.md with every `<!-- rules:AREA -->…<!-- /rules:AREA -->` block refilled from the registry. */
export function renderSpecRuleTables(spec: string, registry: RuleRegistryFile): string {
  return spec.replace(MARKER, (_block, area: string) => {
    if (!registry.areas.includes(area)) throw new Error(`SPEC.md: rule table marker for unknown area ${area}`);
    const rows = registry.rules
      .filter((r) => r.area === area)
      .map((r) => `| \`${r.id}\` | ${r.level} | ${r.conformance_level ?? '–'} | ${tableCell(r.text)} |`);
    return [`<!-- rules:${area} -->`, '| Rule | Level | Testable at | Requirement |', '|---|---|---|---|', ...rows, `<!-- /rules:${area} -->`].join('\n');
  });
}

// ---------------------------------------------------------------- fixtures

interface FixtureExpectation {
  keyword: string;
  instancePath: string;
}

function renderFixtureTable(root: string, schemas: SchemaFile[]): string {
  const fixturesDir = join(root, 'fixtures');
  const known = new Set(schemas.map((s) => s.name));
  const rows: string[] = [];
  const names = existsSync(fixturesDir) ? readdirSync(fixturesDir, { withFileTypes: true }) : [];
  for (const dir of names.filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    if (!known.has(dir)) throw new Error(`fixtures/${dir}: no schema named ${dir}`);
    for (const kind of ['valid', 'invalid'] as const) {
      const kindDir = join(fixturesDir, dir, kind);
      if (!existsSync(kindDir)) continue;
      for (const file of readdirSync(kindDir).filter((f) => f.endsWith('.json')).sort()) {
        const rel = `fixtures/${dir}/${kind}/${file}`;
        const cells = [`\`${dir}\``, kind, `[${file}](${rel})`];
        if (kind === 'invalid') {
          const expect = invalidExpectation(join(root, rel), rel);
          cells.push(`\`${expect.keyword}\``, `\`${expect.instancePath === '' ? '(root)' : expect.instancePath}\``);
        } else {
          cells.push('', '');
        }
        rows.push(`| ${cells.join(' | ')} |`);
      }
    }
  }
  return `<!-- ${HEADER} from fixtures/. -->
# Fixtures

Every fixture document, by schema. Valid fixtures must validate; each invalid fixture is
\`{"expect": {"keyword", "instancePath"}, "document"}\` and must fail with that keyword at that instance path.

| Schema | Kind | File | Expected keyword | Instance path |
|---|---|---|---|---|
${rows.join('\n')}
`;
}

function invalidExpectation(path: string, rel: string): FixtureExpectation {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { expect?: Partial<FixtureExpectation> };
  const expect = parsed.expect;
  if (!expect || typeof expect.keyword !== 'string' || typeof expect.instancePath !== 'string') {
    throw new Error(`${rel}: an invalid fixture needs expect.keyword and expect.instancePath strings`);
  }
  return { keyword: expect.keyword, instancePath: expect.instancePath };
}

// ---------------------------------------------------------------- helpers

function tableCell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { check: { type: 'boolean', default: false }, root: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  const root = resolve(values.root ?? packageRoot);
  if (values.check) {
    const stale = await staleOutputs(root);
    if (stale.length > 0) {
      console.error(`stale generated files (run \`npm run generate\`):\n${stale.map((p) => `  ${p}`).join('\n')}`);
      return 1;
    }
    console.log('generated files are up to date');
    return 0;
  }
  for (const path of await writeOutputs(root)) console.log(`wrote ${relative(process.cwd(), join(root, path))}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
