/**
 * The variant matrix: the suite against the reference host under each variant (a behaviour SPEC.md allows, see
 * reference-host/variants.ts), each variant on its own. Faults must fail; variants must pass.
 *
 * Guided like the fault matrix: the default host runs every scenario first with a probe that hears every
 * variant guard the scenario's host evaluates; each variant then runs only the scenarios that reached its guard.
 * A scenario that never evaluates a variant's guard takes exactly the default path with the variant on (the
 * capabilities document is built when the host starts, so a variant that changes it is reached by every
 * scenario), so its outcome is the default one and is copied. The stored matrix records, per variant, the
 * scenarios it reaches and those that did not pass; a live run must reproduce it exactly.
 */
import { randomBytes } from 'node:crypto';
import { createReferenceHost, VariantSet } from '../../reference-host/index.js';
import type { VariantDefinition, VariantId } from '../../reference-host/index.js';
import { DEFAULT_TIMEOUTS, discoverTarget, EMBEDDED_BASE_URL, loadScenarios, runScenario, startReceiver } from '../../src/harness/index.js';
import type { CallbackReceiver, Disposition, ScenarioEntry, ScenarioEnv, TargetDriver } from '../../src/harness/index.js';
import { SET_ASIDE_FOR_STALL } from '../../src/harness/run-scenario.js';
import { Slots } from './cells.js';

export { readVariantMatrix, VARIANT_MATRIX_FILE, type VariantMatrixData, type VariantRow } from './variant-data.js';
import type { VariantMatrixData, VariantRow } from './variant-data.js';

export interface VariantCell {
  variant: VariantId | null;
  scenario: string;
  disposition: Disposition;
  reason: string | null;
  /** Default-host cells: every variant whose guard the scenario's host evaluated. */
  reached?: VariantId[];
}

function variantHostTarget(variants: readonly string[], onGuard?: (id: VariantId) => void): TargetDriver {
  return {
    hostUrl: `embedded:reference-host${variants.map((v) => `~${v}`).join('')}`,
    async open() {
      const apiKey = `atk_variant_${randomBytes(16).toString('hex')}`;
      const host = createReferenceHost({
        conformance: true,
        variants: new VariantSet(variants, onGuard),
        tenants: [{ apiKey, tenantId: 'kit-configured-tenant' }],
        onError: () => undefined,
      });
      return { baseUrl: EMBEDDED_BASE_URL, apiKey, fetch: (request) => host.fetch(request), close: () => host.close() };
    },
  };
}

/** Runs of a cell set aside because the kit stalled, after the first. */
const STALL_RERUNS = 2;

async function runCells(
  variant: VariantId | null,
  entries: readonly ScenarioEntry[],
  receiver: CallbackReceiver,
  slots: Slots,
  probe: boolean,
): Promise<VariantCell[]> {
  const variants = variant === null ? [] : [variant];
  const { discovery } = await discoverTarget(variantHostTarget(variants), DEFAULT_TIMEOUTS.requestMs);
  return Promise.all(
    entries.map((entry) =>
      slots.run(async () => {
        const reached = new Set<VariantId>();
        const target = variantHostTarget(variants, probe ? (id) => reached.add(id) : undefined);
        const env: ScenarioEnv = { target, receiver, capabilities: discovery, timeouts: DEFAULT_TIMEOUTS };
        // A scenario the kit set aside because it stalled itself says nothing of the variant: it runs again.
        let outcome = await runScenario(entry, env);
        for (let again = 0; again < STALL_RERUNS && outcome.reason?.includes(SET_ASIDE_FOR_STALL) === true; again += 1) {
          outcome = await runScenario(entry, env);
        }
        return {
          variant,
          scenario: outcome.id,
          disposition: outcome.disposition,
          reason: outcome.reason,
          ...(probe ? { reached: [...reached].sort() } : {}),
        };
      }),
    ),
  );
}

export interface VariantMatrixRun {
  data: VariantMatrixData;
  cells: VariantCell[];
  /** Cells run (the rest were copied from the default host). */
  ran: number;
  wallTimeMs: number;
}

/** Runs the guided variant matrix in this process, `concurrency` scenarios at once. */
export async function liveVariantMatrix(catalog: readonly VariantDefinition[], concurrency = 4): Promise<VariantMatrixRun> {
  const startedMs = performance.now();
  const entries = await loadScenarios();
  const receiver = await startReceiver();
  const slots = new Slots(concurrency);
  try {
    const baseline = await runCells(null, entries, receiver, slots, true);
    const batches = await Promise.all(
      catalog.map((variant) => {
        const id = variant.id as VariantId;
        const wanted = entries.filter((entry) => baseline.find((cell) => cell.scenario === entry.def.id)?.reached?.includes(id));
        return runCells(id, wanted, receiver, slots, false);
      }),
    );
    const ranCells = batches.flat();
    return { data: buildVariantMatrix(catalog, baseline, ranCells), cells: [...baseline, ...ranCells], ran: baseline.length + ranCells.length, wallTimeMs: Math.round(performance.now() - startedMs) };
  } finally {
    await receiver.close();
  }
}

