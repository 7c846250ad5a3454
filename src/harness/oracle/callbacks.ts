/**
 * Invariants of callbacks (SPEC.md §8): the payload, served or delivered, is fixed once and agrees with the
 * run; every delivery is signed with the run's secret over the exact bytes sent, carries the message's one
 * webhook-id and the host time of its own attempt.
 */
import { validate } from '../../validate.js';
import { verifyCallback } from '../../webhooks.js';
import { jcsOrNull } from './memory.js';
import type { RunMemory } from './memory.js';
import { violation } from './common.js';
import type { DocumentCheck, Members, Received, Violation } from './types.js';
import { objects } from './types.js';

const PAYLOAD_RULE = 'CALLBACK-PAYLOAD-MATCHES';

/** What a payload says about its run, against what the run's own documents said. */
function payloadAgreesWithRun(doc: Received, run: RunMemory): Violation[] {
  const body = doc.body;
  const record = run.record ?? {};
  const expected: Members = {};
  const observed: Members = {};
  const compare = (name: string, value: unknown): void => {
    if (value === undefined || body[name] === value) return;
    expected[name] = value;
    observed[name] = body[name];
  };
  compare('agent_task_run_id', record['agent_task_run_id']);
  compare('work_order_id', record['work_order_id']);
  compare('requested_tool', record['requested_tool']);
  compare('task_token', run.token);
  compare('result_url', record['result_url']);
  compare('receipt_url', record['usage_receipt_url'] ?? record['receipt_url']);
  compare('result_package_hash', run.attestationHash?.value);
  const status = body['result_status'];
  if (typeof status === 'string' && typeof body['event_type'] === 'string') {
    compare('event_type', status === 'partial' ? 'task_result_partial' : 'task_result_ready');
  }
  if (Object.keys(expected).length === 0) return [];
  return [violation(PAYLOAD_RULE, `${doc.where}: the callback payload agrees with the run's record and attestation`, JSON.stringify(expected), observed)];
}

/** The payload is fixed once: every later sight of it, at its URL or delivered, is JCS-equal to the first. */
function payloadFixed(doc: Received, run: RunMemory): Violation[] {
  if (run.payload === undefined) return [];
  const now = jcsOrNull(doc.body);
  return now === run.payload.jcs ? [] : [violation(PAYLOAD_RULE, `${doc.where}: the callback payload as first seen (${run.payload.where})`, run.payload.jcs, now)];
}

export const servedPayload: DocumentCheck = (doc, memory) => {
  const run = memory.runOf(doc.body);
  return run === undefined ? [] : [...payloadFixed(doc, run), ...payloadAgreesWithRun(doc, run)];
};

/** The attempts record names one webhook-id, the one the deliveries carried. */
export const attemptsRecord: DocumentCheck = (doc, memory) => {
  const webhookId = doc.body['webhook_id'];
  const ids = objects(doc.body['attempts']).map((a) => a['webhook_id']).filter((id) => id !== undefined);
  const delivered = memory.runOf(doc.body)?.firstDelivery?.webhookId;
  const others = [...new Set([...ids, ...(delivered !== undefined ? [delivered] : [])])].filter((id) => id !== webhookId);
  return others.length === 0 ? [] : [violation('CALLBACK-ID-STABLE', `${doc.where}: every attempt of the message carries its webhook_id`, JSON.stringify(webhookId), others)];
};

function runOfDelivery(doc: Received, memory: Parameters<DocumentCheck>[1]): RunMemory | undefined {
  const byBody = memory.runOf(doc.body);
  if (byBody !== undefined) return byBody;
  const runId = doc.target === undefined ? undefined : memory.runIdByCallbackUrl.get(doc.target);
  return runId === undefined ? undefined : memory.run(runId);
}

/**
 * The latest host time an attempt arriving at `arrivedAt` can have been made at: an advance answers only when
 * the work due up to its end, this attempt included, is done (or abandoned), so the first advance answered after
 * the arrival bounds it. No lower bound is taken from earlier answers: an attempt the host abandoned at its
 * timeout may reach the receiver's records after the advance that made it has answered.
 */
function latestHostTime(arrivedAt: number, memory: Parameters<DocumentCheck>[1]): number | undefined {
  const after = memory.clock.filter((r) => r.advance && r.answeredAt > arrivedAt).map((r) => r.nowMs);
  return after.length > 0 ? Math.min(...after) : undefined;
}

export const deliveredMessage: DocumentCheck = (doc, memory) => {
  const delivery = doc.delivery;
  if (delivery === undefined) return [];
  const run = runOfDelivery(doc, memory);
  const out: Violation[] = [];
  const id = delivery.headers['webhook-id'];
  const timestamp = delivery.headers['webhook-timestamp'];

  const schema = validate('callback-payload', delivery.json);
  if (!schema.ok) {
    out.push(violation(PAYLOAD_RULE, `${doc.where}: the callback body validates against callback-payload.schema.json`, 'a valid callback-payload document', delivery.json === undefined ? delivery.text.slice(0, 300) : schema.errors.map((e) => `${e.instancePath || '/'} ${e.keyword}: ${e.message}`)));
  }
  if (run === undefined) return out;

  if (run.secret !== undefined) {
    const verdict = verifyCallback({ secrets: run.secret, headers: delivery.headers, body: delivery.raw, nowSeconds: Number(timestamp) || 0, toleranceSeconds: Number.MAX_SAFE_INTEGER });
    if (!verdict.ok) {
      out.push(violation('CALLBACK-SIGNATURE', `${doc.where}: Standard Webhooks v1 signature over the exact bytes, keyed by the run's secret`, 'a webhook-id, an integer webhook-timestamp and a matching v1 signature', {
        verdict,
        'webhook-id': id,
        'webhook-timestamp': timestamp,
        'webhook-signature': delivery.headers['webhook-signature'],
      }));
    }
  }
  const first = run.firstDelivery;
  if (first !== undefined) {
    if (id !== first.webhookId) out.push(violation('CALLBACK-ID-STABLE', `${doc.where}: the webhook-id of the run's first delivery (${first.where})`, JSON.stringify(first.webhookId), id));
    if (delivery.text !== first.text) out.push(violation(PAYLOAD_RULE, `${doc.where}: the same body bytes as the run's first delivery (${first.where})`, first.text.slice(0, 500), delivery.text.slice(0, 500)));
  }
  out.push(...payloadFixed(doc, run), ...payloadAgreesWithRun(doc, run));

  if (timestamp !== undefined && /^\d{1,15}$/.test(timestamp)) {
    const hi = latestHostTime(delivery.arrivedAt, memory);
    if (hi !== undefined && Number(timestamp) > Math.floor(hi / 1000)) {
      out.push(violation('CALLBACK-FRESH-TIMESTAMP', `${doc.where}: webhook-timestamp is host time at this attempt`, `Unix seconds at most ${Math.floor(hi / 1000)}, host time when the test clock's advance that followed the attempt answered`, Number(timestamp)));
    }
  }
  return out;
};
