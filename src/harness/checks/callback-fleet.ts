/**
 * Several runs created at the same host time, each with its own mailbox and scripted answers, driven together
 * until every one has had its first callback attempt. Their attempts then fall due together, so one clock
 * advance takes all of them through the same point of the schedule: for scenarios that compare how a host
 * treats answers of different classes.
 */
import type { ScenarioContext } from '../context.js';
import type { CreatedRun } from '../flows.js';
import type { Answer, Mailbox } from '../receiver.js';
import { retryPolicy } from './callback-schedule.js';
import type { RetryPolicy } from './callback-schedule.js';
import { arrivalOf, FIRST_ATTEMPT_STEPS } from './callback-steps.js';
import { unobserved, type Prepared } from './prepared.js';

type Driver = Pick<ScenarioContext, 'caps' | 'clock' | 'flows'>;

export interface FleetRun {
  run: CreatedRun;
  mailbox: Mailbox;
}

export interface Fleet {
  runs: FleetRun[];
  policy: RetryPolicy;
}

/** One run per entry of `answers`, each with a fresh mailbox giving those answers, all past their first attempt. */
export async function callbackFleet(t: Driver, answers: readonly (readonly Answer[])[]): Promise<Prepared<Fleet>> {
  const found = retryPolicy(t.caps);
  if (!found.ok) return unobserved(found.reason);
  const runs: FleetRun[] = [];
  for (const list of answers) {
    const run = await t.flows.createRun({ callback: list });
    if (run.mailbox === undefined) return unobserved('a run was created without a callback mailbox');
    runs.push({ run, mailbox: run.mailbox });
  }
  for (const [i, { mailbox }] of runs.entries()) {
    const step = await arrivalOf(t.clock, mailbox, 1, FIRST_ATTEMPT_STEPS, 'LIFECYCLE-HAPPY-PATH', `run ${i + 1} of ${runs.length}: the first callback attempt`);
    if (!step.ok) return step;
  }
  return { ok: true, value: { runs, policy: found.policy } };
}
