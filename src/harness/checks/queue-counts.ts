/**
 * The queue monitor counts SPEC.md §10.1 defines, computed by the kit from the runs' own records, so a
 * monitor can be compared with what its tenant's runs say about themselves (QUEUE-COUNTS-AGREE), and the
 * last progress that stuck detection (§10.2) measures from.
 */
import type { AgentRunStateEvent, AgentTaskRun, QueueMonitor } from '../../../generated/types.js';

export type QueueCounts = Pick<
  QueueMonitor['counts'],
  | 'accepted'
  | 'queued'
  | 'operating'
  | 'result_ready'
  | 'callback'
  | 'exception'
  | 'replay'
  | 'closed'
  | 'failed'
  | 'processed'
  | 'stuck'
  | 'advanced'
  | 'callback_retries'
  | 'retry_ready'
>;

/** The state columns and the canonical states each one counts; together they partition the runs, and `accepted` is their sum. */
export const STATE_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  queued: ['credit_funded', 'queued'],
  operating: ['operating', 'evidence_partial'],
  result_ready: ['result_ready', 'receipt_issued'],
  callback: ['callback_pending', 'callback_delivered'],
  exception: ['exception_open'],
  replay: ['replay_ready'],
  closed: ['closed'],
  failed: ['failed'],
};

export interface RunFacts {
  run: Pick<AgentTaskRun, 'state' | 'canonical_lifecycle_state' | 'callback_status'>;
  /**
   * The run is stuck (SPEC.md §10.2: `isRunnerState` of src/protocol) with a raised stuck alert and no progress
   * since. A run given up in `callback_ready` carries an alert (§8.7) but is not stuck.
   */
  stuck: boolean;
  /** Delivery attempts recorded for the run's callback (0 without one). */
  callbackAttempts: number;
}

export function expectedCounts(runs: readonly RunFacts[], advanced: number): QueueCounts {
  const inColumn = (column: string) =>
    runs.filter(({ run }) => STATE_COLUMNS[column]!.includes(run.canonical_lifecycle_state ?? '')).length;
  return {
    accepted: runs.length,
    queued: inColumn('queued'),
    operating: inColumn('operating'),
    result_ready: inColumn('result_ready'),
    callback: inColumn('callback'),
    exception: inColumn('exception'),
    replay: inColumn('replay'),
    closed: inColumn('closed'),
    failed: inColumn('failed'),
    processed: runs.filter(({ run }) => run.state === 'closed' || run.state === 'failed').length,
    stuck: runs.filter((facts) => facts.stuck).length,
    advanced,
    callback_retries: runs.reduce((sum, facts) => sum + Math.max(0, facts.callbackAttempts - 1), 0),
    retry_ready: runs.filter(({ run }) => run.callback_status === 'failed' || run.callback_status === 'retrying').length,
  };
}

/** The counts of a monitor document restricted to the ones SPEC.md defines. */
export function definedCounts(counts: QueueMonitor['counts']): QueueCounts {
  const picked: Record<string, unknown> = {};
  // The names are QueueCounts' own keys; Object.keys only types them as strings.
  for (const name of Object.keys(expectedCounts([], 0)) as (keyof QueueCounts)[]) picked[name] = counts[name];
  return picked as QueueCounts;
}

/**
 * A run's last progress (SPEC.md §10.2): the host time of its latest event other than an alert or an
 * accepted command; NaN for an empty ledger.
 */
export function lastProgressMs(events: readonly AgentRunStateEvent[]): number {
  const progress = events.filter((e) => e.event_type !== 'stuck_alert_raised' && e.event_type !== 'retry_command_accepted');
  return progress.length === 0 ? Number.NaN : Math.max(...progress.map((e) => Date.parse(e.occurred_at)));
}
