/**
 * JUnit XML for CI: one testsuite per area, one testcase per scenario. The XML agrees with the exit code:
 * failures (and, with --strict, blocked scenarios) are <failure>; inapplicable, blocked and baseline-excused
 * scenarios are <skipped> with the reason; stale baseline entries and a missing capabilities document are
 * failures of a `RUN` testsuite.
 */
import type { ScenarioOutcome } from '../harness/outcome.js';
import { failedRules, type SuiteAnalysis } from './analysis.js';
import { casesLeftOutLine, levelPhrase, untestedLines } from './levels.js';
import { failureHeadline, formatScenarioFailures } from './evidence.js';

// Characters XML 1.0 cannot carry at all, even escaped (control characters, lone surrogates, U+FFFE/U+FFFF).
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function printable(text: string): string {
  return text.replace(NOT_XML_CHAR, (char) => `\\u{${char.codePointAt(0)!.toString(16)}}`);
}

/** Escapes element text. */
export function xmlText(text: string): string {
  return printable(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes an attribute value; line breaks and tabs are kept as character references (parsers would fold them). */
export function xmlAttribute(text: string): string {
  return xmlText(text)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${xmlAttribute(String(value))}"`)
    .join('');
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);
/** JUnit's timestamp is an xs:dateTime without zone; the kit's times are UTC. */
const junitTimestamp = (iso: string) => iso.replace(/(\.\d+)?Z$/, '');

interface Case {
  name: string;
  classname: string;
  file?: string;
  timeMs: number;
  failure?: { message: string; type: string; body: string };
  skipped?: { message: string; body?: string };
  /** Said of a passing case: the cases it left out. */
  out?: string;
}

function scenarioCase(outcome: ScenarioOutcome, analysis: SuiteAnalysis): Case {
  const base: Case = { name: outcome.id, classname: outcome.area, file: outcome.file, timeMs: outcome.durationMs };
  const reason = outcome.reason ?? 'no reason given';
  const evidence = [outcome.title, ...formatScenarioFailures(outcome.failures), ...(outcome.transcript ? [`transcript:\n${outcome.transcript}`] : [])].join('\n\n');
  switch (outcome.disposition) {
    case 'pass':
      return outcome.casesLeftOut ? { ...base, out: casesLeftOutLine(outcome.casesLeftOut) } : base;
    case 'fail': {
      const first = outcome.failures[0];
      const more = outcome.failures.length > 1 ? ` (+${outcome.failures.length - 1} more)` : '';
      const message = first ? `${failureHeadline(first)}${more}` : reason;
      if (analysis.baseline?.excused.includes(outcome.id)) {
        const rules = failedRules(outcome).join(', ');
        return { ...base, skipped: { message: `known failure in baseline ${analysis.baseline.file}: ${rules}`, body: evidence } };
      }
      return { ...base, failure: { message, type: first?.rule ?? 'fail', body: evidence } };
    }
    case 'blocked':
      return analysis.blocked === 'fail'
        ? { ...base, failure: { message: `blocked: ${reason}`, type: 'blocked', body: evidence } }
        : { ...base, skipped: { message: `blocked: ${reason}`, ...(outcome.transcript ? { body: evidence } : {}) } };
    case 'inapplicable':
      return { ...base, skipped: { message: `inapplicable: ${reason}` } };
  }
}

function runCases(analysis: SuiteAnalysis): Case[] {
  const cases: Case[] = [];
  if (analysis.suite.capabilities === null) {
    const message = 'the capabilities document could not be fetched and validated; nothing could be checked';
    cases.push({ name: 'capabilities', classname: 'RUN', timeMs: 0, failure: { message, type: 'capabilities', body: message } });
  }
  if (analysis.verdict.problems.some((problem) => problem.startsWith('--require-level'))) {
    const message = `--require-level ${analysis.requiredLevel}: the host reached ${analysis.levels.reached ?? 'no level'}; ${levelPhrase(analysis.levels)}`;
    cases.push({ name: 'conformance level', classname: 'RUN', timeMs: 0, failure: { message, type: 'level', body: untestedLines(analysis.levels).join('\n') || message } });
  }
  for (const rule of analysis.baseline?.stale ?? []) {
    const message = `${rule} is listed in baseline ${analysis.baseline!.file} but now passes; remove it`;
    cases.push({ name: `baseline ${rule}`, classname: 'RUN', timeMs: 0, failure: { message, type: 'stale-baseline', body: message } });
  }
  return cases;
}

function testcase(c: Case): string {
  const open = `    <testcase${attributes({ name: c.name, classname: c.classname, ...(c.file ? { file: c.file } : {}), time: seconds(c.timeMs) })}`;
  if (c.failure) {
    const failure = `      <failure${attributes({ message: c.failure.message, type: c.failure.type })}>${xmlText(c.failure.body)}</failure>`;
    return `${open}>\n${failure}\n    </testcase>`;
  }
  if (c.skipped) {
    const skipped = `      <skipped${attributes({ message: c.skipped.message })}/>`;
    const out = c.skipped.body ? `\n      <system-out>${xmlText(c.skipped.body)}</system-out>` : '';
    return `${open}>\n${skipped}${out}\n    </testcase>`;
  }
  if (c.out) return `${open}>\n      <system-out>${xmlText(c.out)}</system-out>\n    </testcase>`;
  return `${open}/>`;
}

function testsuite(name: string, cases: readonly Case[], timestamp: string): string {
  const counts = {
    name,
    tests: cases.length,
    failures: cases.filter((c) => c.failure).length,
    errors: 0,
    skipped: cases.filter((c) => c.skipped).length,
    time: seconds(cases.reduce((sum, c) => sum + c.timeMs, 0)),
    timestamp,
  };
  return [`  <testsuite${attributes(counts)}>`, ...cases.map(testcase), '  </testsuite>'].join('\n');
}

export function buildJunit(analysis: SuiteAnalysis, areaOrder: readonly string[]): string {
  const { suite } = analysis;
  const byArea = new Map<string, Case[]>();
  for (const outcome of suite.scenarios) {
    const list = byArea.get(outcome.area) ?? [];
    list.push(scenarioCase(outcome, analysis));
    byArea.set(outcome.area, list);
  }
  const areas = [...byArea.keys()].sort((a, b) => rank(areaOrder, a) - rank(areaOrder, b) || a.localeCompare(b));
  const timestamp = junitTimestamp(suite.startedAt);
  const suites = areas.map((area) => testsuite(area, byArea.get(area)!, timestamp));
  const run = runCases(analysis);
  if (run.length > 0) suites.push(testsuite('RUN', run, timestamp));
  const all = [...byArea.values()].flat().concat(run);
  const totals = {
    name: `agent-task-kit conformance ${suite.hostUrl}`,
    tests: all.length,
    failures: all.filter((c) => c.failure).length,
    errors: 0,
    skipped: all.filter((c) => c.skipped).length,
    time: seconds(suite.wallTimeMs),
  };
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites${attributes(totals)}>`, levelProperties(analysis), ...suites, '</testsuites>', ''].join('\n');
}

/** The level reached and how much was tested, as properties CI tools show beside the totals (SPEC.md §13.6). */
function levelProperties(analysis: SuiteAnalysis): string {
  const { levels } = analysis;
  const values: Record<string, string> = {
    'conformance.offered_level': levels.offered ?? 'none',
    'conformance.reached_level': levels.reached ?? 'none',
    'conformance.must_rules_tested': `${levels.tested.length} of ${levels.mustRules}`,
    'conformance.summary': levelPhrase(levels),
  };
  const lines = Object.entries(values).map(([name, value]) => `    <property${attributes({ name, value })}/>`);
  return ['  <properties>', ...lines, '  </properties>'].join('\n');
}

function rank(order: readonly string[], area: string): number {
  const index = order.indexOf(area);
  return index === -1 ? order.length : index;
}
