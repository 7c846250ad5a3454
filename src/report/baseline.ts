/**
 * Baseline file: `{ "known_failures": ["RULE-ID", …] }` (optionally `"$schema"`), described by
 * schemas/conformance-baseline.schema.json. It lets an implementer adopt the kit gradually: a failed scenario
 * whose every failed rule is listed does not fail the run, and a listed rule that now passes fails it as stale,
 * so the file only ever shrinks.
 */
import { didYouMean } from '../cli/suggest.js';
import { validate } from '../validate.js';
import type { ValidationError } from '../validate.js';

export type BaselineParse = { ok: true; knownFailures: string[] } | { ok: false; error: string };

const SHAPE = '{ "known_failures": ["RULE-ID", …] }';

/** Ids listed more than once, each named once. */
function repeated(list: readonly unknown[]): unknown[] {
  return [...new Set(list.filter((id, index) => list.indexOf(id) !== index))];
}

/** One schema error in the words of the baseline file. */
function describe(document: unknown, error: ValidationError): string {
  const path = error.instancePath;
  if (path === '') {
    if (error.keyword === 'type') return `expected a JSON object ${SHAPE}`;
    if (error.keyword === 'required') return `"known_failures" is missing: expected ${SHAPE}`;
  }
  if (path === '/known_failures' || path.startsWith('/known_failures/')) {
    // The document is an object here: the error is about one of its members.
    const list = (document as { known_failures: unknown }).known_failures;
    if (error.keyword === 'type') return '"known_failures" must be an array of rule id strings';
    if (error.keyword === 'uniqueItems' && Array.isArray(list)) return `duplicate rule id(s): ${repeated(list).join(', ')}`;
    if (error.keyword === 'pattern' && Array.isArray(list)) {
      const id = list[Number(path.split('/')[2])];
      return `${JSON.stringify(id)} is not a rule id (upper-case words joined by "-", e.g. LEDGER-HASH-LINK)`;
    }
  }
  return `${path || '/'} ${error.keyword}: ${error.message}`;
}

/** Checks a parsed baseline document against its schema; every listed id must also be a rule of the registry. */
export function parseBaseline(document: unknown, knownRuleIds: ReadonlySet<string>): BaselineParse {
  const checked = validate('conformance-baseline', document);
  if (!checked.ok) {
    // Unknown members first, named together: a misspelt key is the likeliest mistake and explains the rest.
    const isExtra = (error: ValidationError): boolean => error.instancePath === '' && error.keyword === 'additionalProperties';
    const extra = checked.errors.filter(isExtra).map((error) => String(error.params['additionalProperty']));
    const messages = [
      ...(extra.length > 0 ? [`unknown key(s) ${extra.join(', ')}; allowed: known_failures, $schema`] : []),
      ...checked.errors.filter((error) => !isExtra(error)).map((error) => describe(document, error)),
    ];
    return { ok: false, error: [...new Set(messages)].join('; ') };
  }
  const list = checked.value.known_failures;
  const unknown = list.filter((id) => !knownRuleIds.has(id));
  if (unknown.length > 0) {
    const named = unknown.map((id) => `${id}${didYouMean(id, knownRuleIds)}`);
    return { ok: false, error: `unknown rule id(s): ${named.join(', ')} (ids are listed in spec/rules.json)` };
  }
  return { ok: true, knownFailures: [...list] };
}
