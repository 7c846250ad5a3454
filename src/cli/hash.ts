import { digest, jcs } from '../jcs.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, parseVerbArgs, type VerbSpec } from './args.js';
import { readJsonFile } from './read-json.js';

export const spec = {
  verb: 'hash',
  summary: 'Print the sha256: digest of a JSON file\'s RFC 8785 (JCS) canonical form, as the protocol computes it.',
  synopsis: '<file.json>',
  positionals: { min: 1, max: 1 },
  options: {
    canonical: { type: 'boolean', description: 'print the canonical JSON text instead of its digest' },
  },
  details: `Exit codes: 0 printed; 1 the file is not strict JSON (invalid UTF-8 or syntax, a repeated member name)
or has no canonical form (a lone surrogate, a number out of range); 2 usage error or unreadable file.`,
} satisfies VerbSpec<{ canonical: { type: 'boolean'; description: string } }>;

export async function main(argv: string[]): Promise<number> {
  const args = parseVerbArgs(spec, argv);
  if (!args.ok) return args.exitCode;
  const file = args.positionals[0]!;
  const read = readJsonFile(file);
  if (!read.ok) {
    process.stderr.write(`agent-task-kit hash: ${read.message}\n`);
    return read.kind === 'unreadable' ? EXIT_USAGE : EXIT_FAILURE;
  }
  let output: string;
  try {
    output = args.values.canonical ? jcs(read.value) : digest(read.value);
  } catch (error) {
    process.stderr.write(`agent-task-kit hash: ${file} has no canonical form: ${(error as Error).message}\n`);
    return EXIT_FAILURE;
  }
  process.stdout.write(`${output}\n`);
  return EXIT_OK;
}
