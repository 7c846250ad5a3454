/** The mutation matrix section of coverage.md, rendered from the stored matrix and its exemptions. */
import type { MatrixData } from './data.js';
import { catchingScenarios, caughtRules, reachedScenarios, type Exemptions, type MatrixRule } from './verify.js';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function failures(row: MatrixData['faults'][string], scenarios: readonly string[]): string {
  return scenarios.map((scenario) => `${scenario} (${row.failed[scenario]!.join(', ') || 'no assertion'})`).join(', ') || '–';
}

export function renderMatrixSection(data: MatrixData, exemptions: Exemptions, rules: readonly MatrixRule[]): string[] {
  const faults = Object.entries(data.faults);
  const reached = reachedScenarios(data);
  const caught = caughtRules(data);
  const baseline = Object.entries(data.baseline);
  const out: string[] = [
    '',
    '## Mutation matrix',
    '',
    `Every fault of the reference host against every scenario (${faults.length} faults × ${data.scenarios.length} scenarios), from`,
    '`spec/mutation-matrix.json`: `npm run matrix` writes it from a full run; `test/mutation-matrix.test.ts` runs the',
    'matrix again and requires the same result. **Caught by**: scenarios that fail with the fault on, citing a rule the',
    'fault breaks. **Also failed**: other scenarios that fail with it on, with the rules they failed.',
    '',
    baseline.length === 0
      ? 'The fault-free host passes every scenario.'
      : `The fault-free host passes every scenario except ${baseline.map(([id, d]) => `${id} (${d})`).join(', ')}, listed below with the reason.`,
    '',
    '| fault | rules it breaks | caught by | also failed |',
    '|---|---|---|---|',
  ];
  for (const [id, row] of faults) {
    const catching = catchingScenarios(row);
    const others = Object.keys(row.failed).filter((scenario) => !catching.includes(scenario));
    out.push(`| ${id} | ${row.rules.join(', ')} | ${failures(row, catching)} | ${failures(row, others)} |`);
  }
  const unreached = data.scenarios.filter((scenario) => !reached.has(scenario));
  out.push('', '### Scenarios no fault makes fail', '', 'Listed with their reason in `spec/mutation-exemptions.json`.', '');
  if (unreached.length === 0) out.push('None.');
  else {
    out.push('| scenario | reason |', '|---|---|');
    for (const scenario of unreached) {
      out.push(`| ${scenario} | ${cell(exemptions.unreachable_scenarios[scenario] ?? '**missing: no fault and no reason**')} |`);
    }
  }
  const uncaught = rules.filter((rule) => rule.level === 'MUST' && !caught.has(rule.id));
  out.push('', '### MUST rules no fault is caught on', '', 'Each with its reason (`spec/mutation-exemptions.json`, or the rule\'s `unobservable_reason`).', '');
  if (uncaught.length === 0) out.push('None.');
  else {
    out.push('| rule | reason |', '|---|---|');
    for (const rule of uncaught) {
      const reason = exemptions.no_fault_rules[rule.id] ?? rule.unobservable_reason;
      out.push(`| ${rule.id} | ${cell(reason ?? '**missing: no fault and no reason**')} |`);
    }
  }
  return out;
}
