/**
 * `agent-task-kit list`: the scenarios of the suite without running them — id, area, conformance level, the
 * capabilities each requires and the rules it cites — as a table or, with --json, an array. `--filter` takes
 * the terms `run` takes, so a selection can be checked before a long run.
 */
import { loadScenarios, matchesFilter, type ScenarioEntry } from '../harness/index.js';
import { scenarioLevel, type ConformanceLevel } from '../harness/levels.js';
import { EXIT_OK, parseVerbArgs, usageError, type VerbSpec } from './args.js';
import { filterTerms } from './filter.js';

const options = {
  filter: {
    type: 'string',
    multiple: true,
    valueName: 'AREA|RULE|SCENARIO',
    description: 'list only scenarios of an area, citing a rule, or with an id (repeatable; commas allowed), as run does',
  },
  json: { type: 'boolean', description: 'print a JSON array of {id, title, area, level, requires, rules, file}' },
} as const;

export const spec = {
  verb: 'list',
  summary: 'List the conformance scenarios with their area, level, required capabilities and rules, without running them.',
  synopsis: '',
  positionals: { min: 0, max: 0 },
  options,
  details: `A scenario's level (core, timed, full) is the lowest conformance level whose seams it requires.

Exit codes: 0 listed; 2 usage error (unknown flag, unknown filter term, a filter that selects nothing).`,
} satisfies VerbSpec<typeof options>;

export interface ScenarioListing {
  id: string;
  title: string;
  area: string;
  level: ConformanceLevel;
  requires: string[];
  rules: string[];
  file: string;
}

export function scenarioListing(entries: readonly ScenarioEntry[]): ScenarioListing[] {
  return entries.map((entry) => ({
    id: entry.def.id,
    title: entry.def.title,
    area: entry.area,
    level: scenarioLevel(entry.def.requires ?? []),
    requires: [...(entry.def.requires ?? [])],
    rules: [...entry.def.rules],
    file: entry.file,
  }));
}

function table(listing: readonly ScenarioListing[]): string {
  const idWidth = Math.max('SCENARIO'.length, ...listing.map((s) => s.id.length));
  const areaWidth = Math.max('AREA'.length, ...listing.map((s) => s.area.length));
  const levelWidth = 'LEVEL'.length;
  const line = (id: string, area: string, level: string, rest: string): string =>
    `${id.padEnd(idWidth)}  ${area.padEnd(areaWidth)}  ${level.padEnd(levelWidth)}  ${rest}`.trimEnd();
  const rows = listing.flatMap((s) => [
    line(s.id, s.area, s.level, s.rules.join(', ')),
    ...(s.requires.length > 0 ? [line('', '', '', `requires ${s.requires.join(', ')}`)] : []),
  ]);
  return [line('SCENARIO', 'AREA', 'LEVEL', 'RULES'), ...rows].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const args = parseVerbArgs(spec, argv);
  if (!args.ok) return args.exitCode;
  const available = await loadScenarios();
  const filter = filterTerms(args.values.filter ?? [], new Set(available.map((entry) => entry.def.id)));
  if (!filter.ok) return usageError(spec, filter.message);
  const selected = available.filter((entry) => matchesFilter(entry, filter.terms));
  if (selected.length === 0) return usageError(spec, `--filter ${filter.terms.join(',')} selects no scenario`);
  const listing = scenarioListing(selected);
  if (args.values.json) process.stdout.write(`${JSON.stringify(listing, null, 2)}\n`);
  else {
    const rules = new Set(listing.flatMap((s) => s.rules)).size;
    process.stdout.write(`${table(listing)}\n\n${listing.length} scenario(s) citing ${rules} rule(s)\n`);
  }
  return EXIT_OK;
}
