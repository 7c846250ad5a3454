/**
 * Writes coverage.md from the rule registry, the scenario sources, the fixtures, the fault catalog and the
 * stored mutation matrix (spec/mutation-matrix.json, written by scripts/matrix.ts). `--check` renders it in
 * memory instead and exits 1 when coverage.md is stale, a MUST rule has neither a scenario nor an
 * `unobservable_reason`, a scenario cites an unknown rule, or the stored matrix is missing, was made for other
 * faults or scenarios, or breaks one of its rules (dev/matrix/verify.ts). `--root DIR` works on another tree.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { coverageProblems, readCoverageInput, renderCoverage, type CoverageFault } from '../dev/audit/coverage.js';
import { packageRoot } from '../src/schemas.js';

async function faultCatalog(root: string): Promise<CoverageFault[]> {
  const path = join(root, 'reference-host', 'faults.ts');
  if (!existsSync(path)) return [];
  const module = (await import(pathToFileURL(path).href)) as { FAULTS?: readonly CoverageFault[] };
  if (!Array.isArray(module.FAULTS)) throw new Error(`${path} does not export a FAULTS array`);
  return [...module.FAULTS];
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { check: { type: 'boolean' }, root: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  const root = resolve(values.root ?? packageRoot);
  const input = readCoverageInput(root, await faultCatalog(root));
  const text = renderCoverage(input);
  const problems = coverageProblems(input).map((p) => p.message);
  const target = join(root, 'coverage.md');
  if (values.check) {
    const current = existsSync(target) ? readFileSync(target, 'utf8') : null;
    if (current !== text) problems.unshift(`coverage.md is ${current === null ? 'missing' : 'stale'}; run: npx tsx scripts/coverage.ts`);
    for (const problem of problems) process.stderr.write(`check:coverage: ${problem}\n`);
    if (problems.length === 0) {
      process.stdout.write('coverage.md is current; every MUST rule has a scenario and a catching fault, or a written reason\n');
    }
    return problems.length === 0 ? 0 : 1;
  }
  writeFileSync(target, text);
  process.stdout.write(`wrote ${target}\n`);
  if (problems.length > 0) process.stderr.write(`coverage: ${problems.length} problem(s); \`npm run check:coverage\` lists them\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
