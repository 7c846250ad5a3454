/**
 * The three example scenarios against the embedded reference host: they pass on the correct host, and each
 * one fails — on its own rule — when the host (or the path to the kit) is broken in the way the rule forbids.
 */
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUTS, discoverTarget } from '../src/harness/env.js';
import type { CallbackReceiver } from '../src/harness/receiver.js';
import { startReceiver } from '../src/harness/receiver.js';
import { runScenario } from '../src/harness/run-scenario.js';
import { loadScenarios, runSuite } from '../src/harness/suite.js';
import { embeddedTarget } from '../src/harness/target.js';
import { entry } from './harness-fixtures.js';

const EXAMPLES = ['discovery-document', 'ledger-hash-link', 'callback-signature'];

describe('a further tenant of a scenario', () => {
  it('brings its own run to rest with its own key, even before the first tenant moved the clock it shares', async () => {
    // An advance naming a run (`until_at_rest`) made with the first tenant's key would name another tenant's run:
    // 404 on a host that keeps tenants apart, a false failure of SEAMS-CLOCK-ADVANCE.
    const second = entry(
      { id: 'further-tenant-to-rest', title: 'A further tenant brings its run to rest first', rules: ['LIFECYCLE-HAPPY-PATH'] },
      async (t) => {
        const other = await t.tenant();
        const run = await other.flows.createRun({ callback: false });
        const ledger = await other.flows.runToRest(run.token);
        t.assertEqual('LIFECYCLE-HAPPY-PATH', 'state of the further tenant\'s run at rest', ledger.state, 'closed');
      },
    );
    for (const variants of [[], ['protocol-1-0-host']]) {
      const result = await runSuite({ target: { kind: 'embedded', faults: [], variants }, scenarios: [second] });
      expect(result.scenarios.map((o) => [o.disposition, o.reason, o.failures.map((f) => f.what)])).toEqual([['pass', null, []]]);
    }
  });
});

describe('example scenarios on the embedded host', () => {
  it('pass on the reference host, in-process', async () => {
    const scenarios = await loadScenarios(EXAMPLES);
    const result = await runSuite({ target: { kind: 'embedded', faults: [] }, scenarios });
    expect(result.scenarios.map((o) => [o.id, o.disposition, o.reason])).toEqual([
      ['callback-signature', 'pass', null],
      ['discovery-document', 'pass', null],
      ['ledger-hash-link', 'pass', null],
    ]);
    for (const outcome of result.scenarios) {
      expect(outcome.assertions).toBeGreaterThan(0);
      expect(outcome.exchanges).toBeGreaterThan(0);
    }
    expect(result.hostUrl).toBe('embedded:reference-host');
    expect(result.capabilitiesDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('catch a broken hash link on its rule, in every scenario that reads a ledger', async () => {
    const scenarios = await loadScenarios(EXAMPLES);
    const result = await runSuite({ target: { kind: 'embedded', faults: ['ledger-hash-link-broken'] }, scenarios });
    const byId = new Map(result.scenarios.map((o) => [o.id, o]));
    expect(byId.get('ledger-hash-link')).toMatchObject({ disposition: 'fail' });
    expect(byId.get('ledger-hash-link')!.failures.map((f) => f.rule)).toEqual(['LEDGER-HASH-LINK']);
    // The document oracle judges every ledger read: a scenario written for another rule fails on this one too,
    // marked incidental, and on nothing else.
    expect(byId.get('callback-signature')!.failures.map((f) => [f.rule, f.incidental === true])).toEqual([['LEDGER-HASH-LINK', true]]);
    expect(byId.get('discovery-document')!.disposition).toBe('pass');
  });

  it('catch a callback whose delivered bytes are not the signed bytes', async () => {
    // A proxy in front of the receiver re-serialises every callback body: same JSON, different bytes.
    const receiver = await startReceiver();
    const proxy = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = JSON.stringify(JSON.parse(Buffer.concat(chunks).toString('utf8')), null, 2);
        const headers = { ...req.headers, 'content-length': String(Buffer.byteLength(body)) };
        const forward = httpRequest(`${receiver.listenUrl}${req.url}`, { method: req.method, headers }, (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        });
        forward.end(body);
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    const viaProxy: CallbackReceiver = {
      ...receiver,
      mailbox(answers) {
        const box = receiver.mailbox(answers);
        return {
          id: box.id,
          url: box.url.replace(receiver.publicUrl, proxyUrl),
          deliveries: () => box.deliveries(),
          waitFor: (n, timeoutMs) => box.waitFor(n, timeoutMs),
          close: () => box.close(),
        };
      },
    };
    try {
      const target = embeddedTarget([]);
      const { discovery } = await discoverTarget(target, DEFAULT_TIMEOUTS.requestMs);
      const [callbackSignature] = await loadScenarios(['callback-signature']);
      const outcome = await runScenario(callbackSignature!, {
        target,
        receiver: viaProxy,
        capabilities: discovery,
        timeouts: DEFAULT_TIMEOUTS,
      });
      expect(outcome.disposition).toBe('fail');
      expect(outcome.failures[0]).toMatchObject({ rule: 'CALLBACK-SIGNATURE', observed: expect.stringContaining('bad_signature') });
      expect(outcome.failures[0]!.transcript).not.toMatch(/whsec_[A-Za-z0-9+/]{8}/);
    } finally {
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      await receiver.close();
    }
  });
});
