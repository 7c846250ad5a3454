/**
 * Writes each rule's `conformance_level` in spec/rules.json: the lowest level (SPEC.md §13.6) among the scenarios
 * citing it, read statically from their `requires`. A rule no scenario cites has none. `--check` only reports the
 * rules whose stated level disagrees (exit 1); `npm run check:coverage` makes the same check.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditScenarioDirectory } from '../dev/audit/scenario-sources.js';
import { levelMismatches, ruleLevels } from '../src/harness/levels.js';
import { packageRoot } from '../src/schemas.js';

type RuleEntry = Record<string, unknown> & { id: string; conformance_level?: string };

const path = join(packageRoot, 'spec', 'rules.json');
const registry = JSON.parse(readFileSync(path, 'utf8')) as { rules: RuleEntry[] };
const { sources } = auditScenarioDirectory(packageRoot, { knownRuleIds: new Set(registry.rules.map((r) => r.id)) });

if (process.argv.includes('--check')) {
  const problems = levelMismatches(new Map(registry.rules.map((r) => [r.id, r.conformance_level])), sources);
  for (const problem of problems) process.stderr.write(`conformance-levels: ${problem}\n`);
  process.exitCode = problems.length === 0 ? 0 : 1;
} else {
  const levels = ruleLevels(sources);
  // The level goes right after `level`, so a rule reads id, area, level, conformance level, text.
  registry.rules = registry.rules.map((rule) => {
    const level = levels.get(rule.id);
    const entry: RuleEntry = { id: rule.id };
    for (const [key, value] of Object.entries(rule)) {
      if (key === 'conformance_level') continue;
      entry[key] = value;
      if (key === 'level' && level !== undefined) entry['conformance_level'] = level;
    }
    return entry;
  });
  writeFileSync(path, `${JSON.stringify(registry, null, 2)}\n`);
  process.stdout.write(`wrote conformance levels to ${path}\n`);
}