function sortedRecord<T>(entries: Iterable<[string, T]>): Record<string, T> {
  return Object.fromEntries([...entries].sort(([a], [b]) => a.localeCompare(b)));
}

export function buildVariantMatrix(catalog: readonly VariantDefinition[], baseline: readonly VariantCell[], ran: readonly VariantCell[]): VariantMatrixData {
  const notPassed = (cells: readonly VariantCell[]): Record<string, Disposition> =>
    sortedRecord(cells.filter((cell) => cell.disposition !== 'pass').map((cell) => [cell.scenario, cell.disposition]));
  return {
    variant_matrix_version: 1,
    scenarios: baseline.map((cell) => cell.scenario).sort(),
    baseline: notPassed(baseline),
    variants: Object.fromEntries(
      catalog.map((variant) => {
        const reached = baseline.filter((cell) => cell.reached?.includes(variant.id as VariantId)).map((cell) => cell.scenario).sort();
        const own = ran.filter((cell) => cell.variant === variant.id);
        const copied = baseline.filter((cell) => !reached.includes(cell.scenario));
        return [variant.id, { spec: variant.spec, reached, not_passed: notPassed([...own, ...copied]) }];
      }),
    ),
  };
}

export function serializeVariantMatrix(data: VariantMatrixData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}


/**
 * What the matrix must show: under every variant each scenario that applies passes, exactly as on the default
 * host (an inapplicable scenario stays inapplicable, a variant may not make one blocked or failed).
 */
export function variantMatrixProblems(data: VariantMatrixData, catalog: readonly VariantDefinition[]): string[] {
  const problems: string[] = [];
  for (const [scenario, disposition] of Object.entries(data.baseline)) {
    if (disposition !== 'inapplicable') problems.push(`the default host does not pass ${scenario} (${disposition})`);
  }
  for (const variant of catalog) {
    const row = data.variants[variant.id];
    if (row === undefined) {
      problems.push(`variant ${variant.id} is not in the matrix`);
      continue;
    }
    if (row.reached.length === 0) problems.push(`variant ${variant.id} is reached by no scenario: its behaviour is never exercised`);
    const leftOut = new Set(variant.leavesInapplicable ?? []);
    for (const [scenario, disposition] of Object.entries(row.not_passed)) {
      if (data.baseline[scenario] === disposition || (disposition === 'inapplicable' && leftOut.has(scenario))) continue;
      problems.push(`variant ${variant.id}: ${scenario} is ${disposition} (a kit defect: the variant is allowed by ${variant.spec})`);
    }
    for (const scenario of leftOut) {
      if (row.not_passed[scenario] !== 'inapplicable') problems.push(`variant ${variant.id} should leave ${scenario} inapplicable, but it is ${row.not_passed[scenario] ?? 'pass'}`);
    }
  }
  return problems;
}

/** Where two variant matrices differ, one line per difference. */
export function variantMatrixDifferences(live: VariantMatrixData, stored: VariantMatrixData): string[] {
  const out: string[] = [];
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
  if (!same(live.scenarios, stored.scenarios)) out.push('the scenario list differs');
  if (!same(live.baseline, stored.baseline)) out.push(`default host: ${JSON.stringify(live.baseline)} now, ${JSON.stringify(stored.baseline)} stored`);
  for (const id of new Set([...Object.keys(live.variants), ...Object.keys(stored.variants)])) {
    const now = live.variants[id];
    const then = stored.variants[id];
    if (now === undefined || then === undefined) {
      out.push(`${id}: ${now === undefined ? 'not in the catalog any more' : 'not in the stored matrix'}`);
      continue;
    }
    if (!same(now.spec, then.spec)) out.push(`${id}: its SPEC citation changed`);
    const gained = now.reached.filter((s) => !then.reached.includes(s));
    const lost = then.reached.filter((s) => !now.reached.includes(s));
    if (gained.length > 0 || lost.length > 0) out.push(`${id}: reaches ${gained.map((s) => `+${s}`).concat(lost.map((s) => `-${s}`)).join(' ')} compared with the stored matrix`);
    if (!same(now.not_passed, then.not_passed)) out.push(`${id}: not passed ${JSON.stringify(now.not_passed)} now, ${JSON.stringify(then.not_passed)} stored`);
  }
  return out;
}
