/**
 * Property-based fuzzing of every request body and header the reference host accepts. Bodies are generated
 * from the request schemas in schemas/ (valid-ish: right shapes, real ids most of the time) and then mutated:
 * wrong types, missing fields, huge strings and arrays, deep nesting, invalid UTF-8, duplicate keys, numbers
 * past 2^53, NaN-like tokens, wrong content types, bogus Idempotency-Key and Authorization headers.
 *
 * Every answer must be a documented 4xx problem (and then nothing observable changed), or a 2xx whose body
 * validates against the endpoint's response schema, whose links resolve and whose request was in fact valid;
 * never a 5xx. The seed is fixed so a failure reproduces; FUZZ_SEED and FUZZ_RUNS override it.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { fetchTransport, fundEntitlement, HostClient, runRequest, type Funding, type HostAnswer } from '../bench/host-client.js';
import { createReferenceHost, type ReferenceHost } from '../reference-host/index.js';
import { PROBLEM_STATUS, PROBLEM_TYPE_PREFIX } from '../src/harness/problems.js';
import { readSchemaFiles } from '../src/schemas.js';
import { validate, type SchemaName } from '../src/validate.js';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20_260_602);
const RUNS_PER_ENDPOINT = Number(process.env['FUZZ_RUNS'] ?? 400);
/** Cases served by one host before a fresh one is built, so fuzzed successes cannot wear the fixtures out. */
const CASES_PER_WORLD = 80;
const BASE_URL = 'http://reference-host.test';
const MAX_BODY_BYTES = 65_536;

// ---------------------------------------------------------------------------------------------------------
// Schema → arbitrary

type Schema = Record<string, unknown>;

const schemaFiles = readSchemaFiles();
const schemasById = new Map<string, Schema>(schemaFiles.map((file) => [file.id, file.schema]));
const schemaByName = (name: string): Schema => schemaFiles.find((file) => file.name === name)!.schema;

function resolveRef(ref: string): Schema {
  const [id, pointer = ''] = ref.split('#');
  let node: unknown = schemasById.get(id!);
  if (node === undefined) throw new Error(`unresolvable $ref ${ref}`);
  for (const part of pointer.split('/').filter((p) => p.length > 0)) {
    node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node as Schema;
}

/**
 * Values the generator uses for a property of this name most of the time (real ids reach deep code paths).
 * Ids are placeholders, replaced by the current world's ids when a case is sent.
 */
type Known = ReadonlyMap<string, readonly unknown[]>;

const placeholder = (name: string): string => `\u0001world:${name}`;

const KNOWN: Known = new Map<string, readonly unknown[]>([
  ...['trust_profile_id', 'quote_id', 'credit_entitlement_id', 'exception_id', 'replay_package_id'].map((name) => [name, [placeholder(name)]] as const),
  ['requested_tool', ['tokenops']],
  ['callback_url', ['http://127.0.0.1:9/callback']],
  ['ms', [1, 1_000, 60_000, 3_600_000]],
]);

/** The generated value with every placeholder replaced by the world's id. */
function bindIds(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => bindIds(item, ids));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, bindIds(item, ids)]));
  }
  return value;
}

const anyString = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom('', ' ', '\u0000', '\ud800', '💥', 'a'.repeat(300), '<script>', '../../etc/passwd'),
);

function stringArbitrary(schema: Schema): fc.Arbitrary<string> {
  if (schema['format'] === 'uri') {
    return fc.oneof(
      fc.constantFrom(
        'http://127.0.0.1:9/callback',
        'http://[::1]:9/callback',
        'http://localhost:9/x',
        'http://10.0.0.1/x',
        'http://169.254.169.254/latest/meta-data',
        'http://0x7f000001/x',
        'http://[::ffff:10.0.0.1]/x',
        'file:///etc/passwd',
        'ftp://example.com/x',
        'https://example.com/callback',
        'not a uri',
      ),
      fc.webUrl(),
    );
  }
  const minLength = typeof schema['minLength'] === 'number' ? schema['minLength'] : 0;
  return fc.oneof({ weight: 4, arbitrary: fc.string({ minLength, maxLength: minLength + 16 }) }, { weight: 1, arbitrary: anyString });
}

