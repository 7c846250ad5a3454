/**
 * Queue monitor (contract §10): the runner pulse, stuck detection measured on host time, stuck-task
 * alerts and the monitor document.
 */
import { isRunnerState } from '../src/protocol/states.js';
import { isoTime } from './clock.js';
import type { HostCore } from './core.js';
import { canonicalState } from './documents.js';
import { newId } from './ids.js';
import { appendEvent, deepFreeze, type EventDraft } from './ledger.js';
import type { Doc, RunRecord, Tenant } from './model.js';
import { runUrls } from './urls.js';

/** Starts the pulse: one now, then one every heartbeat_interval_ms of host time. */
export function startHeartbeat(core: HostCore): void {
  const pulse = (): void => {
    core.lastPulseMs = core.clock.now();
    if (!core.faults.has('heartbeat-frozen')) core.scheduler.after(core.config.heartbeatIntervalMs, 'runner pulse', pulse, { background: true });
  };
  pulse();
}

/**
 * Ledger listener: every event but an alert is progress. A run in a runner state keeps one stuck check,
 * armed from the progress that found it without one; when the check comes due after further progress it
 * re-arms from the latest, so it runs when and where (among tasks due then) a check scheduled at that
 * progress would have, without a cancel and a new task per event.
 */
export function noteProgress(core: HostCore, run: RunRecord, _event: Doc, draft: EventDraft): void {
  if (draft.type === 'stuck_alert_raised') return;
  run.lastProgressMs = core.clock.now();
  run.progressPlace = core.scheduler.place();
  if (run.stuckCheck === undefined) armStuckCheck(core, run);
}

function armStuckCheck(core: HostCore, run: RunRecord): void {
  if (!isRunnerState(run.state)) return;
  const armedPlace = run.progressPlace;
  const dueMs = run.lastProgressMs + core.config.stuckThresholdMs;
  run.stuckCheck = core.scheduler.at(
    dueMs,
    `stuck check ${run.runId}`,
    () => {
      run.stuckCheck = undefined;
      if (run.progressPlace === armedPlace) checkStuck(core, run);
      else armStuckCheck(core, run);
    },
    armedPlace,
  );
}

function isStuck(core: HostCore, run: RunRecord): boolean {
  return isRunnerState(run.state) && core.clock.now() - run.lastProgressMs >= core.config.stuckThresholdMs;
}

function checkStuck(core: HostCore, run: RunRecord): void {
  if (!isStuck(core, run) || run.alertedProgressMs === run.lastProgressMs || core.faults.has('stuck-alert-never-raised')) return;
  run.alertedProgressMs = run.lastProgressMs;
  raiseStuckAlert(core, run, run.state === 'queued' ? 'queue_heartbeat_missed' : 'runner_error', 'advance_queue');
}

export type StuckReason = 'queue_heartbeat_missed' | 'runner_error' | 'callback_delivery_failed';

/** Raises a stuck-task alert, unless the host has no queue monitor (and so no alerts). */
export function raiseStuckAlert(core: HostCore, run: RunRecord, reason: StuckReason, recommendedAction: string): Doc | undefined {
  if (!core.config.queueMonitorSupported) return undefined;
  const urls = runUrls(run);
  const nowMs = core.clock.now();
  const alertId = newId('alert', core.variants);
  const alertUrl = `${urls.alerts}?alert_id=${alertId}`;
  const doc = deepFreeze({
    object_type: 'agent_stuck_task_alert',
    alert_id: alertId,
    task_token: run.token,
    agent_task_run_id: run.runId,
    current_lifecycle_state: canonicalState(core, run),
    ...(core.variants.has('optional-members-omitted') ? {} : { run_state: run.state }),
    stuck_reason: reason,
    recommended_action: recommendedAction,
    duration_minutes: Math.floor((nowMs - run.lastProgressMs) / 60_000),
    retry_command_url: urls.commands,
    created_at: isoTime(nowMs),
  });
  core.store.alerts.push({ tenantId: run.tenantId, runToken: run.token, doc });
  run.alertIds.push(alertId);
  appendEvent(core, run, {
    type: 'stuck_alert_raised',
    actor: 'host',
    note: `stuck: ${reason}`,
    links: { stuck_task_alert_url: alertUrl },
  });
  return doc;
}

/** A run alerted for its current stall and still without progress. */
function countsAsStuck(run: RunRecord): boolean {
  return isRunnerState(run.state) && run.alertedProgressMs === run.lastProgressMs;
}

export function queueMonitorDocument(core: HostCore, tenant: Tenant): Doc {
  const runs = [...core.store.runs.values()].filter((r) => r.tenantId === tenant.tenantId);
  const nowMs = core.clock.now();
  const interval = core.config.heartbeatIntervalMs;
  const count = (labels: readonly string[]): number => runs.filter((r) => labels.includes(canonicalState(core, r))).length;
  const last = core.lastPulseMs;
  return {
    object_type: 'agent_queue_monitor',
    heartbeat: {
      last_runner_pulse_at: last === null ? null : isoTime(last),
      next_runner_pulse_at: isoTime((last ?? nowMs) + interval),
      heartbeat_interval_ms: interval,
      on_time: last !== null && nowMs - last <= interval,
    },
    counts: {
      accepted: runs.length,
      queued: count(['credit_funded', 'queued']),
      operating: count(['operating', 'evidence_partial']),
      result_ready: count(['result_ready', 'receipt_issued']),
      callback: count(['callback_pending', 'callback_delivered']),
      exception: count(['exception_open']),
      replay: count(['replay_ready']),
      closed: count(['closed']),
      processed: count(core.faults.has('queue-processed-closed-only') ? ['closed'] : ['closed', 'failed']),
      advanced: core.store.advancedByTenant.get(tenant.tenantId) ?? 0,
      stuck: core.faults.has('queue-stuck-count-zero') ? 0 : runs.filter(countsAsStuck).length,
      failed: count(['failed']),
      callback_retries: runs.reduce((sum, r) => sum + Math.max(0, r.callback.attempts.length - 1), 0),
      retry_ready: runs.filter((r) => r.callback.status === 'failed' || r.callback.status === 'retrying').length,
    },
    stuck_threshold_ms: core.config.stuckThresholdMs,
    observed_at: isoTime(core.faults.has('queue-monitor-wall-clock') ? Date.now() : nowMs),
  };
}

export function alertListDocument(core: HostCore, tenant: Tenant, filter: { alertId?: string | undefined; taskToken?: string | undefined }): Doc {
  const items = core.store.alerts
    .filter((a) => a.tenantId === tenant.tenantId)
    .filter((a) => filter.alertId === undefined || a.doc['alert_id'] === filter.alertId)
    .filter((a) => filter.taskToken === undefined || a.runToken === filter.taskToken)
    .map((a) => a.doc);
  return { object_type: 'agent_stuck_task_alert_list', items };
}
