/**
 * Drives the host's test clock (contract §13). Time-dependent scenarios never sleep: they advance host time
 * and the host performs all work that falls due, answering only when it is done.
 */
import type { SchemaTypes } from '../../generated/types.js';
import type { RuleId } from '../rules.js';
import { requestDocument } from './api.js';
import type { Assertions } from './assertions.js';
import { HarnessError } from './errors.js';
import type { HostHttp } from './http.js';

export type ClockState = SchemaTypes['clock-state'];

export interface ClockDriver {
  /** The host's current test-clock time. */
  now(): Promise<ClockState>;
  /** Moves host time forward by `ms` (integer 1..10^10) and answers when all due work is done. */
  advance(ms: number): Promise<ClockState>;
}

const CLOCK_RULES: readonly RuleId[] = ['SEAMS-CLOCK-ADVANCE', 'LIFECYCLE-DOCUMENTS-VALID'];
export const MAX_ADVANCE_MS = 10_000_000_000;

/** `requireClock` throws ScenarioInapplicable when the host does not declare the test clock. */
export function createClock(http: HostHttp, assertions: Assertions, requireClock: () => void): ClockDriver {
  return {
    async now() {
      requireClock();
      const { body } = await requestDocument(http, assertions, {
        method: 'GET',
        path: '/_seams/clock',
        schema: 'clock-state',
        status: [200],
        rules: CLOCK_RULES,
      });
      return body;
    },
    async advance(ms) {
      if (!Number.isInteger(ms) || ms < 1 || ms > MAX_ADVANCE_MS) {
        throw new HarnessError(`clock.advance needs an integer from 1 to ${MAX_ADVANCE_MS}, got ${ms}`);
      }
      requireClock();
      const { body } = await requestDocument(http, assertions, {
        method: 'POST',
        path: '/_seams/clock/advance',
        schema: 'clock-state',
        status: [200],
        body: { ms },
        rules: CLOCK_RULES,
      });
      return body;
    },
  };
}
