/**
 * `agent-task-kit faults`: the reference host's named faults (id, the rules each breaks, what it does), as a
 * table or, with --json, as an array. Each id can be switched on with `agent-task-kit run --fault ID`.
 */
import { FAULTS } from '../../reference-host/faults.js';
import { ruleById } from '../rules.js';
import { EXIT_OK, parseVerbArgs, type VerbSpec } from './args.js';

export const spec = {
  verb: 'faults',
  summary: "List the reference host's named faults: deliberate mistakes the conformance suite must catch.",
  synopsis: '',
  positionals: { min: 0, max: 0 },
  options: {
    json: { type: 'boolean', description: 'print the catalog as a JSON array of {id, description, rules, areas}' },
  },
  details: `Switch a fault on with: agent-task-kit run --fault ID (repeatable). The mutation matrix
(spec/mutation-matrix.json and coverage.md in the kit's repository) shows which scenarios catch each fault.

Exit codes: 0; 2 usage error.`,
} satisfies VerbSpec<{ json: { type: 'boolean'; description: string } }>;

export interface FaultListing {
  id: string;
  description: string;
  rules: string[];
  /** The areas of the rules it breaks. */
  areas: string[];
}

export function faultListing(): FaultListing[] {
  return FAULTS.map((fault) => ({
    id: fault.id,
    description: fault.description,
    rules: [...fault.rules],
    areas: [...new Set(fault.rules.map((rule) => ruleById(rule)?.area ?? rule))],
  }));
}

function table(listing: readonly FaultListing[]): string {
  const rows = listing.map((fault) => [fault.id, fault.rules.join(', '), fault.description] as const);
  const idWidth = Math.max('FAULT'.length, ...rows.map(([id]) => id.length));
  const rulesWidth = Math.max('RULES BROKEN'.length, ...rows.map(([, rules]) => rules.length));
  const line = (a: string, b: string, c: string): string => `${a.padEnd(idWidth)}  ${b.padEnd(rulesWidth)}  ${c}`.trimEnd();
  return [line('FAULT', 'RULES BROKEN', 'MISTAKE'), ...rows.map(([id, rules, text]) => line(id, rules, text))].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const args = parseVerbArgs(spec, argv);
  if (!args.ok) return args.exitCode;
  const listing = faultListing();
  process.stdout.write(args.values.json ? `${JSON.stringify(listing, null, 2)}\n` : `${table(listing)}\n\n${listing.length} faults\n`);
  return EXIT_OK;
}