function integerArbitrary(schema: Schema): fc.Arbitrary<number> {
  const min = typeof schema['minimum'] === 'number' ? schema['minimum'] : -1_000;
  const max = typeof schema['maximum'] === 'number' ? schema['maximum'] : Number.MAX_SAFE_INTEGER;
  const near = fc.integer({ min: Math.max(min, -1_000), max: Math.min(max, Math.max(min, 0) + 50) });
  const wide = fc.bigInt({ min: BigInt(min), max: BigInt(max) }).map(Number);
  return fc.oneof({ weight: 5, arbitrary: near }, { weight: 1, arbitrary: wide }, { weight: 1, arbitrary: fc.constantFrom(min, max) });
}

function schemaArbitrary(input: Schema, known: Known, depth = 0): fc.Arbitrary<unknown> {
  const schema = typeof input['$ref'] === 'string' ? { ...resolveRef(input['$ref']), ...withoutRef(input) } : input;
  if ('const' in schema) return fc.constant(schema['const']);
  if (Array.isArray(schema['enum'])) return fc.constantFrom(...(schema['enum'] as unknown[]));
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    const branches = schema[keyword];
    if (Array.isArray(branches)) return fc.oneof(...branches.map((b) => schemaArbitrary(b as Schema, known, depth + 1)));
  }
  const type = schema['type'];
  if (Array.isArray(type)) return fc.oneof(...type.map((t) => schemaArbitrary({ ...schema, type: t }, known, depth)));
  switch (type) {
    case 'string':
      return stringArbitrary(schema);
    case 'integer':
      return integerArbitrary(schema);
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const items = schema['items'] ? schemaArbitrary(schema['items'] as Schema, known, depth + 1) : fc.jsonValue({ maxDepth: 2 });
      const minLength = typeof schema['minItems'] === 'number' ? schema['minItems'] : 0;
      return fc.array(items, { minLength, maxLength: minLength + 4 });
    }
    case 'object':
      return objectArbitrary(schema, known, depth);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function withoutRef(schema: Schema): Schema {
  const { $ref: _ref, ...rest } = schema;
  return rest;
}

function objectArbitrary(schema: Schema, known: Known, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
  const required = new Set((schema['required'] ?? []) as string[]);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, sub] of Object.entries(properties)) {
    const generated = schemaArbitrary(sub, known, depth + 1);
    const values = known.get(name);
    model[name] = values ? fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: generated }) : generated;
  }
  const record = fc.record(model, { requiredKeys: [...required].filter((k) => k in model) });
  if (schema['additionalProperties'] === false || depth > 2) return record;
  const extra = fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 2 });
  // Extension members first, so the schema's own members win a name clash.
  return fc.tuple(extra, record).map(([more, own]) => ({ ...more, ...own }));
}

// ---------------------------------------------------------------------------------------------------------
// Endpoints and the world they act on

interface World {
  host: ReferenceHost;
  client: HostClient;
  otherTenantKey: string;
  funding: Funding;
  /** Paused with an open evidence_gap ticket. */
  pausedToken: string;
  /** Paused with a replay package ready. */
  replayToken: string;
  /** Paused with an unsafe replay package (unrecorded side effects). */
  unsafeToken: string;
  closedToken: string;
  /** Placeholder → this world's id. */
  ids: ReadonlyMap<string, string>;
}

