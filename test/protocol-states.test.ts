import { describe, expect, it } from 'vitest';
import {
  CANONICAL_STATES,
  CONTRACT_LIFECYCLE_STATES,
  RUN_STATES,
  allowedSuccessors,
  isAllowedTransition,
  mapCanonical,
  mapContractLifecycle,
} from '../src/protocol/index.js';

describe('state vocabularies', () => {
  it('keep the published sizes', () => {
    expect(RUN_STATES).toHaveLength(14);
    expect(CANONICAL_STATES).toHaveLength(21);
    expect(CONTRACT_LIFECYCLE_STATES).toHaveLength(20);
  });

  it('map every canonical label into the contract vocabulary', () => {
    for (const canonical of CANONICAL_STATES) {
      expect(CONTRACT_LIFECYCLE_STATES).toContain(mapContractLifecycle(canonical));
    }
    expect(mapContractLifecycle('receipt_issued')).toBe('usage_receipt_issued');
    expect(mapContractLifecycle('evidence_partial')).toBe('operating');
  });
});

describe('mapCanonical', () => {
  it('follows the happy path', () => {
    const labels = (['run_created', 'queued', 'evidence_review', 'tool_execution', 'result_packaged', 'receipt_issued', 'callback_ready', 'callback_delivered', 'closed'] as const).map(
      (state) => mapCanonical({ state, evidenceStatus: 'sufficient' }),
    );
    expect(labels).toEqual(['credit_funded', 'queued', 'operating', 'operating', 'result_ready', 'receipt_issued', 'callback_pending', 'callback_delivered', 'closed']);
  });

  it('puts exceptions and replay above the run state, terminal states above both', () => {
    expect(mapCanonical({ state: 'paused', exceptionStatus: 'open' })).toBe('exception_open');
    expect(mapCanonical({ state: 'paused', exceptionStatus: 'recovery_requested' })).toBe('exception_open');
    expect(mapCanonical({ state: 'paused', exceptionStatus: 'replay_ready' })).toBe('replay_ready');
    expect(mapCanonical({ state: 'callback_ready', exceptionStatus: 'open' })).toBe('exception_open');
    expect(mapCanonical({ state: 'failed', exceptionStatus: 'open' })).toBe('failed');
    expect(mapCanonical({ state: 'closed', exceptionStatus: 'replay_ready' })).toBe('closed');
    expect(mapCanonical({ state: 'queued', exceptionStatus: 'resolved' })).toBe('queued');
  });

  it('labels partial evidence only while operating', () => {
    expect(mapCanonical({ state: 'tool_execution', evidenceStatus: 'partial' })).toBe('evidence_partial');
    expect(mapCanonical({ state: 'result_packaged', evidenceStatus: 'partial' })).toBe('result_ready');
  });
});

describe('transitions', () => {
  it('allow the happy path and refuse skips', () => {
    expect(isAllowedTransition(null, 'run_created')).toBe(true);
    expect(isAllowedTransition('queued', 'evidence_review')).toBe(true);
    expect(isAllowedTransition('queued', 'tool_execution')).toBe(false);
    expect(isAllowedTransition('receipt_issued', 'closed')).toBe(true);
    expect(isAllowedTransition('paused', 'queued')).toBe(true);
  });

  it('make terminal states absorbing, even for events that keep the state', () => {
    for (const terminal of ['closed', 'failed'] as const) {
      expect(allowedSuccessors(terminal)).toEqual([]);
      expect(isAllowedTransition(terminal, terminal)).toBe(false);
      for (const to of RUN_STATES) expect(isAllowedTransition(terminal, to)).toBe(false);
    }
  });

  it('allow state-keeping events outside terminal states', () => {
    expect(isAllowedTransition('result_packaged', 'result_packaged')).toBe(true);
  });
});
