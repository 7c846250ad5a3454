import type { TestScript } from '../generated/types.js';
import { scenario } from '../src/harness/index.js';
import { formatDuration } from '../src/harness/real-time.js';
import { jcs } from '../src/jcs.js';

interface Case {
  name: string;
  script?: TestScript;
}

const CASES: readonly Case[] = [
  { name: 'happy run', script: { result_package: { finding: 'stable', items: [1, 2, 3] } } },
  { name: 'partial evidence', script: { evidence_status: 'partial', result_package: { finding: 'partial' } } },
];
/** Without scripts: a natural run. */
const NATURAL_RUN: Case = { name: 'natural run' };
/** The JCS form of each document as served, null while it answers anything but 200. */
interface Served {
  attestation: string | null;
  result: string | null;
}

const STEP_MS = 250;
const MAX_STEPS = 200;
const ONE_DAY_MS = 86_400_000;

scenario(
  {
    id: 'attestation-stable',
    title: 'From the moment it is issued, the attestation and the result package it pins are served unchanged',
    rules: ['ATTESTATION-STABLE'],
  },
  async (t) => {
    for (const c of t.cases(CASES, [NATURAL_RUN])) {
      const { token } = await t.flows.createRun(c.script ? { script: c.script } : {});
      const path = `/api/agents/tasks/${encodeURIComponent(token)}`;
      const read = async (): Promise<Served> => {
        const attestation = await t.http.request('GET', `${path}/attestation`);
        const result = await t.http.request('GET', `${path}/result`);
        return {
          attestation: attestation.status === 200 ? jcs(attestation.json) : null,
          result: result.status === 200 ? jcs(result.json) : null,
        };
      };

      let issued: Served = { attestation: null, result: null };
      const stepped = await t.flows.stepThrough(
        token,
        async () => {
          issued = await read();
          return issued.attestation !== null;
        },
        // Once served, neither document changes: a read made while the host moves is as good as one at an instant.
        { stepMs: STEP_MS, maxSteps: MAX_STEPS, recordOnly: true },
      );
      if (issued.attestation === null) {
        // Phases fall due step_duration_ms (1 s by default) apart (SPEC §13.3): the steps drove the clock far past
        // the packaging of a run that has one.
        const events = (stepped.run.state_history ?? []).map((e) => e.event_type);
        const packagesBy = c.script ? 'SEAMS-SCRIPT-HONOURED' : 'LIFECYCLE-HAPPY-PATH';
        const asked = c.script ? ` scripted ${JSON.stringify(c.script)}` : '';
        t.ensure(packagesBy, `${c.name}: run ${token}${asked} packages its result`, events.includes('result_package_ready'), {
          expected: 'a result_package_ready event',
          observed: { end: stepped.end, state: stepped.run.state, events },
        });
        const attestation = await t.http.request('GET', `${path}/attestation`);
        t.ensure('LIFECYCLE-DOCUMENTS-VALID', `${c.name}: the attestation of the packaged run ${token} answers 200`, attestation.status === 200, {
          expected: '200',
          observed: attestation.status,
        });
        // Served now but not at the step's read, with no clock advance between: the moment of issue is unknown.
        return t.blocked(`${c.name}: the attestation of ${token} was served only after the read of the last clock step`);
      }
      t.assertTrue('ATTESTATION-STABLE', `${c.name}: the package is served when its attestation is`, issued.result !== null, {
        expected: 'the result package at the same read',
        observed: issued.result,
      });

      // Later steps (receipt, callback, closing) and a day of host time (as much as the host keeps the run) must
      // not touch either document.
      const moments: Array<() => Promise<string>> = [
        async () => (await t.clock.advance(STEP_MS), 'the next clock step'),
        async () => (await t.flows.runToRest(token), 'the run at rest'),
        async () => `${formatDuration(await t.flows.letTimePass(ONE_DAY_MS, [token]))} of host time later`,
      ];
      for (const reach of moments) {
        const moment = await reach();
        t.assertEqual('ATTESTATION-STABLE', `${c.name}: attestation and result package at ${moment} vs when issued`, await read(), issued);
      }
    }
  },
);
