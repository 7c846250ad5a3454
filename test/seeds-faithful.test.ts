import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT, SCHEMAS_DIR, readJson } from './schema-set.js';

type Schema = Record<string, unknown>;

const SEEDS_DIR = resolve(REPO_ROOT, '..', 'shared', 'seeds');

/** Seed files carry a content hash in their name (`000_a53e5a6ec6d777c3.txt`); they are found by number. */
function readSeed(number: string): Schema {
  const file = readdirSync(SEEDS_DIR).find((f) => f.startsWith(`${number}_`));
  if (file === undefined) throw new Error(`seed ${number} not found in ${SEEDS_DIR}`);
  return JSON.parse(readFileSync(join(SEEDS_DIR, file), 'utf8')) as Schema;
}

const kitSchema = (name: string) => readJson(join(SCHEMAS_DIR, `${name}.schema.json`)) as Schema;

/** Keywords whose value maps names to subschemas, compared name by name. */
const SCHEMA_MAPS = new Set(['properties', '$defs', 'patternProperties', 'dependentSchemas']);
/** Keywords whose value is a subschema or a list of subschemas, compared position by position. */
const SUBSCHEMAS = new Set(['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'anyOf', 'allOf', 'oneOf', 'prefixItems']);

const isObject = (v: unknown): v is Schema => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Every place where the kit's schema departs from the seed, as "pointer: what". The kit may add members to
 * `properties`/`$defs` and extend the root description; everything else the seed says (types, formats, consts,
 * enums, required lists, bounds, $refs, descriptions, additionalProperties) must be identical.
 */
function departures(seed: unknown, kit: unknown, at = ''): string[] {
  if (!isObject(seed)) return JSON.stringify(seed) === JSON.stringify(kit) ? [] : [`${at}: ${JSON.stringify(seed)} became ${JSON.stringify(kit)}`];
  if (!isObject(kit)) return [`${at}: schema object missing`];
  return Object.entries(seed).flatMap(([key, seedValue]) => {
    const here = `${at}/${key}`;
    const kitValue = kit[key];
    if (at === '' && key === 'description') {
      return typeof kitValue === 'string' && kitValue.startsWith(seedValue as string) ? [] : [`${here}: seed description not kept`];
    }
    if (SCHEMA_MAPS.has(key) && isObject(seedValue)) {
      if (!isObject(kitValue)) return [`${here}: missing`];
      return Object.entries(seedValue).flatMap(([member, sub]) =>
        member in kitValue ? departures(sub, kitValue[member], `${here}/${member}`) : [`${here}/${member}: removed`],
      );
    }
    if (SUBSCHEMAS.has(key) && Array.isArray(seedValue)) {
      if (!Array.isArray(kitValue) || kitValue.length !== seedValue.length) return [`${here}: subschema list changed`];
      return seedValue.flatMap((sub, i) => departures(sub, kitValue[i], `${here}/${i}`));
    }
    if (SUBSCHEMAS.has(key) && isObject(seedValue)) return departures(seedValue, kitValue, here);
    return JSON.stringify(seedValue) === JSON.stringify(kitValue)
      ? []
      : [`${here}: ${JSON.stringify(seedValue)} became ${JSON.stringify(kitValue)}`];
  });
}

const seed000 = readSeed('000');
const seed003 = readSeed('003');
const run = kitSchema('agent-task-run');
const runtime = kitSchema('app-runtime');

describe('departures() detects changes', () => {
  // The comparison is the proof; show it fails on the kinds of drift it guards against.
  it.each([
    ['a removed property', (s: Schema) => delete (s.properties as Schema).handshake_id],
    ['a dropped enum value', (s: Schema) => ((s.properties as any).state.enum as string[]).pop()],
    ['a changed type', (s: Schema) => ((s.properties as any).credits_debited.type = 'integer')],
    ['a changed format', (s: Schema) => delete (s.properties as any).status_url.format],
    ['a changed required list', (s: Schema) => (s.required as string[]).pop()],
    ['a changed $id', (s: Schema) => (s.$id = 'https://weverlabs.com/schemas/run.schema.json')],
    ['a changed state_history $ref', (s: Schema) => ((s.properties as any).state_history.items.$ref = '#/$defs/event')],
  ])('%s', (_what, change) => {
    const drifted = structuredClone(run);
    change(drifted);
    expect(departures(seed000, drifted).length).toBeGreaterThan(0);
  });

  it('a changed const and a removed $defs member in seed 003', () => {
    const drifted = structuredClone(runtime) as any;
    drifted.$defs.bridgeMethods.properties.startSession.const = 'session/start';
    delete drifted.$defs.observability;
    expect(departures(seed003, drifted)).toHaveLength(2);
  });
});

describe('seed 000: agent-task-run.schema.json', () => {
  it('keeps $id, title, required list and every property with its type, format, enum and description', () => {
    expect(run.$id).toBe(seed000.$id);
    expect(run.title).toBe(seed000.title);
    expect(run.required).toEqual(seed000.required);
    expect(departures(seed000, run)).toEqual([]);
  });

  it('adds only the properties contract §4 lists, each described as a kit addition', () => {
    const seedProps = Object.keys(seed000.properties as Schema);
    const added = Object.entries(run.properties as Record<string, Schema>).filter(([name]) => !seedProps.includes(name));
    expect(added.map(([name]) => name).sort()).toEqual(['exception_id', 'metered_units', 'replay_count']);
    for (const [name, schema] of added) expect(schema.description, name).toMatch(/^Kit addition/);
  });

  it('points state_history items at the run-state event schema the kit ships', () => {
    const items = (run.properties as any).state_history.items as Schema;
    expect(items.$ref).toBe(kitSchema('agent-run-state-event').$id);
  });
});

describe('seed 003: app-runtime.schema.json', () => {
  it('is the seed verbatim', () => {
    expect(runtime).toEqual(seed003);
  });

  it('keeps every property, $defs member, type, const, enum value, $id and required list', () => {
    expect(runtime.$id).toBe(seed003.$id);
    expect(departures(seed003, runtime)).toEqual([]);
  });
});
