/**
 * The mutation matrix: every fault of the reference host is caught by a scenario citing a rule it breaks, the
 * fault-free host passes everything, every scenario and every MUST rule is reached by some fault or has its
 * written reason, and a live run gives exactly the matrix stored in spec/mutation-matrix.json (and shown in
 * coverage.md). The live run is guided (each fault against the scenarios that reach its guard), the stored one
 * full, so agreement also checks the guidance.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAULTS } from '../reference-host/faults.js';
import { buildMatrixData, MATRIX_FILE, matrixDifferences, readMatrixData, type MatrixData } from '../dev/matrix/data.js';
import { liveMatrix, settleAgainst } from '../dev/matrix/live.js';
import type { CellOutcome } from '../dev/matrix/outcome.js';
import { guidedBatches, inferredCells } from '../dev/matrix/run.js';
import { EXEMPTIONS_FILE, matrixProblems, readExemptions, type Exemptions } from '../dev/matrix/verify.js';
import { ruleRegistry } from '../src/rules.js';
import { packageRoot } from '../src/schemas.js';

const MATRIX_LIMIT_MS = 600_000;

function cell(fault: string | null, scenario: string, disposition: CellOutcome['disposition'], rules: string[] = [], reached?: string[]): CellOutcome {
  return { fault, scenario, disposition, rules, reason: null, hostErrors: 0, durationMs: 1, ...(reached ? { reached } : {}) };
}

describe('matrix data and its rules', () => {
  const catalog = [
    { id: 'gap', description: 'sequence gap', rules: ['LEDGER-SEQUENCE'] },
    { id: 'link', description: 'broken link', rules: ['LEDGER-HASH-LINK'] },
  ];
  const rules = [
    { id: 'LEDGER-SEQUENCE', level: 'MUST' },
    { id: 'LEDGER-HASH-LINK', level: 'MUST' },
    { id: 'LEDGER-APPEND-ONLY', level: 'MUST' },
    { id: 'DISCOVERY-STABLE', level: 'SHOULD' },
  ];
  const none: Exemptions = { unreachable_scenarios: {}, no_fault_rules: {} };
  const cells = [
    cell(null, 'seq', 'pass'),
    cell(null, 'hash', 'pass'),
    cell(null, 'append', 'pass'),
    cell('gap', 'seq', 'fail', ['LEDGER-SEQUENCE']),
    cell('gap', 'hash', 'fail', ['LEDGER-HASH-LINK']),
    cell('gap', 'append', 'pass'),
    cell('link', 'seq', 'pass'),
    cell('link', 'hash', 'blocked'),
    cell('link', 'append', 'fail', ['LEDGER-APPEND-ONLY']),
  ];
  const data = buildMatrixData(cells, catalog, ['seq', 'hash', 'append']);

  it('keeps, per fault, the failed scenarios and the rules they failed', () => {
    expect(data.faults['gap']).toEqual({ rules: ['LEDGER-SEQUENCE'], failed: { hash: ['LEDGER-HASH-LINK'], seq: ['LEDGER-SEQUENCE'] } });
    expect(data.baseline).toEqual({});
  });

  it('reports an uncaught fault, and a MUST rule no fault is caught on, without a reason', () => {
    expect(matrixProblems(data, catalog, rules, none)).toEqual([
      'fault link is caught by no scenario: none fails on LEDGER-HASH-LINK with it on',
      'MUST rule LEDGER-HASH-LINK is caught by no fault and has no reason in spec/mutation-exemptions.json',
      'MUST rule LEDGER-APPEND-ONLY is caught by no fault and has no reason in spec/mutation-exemptions.json',
    ]);
  });

  it('reports a scenario no fault makes fail, a fault-free failure, and exemptions that no longer hold', () => {
    const baselineFails = buildMatrixData([...cells.filter((c) => c.fault !== 'link'), cell(null, 'more', 'fail', ['LEDGER-SEQUENCE'])], [catalog[0]!], ['seq', 'hash', 'append', 'more']);
    const exemptions: Exemptions = {
      unreachable_scenarios: { seq: 'said to be unreachable', gone: 'no such scenario' },
      no_fault_rules: { 'LEDGER-SEQUENCE': 'said to be uncaught', 'LEDGER-APPEND-ONLY': 'no fault yet', 'DISCOVERY-STABLE': 'not a MUST rule' },
    };
    expect(matrixProblems(baselineFails, [catalog[0]!], rules, exemptions)).toEqual([
      'the fault-free host does not pass more (fail)',
      'no fault makes scenario append fail, and spec/mutation-exemptions.json gives no reason',
      'no fault makes scenario more fail, and spec/mutation-exemptions.json gives no reason',
      'scenario seq is listed as unreachable but fails under gap',
      'unreachable scenario gone does not exist',
      'rule LEDGER-SEQUENCE has a no-fault reason but is caught by gap',
      'MUST rule LEDGER-HASH-LINK is caught by no fault and has no reason in spec/mutation-exemptions.json',
      'no-fault rule DISCOVERY-STABLE is not a MUST rule of spec/rules.json',
    ]);
  });

  it('names every cell where two matrices differ', () => {
    const other: MatrixData = structuredClone(data);
    other.faults['gap']!.failed['append'] = ['LEDGER-APPEND-ONLY'];
    delete other.faults['gap']!.failed['hash'];
    other.baseline['seq'] = 'blocked';
    expect(matrixDifferences(other, data)).toEqual([
      'fault-free host: {"seq":"blocked"} now, {} stored',
      'gap × append: fails on LEDGER-APPEND-ONLY now, does not fail stored',
      'gap × hash: does not fail now, fails on LEDGER-HASH-LINK stored',
    ]);
  });

  it('guides each fault to the scenarios whose fault-free run reached its guard, and copies the rest', () => {
    const baseline = [cell(null, 'seq', 'pass', [], ['gap']), cell(null, 'hash', 'pass', [], ['gap', 'link']), cell(null, 'append', 'pass', [], [])];
    expect(guidedBatches(['gap', 'link', 'unused'], baseline)).toEqual([
      { fault: 'gap', scenarios: ['seq', 'hash'], probe: false },
      { fault: 'link', scenarios: ['hash'], probe: false },
    ]);
    const ran = [cell('gap', 'seq', 'fail', ['LEDGER-SEQUENCE']), cell('gap', 'hash', 'pass'), cell('link', 'hash', 'pass')];
    expect(inferredCells(['gap', 'link'], baseline, ran).map((c) => [c.fault, c.scenario, c.disposition, c.inferred])).toEqual([
      ['gap', 'append', 'pass', true],
      ['link', 'seq', 'pass', true],
      ['link', 'append', 'pass', true],
    ]);
  });
});

describe('the mutation matrix of this repository', () => {
  it(
    'catches every fault, reaches every scenario and MUST rule (or names why not), exactly as stored',
    async ({ signal }) => {
      const stored = readMatrixData(join(packageRoot, MATRIX_FILE));
      expect(stored, `${MATRIX_FILE} is missing: run npm run matrix`).not.toBeNull();
      const plans: number[] = [];
      const { data, run } = await liveMatrix({ mode: 'guided', signal, onPlan: (cells) => plans.push(cells) });
      // Progress told how many cells the pass would run once it knew: exactly those it ran.
      expect(plans).toEqual([run.ran]);
      const { data: settled, settled: reruns } = await settleAgainst(data, stored!, { signal });
      console.info(
        `mutation matrix: ${FAULTS.length} faults × ${data.scenarios.length} scenarios, ${run.ran} of ${run.cells.length} cells run ` +
          `in ${run.wallTimeMs} ms on ${run.workers} workers${reruns.length > 0 ? `; timing settled by a rerun: ${reruns.join(', ')}` : ''}`,
      );
      expect(matrixProblems(settled, FAULTS, ruleRegistry.rules, readExemptions(join(packageRoot, EXEMPTIONS_FILE)))).toEqual([]);
      expect(matrixDifferences(settled, stored!)).toEqual([]);
    },
    MATRIX_LIMIT_MS,
  );
});
