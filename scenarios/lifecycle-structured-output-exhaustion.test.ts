import { runtimeAgentTask } from '../src/harness/checks/run-facts.js';
import { scenario } from '../src/harness/index.js';

scenario(
  {
    id: 'lifecycle-structured-output-exhaustion',
    title: 'More invalid structured outputs than maxValidationRetries fail the run with error_max_structured_output_retries; exactly that many do not',
    rules: ['LIFECYCLE-STRUCTURED-FAILURE'],
    requires: ['agent_runtime', 'seams.scripted_runs', 'seams.test_clock'],
  },
  async (t) => {
    const maxRetries = runtimeAgentTask(t.caps.agent_runtime.contract)?.structuredOutput?.maxValidationRetries;
    if (maxRetries === undefined || !Number.isInteger(maxRetries)) {
      return t.blocked('the runtime contract publishes no integer structuredOutput.maxValidationRetries');
    }

    const exhausted = await t.flows.createRun({ script: { structured_output: { invalid_attempts: maxRetries + 1 } }, callback: false });
    const failed = await t.flows.runToRest(exhausted.token);
    const events = failed.state_history ?? [];
    t.assertEqual('LIFECYCLE-STRUCTURED-FAILURE', `state after ${maxRetries + 1} invalid outputs (limit ${maxRetries})`, failed.state, 'failed');
    const runFailed = events.find((e) => e.event_type === 'run_failed');
    t.assertEqual('LIFECYCLE-STRUCTURED-FAILURE', 'failure_subtype of the run_failed event', runFailed?.['failure_subtype'], 'error_max_structured_output_retries');
    t.assertEqual(
      'LIFECYCLE-STRUCTURED-FAILURE',
      'success events recorded for the failed run (result package, usage receipt)',
      events.filter((e) => e.event_type === 'result_package_ready' || e.event_type === 'usage_receipt_issued').map((e) => e.event_type),
      [],
    );
    const path = `/api/agents/tasks/${encodeURIComponent(exhausted.token)}`;
    t.assertProblem('LIFECYCLE-STRUCTURED-FAILURE', await t.http.request('GET', `${path}/result`), 409, 'result-not-ready');
    t.assertProblem('LIFECYCLE-STRUCTURED-FAILURE', await t.http.request('GET', `${path}/attestation`), 409, 'result-not-ready');

    // At the limit the last retry produces a valid output: the run packages normally.
    const withinLimit = await t.flows.createRun({ script: { structured_output: { invalid_attempts: maxRetries } }, callback: false });
    const closed = await t.flows.runToRest(withinLimit.token);
    t.assertEqual('LIFECYCLE-STRUCTURED-FAILURE', `state after ${maxRetries} invalid outputs (limit ${maxRetries})`, closed.state, 'closed');
  },
);
