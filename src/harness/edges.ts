/**
 * The edge cases a scenario declares in its definition (`edges`), read both when the scenario registers and
 * when coverage.md is rendered from the sources. An entry names a path where implementations differ, for
 * example `metered above the reservation`; prefixed with one of the scenario's rule ids and a colon
 * (`CALLBACK-410-STOPS: receiver answers 410`) it is exercised under that rule only, otherwise under every rule
 * the scenario lists.
 */

export interface Edge {
  /** The rule the entry names, or null when it belongs to all of the scenario's rules. */
  rule: string | null;
  text: string;
}

const RULE_PREFIX = /^([A-Z]+(?:-[A-Z0-9]+)+):\s*(.*)$/s;

export function parseEdge(entry: string): Edge {
  const match = RULE_PREFIX.exec(entry);
  return match ? { rule: match[1]!, text: match[2]!.trim() } : { rule: null, text: entry.trim() };
}

/** What is wrong with a scenario's edge list, given the rules it lists. */
export function edgeProblems(edges: readonly string[], rules: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const entry of edges) {
    const { rule, text } = parseEdge(entry);
    if (text.length === 0) problems.push(`edge ${JSON.stringify(entry)} has no text`);
    if (rule !== null && !rules.includes(rule)) problems.push(`edge ${JSON.stringify(entry)} names ${rule}, which the scenario's rules do not list`);
    if (seen.has(entry)) problems.push(`edges lists ${JSON.stringify(entry)} twice`);
    seen.add(entry);
  }
  return problems;
}

/** Rule id → the edge texts exercised under it, for every rule of a scenario. */
export function edgesByRule(edges: readonly string[], rules: readonly string[]): Map<string, string[]> {
  const byRule = new Map<string, string[]>();
  for (const entry of edges) {
    const { rule, text } = parseEdge(entry);
    for (const id of rule === null ? rules : [rule]) byRule.set(id, [...(byRule.get(id) ?? []), text]);
  }
  return byRule;
}
