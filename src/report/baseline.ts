/**
 * Baseline file: `{ "known_failures": ["RULE-ID", …] }` (optionally `"$schema"`). It lets an implementer adopt
 * the kit gradually: a failed scenario whose every failed rule is listed does not fail the run, and a listed
 * rule that now passes fails it as stale, so the file only ever shrinks.
 */
export type BaselineParse = { ok: true; knownFailures: string[] } | { ok: false; error: string };

const ALLOWED_KEYS = new Set(['$schema', 'known_failures']);

/** Checks a parsed baseline document; every listed id must be a rule of the registry. */
export function parseBaseline(document: unknown, knownRuleIds: ReadonlySet<string>): BaselineParse {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    return { ok: false, error: 'expected a JSON object { "known_failures": ["RULE-ID", …] }' };
  }
  const unknownKeys = Object.keys(document).filter((key) => !ALLOWED_KEYS.has(key));
  if (unknownKeys.length > 0) {
    return { ok: false, error: `unknown key(s) ${unknownKeys.join(', ')}; allowed: known_failures, $schema` };
  }
  const list = (document as Record<string, unknown>)['known_failures'];
  if (!Array.isArray(list) || !list.every((item): item is string => typeof item === 'string')) {
    return { ok: false, error: '"known_failures" must be an array of rule id strings' };
  }
  const duplicates = list.filter((id, index) => list.indexOf(id) !== index);
  if (duplicates.length > 0) return { ok: false, error: `duplicate rule id(s): ${[...new Set(duplicates)].join(', ')}` };
  const unknown = list.filter((id) => !knownRuleIds.has(id));
  if (unknown.length > 0) {
    return { ok: false, error: `unknown rule id(s): ${unknown.join(', ')} (ids are listed in spec/rules.json)` };
  }
  return { ok: true, knownFailures: list };
}
