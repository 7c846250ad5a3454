/**
 * The machine-readable report (schemas/conformance-report.schema.json). Field names are snake_case like every
 * other protocol document; the content is the analysis verbatim, nothing recomputed here.
 */
import type { Disposition } from '../harness/outcome.js';
import { ruleRegistry } from '../rules.js';
import { countBy, type RuleDisposition, type SuiteAnalysis } from './analysis.js';
import { exchangeRecord, jsonValue } from './exchanges.js';
import { testedEverything } from './levels.js';

export interface ReportContext {
  kit: { name: string; version: string };
  specVersion: string;
  /** Fault ids switched on in the embedded host; empty for a host at a URL. */
  faults: readonly string[];
}

const SCENARIO_DISPOSITIONS: readonly Disposition[] = ['pass', 'fail', 'inapplicable', 'blocked'];
const RULE_DISPOSITIONS: readonly RuleDisposition[] = [...SCENARIO_DISPOSITIONS, 'untested'];

export function buildJsonReport(analysis: SuiteAnalysis, context: ReportContext) {
  const { suite, rules, baseline, verdict } = analysis;
  const levelOf = new Map(ruleRegistry.rules.map((rule) => [rule.id as string, rule.conformance_level]));
  return {
    report_version: '1.0' as const,
    kit: { name: context.kit.name, version: context.kit.version },
    spec_version: context.specVersion,
    host_url: suite.hostUrl,
    capabilities_digest: suite.capabilitiesDigest,
    started_at: suite.startedAt,
    finished_at: suite.finishedAt,
    wall_time_ms: suite.wallTimeMs,
    exchanges: suite.exchanges,
    faults: [...context.faults],
    verdict: { status: verdict.kind, exit_code: verdict.exitCode, problems: verdict.problems, unobserved: verdict.unobserved },
    conformance: {
      offered_level: analysis.levels.offered,
      reached_level: analysis.levels.reached,
      required_level: analysis.requiredLevel,
      must_rules: analysis.levels.mustRules,
      tested: analysis.levels.tested,
      complete: testedEverything(analysis.levels),
      need_higher_level: analysis.levels.needHigherLevel,
      not_tested: analysis.levels.notTested,
      not_applicable: analysis.levels.notApplicable,
    },
    summary: {
      scenarios: countBy(SCENARIO_DISPOSITIONS, suite.scenarios.map((o) => o.disposition)),
      rules: countBy(RULE_DISPOSITIONS, rules.map((r) => r.disposition)),
      assertions: suite.scenarios.reduce((sum, o) => sum + o.assertions, 0),
    },
    scenarios: suite.scenarios.map((o) => ({
      id: o.id,
      file: o.file,
      title: o.title,
      area: o.area,
      rules: o.rules,
      requires: o.requires,
      disposition: o.disposition,
      reason: o.reason,
      assertions: o.assertions,
      duration_ms: o.durationMs,
      exchanges: o.exchanges,
      failures: o.failures.map((f) => ({
        rule: f.rule,
        text: f.text,
        what: f.what,
        ...(f.incidental ? { incidental: true } : {}),
        expected: f.expected,
        observed: f.observed,
        transcript: f.transcript,
        ...('expectedValue' in f ? { expected_value: jsonValue(f.expectedValue) } : {}),
        ...('observedValue' in f ? { observed_value: jsonValue(f.observedValue) } : {}),
        ...(f.exchanges === undefined ? {} : { exchanges: f.exchanges.map(exchangeRecord) }),
      })),
      ...(o.casesLeftOut === undefined ? {} : { cases_left_out: o.casesLeftOut }),
      ...(o.transcript === undefined ? {} : { transcript: o.transcript }),
      ...(o.transcriptExchanges === undefined ? {} : { transcript_exchanges: o.transcriptExchanges.map(exchangeRecord) }),
    })),
    rules: rules.map((r) => ({
      id: r.id,
      level: r.level,
      conformance_level: levelOf.get(r.id) ?? null,
      area: r.area,
      disposition: r.disposition,
      reason: r.reason,
      scenarios: r.scenarios,
    })),
    ...(baseline === null
      ? {}
      : {
          baseline: {
            file: baseline.file,
            known_failures: baseline.knownFailures,
            excused: baseline.excused,
            stale: baseline.stale,
          },
        }),
  };
}

export type JsonReport = ReturnType<typeof buildJsonReport>;
