/**
 * `agent-task-kit run`: runs the scenario suite against a host URL or, without --host, against the embedded
 * reference host, then prints the console report and writes the JSON/JUnit reports. Every flag is checked
 * before the first request so a typo costs nothing; exit 0 pass, 1 conformance failure, 2 usage/configuration.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { FAULTS } from '../../reference-host/faults.js';
import { VARIANTS } from '../../reference-host/variants.js';
import { DEFAULT_TIMEOUTS, EMBEDDED_MAX_WORKERS, URL_MAX_WORKERS, URL_PER_TENANT_MAX_WORKERS, discoverTarget, loadScenarios, matchesFilter, missingCapability, runSuite, urlTarget } from '../harness/index.js';
import type { ScenarioEntry, SuiteOptions, Target } from '../harness/index.js';
import { CONFORMANCE_LEVELS, isConformanceLevel } from '../harness/levels.js';
import { DEFAULT_TIME_BUDGET_MS } from '../harness/real-time.js';
import { analyzeSuite } from '../report/analysis.js';
import { parseBaseline } from '../report/baseline.js';
import { formatConsoleReport } from '../report/console.js';
import { createProgress } from '../report/progress.js';
import { buildHar } from '../report/exchanges.js';
import { buildHtml } from '../report/html.js';
import { buildJsonReport, type ReportContext } from '../report/json-report.js';
import { buildJunit } from '../report/junit.js';
import { kitIdentity } from '../report/kit.js';
import { ruleRegistry } from '../rules.js';
import { validate } from '../validate.js';
import { EXIT_INTERNAL, EXIT_USAGE, parseVerbArgs, type OptionSpecs, type VerbSpec } from './args.js';
import { readJsonFile } from './read-json.js';
import { filterTerms } from './filter.js';
import { didYouMean } from './suggest.js';
import { API_KEY_ENV, checkConnectionFlags, checkLimitFlags, connectionOptions, limitOptions, scenarioTimeoutOption } from './connection-flags.js';
import type { Discovery } from '../harness/index.js';
import { DEFAULT_LIMITS } from '../harness/limits.js';
import { safeForTerminal } from '../report/terminal.js';
import { maskDeep, registerSecret } from '../secrets.js';
import { wholeNumberFlag } from './whole-number.js';

const MAX_WORKERS_LIMIT = 64;

const options = {
  ...connectionOptions,
  ...limitOptions,
  ...scenarioTimeoutOption,
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
  'report-html': { type: 'string', valueName: 'FILE', description: 'write a self-contained HTML report (no network needed to view it)' },
  'report-har': { type: 'string', valueName: 'FILE', description: "write the failures' HTTP exchanges as HAR 1.2 (opens in browser developer tools)" },
  'max-workers': {
    type: 'string',
    valueName: 'N',
    description: `scenarios run at once (default ${EMBEDDED_MAX_WORKERS} embedded, each on its own host; with --host ${URL_PER_TENANT_MAX_WORKERS} when the host declares per-tenant test clocks, otherwise ${URL_MAX_WORKERS}, since its one clock is shared)`,
  },
  strict: { type: 'boolean', description: 'blocked scenarios fail the run (exit 1) instead of leaving it incomplete (exit 3)' },
  'allow-blocked': { type: 'boolean', description: 'blocked scenarios are reported but do not keep the run from passing (exit 0)' },
  fault: { type: 'string', multiple: true, valueName: 'ID', description: 'switch on a named fault (repeatable; embedded host only)' },
  variant: {
    type: 'string',
    multiple: true,
    valueName: 'ID',
    description: 'switch on a named variant, a behaviour SPEC.md allows (repeatable; embedded host only; see agent-task-kit variants)',
  },
  'require-level': {
    type: 'string',
    valueName: 'LEVEL',
    description: `fail the run (exit 1) unless the host reaches this conformance level: ${CONFORMANCE_LEVELS.join(', ')}`,
  },
  'time-budget': {
    type: 'string',
    valueName: 'DURATION',
    description: `real time the run may spend waiting for a host without the test clock, e.g. 90s, 5m (default ${DEFAULT_TIME_BUDGET_MS / 60_000}m)`,
  },
} as const satisfies OptionSpecs;

export const spec = {
  verb: 'run',
  summary:
    'Run the conformance suite against a host at a URL, or (without --host) against the embedded reference host.',
  synopsis: '',
  positionals: { min: 0, max: 0 },
  options,
  details: `Exit codes:
  0  pass: no scenario failed, none was blocked (or --allow-blocked), the baseline has no stale entry
  1  fail: a scenario failed outside the baseline (a host answer broke a rule), a baseline entry now passes
     (stale), the capabilities document answered but was invalid, (--strict) a scenario was blocked, or
     (--require-level) the host did not reach the level
  2  usage or configuration error (unknown flag, bad value, unknown filter term/fault/rule, unreadable file)
  3  incomplete: nothing failed, but the kit could not observe everything: a scenario was blocked (no answer,
     the kit's own time limit), or the host gave no answer to discovery or stopped answering and the run
     stopped early
  4  internal error of the kit; whatever report it could build is still written

Progress lines go to stderr; the report goes to stdout. The API key may come from $ATK_API_KEY instead of
--api-key. A baseline file lists rules whose failures are known: {"known_failures": ["LEDGER-HASH-LINK"]}.
A failed scenario whose every failed rule is listed does not fail the run; a listed rule that passes does.

Examples:
  agent-task-kit run
  agent-task-kit run --host https://host.example --api-key $KEY --report-junit junit.xml
  agent-task-kit run --fault ledger-sequence-gap --filter LEDGER
  agent-task-kit run --variant queue-after-first-phase
`,
} satisfies VerbSpec<typeof options>;

type Usage = { ok: false; message: string };

const DURATION_UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `90s`, `5m`, `1h`, `1500ms`; at most a day, which no run should wait. */
function parseDuration(text: string): number | null {
  const match = /^([0-9]+)(ms|s|m|h)$/.exec(text.trim());
  if (!match) return null;
  const ms = Number(match[1]) * DURATION_UNITS[match[2]!]!;
  return ms >= 1 && ms <= 86_400_000 ? ms : null;
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
async function keylessProblem(host: string, requestTimeoutMs: number, responseBodyLimit: number): Promise<{ problem: string | null; discovery: Discovery }> {
  const { discovery } = await discoverTarget(urlTarget(host, null), requestTimeoutMs, responseBodyLimit);
  if (!discovery.ok) return { problem: null, discovery };
  const missing = missingCapability(discovery.document, 'seams.tenants');
  const problem = missing === null ? null : `--host needs --api-key KEY (or $${API_KEY_ENV}): ${missing}, so the kit cannot mint tenant keys`;
  return { problem, discovery };
}

/** What an internal error may still write: the suite's result, once there is one. */
interface Salvage {
  write?: () => void;
}

/**
 * Exit 4 for a defect of the kit, distinct from a conformance failure; the report is still written when the
 * suite got far enough to have one.
 */
export async function main(argv: string[]): Promise<number> {
  const salvage: Salvage = {};
  try {
    return await runVerb(argv, salvage);
  } catch (error) {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(safeForTerminal(`agent-task-kit run: internal error of the kit (please report it): ${text}\n`));
    try {
      salvage.write?.();
    } catch {
      // Nothing more can be saved.
    }
    return EXIT_INTERNAL;
  }
}

async function runVerb(argv: string[], salvage: Salvage): Promise<number> {
  const parsed = parseVerbArgs(spec, argv);
  if (!parsed.ok) return parsed.exitCode;
  const values = parsed.values;
  const usage = (message: string) => {
    process.stderr.write(`agent-task-kit run: ${message}\nRun 'agent-task-kit run --help' for the flags.\n`);
    return EXIT_USAGE;
  };

  const connection = checkConnectionFlags(values, { hostRequired: false });
  if (!connection.ok) return usage(connection.message);
  if (connection.host !== null) registerSecret(connection.apiKey);
  const limitFlags = checkLimitFlags(values);
  if (!limitFlags.ok) return usage(limitFlags.message);

  if (values.strict === true && values['allow-blocked'] === true) return usage('--strict and --allow-blocked say opposite things about blocked scenarios; give one');
  const faults = [...new Set(values.fault ?? [])];
  if (faults.length > 0 && connection.host !== null) return usage('--fault works only with the embedded host (drop --host)');
  const knownFaults: ReadonlySet<string> = new Set(FAULTS.map((fault) => fault.id));
  const unknownFaults = faults.filter((id) => !knownFaults.has(id));
  if (unknownFaults.length > 0) {
    // A hundred-odd ids would bury a likely match; 'agent-task-kit faults' lists them all.
    const hint = unknownFaults.length === 1 ? didYouMean(unknownFaults[0]!, knownFaults) : '';
    const known = hint === '' ? `known faults: ${[...knownFaults].join(', ')}` : "'agent-task-kit faults' lists them all";
    return usage(`unknown fault ${unknownFaults.join(', ')}${hint}; ${known}`);
  }

  const requireLevel = values['require-level'];
  if (requireLevel !== undefined && !isConformanceLevel(requireLevel)) {
    return usage(`--require-level ${requireLevel} is not a level; levels: ${CONFORMANCE_LEVELS.join(', ')}`);
  }

  const timeBudgetMs = values['time-budget'] === undefined ? DEFAULT_TIME_BUDGET_MS : parseDuration(values['time-budget']);
  if (timeBudgetMs === null) return usage(`--time-budget ${values['time-budget']} is not a duration such as 90s, 5m or 1h (at most 24h)`);

  const variants = [...new Set(values.variant ?? [])];
  if (variants.length > 0 && connection.host !== null) return usage('--variant works only with the embedded host (drop --host); serve --variant ID runs a variant at a URL');
  const knownVariants: ReadonlySet<string> = new Set(VARIANTS.map((variant) => variant.id));
  const unknownVariants = variants.filter((id) => !knownVariants.has(id));
  if (unknownVariants.length > 0) {
    const hint = unknownVariants.length === 1 ? didYouMean(unknownVariants[0]!, knownVariants) : '';
    return usage(`unknown variant ${unknownVariants.join(', ')}${hint}; known variants: ${[...knownVariants].join(', ')}`);
  }

  // Unset, the suite picks it once it has read the host's capabilities (per-tenant clocks or not).
  const maxWorkers = values['max-workers'] === undefined ? undefined : wholeNumberFlag('max-workers', values['max-workers'], 1, MAX_WORKERS_LIMIT);
  if (typeof maxWorkers === 'string') return usage(maxWorkers);

  let baseline: { file: string; knownFailures: string[] } | undefined;
  if (values.baseline !== undefined) {
    const read = readJsonFile(values.baseline);
    if (!read.ok) return usage(`--baseline: ${read.message}`);
    const checked = parseBaseline(read.value, new Set(ruleRegistry.rules.map((rule) => rule.id)));
    if (!checked.ok) return usage(`--baseline ${values.baseline}: ${checked.error}`);
    baseline = { file: values.baseline, knownFailures: checked.knownFailures };
  }

  for (const [path, flag] of [[values['report-json'], '--report-json'], [values['report-junit'], '--report-junit'], [values['report-har'], '--report-har'], [values['report-html'], '--report-html']] as const) {
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

  let discovery: Discovery | undefined;
  if (connection.host !== null && connection.apiKey === null) {
    const checked = await keylessProblem(connection.host, limitFlags.timeouts.requestMs ?? DEFAULT_TIMEOUTS.requestMs, limitFlags.limits.responseBodyBytes ?? DEFAULT_LIMITS.responseBodyBytes);
    if (checked.problem !== null) return usage(checked.problem);
    discovery = checked.discovery;
  }

  const target: Target =
    connection.host === null
      ? { kind: 'embedded', faults, variants }
      : { kind: 'url', baseUrl: connection.host, apiKey: connection.apiKey };
  const progress = createProgress({
    total: available.filter((entry) => matchesFilter(entry, filter.terms)).length,
    stream: process.stderr,
  });
  const options: SuiteOptions = {
    target,
    receiver: connection.receiver,
    filter: filter.terms,
    maxWorkers,
    timeBudgetMs,
    timeouts: limitFlags.timeouts,
    limits: limitFlags.limits,
    onStart: (scenario) => progress.onStart(scenario),
    onOutcome: (outcome) => progress.onOutcome(outcome),
    // Said once: the scenarios the stop skips are reported blocked with this reason, not announced one by one.
    onStop: (reason, skipped) =>
      process.stderr.write(safeForTerminal(`agent-task-kit run: stopping the run: ${reason}; ${skipped} scenario(s) not started, reported blocked\n`)),
  };

  let suite;
  try {
    suite = await runSuite({ ...options, ...(discovery ? { discovery } : {}) }).finally(() => progress.finish());
  } catch (error) {
    const code = (error as { code?: string }).code;
    // The receiver could not listen where --callback-listen says: a configuration problem, not a host failure.
    if (code === 'EADDRINUSE' || code === 'EADDRNOTAVAIL' || code === 'EACCES' || code === 'ENOTFOUND') {
      return usage(`cannot start the callback receiver: ${(error as Error).message}`);
    }
    throw error;
  }

  // Host data and every secret the kit knows pass through here: reports never carry a secret by value.
  const analysis = maskDeep(analyzeSuite(suite, ruleRegistry.rules, {
    blocked: values.strict === true ? 'fail' : values['allow-blocked'] === true ? 'accept' : 'incomplete',
    baseline,
    ...(requireLevel !== undefined ? { requireLevel } : {}),
  }));
  const context: ReportContext = { kit: kitIdentity(), specVersion: ruleRegistry.spec_version, faults };
  salvage.write = () => {
    if (values['report-json'] !== undefined) write(values['report-json'], `${JSON.stringify(buildJsonReport(analysis, context), null, 2)}\n`, '--report-json');
    if (values['report-junit'] !== undefined) write(values['report-junit'], buildJunit(analysis, ruleRegistry.areas), '--report-junit');
  };
  process.stdout.write(safeForTerminal(formatConsoleReport(analysis, context, ruleRegistry.areas)));

  let exitCode: number = analysis.verdict.exitCode;
  if (values['report-json'] !== undefined) {
    const report = buildJsonReport(analysis, context);
    const checked = validate('conformance-report', report);
    if (!checked.ok) {
      // A report that breaks its own schema is a kit defect; write it for diagnosis but do not pass the run.
      process.stderr.write(safeForTerminal(`agent-task-kit run: internal error: the JSON report does not validate: ${JSON.stringify(checked.errors)}\n`));
      exitCode = EXIT_INTERNAL;
    }
    if (!write(values['report-json'], `${JSON.stringify(report, null, 2)}\n`, '--report-json')) exitCode = EXIT_USAGE;
  }
  if (values['report-junit'] !== undefined) {
    if (!write(values['report-junit'], buildJunit(analysis, ruleRegistry.areas), '--report-junit')) exitCode = EXIT_USAGE;
  }
  if (values['report-har'] !== undefined) {
    const har = buildHar(analysis.suite.scenarios, context.kit, analysis.suite.startedAt);
    if (!write(values['report-har'], `${JSON.stringify(har, null, 2)}\n`, '--report-har')) exitCode = EXIT_USAGE;
  }
  if (values['report-html'] !== undefined) {
    if (!write(values['report-html'], buildHtml(analysis, context, ruleRegistry.areas), '--report-html')) exitCode = EXIT_USAGE;
  }
  return exitCode;
}
