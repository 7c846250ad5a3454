/**
 * Documents read as the host serves them, for scenarios that judge status and schema under their own rule
 * rather than through t.api (whose checks cite LIFECYCLE-DOCUMENTS-VALID or the endpoint's rule, and block
 * a scenario that lists neither).
 */
import type { SchemaName, SchemaTypes } from '../../../generated/types.js';
import { validate } from '../../validate.js';
import type { ValidationOutcome } from '../../validate.js';
import { CAPABILITIES_PATH } from '../capabilities.js';
import type { HostHttp } from '../http.js';
import type { Exchange } from '../transcript.js';

export interface ServedDocument<N extends SchemaName> {
  exchange: Exchange;
  /** The body judged against the schema `N`. */
  checked: ValidationOutcome<SchemaTypes[N]>;
}

/** GET `path` (with the context's key unless `apiKey` is null) and the body's verdict against `schema`. */
export async function servedDocument<N extends SchemaName>(
  http: HostHttp,
  path: string,
  schema: N,
  options: { apiKey?: null } = {},
): Promise<ServedDocument<N>> {
  const exchange = await http.request('GET', path, options);
  return { exchange, checked: validate(schema, exchange.json) };
}

/** The capabilities document as served, without a key, judged against host-capabilities.schema.json. */
export function servedCapabilities(http: HostHttp): Promise<ServedDocument<'host-capabilities'>> {
  return servedDocument(http, CAPABILITIES_PATH, 'host-capabilities', { apiKey: null });
}

/** A JSON body's members, whatever it is; {} for anything but an object. */
export function members(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** A verdict's errors as `path keyword: message` lines; empty when the document validated. */
export function schemaErrors(checked: ValidationOutcome<unknown>): string[] {
  return checked.ok ? [] : checked.errors.map((e) => `${e.instancePath || '/'} ${e.keyword}: ${e.message}`);
}
