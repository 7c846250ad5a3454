/**
 * The runs the lifecycle and ledger scenarios drive, one per way a run can go (the happy path, partial or
 * insufficient evidence, a failure in tool execution, a structured output failure, a callback refused for
 * good), and the ways they watch one at every clock step. Each scenario picks the cases its rule needs and
 * may override a case's callback; a case needing an area the host does not declare is left out.
 */
import type { AgentTaskRun, HostCapabilities, TestScript } from '../../../generated/types.js';
import type { CapabilityPath } from '../capabilities.js';
import type { ClockDriver } from '../clock.js';
import { isAtRest, quietHorizonMs, quietWatch } from '../flows.js';
import type { CreateRunOptions, Flows } from '../flows.js';
import type { Answer } from '../receiver.js';

export interface RunCase {
  name: string;
  script?: TestScript;
  /** Answers of the run's callback mailbox, or false for no callback URL; absent: flows.createRun's default. */
  callback?: readonly Answer[] | false;
  /** The capability the case needs beyond the scenario's own requirements. */
  needs?: CapabilityPath;
}

export const HAPPY_RUN: RunCase = { name: 'happy run' };
export const PARTIAL_EVIDENCE: RunCase = { name: 'partial evidence', script: { evidence_status: 'partial' } };
export const INSUFFICIENT_EVIDENCE: RunCase = { name: 'insufficient evidence', script: { evidence_status: 'insufficient' } };
export const TOOL_FAILURE: RunCase = { name: 'failure in tool execution', script: { fail_at: 'tool_execution', units_before_failure: 1 } };
/** More invalid outputs than any runtime may retry (a published maxValidationRetries is at most 10). */
export const STRUCTURED_OUTPUT_FAILURE: RunCase = {
  name: 'structured output failure',
  script: { structured_output: { invalid_attempts: 11 } },
  needs: 'agent_runtime',
};
export const CALLBACK_GONE: RunCase = { name: 'callback refused with 410', callback: [{ status: 410 }], needs: 'callbacks' };

/** One run for each place a run comes to rest: closed, paused, failed, callback given up. */
export const RESTING_PLACES: readonly RunCase[] = [
  HAPPY_RUN,
  { ...INSUFFICIENT_EVIDENCE, callback: false },
  { ...STRUCTURED_OUTPUT_FAILURE, callback: false },
  CALLBACK_GONE,
];

/** Quarter-second steps, so that each runner step (a second by default) is seen on its own. */
export const FINE_STEPS = { stepMs: 250, maxSteps: 200 } as const;

/** What decides whether a host can run a case: its script and the capability it needs. */
export interface RunCaseNeeds {
  name: string;
  script?: unknown;
  needs?: CapabilityPath;
  /** Runs of one tenant the case keeps in flight at once, when a host may bound them (SPEC.md §4.6). */
  runsAtOnce?: number;
}

/** The capabilities a case needs beyond its scenario's requirements; `t.cases` leaves out those the host lacks. */
export function caseNeeds(c: RunCaseNeeds): CapabilityPath[] {
  return [...(c.script !== undefined ? (['seams.scripted_runs'] as const) : []), ...(c.needs !== undefined ? [c.needs] : [])];
}

/** flows.createRun's options for a case. */
export function caseRunOptions(c: RunCase): CreateRunOptions {
  return { ...(c.script ? { script: c.script } : {}), ...(c.callback !== undefined ? { callback: c.callback } : {}) };
}

/**
 * Reads the run's status at every clock step until it is at rest: the record at rest and the states the
 * run was seen in, in order, without consecutive repeats.
 */
export async function statesSeen(flows: Flows, token: string): Promise<{ atRest: AgentTaskRun; seen: string[] }> {
  const polled: string[] = [];
  const atRest = await flows.advanceUntil(
    token,
    (run) => {
      polled.push(run.state);
      return isAtRest(run);
    },
    FINE_STEPS,
  );
  return { atRest, seen: polled.filter((state, i) => i === 0 || polled[i - 1] !== state) };
}

/** The fields of a run record that say whether it is at rest. */
export type RestFacts = Pick<AgentTaskRun, 'state' | 'callback_status'>;

/**
 * Calls `observe` (which reads and judges the run its own way, and returns what it read), then advances the
 * clock one fine step and observes again, until the run is at rest or the steps run out. For scenarios that
 * judge records as served, which flows.stepThrough (schema-checked) would block on instead. Without the test
 * clock it observes every poll interval until the run rests or stands still for the quiet horizon: `observe`
 * must then judge only what it read at one moment (SPEC.md §13.7).
 */
export async function observeUntilRest<R extends Partial<RestFacts>>(
  t: { clock: ClockDriver; caps: HostCapabilities },
  observe: (step: number) => Promise<R>,
): Promise<R> {
  const { clock } = t;
  const quiet = quietWatch(quietHorizonMs(t.caps, FINE_STEPS.stepMs));
  let run = await observe(0);
  // isAtRest reads only these fields of the record.
  for (let step = 1; !isAtRest(run as unknown as AgentTaskRun); step += 1) {
    if (clock.mode === 'real_time') {
      if (quiet.stillFor(JSON.stringify([run.state, run.callback_status]))) break;
      await clock.poll('waiting for the run to come to rest');
    } else {
      if (step > FINE_STEPS.maxSteps) break;
      await clock.advanceStep(FINE_STEPS.stepMs);
    }
    run = await observe(step);
  }
  return run;
}
