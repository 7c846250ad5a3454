/**
 * The `--filter` terms `run` and `list` share: each term names an area (case-insensitive), a rule id or a
 * scenario id, so a typo is refused before anything runs rather than silently selecting nothing.
 */
import { ruleRegistry } from '../rules.js';
import { closest } from './suggest.js';

export type FilterCheck = { ok: true; terms: string[] } | { ok: false; message: string };

/** Filter terms after splitting commas; each must name an area, a rule or a scenario. */
export function filterTerms(raw: readonly string[], scenarioIds: ReadonlySet<string>): FilterCheck {
  const terms = raw.flatMap((value) => value.split(',')).map((term) => term.trim());
  if (terms.some((term) => term.length === 0)) return { ok: false, message: '--filter has an empty term' };
  const areas = new Set(ruleRegistry.areas.map((area) => area.toLowerCase()));
  const ruleIds = new Set(ruleRegistry.rules.map((rule) => rule.id as string));
  const unknown = terms.filter((t) => !areas.has(t.toLowerCase()) && !ruleIds.has(t) && !scenarioIds.has(t));
  if (unknown.length === 0) return { ok: true, terms };
  const names = [...ruleRegistry.areas, ...ruleIds, ...scenarioIds];
  const hints = unknown.flatMap((term) => {
    // Areas are matched case-insensitively, rule ids are upper case: compare a term in both cases.
    const match = closest(term, names) ?? closest(term.toUpperCase(), names);
    return match === null ? [] : [unknown.length === 1 ? match : `${match} for ${term}`];
  });
  const suggestion = hints.length > 0 ? ` (did you mean ${hints.join(', ')}?)` : '';
  return {
    ok: false,
    message: `--filter ${unknown.join(', ')} names no area, rule id or scenario id${suggestion}; areas: ${ruleRegistry.areas.join(', ')}`,
  };
}
