/**
 * The console report: per area the rule dispositions, then each failure's evidence, the scenarios that did not
 * run and why, the baseline's effect, and the verdict. Plain text so it reads the same in a terminal and a CI log.
 */
import type { Disposition, ScenarioOutcome } from '../harness/outcome.js';
import { countBy, type RuleResult, type SuiteAnalysis } from './analysis.js';
import { failureHeadline, formatScenarioFailures, indentLines } from './evidence.js';
import { casesLeftOutLine, levelPhrase, testedEverything, untestedLines } from './levels.js';
import type { ReportContext } from './json-report.js';

const DISPOSITIONS: readonly Disposition[] = ['pass', 'fail', 'inapplicable', 'blocked'];

function counts(outcomes: readonly ScenarioOutcome[]): string {
  const byDisposition = countBy(DISPOSITIONS, outcomes.map((o) => o.disposition));
  return DISPOSITIONS.map((d) => `${byDisposition[d]} ${d}`).join(', ');
}

/** Scenarios a stopped run never started: their one shared reason is shown once, under "Not run". */
function stopSkipped(outcomes: readonly ScenarioOutcome[], stopped: string | undefined): ReadonlySet<string> {
  if (stopped === undefined) return new Set();
  return new Set(outcomes.filter((o) => o.reason === `run stopped: ${stopped}`).map((o) => o.id));
}

function ruleLine(rule: RuleResult, width: number, skipped: ReadonlySet<string> = new Set()): string {
  const notStarted = rule.disposition === 'blocked' && rule.scenarios.length > 0 && rule.scenarios.every((id) => skipped.has(id));
  const detail = rule.disposition === 'pass' ? rule.scenarios.join(', ') : notStarted ? 'run stopped before its scenarios (see Not run)' : (rule.reason ?? '');
  return `  ${rule.disposition.padEnd(12)} ${rule.level.padEnd(6)} ${rule.id.padEnd(width)}  ${detail}`;
}

function areaSection(area: string, rules: readonly RuleResult[], outcomes: readonly ScenarioOutcome[], skipped?: ReadonlySet<string>): string[] {
  const scenarios = outcomes.filter((o) => o.area === area);
  const tested = rules.filter((r) => r.disposition !== 'untested');
  const untested = rules.filter((r) => r.disposition === 'untested');
  if (scenarios.length === 0 && tested.length === 0) return [`${area}: not run (${untested.length} rules untested)`];
  const width = Math.max(...rules.map((r) => r.id.length));
  const lines = [`${area}: ${scenarios.length} scenario(s): ${counts(scenarios)}`, ...tested.map((r) => ruleLine(r, width, skipped))];
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
  const skipped = stopSkipped(suite.scenarios, suite.stopped);
  for (const area of areas) out.push(...areaSection(area, rules.filter((r) => r.area === area), suite.scenarios, skipped));

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
      out.push(...formatScenarioFailures(o.failures));
    }
  }

  const notRun = suite.scenarios.filter((o) => o.disposition === 'blocked' || o.disposition === 'inapplicable');
  if (notRun.length > 0) {
    out.push('', `Not run (${notRun.length})`);
    // Scenarios a stopped run never started share one reason: it is said once, not once per scenario.
    const notStarted = notRun.filter((o) => skipped.has(o.id));
    if (notStarted.length > 0) out.push(`  ${'blocked'.padEnd(12)} ${notStarted.length} scenario(s) not started: run stopped: ${suite.stopped}`);
    for (const o of notRun.filter((o) => !skipped.has(o.id))) {
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

  // The stop reason is said once, under "Not run": here it shrinks to its name.
  const stopText = suite.stopped === undefined ? null : `run stopped: ${suite.stopped}`;
  const untested = untestedLines(analysis.levels).map((line) => (stopText === null ? line : line.split(stopText).join('run stopped')));
  if (untested.length > 0) out.push('', `Conformance level (offered: ${analysis.levels.offered ?? 'unknown'})`, ...untested);

  const assertions = suite.scenarios.reduce((sum, o) => sum + o.assertions, 0);
  const ruleCounts = countBy([...DISPOSITIONS, 'untested'] as const, rules.map((r) => r.disposition));
  out.push(
    '',
    `Scenarios: ${suite.scenarios.length} (${counts(suite.scenarios)})`,
    `Rules: ${rules.length} (${Object.entries(ruleCounts).map(([d, n]) => `${n} ${d}`).join(', ')})`,
    `Assertions: ${assertions}; HTTP exchanges: ${suite.exchanges}; wall time: ${(suite.wallTimeMs / 1000).toFixed(1)} s`,
    verdictLines(analysis),
  );
  return `${out.join('\n')}\n`;
}

/** The last lines: the verdict, and under it why the run failed or what it could not observe. */
function verdictLines({ verdict, levels }: SuiteAnalysis): string {
  const list = (items: readonly string[]) => items.map((item) => `\n  - ${item}`).join('');
  switch (verdict.kind) {
    case 'pass':
      return `Result: PASS${testedEverything(levels) ? '' : ` ${levelPhrase(levels)}`}${list(verdict.unobserved)}`;
    case 'fail':
      return `Conformance: ${levelPhrase(levels)}\nResult: FAIL${list(verdict.problems)}${verdict.unobserved.length > 0 ? `\nAlso not observed:${list(verdict.unobserved)}` : ''}`;
    case 'incomplete':
      return `Conformance: ${levelPhrase(levels)}\nResult: INCOMPLETE (nothing failed, but the kit could not observe everything)${list(verdict.unobserved)}`;
  }
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
  if (outcome.reason && outcome.disposition !== 'pass') return `${head}: ${outcome.reason}`;
  return outcome.casesLeftOut ? `${head}\n             ${casesLeftOutLine(outcome.casesLeftOut)}` : head;
}
