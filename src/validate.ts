import type { SchemaName, SchemaTypes } from '../generated/types.js';
import { schemaIds, schemaNames, validators } from '../generated/validators.js';

export type { SchemaName, SchemaTypes };
export { schemaIds, schemaNames };

/** One schema failure, as ajv reports it; `instancePath` is a JSON Pointer ('' for the document itself). */
export interface ValidationError {
  instancePath: string;
  keyword: string;
  message: string;
  schemaPath: string;
  params: Record<string, unknown>;
}

export type ValidationOutcome<T> = { ok: true; value: T } | { ok: false; errors: ValidationError[] };

const names: ReadonlySet<string> = new Set(schemaNames);

export function isSchemaName(name: string): name is SchemaName {
  return names.has(name);
}

/**
 * Validates `document` against `schemas/<schemaName>.schema.json` with the precompiled validator.
 * On success `value` is the same document, typed by the schema.
 */
export function validate<N extends SchemaName>(schemaName: N, document: unknown): ValidationOutcome<SchemaTypes[N]>;
export function validate(schemaName: SchemaName, document: unknown): ValidationOutcome<unknown> {
  if (!isSchemaName(schemaName)) {
    throw new TypeError(`unknown schema ${JSON.stringify(schemaName)}; known: ${schemaNames.join(', ')}`);
  }
  const check = validators[schemaName];
  if (check(document)) return { ok: true, value: document };
  const errors = (check.errors ?? []).map((e) => ({
    instancePath: e.instancePath,
    keyword: e.keyword,
    message: e.message ?? e.keyword,
    schemaPath: e.schemaPath,
    params: e.params,
  }));
  return { ok: false, errors };
}