async function buildWorld(): Promise<World> {
  const host = createReferenceHost({ conformance: true, fetch: async () => new Response(null, { status: 204 }) });
  const client = new HostClient(fetchTransport((request) => host.fetch(request)), BASE_URL, host.createTenant().apiKey);
  const funding = await fundEntitlement(client, { credits: 1_000, recordsCount: 100 });
  let keys = 0;
  const create = async (script: Record<string, unknown>): Promise<string> =>
    (await client.ok<{ status_token: string }>('POST', '/run', {
      body: runRequest(funding, { test_script: script }),
      idempotencyKey: `world-${keys++}`,
    })).status_token;
  const pausedToken = await create({ evidence_status: 'insufficient' });
  const replayToken = await create({ evidence_status: 'insufficient' });
  const unsafeToken = await create({ fail_at: 'tool_execution', side_effects: 'unrecorded' });
  const closedToken = await create({});
  await client.advanceClock(60_000);
  const ticketOf = async (token: string): Promise<string> =>
    (await client.ok<{ items: Array<{ exception_id: string }> }>('GET', `/tasks/${token}/exceptions`)).items[0]!.exception_id;
  const recover = async (token: string): Promise<string> => {
    await client.ok('POST', `/tasks/${token}/recover`, {
      body: { object_type: 'agent_recovery_request', exception_id: await ticketOf(token), recovery_action: 'add_evidence' },
      idempotencyKey: `world-${keys++}`,
    });
    return (await client.ok<{ replay_package_id: string }>('GET', `/tasks/${token}/replay-package`)).replay_package_id;
  };
  const exceptionId = await ticketOf(pausedToken);
  const replayPackageId = await recover(replayToken);
  await recover(unsafeToken);
  const ids = new Map<string, string>([
    [placeholder('trust_profile_id'), funding.trustProfileId],
    [placeholder('quote_id'), funding.quoteId],
    [placeholder('credit_entitlement_id'), funding.entitlementId],
    [placeholder('exception_id'), exceptionId],
    [placeholder('replay_package_id'), replayPackageId],
  ]);
  return {
    host,
    client,
    otherTenantKey: host.createTenant().apiKey,
    funding,
    pausedToken,
    replayToken,
    unsafeToken,
    closedToken,
    ids,
  };
}

interface Endpoint {
  name: string;
  path: (world: World, tokenPick: number) => string;
  /** Request schema; null for the tenants seam (no body or an empty object). */
  request: SchemaName | null;
  response: SchemaName;
  success: readonly number[];
  idempotency: 'required' | 'optional' | 'none';
}

const taskPath = (suffix: string) => (world: World, pick: number): string => {
  const tokens = [world.pausedToken, world.replayToken, world.unsafeToken, world.closedToken, 'no-such-token'];
  return `/tasks/${tokens[pick % tokens.length]!}/${suffix}`;
};

const ENDPOINTS: readonly Endpoint[] = [
  { name: 'trust-profiles', path: () => '/trust-profiles', request: 'trust-profile-request', response: 'trust-profile', success: [201], idempotency: 'optional' },
  { name: 'quote', path: () => '/quote', request: 'quote-request', response: 'quote', success: [201], idempotency: 'optional' },
  { name: 'settlements', path: () => '/settlements', request: 'settlement-request', response: 'settlement-receipt', success: [201, 200], idempotency: 'required' },
  { name: 'run', path: () => '/run', request: 'run-request', response: 'run-created', success: [201], idempotency: 'required' },
  { name: 'recover', path: taskPath('recover'), request: 'recovery-request', response: 'exception-ticket', success: [200], idempotency: 'required' },
  { name: 'replay', path: taskPath('replay'), request: 'replay-request', response: 'agent-task-run', success: [202], idempotency: 'required' },
  { name: 'commands', path: taskPath('commands'), request: 'retry-command-request', response: 'retry-command', success: [201], idempotency: 'required' },
  { name: 'clock-advance', path: () => '/_seams/clock/advance', request: 'clock-advance-request', response: 'clock-state', success: [200], idempotency: 'none' },
  { name: 'tenants', path: () => '/_seams/tenants', request: null, response: 'tenant-credentials', success: [201], idempotency: 'none' },
];

// ---------------------------------------------------------------------------------------------------------
// Mutations: a generated body becomes the bytes and headers actually sent

interface Wire {
  body: Uint8Array;
  contentType: string | null;
  idempotencyKey: string | null;
  authorization: 'tenant' | 'none' | 'other-tenant' | string;
}

type Mutation =
  | { kind: 'none' }
  | { kind: 'wrong-type'; pick: number; replacement: unknown }
  | { kind: 'drop-field'; pick: number }
  | { kind: 'huge-string'; pick: number; length: number }
  | { kind: 'huge-array'; pick: number; length: number }
  | { kind: 'deep-nesting'; pick: number; depth: number; brackets: '[]' | '{}' }
  | { kind: 'raw-token'; pick: number; token: string }
  | { kind: 'duplicate-key'; pick: number; replacement: unknown }
  | { kind: 'invalid-utf8'; at: number; bytes: readonly number[] }
  | { kind: 'not-an-object'; value: unknown }
  | { kind: 'broken-text'; variant: 'truncate' | 'trailing' | 'bom' | 'empty' | 'single-quotes'; at: number }
  | { kind: 'content-type'; value: string | null }
  | { kind: 'idempotency-key'; value: string | null }
  | { kind: 'reuse-key' }
  | { kind: 'authorization'; value: Wire['authorization'] };

