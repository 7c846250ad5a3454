import { isSchemaName, schemaNames, validate, type ValidationError } from '../validate.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, parseVerbArgs, usageError, type VerbSpec } from './args.js';
import { readJsonFile } from './read-json.js';
import { closest } from './suggest.js';

export const spec = {
  verb: 'validate',
  summary: 'Validate a JSON document against one of the kit\'s schemas (schemas/<schema-name>.schema.json).',
  synopsis: '<schema-name> <file.json>',
  positionals: { min: 2, max: 2 },
  options: {
    json: { type: 'boolean', description: 'print the outcome as JSON ({ok, errors}) instead of text' },
  },
  details: `Schema names: ${schemaNames.join(', ')}.

Exit codes: 0 valid; 1 invalid (each error is printed with its JSON Pointer instance path and keyword), or the
file is not strict JSON (with --json, one error of keyword "json"); 2 usage error, unknown schema name or unreadable
file.`,
} satisfies VerbSpec<{ json: { type: 'boolean'; description: string } }>;

export async function main(argv: string[]): Promise<number> {
  const args = parseVerbArgs(spec, argv);
  if (!args.ok) return args.exitCode;
  const [schemaName, file] = args.positionals as [string, string];
  if (!isSchemaName(schemaName)) {
    // With a likely match the 40-odd names would bury it; without one the list is the help.
    const match = closest(schemaName, schemaNames);
    const hint = match === null ? `; valid names: ${schemaNames.join(', ')}` : ` (did you mean ${match}?)`;
    return usageError(spec, `unknown schema name ${JSON.stringify(schemaName)}${hint}`);
  }
  const read = readJsonFile(file);
  if (!read.ok) {
    process.stderr.write(`agent-task-kit validate: ${read.message}\n`);
    if (read.kind === 'unreadable') return EXIT_USAGE;
    // A script reading --json output gets its {ok, errors} for a file that is not JSON as well.
    if (args.values.json) {
      const error: ValidationError = { instancePath: '', keyword: 'json', message: read.message, schemaPath: '', params: {} };
      process.stdout.write(`${JSON.stringify({ ok: false, errors: [error] }, null, 2)}\n`);
    }
    return EXIT_FAILURE;
  }
  const outcome = validate(schemaName, read.value);
  if (args.values.json) {
    process.stdout.write(`${JSON.stringify(outcome.ok ? { ok: true } : outcome, null, 2)}\n`);
  } else if (outcome.ok) {
    process.stdout.write(`${file}: valid ${schemaName}\n`);
  } else {
    const count = `${outcome.errors.length} error${outcome.errors.length === 1 ? '' : 's'}`;
    const lines = outcome.errors.map((error) => formatError(error, read.value)).join('');
    process.stdout.write(`${file}: not a valid ${schemaName} (${count})\n${lines}`);
  }
  return outcome.ok ? EXIT_OK : EXIT_FAILURE;
}

const VALUE_CHARS = 80;

/** A value as JSON on one line, cut so a long string or object cannot swamp the error list. */
function shown(value: unknown): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > VALUE_CHARS ? `${text.slice(0, VALUE_CHARS - 1)}… (${text.length} characters)` : text;
}

/** The value at a JSON Pointer (RFC 6901) inside the document; undefined when the path does not exist. */
export function valueAt(document: unknown, pointer: string): unknown {
  if (pointer === '') return document;
  let node: unknown = document;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** What the schema allows and what the document holds, for the keywords where both fit on a line. */
function allowedAndFound(error: ValidationError, document: unknown): string {
  const found = valueAt(document, error.instancePath);
  switch (error.keyword) {
    case 'const':
      return `; allowed: ${shown(error.params['allowedValue'])}; found: ${shown(found)}`;
    case 'enum': {
      const allowed = error.params['allowedValues'];
      return `; allowed: ${Array.isArray(allowed) ? allowed.map(shown).join(', ') : shown(allowed)}; found: ${shown(found)}`;
    }
    case 'type':
      // null and a missing value say themselves; other values are named with their type.
      return found === null || found === undefined ? `; found: ${shown(found)}` : `; found: ${jsonType(found)} ${shown(found)}`;
    default:
      return '';
  }
}

export function formatError(error: ValidationError, document: unknown): string {
  const where = error.instancePath === '' ? '(root)' : error.instancePath;
  return `  ${where} ${error.keyword}: ${error.message}${allowedAndFound(error, document)}\n`;
}
