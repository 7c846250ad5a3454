/**
 * Invariants of every document, whatever its kind: timestamps in UTC with milliseconds (SPEC.md §2.2), credit
 * amounts as integers (§2.4.5), and no callback signing secret outside the run-created answer (§14.5).
 */
import type { DocumentCheck, Members, Violation } from './types.js';

/** The one form SPEC.md §2.2 allows: `YYYY-MM-DDTHH:MM:SS.mmmZ`. */
export const UTC_MILLIS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * Members that hold client or tool data verbatim (a tool's outputs, the requester's context, a published
 * runtime contract): what looks like a timestamp there is data, not a timestamp of the host.
 */
const DATA_MEMBERS: ReadonlySet<string> = new Set(['outputs', 'workflow_context', 'expected_outputs', 'requested_capability', 'contract', 'estimate_basis', 'data_policy']);

/** A timestamp member: SPEC.md names every one `…_at`, and the test clock's `now`. */
function isTimestampMember(name: string): boolean {
  return name.endsWith('_at') || name === 'now';
}

/** Whether `value` is a timestamp of the form SPEC.md §2.2 requires, naming a real instant. */
export function isUtcMillis(value: string): boolean {
  if (!UTC_MILLIS.test(value)) return false;
  const ms = Date.parse(value);
  // Rejects what the pattern lets through but no instant is: 2026-02-30, 24:00, a leap second.
  return Number.isFinite(ms) && new Date(ms).toISOString() === value;
}

export interface TimestampProblem {
  /** JSON Pointer of the member. */
  path: string;
  value: unknown;
}

/** Every timestamp member of a document, at any depth, that is not in the form of SPEC.md §2.2. */
export function timestampProblems(value: unknown, path = ''): TimestampProblem[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => timestampProblems(item, `${path}/${i}`));
  if (typeof value !== 'object' || value === null) return [];
  const problems: TimestampProblem[] = [];
  for (const [name, member] of Object.entries(value as Members)) {
    if (DATA_MEMBERS.has(name)) continue;
    const at = `${path}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (isTimestampMember(name) && member !== null && member !== undefined) {
      if (typeof member !== 'string' || !isUtcMillis(member)) problems.push({ path: at, value: member });
    } else {
      problems.push(...timestampProblems(member, at));
    }
  }
  return problems;
}

const TIMESTAMP_FORM = 'an RFC 3339 date-time in UTC with milliseconds and Z, e.g. 2026-06-02T10:00:00.000Z';

export const timestampsInUtc: DocumentCheck = (doc) => {
  const problems = timestampProblems(doc.body);
  if (problems.length === 0) return [];
  return [
    {
      rule: 'LIFECYCLE-TIMESTAMPS-UTC',
      what: `${doc.where}: every timestamp is UTC with milliseconds and Z`,
      expected: TIMESTAMP_FORM,
      observed: problems,
    },
  ];
};

/**
 * The read time of a document computed on read is never before host time as the test clock last answered
 * it: host time only moves forward. A host writing a local time behind UTC with a `Z` is caught here. (An
 * answer to a POST may be a stored answer replayed under its Idempotency-Key, stamped long before: §12.)
 */
export const stampedNotBeforeClock: DocumentCheck = (doc, memory) => {
  const member = doc.kind === 'result-contract' ? 'issued_at' : doc.kind === 'queue-monitor' ? 'observed_at' : undefined;
  const lastMs = memory.lastReadingMs();
  const value = member === undefined ? undefined : doc.body[member];
  if (lastMs === undefined || typeof value !== 'string' || !isUtcMillis(value) || Date.parse(value) >= lastMs) return [];
  return [
    {
      rule: 'LIFECYCLE-TIMESTAMPS-UTC',
      what: `${doc.where}: ${member} names host time (stamped at this request)`,
      expected: `not before ${new Date(lastMs).toISOString()}, host time as the test clock last answered it`,
      observed: value,
    },
  ];
};

/** The test clock's `now` names the instant of its `now_ms`. */
export const clockAgrees: DocumentCheck = (doc) => {
  const { now, now_ms: nowMs } = doc.body;
  if (typeof now !== 'string' || typeof nowMs !== 'number' || !Number.isFinite(nowMs) || Math.abs(nowMs) > 8.64e15) return [];
  const expected = new Date(nowMs).toISOString();
  return now === expected
    ? []
    : [{ rule: 'LIFECYCLE-TIMESTAMPS-UTC', what: `${doc.where}: the clock's now names the instant of its now_ms (${nowMs})`, expected, observed: now }];
};

/** Members that carry an amount of credits (SPEC.md §2.4.5, §7). */
function isCreditMember(name: string): boolean {
  return name === 'remaining_credits' || name === 'credit_delta' || name === 'meter_units' || /^credits_[a-z_]+$/.test(name);
}

function creditProblems(value: unknown, path = ''): TimestampProblem[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => creditProblems(item, `${path}/${i}`));
  if (typeof value !== 'object' || value === null) return [];
  const problems: TimestampProblem[] = [];
  for (const [name, member] of Object.entries(value as Members)) {
    if (DATA_MEMBERS.has(name)) continue;
    const at = `${path}/${name}`;
    if (typeof member === 'number') {
      if (isCreditMember(name) && !(Number.isSafeInteger(member) && member >= 0)) problems.push({ path: at, value: member });
    } else {
      problems.push(...creditProblems(member, at));
    }
  }
  return problems;
}

export const creditsInteger: DocumentCheck = (doc) => {
  const problems = creditProblems(doc.body);
  return problems.length === 0
    ? []
    : [{ rule: 'RECEIPT-INTEGER-UNITS', what: `${doc.where}: every credit amount is an integer ≥ 0`, expected: 'integers ≥ 0', observed: problems }];
};

/** The callback signing secret is returned by the run-created answer and by nothing else. */
export const secretOnce: DocumentCheck = (doc, memory) => {
  if (doc.kind === 'run-created') return [];
  const raw = doc.exchange?.text ?? doc.delivery?.text ?? '';
  const repeated = [...memory.secrets].some((secret) => raw.includes(secret));
  const named = raw.includes('"callback_signing_secret"');
  if (!repeated && !named) return [];
  return [
    {
      rule: 'SECURITY-SECRET-ONCE',
      what: `${doc.where}: the document carries no callback signing secret`,
      expected: 'no callback_signing_secret member and no secret returned at run creation',
      observed: { callback_signing_secret_member: named, repeats_a_run_secret: repeated },
    },
  ];
};

export function violation(rule: Violation['rule'], what: string, expected: string, observed: unknown): Violation {
  return { rule, what, expected, observed };
}
