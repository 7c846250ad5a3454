/**
 * `agent-task-kit run`: runs the scenario suite against a host URL or, without --host, against the embedded
 * reference host, then prints the console report and writes the JSON/JUnit reports. Every flag is checked
 * before the first request so a typo costs nothing; exit 0 pass, 1 conformance failure, 2 usage/configuration.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { FAULTS } from '../../reference-host/faults.js';
import { DEFAULT_TIMEOUTS, EMBEDDED_MAX_WORKERS, URL_MAX_WORKERS, discoverTarget, loadScenarios, matchesFilter, missingCapability, runSuite, urlTarget } from '../harness/index.js';
import type { ScenarioEntry, SuiteOptions, Target } from '../harness/index.js';
import { analyzeSuite } from '../report/analysis.js';
import { parseBaseline } from '../report/baseline.js';
import { formatConsoleReport, formatProgress } from '../report/console.js';
import { buildJsonReport, type ReportContext } from '../report/json-report.js';
import { buildJunit } from '../report/junit.js';
import { kitIdentity } from '../report/kit.js';
import { ruleRegistry } from '../rules.js';
import { validate } from '../validate.js';
import { EXIT_FAILURE, EXIT_USAGE, parseVerbArgs, type OptionSpecs, type VerbSpec } from './args.js';
import { readJsonFile } from './read-json.js';
import { API_KEY_ENV, checkConnectionFlags, connectionOptions } from './connection-flags.js';

const MAX_WORKERS_LIMIT = 64;

const options = {
  ...connectionOptions,
  host: { ...connectionOptions.host, description: 'base URL of the host under test (default: the embedded reference host)' },
  filter: {
    type: 'string',
    multiple: true,
    valueName: 'AREA|RULE|SCENARIO',
    description: 'run only scenarios of an area, citing a rule, or with an id (repeatable; commas allowed)',
  },
  baseline: { type: 'string', valueName: 'FILE', description: 'known failures file {"known_failures": ["RULE-ID", …]}' },
  'report-json': { type: 'string', valueName: 'FILE', description: 'write the JSON report (conformance-report schema)' },
  'report-junit': { type: 'string', valueName: 'FILE', description: 'write a JUnit XML report' },
  'max-workers': {
    type: 'string',
    valueName: 'N',
    description: `scenarios run at once (default ${EMBEDDED_MAX_WORKERS} embedded, each on its own host; ${URL_MAX_WORKERS} with --host, whose one test clock all scenarios share)`,
  },
  strict: { type: 'boolean', description: 'blocked scenarios fail the run too' },
  fault: { type: 'string', multiple: true, valueName: 'ID', description: 'switch on a named fault (repeatable; embedded host only)' },
} as const satisfies OptionSpecs;

const spec = {
  verb: 'run',
  summary:
    'Run the conformance suite against a host at a URL, or (without --host) against the embedded reference host.',
  synopsis: '',
  positionals: { min: 0, max: 0 },
  options,
  details: `Exit codes:
  0  no scenario failed (with --strict: none blocked either) and the baseline has no stale entry
  1  a scenario failed outside the baseline, a baseline entry now passes (stale), the capabilities
     document was unavailable, or (--strict) a scenario was blocked
  2  usage or configuration error (unknown flag, bad value, unknown filter term/fault/rule, unreadable file)

Progress lines go to stderr; the report goes to stdout. The API key may come from $ATK_API_KEY instead of
--api-key. A baseline file lists rules whose failures are known: {"known_failures": ["LEDGER-HASH-LINK"]}.
A failed scenario whose every failed rule is listed does not fail the run; a listed rule that passes does.

Examples:
  agent-task-kit run
  agent-task-kit run --host https://host.example --api-key $KEY --report-junit junit.xml
  agent-task-kit run --fault ledger-sequence-gap --filter LEDGER
`,
} satisfies VerbSpec<typeof options>;

type Usage = { ok: false; message: string };

function parsePositiveInt(text: string, limit: number): number | null {
  if (!/^[0-9]+$/.test(text)) return null;
  const value = Number(text);
  return value >= 1 && value <= limit ? value : null;
}

/** Filter terms after splitting commas; each must name an area, a rule or a scenario. */
function filterTerms(raw: readonly string[], scenarioIds: ReadonlySet<string>): { ok: true; terms: string[] } | Usage {
  const terms = raw.flatMap((value) => value.split(',')).map((term) => term.trim());
  if (terms.some((term) => term.length === 0)) return { ok: false, message: '--filter has an empty term' };
  const areas = new Set(ruleRegistry.areas.map((area) => area.toLowerCase()));
  const ruleIds = new Set(ruleRegistry.rules.map((rule) => rule.id as string));
  const unknown = terms.filter((t) => !areas.has(t.toLowerCase()) && !ruleIds.has(t) && !scenarioIds.has(t));
  if (unknown.length > 0) {
    return {
      ok: false,
      message: `--filter ${unknown.join(', ')} names no area, rule id or scenario id; areas: ${ruleRegistry.areas.join(', ')}`,
    };
  }
  return { ok: true, terms };
}

function prepareOutput(path: string | undefined, flag: string): Usage | null {
  if (path === undefined) return null;
  try {
    mkdirSync(dirname(path), { recursive: true });
    return null;
  } catch (error) {
    return { ok: false, message: `${flag} ${path}: cannot create its directory: ${(error as Error).message}` };
  }
}

function write(path: string, text: string, flag: string): boolean {
  try {
    writeFileSync(path, text);
    return true;
  } catch (error) {
    process.stderr.write(`agent-task-kit run: ${flag} ${path}: ${(error as Error).message}\n`);
    return false;
  }
}

