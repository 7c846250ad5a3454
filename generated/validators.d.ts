// generated — do not edit; `npm run generate` writes this file from schemas/*.schema.json.
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
