import { readDisagreement, servedReadExchange, type ServedRead } from '../src/harness/advance-reads.js';
import { isAtRest, scenario, type Exchange } from '../src/harness/index.js';
import { API_BASE } from '../src/protocol/index.js';
import type { AgentTaskRun } from '../generated/types.js';
import { validate } from '../src/validate.js';

const STEP_MS = 1000;
const MAX_STEPS = 40;

scenario(
  {
    id: 'seams-clock-reads',
    title: 'An advance answers, per path and in order, what a GET of it answers once its work is done (reads) and as it begins (reads_before)',
    rules: ['SEAMS-CLOCK-READS'],
    requires: ['seams.test_clock'],
  },
  async (t) => {
    if (t.caps.seams.test_clock?.advance_reads !== true) {
      return t.inapplicable('the host does not declare seams.test_clock.advance_reads (a protocol 1.1 addition)');
    }
    const { token } = await t.flows.createRun({ callback: false });
    const enc = encodeURIComponent(token);
    // The run's ledger, its result (a 409 problem until it exists) and an unknown run's status (404).
    const ledgerPath = `/tasks/${enc}/ledger`;
    const paths = [ledgerPath, `/tasks/${enc}/result`, `/status/tok_${'0'.repeat(40)}`];
    const judge = (what: string, read: ServedRead, real: Exchange): void => {
      // A rate limit's refusal is no answer of the document: the GET was waited out, the read cannot be.
      if (read.status === 429) return;
      const how = readDisagreement(servedReadExchange(read, real.url, {}), real);
      t.assertTrue('SEAMS-CLOCK-READS', what, how === null, { expected: how?.expected ?? 'equal', observed: how?.observed ?? 'equal' });
      compared += 1;
    };
    let compared = 0;
    // The ledger as read last: nothing changes it before the next advance begins.
    let ledgerBefore = await t.http.request('GET', `${API_BASE}${ledgerPath}`);
    for (let step = 1; step <= MAX_STEPS; step += 1) {
      // Sent as is: the kit's clock driver would ask for reads of its own choosing.
      const advance = await t.http.request('POST', `${API_BASE}/_seams/clock/advance`, {
        body: { ms: STEP_MS, reads: paths, reads_before: [ledgerPath] },
      });
      t.ensure('SEAMS-CLOCK-ADVANCE', `step ${step}: POST /_seams/clock/advance answers 200`, advance.status === 200, { expected: '200', observed: advance.status });
      const state = validate('clock-state', advance.json);
      t.assertTrue('SEAMS-CLOCK-READS', `step ${step}: the advance answers a valid clock state`, state.ok, {
        expected: 'a document valid against clock-state.schema.json',
        observed: state.ok ? 'valid' : state.errors.map((e) => `${e.instancePath || '/'} ${e.message}`),
      });
      const reads: ServedRead[] = state.ok ? (state.value.reads ?? []) : [];
      const readsBefore: ServedRead[] = state.ok ? (state.value.reads_before ?? []) : [];
      t.assertEqual('SEAMS-CLOCK-READS', `step ${step}: the paths of the reads answered, in order`, reads.map((read) => read.path), paths);
      t.assertEqual('SEAMS-CLOCK-READS', `step ${step}: the paths of the reads before the work`, readsBefore.map((read) => read.path), [ledgerPath]);
      judge(`step ${step}: the read of the ledger before the work equals the GET sent last before the advance`, readsBefore[0]!, ledgerBefore);
      let run: AgentTaskRun | undefined;
      for (const [i, path] of paths.entries()) {
        const real = await t.http.request('GET', `${API_BASE}${path}`);
        if (i === 0) {
          run = real.json as AgentTaskRun | undefined;
          ledgerBefore = real;
        }
        judge(`step ${step}: the read of ${path} equals a GET of it sent right after the advance`, reads[i]!, real);
      }
      if (run === undefined || isAtRest(run)) break;
    }
    t.assertTrue('SEAMS-CLOCK-READS', 'reads compared with GETs', compared > 0, { expected: 'at least one', observed: compared });
  },
);
