import { describe, it, expect } from 'vitest';
import { createAjv, loadSchemaFiles } from './schema-set.js';
import type { SchemaFile } from './schema-set.js';

const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';
const KIT_ID_BASE = 'https://weverlabs.com/schemas/';
const LIME_ID_BASE = 'https://limecloud.github.io/agentapp/schemas/';

/** Schemas whose `$id` is not on the kit's base (contract §2): the published Agent App Runtime family. */
const PUBLISHED_IDS: Readonly<Record<string, string>> = {
  'app-runtime': `${LIME_ID_BASE}app-runtime.schema.json`,
  'lime-agent-task-event': `${LIME_ID_BASE}agent-task-event.v1.schema.json`,
  'lime-agent-task-result': `${LIME_ID_BASE}agent-task-result.v1.schema.json`,
};

/** Every object of contract §4; other engineers address schemas by these file names. */
const REQUIRED_SCHEMAS = [
  'agent-task-run', 'run-created', 'agent-run-state-event', 'result-attestation', 'result-package', 'result-contract',
  'settlement-request', 'settlement-receipt', 'usage-receipt', 'callback-payload', 'callback-delivery-attempt',
  'callback-delivery', 'run-contract', 'work-order', 'exception-ticket', 'exception-ticket-list', 'recovery-request',
  'replay-package', 'replay-request', 'retry-command-request', 'retry-command', 'stuck-task-alert',
  'stuck-task-alert-list', 'queue-monitor', 'trust-profile-request', 'trust-profile', 'quote-request', 'quote',
  'credit-entitlement', 'run-request', 'test-script', 'clock-state', 'clock-advance-request', 'tenant-credentials', 'tenant-request',
  'host-capabilities', 'problem-details', 'app-runtime', 'lime-agent-task-event', 'lime-agent-task-result',
  'in-toto-statement', 'conformance-report', 'rule-registry',
];

const files = loadSchemaFiles();
const byId = new Map(files.map((f) => [f.id, f]));

function expectedId(name: string): string {
  return PUBLISHED_IDS[name] ?? `${KIT_ID_BASE}${name}.schema.json`;
}

/** Every `$ref` value in a schema, with the JSON Pointer of the object holding it. */
function collectRefs(node: unknown, at = ''): { at: string; ref: string }[] {
  if (Array.isArray(node)) return node.flatMap((child, i) => collectRefs(child, `${at}/${i}`));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === '$ref' && typeof value === 'string' ? [{ at, ref: value }] : collectRefs(value, `${at}/${key}`),
  );
}

function decodePointerToken(token: string): string {
  return decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Resolves `<absolute $id or empty>#<pointer>` against the loaded schemas; undefined when it does not resolve. */
function resolveRef(from: SchemaFile, ref: string): unknown {
  const [base = '', fragment = ''] = ref.split('#', 2);
  const target = base === '' ? from : byId.get(base);
  if (target === undefined) return undefined;
  let node: unknown = target.schema;
  for (const token of fragment.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[decodePointerToken(token)];
  }
  return node;
}

describe('schema files', () => {
  it('has at least 25 schema files and every object the contract lists', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    const names = files.map((f) => f.name);
    expect(REQUIRED_SCHEMAS.filter((name) => !names.includes(name))).toEqual([]);
  });

  it('gives every schema a unique $id', () => {
    const ids = files.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('compiles every schema together in strict mode', () => {
    const ajv = createAjv(files);
    for (const { file, id } of files) {
      expect(() => ajv.getSchema(id), file).not.toThrow();
      expect(ajv.getSchema(id), file).toBeTypeOf('function');
    }
  });

  it('refuses an unknown keyword, so strict mode is really on', () => {
    const ajv = createAjv(files);
    expect(() => ajv.compile({ type: 'object', propertiez: {} })).toThrow(/strict mode: unknown keyword/);
  });

  describe.each(files)('$file', (entry) => {
    const { name, schema } = entry;

    it('declares draft 2020-12, an $id following the file name, a title and a description', () => {
      expect(schema.$schema).toBe(DRAFT_2020_12);
      expect(schema.$id).toBe(expectedId(name));
      expect(typeof schema.title === 'string' && schema.title.length > 0).toBe(true);
      expect(typeof schema.description === 'string' && schema.description.length > 0).toBe(true);
    });

    it('resolves every $ref, by absolute $id or local pointer', () => {
      const refs = collectRefs(schema);
      for (const { at, ref } of refs) {
        const base = ref.split('#', 1)[0] ?? '';
        if (base !== '') expect(byId.has(base), `${at}/$ref ${ref} names a loaded $id`).toBe(true);
        expect(resolveRef(entry, ref), `${at}/$ref ${ref} resolves`).toBeTypeOf('object');
      }
    });
  });
});
