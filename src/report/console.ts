/**
 * The console report: per area the rule dispositions, then each failure's evidence, the scenarios that did not
 * run and why, the baseline's effect, and the verdict. Plain text so it reads the same in a terminal and a CI log.
 */
import type { Disposition, ScenarioOutcome } from '../harness/outcome.js';
import { countBy, type RuleResult, type SuiteAnalysis } from './analysis.js';
import { failureHeadline, formatFailure, indentLines } from './evidence.js';
import type { ReportContext } from './json-report.js';

const DISPOSITIONS: readonly Disposition[] = ['pass', 'fail', 'inapplicable', 'blocked'];

function counts(outcomes: readonly ScenarioOutcome[]): string {
  const byDisposition = countBy(DISPOSITIONS, outcomes.map((o) => o.disposition));
  return DISPOSITIONS.map((d) => `${byDisposition[d]} ${d}`).join(', ');
}

function ruleLine(rule: RuleResult, width: number): string {
  const detail = rule.disposition === 'pass' ? rule.scenarios.join(', ') : (rule.reason ?? '');
  return `  ${rule.disposition.padEnd(12)} ${rule.level.padEnd(6)} ${rule.id.padEnd(width)}  ${detail}`;
}

function areaSection(area: string, rules: readonly RuleResult[], outcomes: readonly ScenarioOutcome[]): string[] {
  const scenarios = outcomes.filter((o) => o.area === area);
  const tested = rules.filter((r) => r.disposition !== 'untested');
  const untested = rules.filter((r) => r.disposition === 'untested');
  if (scenarios.length === 0 && tested.length === 0) return [`${area}: not run (${untested.length} rules untested)`];
  const width = Math.max(...rules.map((r) => r.id.length));
  const lines = [`${area}: ${scenarios.length} scenario(s): ${counts(scenarios)}`, ...tested.map((r) => ruleLine(r, width))];
  if (untested.length > 0) lines.push(`  untested     ${untested.map((r) => r.id).join(', ')}`);
  return lines;
}

export function formatConsoleReport(analysis: SuiteAnalysis, context: ReportContext, areaOrder: readonly string[]): string {
  const { suite, rules, baseline, verdict } = analysis;
  const out: string[] = [
    `${context.kit.name} ${context.kit.version} conformance report, spec ${context.specVersion}`,
    `host: ${suite.hostUrl}${context.faults.length > 0 ? `  faults: ${context.faults.join(', ')}` : ''}`,
    `capabilities: ${suite.capabilitiesDigest ?? 'unavailable'}`,
    '',
  ];
  const areas = [...new Set([...areaOrder, ...rules.map((r) => r.area), ...suite.scenarios.map((o) => o.area)])];
  for (const area of areas) out.push(...areaSection(area, rules.filter((r) => r.area === area), suite.scenarios));

  const failed = suite.scenarios.filter((o) => o.disposition === 'fail');
  if (failed.length > 0) {
    out.push('', `Failures (${failed.length})`);
    for (const o of failed) {
      const known = baseline?.excused.includes(o.id) ? '  [known failure: baseline]' : '';
      out.push('', `x ${o.id}: ${o.title} (${o.file})${known}`);
      if (o.failures.length === 0) {
        out.push(`  ${o.reason ?? 'failed without a recorded assertion failure'}`);
        if (o.transcript) out.push('  transcript:', indentLines(o.transcript, '    '));
      }
      for (const failure of o.failures) out.push(formatFailure(failure));
    }
  }

  const notRun = suite.scenarios.filter((o) => o.disposition === 'blocked' || o.disposition === 'inapplicable');
  if (notRun.length > 0) {
    out.push('', `Not run (${notRun.length})`);
    for (const o of notRun) {
      out.push(`  ${o.disposition.padEnd(12)} ${o.id}: ${o.reason ?? 'no reason given'}`);
      if (o.transcript) out.push(indentLines(lastExchange(o.transcript), '      '));
    }
    if (notRun.some((o) => o.transcript)) out.push('  (the last exchange is shown; reports written with --report-json/--report-junit hold every one)');
  }

  if (baseline !== null) {
    out.push(
      '',
      `Baseline ${baseline.file}: ${baseline.knownFailures.length} known failure(s)`,
      `  excused scenarios: ${baseline.excused.join(', ') || 'none'}`,
      `  stale (now pass, remove them): ${baseline.stale.join(', ') || 'none'}`,
    );
  }

  const assertions = suite.scenarios.reduce((sum, o) => sum + o.assertions, 0);
  const ruleCounts = countBy([...DISPOSITIONS, 'untested'] as const, rules.map((r) => r.disposition));
  out.push(
    '',
    `Scenarios: ${suite.scenarios.length} (${counts(suite.scenarios)})`,
    `Rules: ${rules.length} (${Object.entries(ruleCounts).map(([d, n]) => `${n} ${d}`).join(', ')})`,
    `Assertions: ${assertions}; HTTP exchanges: ${suite.exchanges}; wall time: ${(suite.wallTimeMs / 1000).toFixed(1)} s`,
    verdict.exitCode === 0 ? 'Result: PASS' : `Result: FAIL\n${verdict.problems.map((p) => `  - ${p}`).join('\n')}`,
  );
  return `${out.join('\n')}\n`;
}

/** A transcript's last entry (`# N …` blocks, see harness/transcript.ts): the exchange that stopped a scenario. */
function lastExchange(transcript: string): string {
  const entries = transcript.split(/\n\n(?=# \d+ )/);
  return entries[entries.length - 1]!;
}

/** One progress line per finished scenario. */
export function formatProgress(outcome: ScenarioOutcome): string {
  const head = `${outcome.disposition.padEnd(12)} ${outcome.id} (${outcome.assertions} assertions, ${outcome.durationMs} ms)`;
  const first = outcome.failures[0];
  if (first) return `${head}\n             ${failureHeadline(first)}`;
  return outcome.reason && outcome.disposition !== 'pass' ? `${head}: ${outcome.reason}` : head;
}
