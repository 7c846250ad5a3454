import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Whether the kit runs as the compiled JavaScript in dist/ (the published package) rather than as its
 * TypeScript sources (a development checkout, through tsx or vitest).
 */
export const runsCompiled = import.meta.url.endsWith('.js');

/** The package root (the directory holding package.json, schemas/, spec/ and fixtures/) in both layouts. */
export const packageRoot = fileURLToPath(new URL(runsCompiled ? '../..' : '..', import.meta.url));

/** Where the kit's runnable modules (src/, scenarios/, reference-host/) live: dist/ when compiled, else the root. */
export const codeRoot = runsCompiled ? join(packageRoot, 'dist') : packageRoot;

/** The file extension of the kit's runnable modules in this layout. */
export const codeExtension = runsCompiled ? '.js' : '.ts';

const SCHEMA_SUFFIX = '.schema.json';

export interface SchemaFile {
  /** File name without `.schema.json`, e.g. `agent-task-run`. */
  name: string;
  /** Path relative to the root, e.g. `schemas/agent-task-run.schema.json`. */
  file: string;
  /** The schema's `$id`. */
  id: string;
  /** PascalCase of `name`: the generated type's name. */
  typeName: string;
  schema: Record<string, unknown>;
}

/** `agent-task-run` → `AgentTaskRun`. */
export function schemaTypeName(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/** Every `schemas/*.schema.json` under `root`, sorted by name so generated output is stable. */
export function readSchemaFiles(root: string = packageRoot): SchemaFile[] {
  const dir = join(root, 'schemas');
  return readdirSync(dir)
    .filter((entry) => entry.endsWith(SCHEMA_SUFFIX))
    .map((entry) => entry.slice(0, -SCHEMA_SUFFIX.length))
    .sort()
    .map((name) => {
      const entry = name + SCHEMA_SUFFIX;
      const file = `schemas/${entry}`;
      const schema: unknown = JSON.parse(readFileSync(join(dir, entry), 'utf8'));
      if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
        throw new Error(`${file}: a schema file must hold one JSON object`);
      }
      const id = (schema as Record<string, unknown>)['$id'];
      if (typeof id !== 'string') throw new Error(`${file}: missing string $id`);
      return { name, file, id, typeName: schemaTypeName(name), schema: schema as Record<string, unknown> };
    });
}