const RAW_TOKENS = [
  '9007199254740993', '-9007199254740993', '18446744073709551616', '1e400', '-1e400', '1e-400', '1.0', '1e2', '-0',
  '0.5', '123456789012345678901234567890', 'NaN', 'Infinity', '-Infinity', '"NaN"', '"Infinity"', 'undefined', '0x10',
  '01', '+1', '.5', 'true', 'null', '"\\ud800"', '"\\u0000"',
];

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Mutation>({ kind: 'none' }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('wrong-type' as const), pick: fc.nat(), replacement: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(null, true, 0, -1, '', [], {}, 1.5)) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('drop-field' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('huge-string' as const), pick: fc.nat(), length: fc.constantFrom(5_000, 40_000, MAX_BODY_BYTES + 1, 200_000) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('huge-array' as const), pick: fc.nat(), length: fc.constantFrom(1_000, 10_000, 40_000) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deep-nesting' as const), pick: fc.nat(), depth: fc.constantFrom(62, 63, 64, 65, 200, 5_000, 30_000), brackets: fc.constantFrom('[]' as const, '{}' as const) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('raw-token' as const), pick: fc.nat(), token: fc.constantFrom(...RAW_TOKENS) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate-key' as const), pick: fc.nat(), replacement: fc.jsonValue({ maxDepth: 1 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('invalid-utf8' as const), at: fc.nat(), bytes: fc.constantFrom([0xff], [0xc3, 0x28], [0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('not-an-object' as const), value: fc.oneof(fc.jsonValue({ maxDepth: 1 }).filter((v) => v === null || typeof v !== 'object' || Array.isArray(v)), fc.constant([])) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('broken-text' as const), variant: fc.constantFrom('truncate' as const, 'trailing' as const, 'bom' as const, 'empty' as const, 'single-quotes' as const), at: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('content-type' as const),
      value: fc.constantFrom(
        null, '', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json-seq',
        'application/problem+json', 'application/jsonx', 'application/json; charset=utf-16', 'APPLICATION/JSON', 'application/json ; charset=utf-8',
        'application/*', '*/*', 'json', 'application/json, text/plain',
      ),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('idempotency-key' as const), value: fc.constantFrom(null, '', ' ', 'k'.repeat(255), 'k'.repeat(256), 'k'.repeat(10_000), 'a, b', 'caf\u00e9', '\t', 'null', '0') }) },
  { weight: 1, arbitrary: fc.constant<Mutation>({ kind: 'reuse-key' }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('authorization' as const), value: fc.constantFrom('none', 'other-tenant', 'Basic dXNlcjpwYXNz', 'Bearer', 'Bearer ', 'bearer tenant-key-typo', 'Bearer a b', 'Token x') }) },
);

type Path = ReadonlyArray<string | number>;

/** Every location in a JSON value, the root first. */
function paths(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...paths(item, [...prefix, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) out.push(...paths(item, [...prefix, key]));
  }
  return out;
}

function setAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head!] = setAt(copy[head!], rest, replacement);
  return copy;
}

function dropAt(value: unknown, path: Path): unknown {
  if (path.length === 0) return undefined;
  const parent = path.slice(0, -1);
  const last = path.at(-1)!;
  let node: unknown = value;
  for (const part of parent) node = (node as Record<string | number, unknown>)[part];
  if (Array.isArray(node)) return setAt(value, parent, node.filter((_, i) => i !== last));
  const { [last]: _dropped, ...rest } = node as Record<string | number, unknown>;
  return setAt(value, parent, rest);
}

const MARK = '"__fuzz_mark__"';

/** The body as text with `raw` spliced in at `path` (raw JSON text, not a value). */
function spliceRaw(body: unknown, path: Path, raw: string): string {
  return JSON.stringify(setAt(body, path, '__fuzz_mark__')).replace(MARK, () => raw);
}

