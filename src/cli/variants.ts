/**
 * `agent-task-kit variants`: the reference host's named variants (id, what it does, the SPEC.md sentence that
 * allows it), as a table or, with --json, as an array. Each id can be switched on with `run --variant ID` or
 * `serve --variant ID`; the suite must pass under every one.
 */
import { VARIANTS } from '../../reference-host/variants.js';
import { EXIT_OK, parseVerbArgs, type VerbSpec } from './args.js';

export const spec = {
  verb: 'variants',
  summary: "List the reference host's named variants: behaviours SPEC.md allows that the host does not choose by default.",
  synopsis: '',
  positionals: { min: 0, max: 0 },
  options: {
    json: { type: 'boolean', description: 'print the catalog as a JSON array of {id, description, spec}' },
  },
  details: `Switch a variant on with: agent-task-kit run --variant ID, or agent-task-kit serve --variant ID (repeatable).
A scenario that fails under a variant is a defect of the kit, not of the host. The variant matrix
(spec/variant-matrix.json and coverage.md in the kit's repository) shows which scenarios each variant reaches.

Exit codes: 0; 2 usage error.`,
} satisfies VerbSpec<{ json: { type: 'boolean'; description: string } }>;

export interface VariantListing {
  id: string;
  description: string;
  spec: string;
}

export function variantListing(): VariantListing[] {
  return VARIANTS.map((variant) => ({ id: variant.id, description: variant.description, spec: variant.spec }));
}

function table(listing: readonly VariantListing[]): string {
  const idWidth = Math.max('VARIANT'.length, ...listing.map((v) => v.id.length));
  const line = (a: string, b: string): string => `${a.padEnd(idWidth)}  ${b}`.trimEnd();
  const rows = listing.flatMap((v) => [line(v.id, v.description), line('', `allowed by ${v.spec}`)]);
  return [line('VARIANT', 'BEHAVIOUR'), ...rows].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const args = parseVerbArgs(spec, argv);
  if (!args.ok) return args.exitCode;
  const listing = variantListing();
  process.stdout.write(args.values.json ? `${JSON.stringify(listing, null, 2)}\n` : `${table(listing)}\n\n${listing.length} variants\n`);
  return EXIT_OK;
}
