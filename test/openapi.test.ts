/**
 * Checks schemas/openapi.yaml against the schema files and against SPEC.md §3.1 (the endpoint table, which
 * restates the contract's endpoint list): every reference resolves, every schema file is reachable or
 * deliberately standalone, and every documented endpoint is described with its idempotency, auth and errors.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemasDir = join(root, 'schemas');
const openapiFile = 'openapi.yaml';
const problemSchemaRef = './problem-details.schema.json';
const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;

// Values under these keywords are data, not schemas: a `$ref` member inside them is not a reference.
const dataKeywords = new Set(['const', 'enum', 'default', 'example', 'examples']);

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function member(value: Json | undefined, key: string): Json | undefined {
  return isObject(value) ? value[key] : undefined;
}

/** RFC 6901 pointer lookup; `pointer` is the decoded URI fragment ('' = whole document). */
function lookupPointer(document: Json, pointer: string): Json | undefined {
  if (pointer === '') return document;
  if (!pointer.startsWith('/')) return undefined;
  let node: Json | undefined = document;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) node = /^(0|[1-9][0-9]*)$/.test(token) ? node[Number(token)] : undefined;
    else node = member(node, token);
    if (node === undefined) return undefined;
  }
  return node;
}

function findAnchor(node: Json, anchor: string): boolean {
  if (Array.isArray(node)) return node.some((item) => findAnchor(item, anchor));
  if (!isObject(node)) return false;
  if (node.$anchor === anchor) return true;
  return Object.entries(node).some(([key, child]) => !dataKeywords.has(key) && findAnchor(child, anchor));
}

interface RefSite {
  ref: string;
  /** Base URI the reference is resolved against. */
  base: string;
  /** Where the reference was found, for failure messages. */
  at: string;
}

/** Every `$ref` in a document, with the base URI in scope (nested `$id`s change the base). */
function collectRefs(node: Json, base: string, at: string, out: RefSite[] = []): RefSite[] {
  if (Array.isArray(node)) {
    node.forEach((item, i) => collectRefs(item, base, `${at}/${i}`, out));
    return out;
  }
  if (!isObject(node)) return out;
  const scope = typeof node.$id === 'string' ? new URL(node.$id, base).href : base;
  if (typeof node.$ref === 'string') out.push({ ref: node.$ref, base: scope, at });
  for (const [key, child] of Object.entries(node)) {
    if (!dataKeywords.has(key)) collectRefs(child, scope, `${at}/${key}`, out);
  }
  return out;
}

interface SchemaFile {
  file: string;
  id: string;
  document: Json;
}

const schemaFiles: SchemaFile[] = readdirSync(schemasDir)
  .filter((name) => name.endsWith('.schema.json'))
  .sort()
  .map((file) => {
    const document = JSON.parse(readFileSync(join(schemasDir, file), 'utf8')) as Json;
    const id = member(document, '$id');
    return { file, id: typeof id === 'string' ? id : `file:///schemas/${file}`, document };
  });
const byId = new Map(schemaFiles.map((s) => [s.id.split('#')[0] ?? s.id, s]));
const byFile = new Map(schemaFiles.map((s) => [s.file, s]));

const openapiUrl = 'file:///schemas/openapi.yaml';
const openapi = parse(readFileSync(join(schemasDir, openapiFile), 'utf8')) as Json;

type Resolution = { ok: true; file: string | null; target: Json } | { ok: false; reason: string };

/** Resolves a reference: openapi refs by relative file path, schema refs by `$id`. */
function resolveRef(site: RefSite): Resolution {
  const url = new URL(site.ref, site.base);
  const fragment = decodeURIComponent(url.hash.slice(1));
  url.hash = '';
  let file: string | null;
  let document: Json;
  if (url.href === openapiUrl) {
    file = null;
    document = openapi;
  } else {
    const schema = byId.get(url.href) ?? (url.href.startsWith('file:///schemas/') ? byFile.get(url.href.slice(16)) : undefined);
    if (!schema) return { ok: false, reason: `no schema file or $id for ${url.href}` };
    file = schema.file;
    document = schema.document;
  }
  const target = fragment === '' || fragment.startsWith('/') ? lookupPointer(document, fragment) : findAnchor(document, fragment) ? document : undefined;
  if (target === undefined) return { ok: false, reason: `fragment #${fragment} not found in ${file ?? openapiFile}` };
  return { ok: true, file, target };
}

