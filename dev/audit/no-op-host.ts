/**
 * A host that implements nothing: it serves the smallest capabilities document that validates with every
 * area and seam supported, and answers every other request with a minimal valid-looking body ({} with 200 or
 * 201, tenant credentials and a clock state where the harness needs them to get going). A scenario that passes
 * against it checks nothing a real host has to do.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { capabilitiesDocument } from '../../reference-host/capabilities.js';
import { CONFORMANCE_CLOCK_START } from '../../reference-host/clock.js';
import { hostConfig } from '../../reference-host/config.js';
import { FaultSet } from '../../reference-host/faults.js';
import { EMBEDDED_BASE_URL, type FetchLike, type TargetDriver } from '../../src/harness/index.js';
import { packageRoot } from '../../src/schemas.js';

interface SchemaNode {
  required?: string[];
  properties?: Record<string, SchemaNode>;
  then?: { required?: string[] };
  $ref?: string;
  $defs?: Record<string, SchemaNode>;
}

const LOCAL_DEF = '#/$defs/';

/**
 * The members `schema` requires of `value`, recursively, with their values from `value`. A block whose
 * `supported` is true also keeps what the schema's `then` requires of a supported block.
 */
function requiredMembers(schema: SchemaNode, value: unknown, defs: Readonly<Record<string, SchemaNode>>): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const node = schema.$ref?.startsWith(LOCAL_DEF) ? (defs[schema.$ref.slice(LOCAL_DEF.length)] ?? {}) : schema;
  const record = value as Record<string, unknown>;
  const names = [...(node.required ?? []), ...(record['supported'] === true ? (node.then?.required ?? []) : [])];
  return Object.fromEntries(names.map((name) => [name, requiredMembers(node.properties?.[name] ?? {}, record[name], defs)]));
}

/** The smallest contract app-runtime.schema.json accepts: a task profile that promises nothing. */
const SMALLEST_RUNTIME_CONTRACT = { agentTask: {} };

function minimalCapabilities(): Record<string, unknown> {
  const schema = JSON.parse(readFileSync(join(packageRoot, 'schemas', 'host-capabilities.schema.json'), 'utf8')) as SchemaNode;
  // The reference host in conformance mode supports every area and seam; its values stand in for a real host's.
  const reference = capabilitiesDocument(hostConfig({ conformance: true }), new FaultSet());
  const document = requiredMembers(schema, reference, schema.$defs ?? {}) as Record<string, Record<string, unknown>>;
  return {
    ...document,
    host: { ...document['host'], name: 'agent-task-kit no-op host' },
    agent_runtime: { ...document['agent_runtime'], contract: SMALLEST_RUNTIME_CONTRACT },
  };
}

const CAPABILITIES = minimalCapabilities();
const NOW_MS = Date.parse(CONFORMANCE_CLOCK_START);

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export const noOpHost: FetchLike = async (request) => {
  const path = new URL(request.url).pathname.replace(/^\/api\/agents/, '');
  if (path === '/capabilities') return json(200, CAPABILITIES);
  if (path === '/_seams/tenants') return json(201, { tenant_id: `tenant_${randomBytes(8).toString('hex')}`, api_key: `atk_${randomBytes(16).toString('hex')}` });
  if (path.startsWith('/_seams/clock')) return json(200, { now: new Date(NOW_MS).toISOString(), now_ms: NOW_MS });
  return json(request.method === 'POST' ? 201 : 200, {});
};

export function noOpHostTarget(): TargetDriver {
  return {
    hostUrl: 'embedded:no-op-host',
    async open() {
      return { baseUrl: EMBEDDED_BASE_URL, apiKey: 'atk_no_op_host', fetch: noOpHost, close: async () => {} };
    },
  };
}
