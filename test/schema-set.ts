import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { packageRoot, readSchemaFiles } from '../src/schemas.js';
import type { SchemaFile } from '../src/schemas.js';

export type { SchemaFile };
export const REPO_ROOT = packageRoot;
export const SCHEMAS_DIR = join(REPO_ROOT, 'schemas');
export const FIXTURES_DIR = join(REPO_ROOT, 'fixtures');

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export const loadSchemaFiles = (): SchemaFile[] => readSchemaFiles(REPO_ROOT);

/**
 * One option set for every schema, the same as the generated validators'. Strict mode stays on except `strictRequired`: seed 003 (app-runtime, kept
 * verbatim) requires `agentRuntime`/`agentTask` inside `anyOf` branches that do not redeclare them, and the kit's
 * forbidden-field rules (`not: { anyOf: [{ required: [...] }] }`) name properties that are deliberately not declared.
 */
export const AJV_OPTIONS = { strict: true, strictRequired: false, allErrors: true } as const;

// ajv-formats ships CommonJS; under NodeNext its default import is the module namespace.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** An Ajv instance holding every schema, so cross-file `$ref`s by `$id` resolve. */
export function createAjv(files: SchemaFile[] = loadSchemaFiles()): Ajv2020 {
  const ajv = new Ajv2020(AJV_OPTIONS);
  addFormats(ajv);
  for (const { schema } of files) ajv.addSchema(schema);
  return ajv;
}
