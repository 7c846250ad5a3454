/**
 * The result package and its attestation, issued together and frozen: the attestation pins the digest
 * of exactly the package served at result_url.
 */
import { createHash } from 'node:crypto';
import { digest } from '../src/jcs.js';
import { isoTime } from './clock.js';
import type { HostCore } from './core.js';
import { deepFreeze } from './ledger.js';
import type { Doc, RunRecord } from './model.js';
import { runUrls } from './urls.js';
import { withHostExtras } from './variants.js';

/** Seed 001's example hash: not a digest. Only the attestation-constant-digest fault serves it. */
const PLACEHOLDER_HASH = 'sha256:demo-public-safe-placeholder';

export const RESULT_SUBTYPE_SUCCESS = 'success';
export const RESULT_SUBTYPE_STRUCTURED_FAILURE = 'error_max_structured_output_retries';

export interface PackageFacts {
  readonly outputs: Doc;
  readonly subtype: string;
  readonly resultStatus: 'ready' | 'partial' | 'failed';
  readonly validationRetries: number;
  readonly billableUnits: number;
}

/** Stores the package and attestation on the run; the caller records the ledger event that announces them. */
export function packageResult(core: HostCore, run: RunRecord, facts: PackageFacts): void {
  const urls = runUrls(run);
  const nowMs = core.clock.now();
  const bare = core.variants.has('optional-members-omitted');
  const built = {
    object_type: 'agent_result_package',
    agent_task_run_id: run.runId,
    ...(bare ? {} : { work_order_id: run.workOrderId }),
    requested_tool: run.requestedTool,
    evidence_status: run.evidenceStatus,
    outputs: structuredClone(facts.outputs),
    // A failure result names its subtype (SPEC §6.2); a success need not.
    ...(bare && facts.subtype === RESULT_SUBTYPE_SUCCESS ? {} : { result_subtype: facts.subtype }),
    ...(bare ? {} : { agent_task_result: {
      schemaVersion: 'lime.agent-task-result.v1',
      taskId: run.runId,
      appId: 'agent-task-kit-reference-host',
      subtype: facts.subtype,
      usage: { input_tokens: 0, output_tokens: 0, units: run.meteredUnits },
      cost: { credits: facts.billableUnits },
      artifactRefs: [urls.result],
      evidenceRefs: [],
      structuredOutputValidationRetries: facts.validationRetries,
      completedAt: isoTime(nowMs),
    } }),
    produced_at: isoTime(nowMs),
  };
  const resultPackage = deepFreeze((core.variants.has('host-extra-members') ? withHostExtras(built) : built) as Doc);
  run.resultPackage = resultPackage;
  run.resultSubtype = facts.subtype;
  const attestation = {
    attestation_type: 'agent_result_attestation',
    agent_task_run_id: run.runId,
    requested_tool: run.requestedTool,
    result_status: facts.resultStatus,
    evidence_status: core.faults.has('attestation-evidence-always-sufficient') ? 'sufficient' : run.evidenceStatus,
    result_package_hash: pinnedDigest(core, resultPackage),
    result_url: urls.result,
    receipt_url: urls.usageReceipt,
    callback_payload_url: urls.callbackPayload,
    ...(bare ? {} : { ledger_url: urls.ledger }),
    ...(run.ledger.length > 0 && !bare ? { ledger_head_hash: digest(run.ledger.at(-1)) } : {}),
    issued_at: isoTime(nowMs),
  };
  run.attestation = deepFreeze((core.variants.has('host-extra-members') ? withHostExtras(attestation) : attestation) as Doc);
}

/** The digest the attestation pins: of exactly the package served (three faults pin something else). */
function pinnedDigest(core: HostCore, resultPackage: Doc): string {
  if (core.faults.has('attestation-constant-digest')) return PLACEHOLDER_HASH;
  if (core.faults.has('attestation-digest-non-canonical')) {
    return `sha256:${createHash('sha256').update(JSON.stringify(resultPackage)).digest('hex')}`;
  }
  if (core.faults.has('attestation-digest-other-package')) {
    const { produced_at: _producedAt, ...unstamped } = resultPackage;
    return digest(unstamped);
  }
  return digest(resultPackage);
}

/** The attestation as an in-toto Statement v1 whose subject is the result package. */
export function attestationStatement(run: RunRecord): Doc | undefined {
  const attestation = run.attestation;
  if (attestation === undefined) return undefined;
  const hash = String(attestation['result_package_hash']);
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: String(attestation['result_url']), digest: { sha256: hash.replace(/^sha256:/, '') } }],
    predicateType: 'https://weverlabs.com/schemas/result-attestation.schema.json',
    predicate: attestation,
  };
}