const encoder = new TextEncoder();

function pickPath(body: unknown, pick: number, leavesOnly = false): Path {
  const all = paths(body).filter((p) => !leavesOnly || p.length > 0);
  return all.length === 0 ? [] : all[pick % all.length]!;
}

function wireFor(body: unknown, mutation: Mutation): Wire {
  const wire: Wire = { body: encoder.encode(JSON.stringify(body)), contentType: 'application/json', idempotencyKey: null, authorization: 'tenant' };
  const text = (value: string): Uint8Array => encoder.encode(value);
  switch (mutation.kind) {
    case 'none':
    case 'reuse-key':
      break;
    case 'wrong-type':
      wire.body = text(JSON.stringify(setAt(body, pickPath(body, mutation.pick), mutation.replacement)));
      break;
    case 'drop-field': {
      const dropped = dropAt(body, pickPath(body, mutation.pick, true));
      wire.body = text(dropped === undefined ? '' : JSON.stringify(dropped));
      break;
    }
    case 'huge-string':
      wire.body = text(JSON.stringify(setAt(body, pickPath(body, mutation.pick), 'x'.repeat(mutation.length))));
      break;
    case 'huge-array':
      wire.body = text(JSON.stringify(setAt(body, pickPath(body, mutation.pick), Array.from({ length: mutation.length }, (_, i) => i))));
      break;
    case 'deep-nesting': {
      const [open, close] = mutation.brackets === '[]' ? ['[', ']'] : ['{"a":', '}'];
      wire.body = text(spliceRaw(body, pickPath(body, mutation.pick), open.repeat(mutation.depth) + '1' + close.repeat(mutation.depth)));
      break;
    }
    case 'raw-token':
      wire.body = text(spliceRaw(body, pickPath(body, mutation.pick), mutation.token));
      break;
    case 'duplicate-key': {
      const serialized = JSON.stringify(body);
      const keys = body !== null && typeof body === 'object' && !Array.isArray(body) ? Object.keys(body) : [];
      const key = keys.length === 0 ? 'k' : keys[mutation.pick % keys.length]!;
      const duplicate = `${JSON.stringify(key)}:${JSON.stringify(mutation.replacement)}`;
      // Before and after the original member: JSON.parse keeps the last one, other parsers the first.
      wire.body = text(
        serialized.startsWith('{') && serialized !== '{}'
          ? mutation.pick % 2 === 0
            ? `{${duplicate},${serialized.slice(1)}`
            : `${serialized.slice(0, -1)},${duplicate}}`
          : `{${duplicate},${duplicate}}`,
      );
      break;
    }
    case 'invalid-utf8': {
      const bytes = encoder.encode(JSON.stringify(body));
      // Inside a string value when there is one, so only the encoding is wrong.
      const quotes = [...bytes.keys()].filter((i) => bytes[i] === 0x22);
      const at = quotes.length === 0 ? mutation.at % (bytes.length + 1) : quotes[mutation.at % quotes.length]! + 1;
      wire.body = new Uint8Array([...bytes.subarray(0, at), ...mutation.bytes, ...bytes.subarray(at)]);
      break;
    }
    case 'not-an-object':
      wire.body = text(JSON.stringify(mutation.value));
      break;
    case 'broken-text': {
      const serialized = JSON.stringify(body);
      const variants = {
        truncate: serialized.slice(0, mutation.at % Math.max(1, serialized.length)),
        trailing: `${serialized} x`,
        bom: `\ufeff${serialized}`,
        empty: '',
        'single-quotes': serialized.replace(/"/g, "'"),
      };
      wire.body = text(variants[mutation.variant]);
      break;
    }
    case 'content-type':
      wire.contentType = mutation.value;
      break;
    case 'idempotency-key':
      wire.idempotencyKey = mutation.value;
      break;
    case 'authorization':
      wire.authorization = mutation.value;
      break;
  }
  return wire;
}

// ---------------------------------------------------------------------------------------------------------
// Observation: what a refused request must not change

async function snapshot(world: World): Promise<string> {
  const reads = [
    `/entitlements/${world.funding.entitlementId}`,
    '/queue/monitor',
    '/queue/alerts',
    '/_seams/clock',
    ...[world.pausedToken, world.replayToken, world.unsafeToken, world.closedToken].flatMap((token) => [
      `/tasks/${token}/ledger`,
      `/tasks/${token}/exceptions`,
    ]),
  ];
  const answers = await Promise.all(reads.map((path) => world.client.call('GET', path)));
  return answers.map((a, i) => `${reads[i]} ${a.status} ${a.text}`).join('\n');
}

function problemFailures(answer: HostAnswer): string[] {
  const failures: string[] = [];
  if (!/^application\/problem\+json(;|$)/.test(answer.headers.get('content-type') ?? '')) failures.push(`content-type ${answer.headers.get('content-type')}`);
  const problem = answer.json as { type?: unknown; status?: unknown } | undefined;
  if (!validate('problem-details', problem).ok) failures.push('body is not a problem-details document');
  const type = String(problem?.type);
  const slug = type.startsWith(PROBLEM_TYPE_PREFIX) ? type.slice(PROBLEM_TYPE_PREFIX.length) : undefined;
  const documented = slug !== undefined && Object.hasOwn(PROBLEM_STATUS, slug) ? PROBLEM_STATUS[slug as keyof typeof PROBLEM_STATUS] : undefined;
  if (documented !== answer.status) failures.push(`type ${type} is not documented for status ${answer.status}`);
  if (problem?.status !== answer.status) failures.push(`body status ${String(problem?.status)} ≠ HTTP ${answer.status}`);
  return failures;
}

/** Every string in a document that is a URL on the host under test. */
function hostLinks(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string' && value.startsWith(`${BASE_URL}/api/agents/`)) out.push(value);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) hostLinks(item, out);
  return out;
}

/** Links a success hands out must resolve: 200, or a documented 409 for a document not issued yet. */
async function linkFailures(world: World, document: unknown): Promise<string[]> {
  const failures: string[] = [];
  for (const link of new Set(hostLinks(document))) {
    const answer = await world.client.call('GET', link.slice(`${BASE_URL}/api/agents`.length));
    const slug = String((answer.json as { type?: unknown } | undefined)?.type ?? '');
    const notYet = answer.status === 409 && /:(result-not-ready|replay-not-allowed)$/.test(slug);
    if (answer.status !== 200 && !notYet) failures.push(`link ${link} answered ${answer.status}: ${answer.text.slice(0, 200)}`);
  }
  return failures;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The body as a strict JSON parser sees it, or undefined when it is not UTF-8 JSON. */
function strictParse(bytes: Uint8Array): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(utf8.decode(bytes)) as unknown };
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------

describe('fuzz: request bodies and headers', () => {
  let world: World | undefined;
  let served = 0;
  let keysIssued = 0;
  /** The world's observable state as last read; refreshed after every request that may change it. */
  let observed: string | undefined;
  const tally = { cases: 0, success: 0, refused: 0, endpointsDone: 0 };

  afterAll(async () => {
    await world?.host.close();
  });

  async function currentWorld(): Promise<World> {
    if (world === undefined || served >= CASES_PER_WORLD) {
      await world?.host.close();
      world = await buildWorld();
      served = 0;
      observed = undefined;
    }
    served++;
    return world;
  }

  /** Sends one fuzzed request and returns what is wrong with the host's answer (empty when it is right). */
  async function exercise(endpoint: Endpoint, body: unknown, mutation: Mutation, tokenPick: number): Promise<string[]> {
    const w = await currentWorld();
    const wire = wireFor(bindIds(body, w.ids), mutation);
    const path = endpoint.path(w, tokenPick);
    let key: string | null = endpoint.idempotency === 'none' ? null : `fuzz-${++keysIssued}`;
    if (mutation.kind === 'idempotency-key') key = wire.idempotencyKey;
    const headers: Record<string, string> = {};
    if (wire.contentType !== null) headers['content-type'] = wire.contentType;
    if (key !== null) headers['idempotency-key'] = key;
    const auth = wire.authorization;
    const apiKey = auth === 'none' ? null : auth === 'other-tenant' ? w.otherTenantKey : undefined;
    if (auth !== 'tenant' && auth !== 'none' && auth !== 'other-tenant') headers['authorization'] = auth;

    if (mutation.kind === 'reuse-key' && key !== null) {
      // The same key first with another body: the host must refuse the second or replay its first answer.
      const first = await w.client.call('POST', path, { body: { first: true }, idempotencyKey: key });
      if (first.status >= 500) return [`first request of a reused key answered ${first.status}: ${first.text}`];
      if (first.status < 400) observed = undefined;
    }
    const before = observed ?? (await snapshot(w));
    const answer = await w.client.call('POST', path, {
      rawBody: wire.body,
      headers,
      ...(apiKey !== undefined ? { apiKey } : {}),
    });
    tally.cases++;
    const failures: string[] = [];
    if (answer.status >= 500 || answer.status < 200 || (answer.status > 299 && answer.status < 400)) {
      observed = undefined;
      return [`answered ${answer.status}: ${answer.text.slice(0, 300)}`];
    }
    if (answer.status >= 400) {
      tally.refused++;
      failures.push(...problemFailures(answer));
      observed = await snapshot(w);
      if (observed !== before) failures.push('a refused request changed observable state');
      return failures;
    }
    observed = undefined;
    tally.success++;
    if (!endpoint.success.includes(answer.status)) failures.push(`success status ${answer.status}, documented ${endpoint.success.join(' or ')}`);
    if (!/^application\/json(;|$)/.test(answer.headers.get('content-type') ?? '')) failures.push(`content-type ${answer.headers.get('content-type')}`);
    const checked = validate(endpoint.response, answer.json);
    if (!checked.ok) failures.push(`response does not match ${endpoint.response}: ${JSON.stringify(checked.errors.slice(0, 3))}`);
    failures.push(...(await linkFailures(w, answer.json)));
    // The host accepted it, so the request must have been valid as sent.
    const sent = strictParse(wire.body);
    if (endpoint.request !== null) {
      if (sent === undefined) failures.push('accepted a body that is not UTF-8 JSON');
      else if (!validate(endpoint.request, sent.value).ok) failures.push(`accepted a body that does not match ${endpoint.request}`);
    } else if (wire.body.length > 0 && (sent === undefined || sent.value === null || typeof sent.value !== 'object' || Array.isArray(sent.value))) {
      failures.push('accepted a body that is neither empty nor a JSON object');
    }
    return failures;
  }

  for (const endpoint of ENDPOINTS) {
    it(`POST ${endpoint.name}: every answer is a documented problem or a valid success, never a 5xx`, async () => {
      const bodies: fc.Arbitrary<unknown> =
        endpoint.request === null
          ? fc.oneof(fc.constant({}), fc.jsonValue({ maxDepth: 2 }))
          : schemaArbitrary(schemaByName(endpoint.request), KNOWN);
      await fc.assert(
        fc.asyncProperty(bodies, mutationArbitrary, fc.nat(), async (body, mutation, tokenPick) => {
          const failures = await exercise(endpoint, body, mutation, tokenPick);
          if (failures.length > 0) throw new Error(failures.join('\n'));
        }),
        { seed: SEED, numRuns: RUNS_PER_ENDPOINT },
      );
      tally.endpointsDone++;
    });
  }

  it('ran every case, with both refusals and successes among them', () => {
    expect(tally.endpointsDone).toBe(ENDPOINTS.length);
    expect(tally.cases).toBeGreaterThanOrEqual(ENDPOINTS.length * RUNS_PER_ENDPOINT);
    expect(tally.refused).toBeGreaterThan(tally.cases / 4);
    expect(tally.success).toBeGreaterThan(tally.cases / 20);
  });

  it('keeps serving: a whole lifecycle still works after the fuzzing', async () => {
    const w = await currentWorld();
    const created = await w.client.ok<{ status_token: string }>('POST', '/run', {
      body: runRequest(w.funding, { callback_url: 'http://127.0.0.1:9/callback' }),
      idempotencyKey: 'after-fuzz',
    });
    await w.client.advanceClock(60_000);
    const ledger = await w.client.ok<{ state: string }>('GET', `/tasks/${created.status_token}/ledger`);
    expect(validate('agent-task-run', ledger).ok).toBe(true);
    expect(ledger.state).toBe('closed');
  });
});
