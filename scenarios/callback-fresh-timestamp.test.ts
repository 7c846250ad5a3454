import { scenario } from '../src/harness/index.js';
import { callbackRun, refusals } from '../src/harness/checks/callback-runs.js';
import { attemptWindow, automaticAttempts } from '../src/harness/checks/callback-schedule.js';
import { arrivalOf, bracketed } from '../src/harness/checks/callback-steps.js';
import { verifyCallback } from '../src/webhooks.js';

interface Observed {
  kind: string;
  /** Host time bounds of the attempt, read from the test clock: (fromMs, toMs]. */
  fromMs: number;
  toMs: number;
}

scenario(
  {
    id: 'callback-fresh-timestamp',
    title: "Each callback attempt's webhook-timestamp is the host time of that attempt and its signature is computed for it",
    rules: ['CALLBACK-FRESH-TIMESTAMP'],
    requires: ['callbacks', 'seams.test_clock'],
  },
  async (t) => {
    // Automatic attempts (1, and 2 when the schedule has it) and a first manual retry are refused; a second
    // manual retry gets the default 200. Automatic attempts are bracketed by one-second clock steps, manual
    // ones happen at a known host time because requests never move the clock.
    const { run, mailbox, policy, automatic } = t.need(await callbackRun(t, (policy) => {
      const automatic = Math.min(2, automaticAttempts(policy));
      return { automatic, answers: refusals(automatic + 1) };
    }));

    const observed: Observed[] = [];
    for (let n = 1; n <= automatic; n += 1) {
      const latestMs = n === 1 ? 120_000 : attemptWindow(policy, n)!.latestMs;
      const what = `automatic attempt ${n}`;
      const rule = n === 1 ? 'LIFECYCLE-HAPPY-PATH' : 'CALLBACK-SCHEDULE';
      const arrival = t.need(await arrivalOf(t.clock, mailbox, n, { stepMs: 1000, maxSteps: Math.ceil(latestMs / 1000) + 2 }, rule, what));
      const previous = observed[n - 2];
      if (arrival.fromMs === null && previous !== undefined) {
        // It came in the step that brought attempt n - 1, so less than that step after it.
        const { earliestMs } = attemptWindow(policy, n)!;
        const stepMs = previous.toMs - previous.fromMs;
        t.ensure('CALLBACK-SCHEDULE', `${what} is made no earlier than ${earliestMs} ms after attempt ${n - 1}`, earliestMs < stepMs, {
          expected: `attempt ${n} after host time ${previous.fromMs + earliestMs}`,
          observed: `attempts ${n - 1} and ${n} both made in host time (${previous.fromMs}, ${previous.toMs}]`,
        });
      }
      const step = t.need(bracketed({ ok: true, value: arrival }, what));
      observed.push({ kind: `automatic attempt ${n}`, fromMs: step.fromMs, toMs: step.toMs });
    }
    for (const label of ['manual retry 1', 'manual retry 2']) {
      // Two seconds apart, so each manual attempt falls in its own second.
      const atMs = (await t.clock.advance(2000)).now_ms;
      await t.api.command(run.token, { action: 'retry_callback', reason: `conformance: ${label}` });
      observed.push({ kind: label, fromMs: atMs - 1, toMs: atMs });
    }

    const deliveries = await mailbox.waitFor(observed.length);
    t.assertEqual('CALLBACK-FRESH-TIMESTAMP', 'attempts received', deliveries.length, observed.length);
    const timestamps: string[] = [];
    for (const [i, delivery] of deliveries.entries()) {
      const { kind, fromMs, toMs } = observed[i]!;
      const header = delivery.headers['webhook-timestamp'] ?? '';
      const earliest = Math.floor((fromMs + 1) / 1000);
      const latest = Math.floor(toMs / 1000);
      const seconds = /^\d+$/.test(header) ? Number(header) : NaN;
      t.assertTrue('CALLBACK-FRESH-TIMESTAMP', `${kind}: webhook-timestamp is the host time of the attempt in Unix seconds`, seconds >= earliest && seconds <= latest, {
        expected: earliest === latest ? `${earliest}` : `an integer from ${earliest} to ${latest} (host clock ${fromMs} < t <= ${toMs} ms)`,
        observed: header,
      });
      const verdict = verifyCallback({ secrets: run.secret, headers: delivery.headers, body: delivery.raw, nowSeconds: latest, toleranceSeconds: latest - earliest });
      t.assertTrue('CALLBACK-FRESH-TIMESTAMP', `${kind}: signature computed for this attempt's timestamp`, verdict.ok, {
        expected: `a v1 signature over {webhook-id}.${header}.{body}, verifying at host time ${latest} s`,
        observed: { verdict, 'webhook-timestamp': header, 'webhook-signature': delivery.headers['webhook-signature'] },
      });
      timestamps.push(header);
    }
    t.assertEqual('CALLBACK-FRESH-TIMESTAMP', 'every attempt carries its own timestamp', new Set(timestamps).size, timestamps.length);
  },
);
