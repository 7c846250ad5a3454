/**
 * `close_exception` on a paused run: the protocol's way to end it `failed` (SPEC.md §10.4). The command is a
 * SHOULD, so a host that refuses it with 409 invalid-state, as any command it will not run, leaves the step
 * nothing to do (moot); any other answer but 201 breaks QUEUE-COMMAND-STATES (the run is paused with its
 * ticket open, which the table allows), and a 201 whose body is no retry command breaks LIFECYCLE-DOCUMENTS-VALID.
 * After a 201 it lets host time pass until the run leaves `paused`, so callers find the command's effect done.
 */
import { randomUUID } from 'node:crypto';
import { validate } from '../../validate.js';
import type { ScenarioContext } from '../context.js';
import { isProblem } from '../problems.js';
import type { Exchange } from '../transcript.js';
import { broke, moot, type Prepared } from './prepared.js';
import { schemaErrors } from './served.js';

/** Host time the kit lets pass, in steps of 1 s, for an accepted close_exception whose effect is due work. */
const EFFECT_STEPS = 30;

export async function closeException(t: Pick<ScenarioContext, 'http' | 'flows'>, token: string): Promise<Prepared<Exchange>> {
  const exchange = await t.http.request('POST', `/api/agents/tasks/${encodeURIComponent(token)}/commands`, {
    body: { action: 'close_exception', reason: 'conformance: end the run failed' },
    idempotencyKey: randomUUID(),
  });
  if (isProblem(exchange, 'invalid-state')) {
    return moot('the host refuses close_exception (a SHOULD of SPEC.md §10.4) with 409 invalid-state; no way to end the run failed');
  }
  if (exchange.status !== 201) {
    return broke('QUEUE-COMMAND-STATES', `close_exception on the paused run ${token} is accepted`, '201, or 409 invalid-state from a host that does not implement close_exception', exchange.status);
  }
  const checked = validate('retry-command', exchange.json);
  if (!checked.ok) {
    return broke('LIFECYCLE-DOCUMENTS-VALID', `the close_exception answer for ${token} validates against retry-command.schema.json`, 'no schema errors', schemaErrors(checked));
  }
  // The effect may be due work (SPEC.md §10.4: `completed` with its effect scheduled as due work, or `accepted`
  // and queued): the run, paused and so at rest, leaves `paused` only when host time reaches it.
  await t.flows.advanceUntil(token, (run) => run.state !== 'paused', { stepMs: 1000, maxSteps: EFFECT_STEPS });
  return { ok: true, value: exchange };
}

/**
 * For scenarios that end one of several runs by `close_exception`: true when the host closed it, false when it
 * declines the command (that ending is then skipped); any other answer fails the scenario as `closeException` says.
 */
export async function closedIfOffered(t: Pick<ScenarioContext, 'http' | 'flows' | 'need'>, token: string): Promise<boolean> {
  const closed = await closeException(t, token);
  if (!closed.ok && closed.moot === true) return false;
  t.need(closed);
  return true;
}