/** Follows a `$ref` inside the OpenAPI document (components), returning the object it names. */
function deref(node: Json | undefined): Json | undefined {
  const ref = member(node, '$ref');
  if (typeof ref !== 'string') return node;
  const resolved = resolveRef({ ref, base: openapiUrl, at: '' });
  return resolved.ok ? deref(resolved.target) : undefined;
}

interface Operation {
  method: (typeof methods)[number];
  path: string;
  operation: JsonObject;
  /** Path-level and operation-level parameters, dereferenced. */
  parameters: Json[];
}

function operationsOf(container: Json | undefined): Operation[] {
  if (!isObject(container)) return [];
  return Object.entries(container).flatMap(([path, item]) => {
    if (!isObject(item)) return [];
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    return methods.flatMap((method) => {
      const operation = item[method];
      if (!isObject(operation)) return [];
      const own = Array.isArray(operation.parameters) ? operation.parameters : [];
      const parameters = [...shared, ...own].map((p) => deref(p) ?? null);
      return [{ method, path, operation, parameters }];
    });
  });
}

const operations = operationsOf(member(openapi, 'paths'));
const apiPrefix = '/api/agents';

interface SpecEndpoint {
  method: string;
  path: string;
  requestSchema: string | null;
  successStatuses: string[];
  responseSchema: string | null;
  idempotency: 'required' | 'optional' | 'none';
  isPublic: boolean;
  isSeam: boolean;
}

/** The endpoint table of SPEC.md §3.1. */
function specEndpoints(): SpecEndpoint[] {
  const spec = readFileSync(join(root, 'SPEC.md'), 'utf8');
  const start = spec.indexOf('### 3.1 ');
  const end = spec.indexOf('### 3.2 ', start);
  const section = spec.slice(start, end);
  return section
    .split('\n')
    .filter((line) => /^\| (GET|POST|PUT|PATCH|DELETE) \|/.test(line))
    .map((line) => {
      const cells = line.split('|').slice(1, -1).map((c) => c.trim());
      const [method = '', pathCell = '', requestCell = '', successCell = '', responseCell = '', keyCell = ''] = cells;
      const path = /`([^`]+)`/.exec(pathCell)?.[1] ?? '';
      return {
        method: method.toLowerCase(),
        path: `${apiPrefix}${path}`,
        requestSchema: /([a-z0-9-]+\.schema\.json)/.exec(requestCell)?.[1] ?? null,
        successStatuses: [...successCell.matchAll(/\b([1-5][0-9]{2})\b/g)].map((m) => m[1] ?? ''),
        responseSchema: /([a-z0-9-]+\.schema\.json)/.exec(responseCell)?.[1] ?? null,
        idempotency: keyCell === 'required' ? 'required' : keyCell === 'optional' ? 'optional' : 'none',
        isPublic: pathCell.includes('public'),
        isSeam: pathCell.includes('seam'),
      };
    });
}

const endpoints = specEndpoints();

function findOperation(method: string, path: string): Operation | undefined {
  return operations.find((o) => o.method === method && o.path === path);
}

/** The schema file a media type's schema names; for a `oneOf` of files (an answer of two shapes), the first. */
function jsonSchemaRef(content: Json | undefined, mediaType: string): string | undefined {
  const schema = member(member(content, mediaType), 'schema');
  const oneOf = member(schema, 'oneOf');
  const ref = member(Array.isArray(oneOf) ? oneOf[0] : schema, '$ref');
  return typeof ref === 'string' ? ref : undefined;
}

function idempotencyParameter(op: Operation): JsonObject | undefined {
  return op.parameters.find((p): p is JsonObject => isObject(p) && p.in === 'header' && String(p.name).toLowerCase() === 'idempotency-key');
}

function tagsOf(op: Operation): string[] {
  return Array.isArray(op.operation.tags) ? op.operation.tags.map(String) : [];
}

describe('openapi.yaml document', () => {
  it('is OpenAPI 3.1.x', () => {
    expect(String(member(openapi, 'openapi'))).toMatch(/^3\.1\.\d+$/);
  });

  it('has a unique operationId and a summary on every operation', () => {
    const all = [...operations, ...operationsOf(member(openapi, 'webhooks'))];
    const ids = all.map((o) => o.operation.operationId);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const withoutSummary = all.filter((o) => typeof o.operation.summary !== 'string').map((o) => `${o.method} ${o.path}`);
    expect(withoutSummary).toEqual([]);
  });
});

describe('references', () => {
  it('every $ref in openapi.yaml resolves to a file, $id or JSON pointer', () => {
    const sites = collectRefs(openapi, openapiUrl, '#');
    expect(sites.length).toBeGreaterThan(0);
    const failures = sites
      .map((site) => ({ site, resolution: resolveRef(site) }))
      .filter(({ resolution }) => !resolution.ok)
      .map(({ site, resolution }) => `${site.at}: ${site.ref} — ${resolution.ok ? '' : resolution.reason}`);
    expect(failures).toEqual([]);
  });

  it('every $ref inside the schema files resolves by $id', () => {
    const sites = schemaFiles.flatMap((schema) => collectRefs(schema.document, schema.id, `${schema.file}#`));
    expect(sites.length).toBeGreaterThan(0);
    const failures = sites
      .map((site) => ({ site, resolution: resolveRef(site) }))
        .filter(({ resolution }) => !resolution.ok)
      .map(({ site, resolution }) => `${site.at}: ${site.ref} — ${resolution.ok ? '' : resolution.reason}`);
    expect(failures).toEqual([]);
  });

  it('every schema file is referenced (directly or transitively) or listed in x-standalone-schemas', () => {
    const referenced = new Set<string>();
    const queue: RefSite[] = collectRefs(openapi, openapiUrl, '#');
    while (queue.length > 0) {
      const site = queue.shift() as RefSite;
      const resolution = resolveRef(site);
      if (!resolution.ok || resolution.file === null || referenced.has(resolution.file)) continue;
      referenced.add(resolution.file);
      const schema = byFile.get(resolution.file);
      if (schema) queue.push(...collectRefs(schema.document, schema.id, `${schema.file}#`));
    }
    const listed = member(openapi, 'x-standalone-schemas');
    expect(Array.isArray(listed)).toBe(true);
    const standalone = (Array.isArray(listed) ? listed : []).map((entry) => String(entry).replace(/^\.\//, ''));

    expect(standalone.filter((file) => !existsSync(join(schemasDir, file)))).toEqual([]);
    expect(standalone.filter((file) => referenced.has(file))).toEqual([]);
    expect(schemaFiles.map((s) => s.file).filter((file) => !referenced.has(file) && !standalone.includes(file))).toEqual([]);
  });
});

