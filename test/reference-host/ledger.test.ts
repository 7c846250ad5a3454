import { afterEach, describe, expect, it } from 'vitest';
import { digest, jcs } from '../../src/jcs.js';
import { verifyLedgerChain } from '../../src/protocol/ledger.js';
import { TestHost } from './support.js';

let host: TestHost;
afterEach(async () => {
  await host.close();
});

describe('ledger', () => {
  it('serves every event again, byte-identical, at the same position as the run moves on', async () => {
    host = new TestHost();
    const { token } = await host.createRun();
    const snapshots: string[][] = [];
    for (let i = 0; i < 7; i++) {
      snapshots.push((await host.ledger(token)).json.state_history.map((e: unknown) => jcs(e)));
      await host.advance(1000);
    }
    for (let i = 1; i < snapshots.length; i++) {
      expect(snapshots[i]!.slice(0, snapshots[i - 1]!.length)).toEqual(snapshots[i - 1]);
    }
    const final = (await host.ledger(token)).json;
    expect(verifyLedgerChain(final.state_history)).toEqual([]);
    expect(final.state_history.at(-1).to_state).toBe(final.state);
    expect(final.state_history[0]).toMatchObject({ sequence: 1, prev_event_hash: null, from_state: null });
  });

  it('records every credit movement with its integer amount', async () => {
    host = new TestHost();
    const { token, funding } = await host.createRun({ script: { metered_units: 4 } });
    await host.advance(6000);
    const events = (await host.ledger(token)).json.state_history as Array<{ event_type: string; credit_delta?: number }>;
    const credit = events.filter((e) => e.credit_delta !== undefined).map((e) => [e.event_type, e.credit_delta]);
    expect(credit).toEqual([['credit_reserved', funding.creditsQuoted], ['credits_debited', 4], ['credits_released', funding.creditsQuoted - 4]]);
  });

  it('keeps event ids unique across runs', async () => {
    host = new TestHost();
    const a = await host.createRun();
    const b = await host.createRun();
    await host.advance(6000);
    const ids = [...(await host.ledger(a.token)).json.state_history, ...(await host.ledger(b.token)).json.state_history].map((e: { event_id: string }) => e.event_id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('breaks the chain exactly where the ledger faults say', async () => {
    host = new TestHost({ faults: ['ledger-sequence-gap'] });
    let run = await host.createRun();
    await host.advance(2000);
    let problems = verifyLedgerChain((await host.ledger(run.token)).json.state_history);
    expect(problems.map((p) => p.rule)).toContain('LEDGER-SEQUENCE');
    expect(problems.map((p) => p.rule)).not.toContain('LEDGER-HASH-LINK');
    await host.close();

    host = new TestHost({ faults: ['ledger-hash-link-broken'] });
    run = await host.createRun();
    await host.advance(2000);
    problems = verifyLedgerChain((await host.ledger(run.token)).json.state_history);
    expect(new Set(problems.map((p) => p.rule))).toEqual(new Set(['LEDGER-HASH-LINK']));
  });

  it('serves the record rendered at the read with the stored event texts last, as JSON.stringify would', async () => {
    host = new TestHost();
    const { token } = await host.createRun();
    const early = await host.ledger(token);
    await host.advance(6000);
    const ledger = await host.ledger(token);
    expect(JSON.stringify(ledger.json)).toBe(ledger.text);
    expect(Object.keys(ledger.json).at(-1)).toBe('state_history');
    const { state_history: history, ...fields } = ledger.json;
    expect(fields).toEqual((await host.status(token)).json);
    expect(fields.state).toBe('closed');
    // Each served event parses to the very event its successor's prev_event_hash is the digest of.
    for (let i = 1; i < history.length; i++) expect(history[i].prev_event_hash).toBe(digest(history[i - 1]));
    const earlyTexts = early.json.state_history.map((e: unknown) => JSON.stringify(e));
    expect(history.slice(0, earlyTexts.length).map((e: unknown) => JSON.stringify(e))).toEqual(earlyTexts);
    expect(ledger.text).toContain(earlyTexts.join(','));
  });

  it('serves events re-rendered for a read as rendered then, under ledger-events-rerendered-on-read', async () => {
    host = new TestHost({ faults: ['ledger-events-rerendered-on-read'] });
    const { token } = await host.createRun();
    const queued = (await host.ledger(token)).json.state_history[0].public_note;
    await host.advance(6000);
    expect(queued).toBe('run_created; run now queued');
    expect((await host.ledger(token)).json.state_history[0].public_note).toBe('run_created; run now closed');
  });

  it('serves an event replaced after it was read as replaced, under replay-rewrites-trail', async () => {
    host = new TestHost({ faults: ['replay-rewrites-trail'] });
    const { token } = await host.createRun({ script: { fail_at: 'tool_execution', side_effects: 'recorded' } });
    await host.advanceUntil(token, (r) => r.state === 'paused');
    const opened = (history: Array<{ event_type: string; public_note?: string }>) => history.find((e) => e.event_type === 'exception_opened');
    const before = opened((await host.ledger(token)).json.state_history);
    expect(before?.public_note).not.toBe('resolved by replay');
    const ticket = (await host.get(`/tasks/${token}/exceptions`)).json.items.at(-1);
    await host.post(`/tasks/${token}/recover`, { object_type: 'agent_recovery_request', exception_id: ticket.exception_id, recovery_action: 'retry_step' });
    const pkg = (await host.get(`/tasks/${token}/replay-package`)).json;
    expect((await host.post(`/tasks/${token}/replay`, { object_type: 'agent_replay_request', replay_package_id: pkg.replay_package_id })).status).toBe(202);
    expect(opened((await host.ledger(token)).json.state_history)?.public_note).toBe('resolved by replay');
  });

  it('pins the placeholder instead of the digest under attestation-constant-digest', async () => {
    host = new TestHost({ faults: ['attestation-constant-digest'] });
    const { token } = await host.createRun();
    await host.advance(4000);
    const result = await host.get(`/tasks/${token}/result`);
    const attestation = await host.get(`/tasks/${token}/attestation`);
    expect(attestation.json.result_package_hash).toBe('sha256:demo-public-safe-placeholder');
    expect(attestation.json.result_package_hash).not.toBe(digest(result.json));
  });
});
