/**
 * The setup the callback scenarios share: the advertised retry policy and a run whose callback goes to a
 * fresh mailbox with scripted answers, and the run whose callback is refused on every advertised attempt.
 */
import type { ScenarioContext } from '../context.js';
import type { CreatedRun } from '../flows.js';
import type { Answer, Mailbox } from '../receiver.js';
import { automaticAttempts, retryPolicy, scheduleSpanMs } from './callback-schedule.js';
import type { RetryPolicy } from './callback-schedule.js';
import { firstArrival } from './callback-steps.js';
import { unobserved, type Prepared } from './prepared.js';

type Driver = Pick<ScenarioContext, 'caps' | 'clock' | 'flows'>;

export interface CallbackRun {
  run: CreatedRun;
  mailbox: Mailbox;
  policy: RetryPolicy;
}

/** What a scenario makes of the advertised policy: the mailbox's answers, and any figures it needs later. */
export interface CallbackPlan {
  answers: readonly Answer[];
}

/** `count` answers of HTTP `status`: refusals of consecutive attempts. */
export function refusals(count: number, status = 500): Answer[] {
  return Array.from({ length: count }, () => ({ status }));
}

/**
 * Reads the advertised policy, plans from it, then creates a run whose callback goes to a fresh mailbox
 * giving the plan's answers; the plan's other members come back with the run.
 */
export async function callbackRun<P extends CallbackPlan>(t: Driver, plan: (policy: RetryPolicy) => P): Promise<Prepared<CallbackRun & P>> {
  const found = retryPolicy(t.caps);
  if (!found.ok) return unobserved(found.reason);
  const planned = plan(found.policy);
  const run = await t.flows.createRun({ callback: planned.answers });
  if (run.mailbox === undefined) return unobserved('the run was created without a callback mailbox');
  return { ok: true, value: { ...planned, run, mailbox: run.mailbox, policy: found.policy } };
}

export interface RefusedCallback extends CallbackRun {
  /** Automatic attempts the schedule allows, each answered 500. */
  attempts: number;
}

/**
 * A run whose callback is answered 500 on every automatic attempt, with the clock driven until its first
 * attempt and then one step past the latest time of the last one, so the host has made every retry at its
 * own due time. Whether it made the retries is the caller's to judge.
 */
export async function refusedThroughSchedule(t: Driver): Promise<Prepared<RefusedCallback>> {
  const prepared = await callbackRun(t, (policy) => {
    const attempts = automaticAttempts(policy);
    return { attempts, answers: refusals(attempts) };
  });
  if (!prepared.ok) return prepared;
  const { mailbox, policy } = prepared.value;
  const first = await firstArrival(t.clock, mailbox);
  if (!first.ok) return first;
  await t.clock.advance(scheduleSpanMs(policy) + 1000);
  return prepared;
}