describe('operations', () => {
  it('SPEC.md §3.1 lists the endpoints of the contract', () => {
    expect(endpoints.length).toBe(29);
  });

  it('every endpoint of SPEC.md §3.1 exists, and no other operation does', () => {
    const missing = endpoints.filter((e) => !findOperation(e.method, e.path)).map((e) => `${e.method} ${e.path}`);
    expect(missing).toEqual([]);
    const undocumented = operations
      .filter((o) => !endpoints.some((e) => e.method === o.method && e.path === o.path))
      .map((o) => `${o.method} ${o.path}`);
    expect(undocumented).toEqual([]);
  });

  it('each endpoint answers its success status with its response schema and takes its request schema', () => {
    const mismatches: string[] = [];
    for (const e of endpoints) {
      const op = findOperation(e.method, e.path);
      if (!op) continue;
      const responses = member(op.operation, 'responses');
      for (const status of e.successStatuses.filter((s) => s.startsWith('2'))) {
        const response = deref(member(responses, status));
        if (response === undefined) {
          mismatches.push(`${e.method} ${e.path}: no ${status} response`);
          continue;
        }
        const ref = jsonSchemaRef(member(response, 'content'), 'application/json');
        if (e.responseSchema && ref !== `./${e.responseSchema}`) {
          mismatches.push(`${e.method} ${e.path} ${status}: schema ${String(ref)}, SPEC says ./${e.responseSchema}`);
        }
      }
      const requestRef = jsonSchemaRef(member(deref(member(op.operation, 'requestBody')), 'content'), 'application/json');
      if (e.requestSchema && requestRef !== `./${e.requestSchema}`) {
        mismatches.push(`${e.method} ${e.path}: request schema ${String(requestRef)}, SPEC says ./${e.requestSchema}`);
      }
      if (!e.requestSchema && e.method === 'get' && member(op.operation, 'requestBody') !== undefined) {
        mismatches.push(`${e.method} ${e.path}: GET with a request body`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('every state-changing POST declares Idempotency-Key, required exactly where SPEC.md §12 requires it', () => {
    const mismatches: string[] = [];
    for (const op of operations.filter((o) => o.method === 'post' && !tagsOf(o).includes('seams'))) {
      const endpoint = endpoints.find((e) => e.method === op.method && e.path === op.path);
      const parameter = idempotencyParameter(op);
      if (!parameter) {
        mismatches.push(`${op.path}: no Idempotency-Key parameter`);
        continue;
      }
      const required = parameter.required === true;
      if (required !== (endpoint?.idempotency === 'required')) {
        mismatches.push(`${op.path}: Idempotency-Key required=${required}, SPEC says ${endpoint?.idempotency ?? 'nothing'}`);
      }
    }
    expect(mismatches).toEqual([]);
    const requiredPaths = endpoints.filter((e) => e.idempotency === 'required').map((e) => e.path.slice(apiPrefix.length));
    expect(requiredPaths.sort()).toEqual(
      ['/run', '/settlements', '/tasks/{token}/commands', '/tasks/{token}/recover', '/tasks/{token}/replay'].sort(),
    );
  });

  it('every operation has a problem+json error response, and every error response is problem+json', () => {
    const mismatches: string[] = [];
    for (const op of operations) {
      const responses = member(op.operation, 'responses');
      const errorCodes = isObject(responses) ? Object.keys(responses).filter((code) => /^[45]/.test(code)) : [];
      if (errorCodes.length === 0) mismatches.push(`${op.method} ${op.path}: no 4xx/5xx response`);
      for (const code of errorCodes) {
        const ref = jsonSchemaRef(member(deref(member(responses, code)), 'content'), 'application/problem+json');
        if (ref !== problemSchemaRef) mismatches.push(`${op.method} ${op.path} ${code}: ${String(ref)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('bearer auth applies globally; only discovery and the tenants seam are public', () => {
    const scheme = deref(member(member(member(openapi, 'components'), 'securitySchemes'), 'bearerAuth'));
    expect(member(scheme, 'type')).toBe('http');
    expect(member(scheme, 'scheme')).toBe('bearer');
    expect(member(openapi, 'security')).toEqual([{ bearerAuth: [] }]);
    const publicOps = operations.filter((o) => Array.isArray(o.operation.security) && o.operation.security.length === 0);
    expect(publicOps.map((o) => `${o.method} ${o.path}`).sort()).toEqual(
      endpoints.filter((e) => e.isPublic).map((e) => `${e.method} ${e.path}`).sort(),
    );
    expect(publicOps.length).toBe(2);
  });

  it('the seams are tagged seams', () => {
    const seamOps = operations.filter((o) => tagsOf(o).includes('seams')).map((o) => `${o.method} ${o.path}`);
    expect(seamOps.sort()).toEqual(endpoints.filter((e) => e.isSeam).map((e) => `${e.method} ${e.path}`).sort());
    expect(seamOps.every((s) => s.includes('/_seams/'))).toBe(true);
  });

  it('401 answers carry WWW-Authenticate', () => {
    const missing = operations
      .filter((o) => member(member(o.operation, 'responses'), '401') !== undefined)
      .filter((o) => member(member(deref(member(member(o.operation, 'responses'), '401')), 'headers'), 'WWW-Authenticate') === undefined)
      .map((o) => `${o.method} ${o.path}`);
    expect(missing).toEqual([]);
  });
});

describe('webhooks.taskCallback', () => {
  const [callback] = operationsOf(member(openapi, 'webhooks'));

  it('is a POST with the callback payload body', () => {
    expect(callback?.path).toBe('taskCallback');
    expect(callback?.method).toBe('post');
    const body = deref(member(callback?.operation ?? null, 'requestBody'));
    expect(jsonSchemaRef(member(body, 'content'), 'application/json')).toBe('./callback-payload.schema.json');
  });

  it('carries the three Standard Webhooks headers, each required', () => {
    const headers = (callback?.parameters ?? [])
      .filter((p): p is JsonObject => isObject(p) && p.in === 'header' && p.required === true)
      .map((p) => String(p.name));
    expect(headers.sort()).toEqual(['webhook-id', 'webhook-signature', 'webhook-timestamp']);
  });
});
