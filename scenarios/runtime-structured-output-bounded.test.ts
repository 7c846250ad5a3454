import { missingCapability, scenario } from '../src/harness/index.js';
import { publishedRuntime } from '../src/harness/checks/runtime-published.js';
import { members, schemaErrors } from '../src/harness/checks/served.js';
import { validate } from '../src/validate.js';

const BOUNDED = 'RUNTIME-STRUCTURED-OUTPUT-BOUNDED';

scenario(
  {
    id: 'runtime-structured-output-bounded',
    title: 'The published runtime contract validates, bounds structured output retries (integer 0–10) with the failure subtype, and runs keep to that bound',
    rules: ['RUNTIME-CONTRACT-VALID', BOUNDED],
  },
  async (t) => {
    // Read as served: an invalid contract also makes the capabilities document invalid, yet these rules are decidable.
    const runtime = t.need(await publishedRuntime(t.http));
    const checked = validate('app-runtime', runtime.contract);
    t.assertTrue('RUNTIME-CONTRACT-VALID', 'agent_runtime.contract validates against app-runtime.schema.json', checked.ok, {
      expected: 'an Agent App Runtime Contract without schema errors',
      observed: checked.ok ? 'valid' : { contract: runtime.contract, errors: schemaErrors(checked) },
    });

    const structuredOutput = members(runtime.agentTask?.['structuredOutput']);
    const retries = structuredOutput['maxValidationRetries'];
    t.assertTrue(BOUNDED, 'agentTask.structuredOutput.maxValidationRetries is an integer from 0 to 10', Number.isInteger(retries) && (retries as number) >= 0 && (retries as number) <= 10, {
      expected: 'an integer in [0, 10]',
      observed: retries,
    });
    const failureSubtype = structuredOutput['failureSubtype'];
    t.assertEqual(BOUNDED, 'agentTask.structuredOutput.failureSubtype', failureSubtype, 'error_max_structured_output_retries');

    // The published bound is the host's own: with scripted runs, exactly that many invalid outputs still
    // package a result, one more fails the run with the published subtype.
    if (missingCapability(t.caps, 'seams.scripted_runs') === null && missingCapability(t.caps, 'seams.test_clock') === null) {
      const limit = retries as number;
      const within = await t.flows.createRun({ script: { structured_output: { invalid_attempts: limit } }, callback: false });
      const packaged = await t.flows.runToRest(within.token);
      t.assertEqual(BOUNDED, `state after ${limit} invalid outputs (maxValidationRetries ${limit})`, packaged.state, 'closed');

      const beyond = await t.flows.createRun({ script: { structured_output: { invalid_attempts: limit + 1 } }, callback: false });
      const failed = await t.flows.runToRest(beyond.token);
      const result = await t.http.request('GET', `/api/agents/tasks/${encodeURIComponent(beyond.token)}/result`);
      t.assertEqual(
        BOUNDED,
        `state and result_subtype after ${limit + 1} invalid outputs (maxValidationRetries ${limit})`,
        { state: failed.state, result_subtype: members(result.json)['result_subtype'] },
        { state: 'failed', result_subtype: failureSubtype },
      );
    }
  },
);
