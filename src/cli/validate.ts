import { isSchemaName, schemaNames, validate, type ValidationError } from '../validate.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, parseVerbArgs, usageError, type VerbSpec } from './args.js';
import { readJsonFile } from './read-json.js';

const spec = {
  verb: 'validate',
  summary: 'Validate a JSON document against one of the kit\'s schemas (schemas/<schema-name>.schema.json).',
  synopsis: '<schema-name> <file.json>',
  positionals: { min: 2, max: 2 },
  options: {
    json: { type: 'boolean', description: 'print the outcome as JSON ({ok, errors}) instead of text' },
  },
  details: `Schema names: ${schemaNames.join(', ')}.

Exit codes: 0 valid; 1 invalid (each error is printed with its JSON Pointer instance path and keyword), or the
file is not strict JSON; 2 usage error, unknown schema name or unreadable file.`,
} satisfies VerbSpec<{ json: { type: 'boolean'; description: string } }>;

export async function main(argv: string[]): Promise<number> {
  const args = parseVerbArgs(spec, argv);
  if (!args.ok) return args.exitCode;
  const [schemaName, file] = args.positionals as [string, string];
  if (!isSchemaName(schemaName)) {
    return usageError(spec, `unknown schema name ${JSON.stringify(schemaName)}; valid names: ${schemaNames.join(', ')}`);
  }
  const read = readJsonFile(file);
  if (!read.ok) {
    process.stderr.write(`${read.message}\n`);
    return read.kind === 'unreadable' ? EXIT_USAGE : EXIT_FAILURE;
  }
  const outcome = validate(schemaName, read.value);
  if (args.values.json) {
    process.stdout.write(`${JSON.stringify(outcome.ok ? { ok: true } : outcome, null, 2)}\n`);
  } else if (outcome.ok) {
    process.stdout.write(`${file}: valid ${schemaName}\n`);
  } else {
    const count = `${outcome.errors.length} error${outcome.errors.length === 1 ? '' : 's'}`;
    process.stdout.write(`${file}: not a valid ${schemaName} (${count})\n${outcome.errors.map(formatError).join('')}`);
  }
  return outcome.ok ? EXIT_OK : EXIT_FAILURE;
}

function formatError(error: ValidationError): string {
  return `  ${error.instancePath === '' ? '(root)' : error.instancePath} ${error.keyword}: ${error.message}\n`;
}