/**
 * Without a key the kit needs the host's tenants seam to mint one; say so before the run instead of reporting
 * every scenario blocked. An unreachable host is left to the run, which reports it.
 */
async function keylessProblem(host: string): Promise<string | null> {
  const { discovery } = await discoverTarget(urlTarget(host, null), DEFAULT_TIMEOUTS.requestMs);
  if (!discovery.ok) return null;
  const missing = missingCapability(discovery.document, 'seams.tenants');
  return missing === null ? null : `--host needs --api-key KEY (or $${API_KEY_ENV}): ${missing}, so the kit cannot mint tenant keys`;
}

export async function main(argv: string[]): Promise<number> {
  const parsed = parseVerbArgs(spec, argv);
  if (!parsed.ok) return parsed.exitCode;
  const values = parsed.values;
  const usage = (message: string) => {
    process.stderr.write(`agent-task-kit run: ${message}\nRun 'agent-task-kit run --help' for the flags.\n`);
    return EXIT_USAGE;
  };

  const connection = checkConnectionFlags(values, { hostRequired: false });
  if (!connection.ok) return usage(connection.message);

  const faults = [...new Set(values.fault ?? [])];
  if (faults.length > 0 && connection.host !== null) return usage('--fault works only with the embedded host (drop --host)');
  const knownFaults: ReadonlySet<string> = new Set(FAULTS.map((fault) => fault.id));
  const unknownFaults = faults.filter((id) => !knownFaults.has(id));
  if (unknownFaults.length > 0) {
    return usage(`unknown fault ${unknownFaults.join(', ')}; known faults: ${[...knownFaults].join(', ')}`);
  }

  const defaultWorkers = connection.host === null ? EMBEDDED_MAX_WORKERS : URL_MAX_WORKERS;
  const maxWorkers = parsePositiveInt(values['max-workers'] ?? String(defaultWorkers), MAX_WORKERS_LIMIT);
  if (maxWorkers === null) return usage(`--max-workers must be an integer from 1 to ${MAX_WORKERS_LIMIT}`);

  let baseline: { file: string; knownFailures: string[] } | undefined;
  if (values.baseline !== undefined) {
    const read = readJsonFile(values.baseline);
    if (!read.ok) return usage(`--baseline: ${read.message}`);
    const checked = parseBaseline(read.value, new Set(ruleRegistry.rules.map((rule) => rule.id)));
    if (!checked.ok) return usage(`--baseline ${values.baseline}: ${checked.error}`);
    baseline = { file: values.baseline, knownFailures: checked.knownFailures };
  }

  for (const [path, flag] of [[values['report-json'], '--report-json'], [values['report-junit'], '--report-junit']] as const) {
    const problem = prepareOutput(path, flag);
    if (problem) return usage(problem.message);
  }

  let available: ScenarioEntry[];
  try {
    available = await loadScenarios();
  } catch (error) {
    return usage(`cannot load the scenario files: ${(error as Error).message}`);
  }
  if (available.length === 0) return usage('no scenario files were found in scenarios/ (is the kit installed completely?)');
  const filter = filterTerms(values.filter ?? [], new Set(available.map((entry) => entry.def.id)));
  if (!filter.ok) return usage(filter.message);
  if (!available.some((entry) => matchesFilter(entry, filter.terms))) {
    return usage(`--filter ${filter.terms.join(',')} selects no scenario`);
  }

  if (connection.host !== null && connection.apiKey === null) {
    const problem = await keylessProblem(connection.host);
    if (problem !== null) return usage(problem);
  }

  const target: Target =
    connection.host === null
      ? { kind: 'embedded', faults }
      : { kind: 'url', baseUrl: connection.host, apiKey: connection.apiKey };
  const options: SuiteOptions = {
    target,
    receiver: connection.receiver,
    filter: filter.terms,
    maxWorkers,
    onOutcome: (outcome) => process.stderr.write(`${formatProgress(outcome)}\n`),
  };

  let suite;
  try {
    suite = await runSuite(options);
  } catch (error) {
    const code = (error as { code?: string }).code;
    // The receiver could not listen where --callback-listen says: a configuration problem, not a host failure.
    if (code === 'EADDRINUSE' || code === 'EADDRNOTAVAIL' || code === 'EACCES' || code === 'ENOTFOUND') {
      return usage(`cannot start the callback receiver: ${(error as Error).message}`);
    }
    throw error;
  }

  const analysis = analyzeSuite(suite, ruleRegistry.rules, { strict: values.strict === true, baseline });
  const context: ReportContext = { kit: kitIdentity(), specVersion: ruleRegistry.spec_version, faults };
  process.stdout.write(formatConsoleReport(analysis, context, ruleRegistry.areas));

  let exitCode: number = analysis.verdict.exitCode;
  if (values['report-json'] !== undefined) {
    const report = buildJsonReport(analysis, context);
    const checked = validate('conformance-report', report);
    if (!checked.ok) {
      // A report that breaks its own schema is a kit defect; write it for diagnosis but do not pass the run.
      process.stderr.write(`agent-task-kit run: internal error: the JSON report does not validate: ${JSON.stringify(checked.errors)}\n`);
      exitCode = EXIT_FAILURE;
    }
    if (!write(values['report-json'], `${JSON.stringify(report, null, 2)}\n`, '--report-json')) exitCode = EXIT_USAGE;
  }
  if (values['report-junit'] !== undefined) {
    if (!write(values['report-junit'], buildJunit(analysis, ruleRegistry.areas), '--report-junit')) exitCode = EXIT_USAGE;
  }
  return exitCode;
}
