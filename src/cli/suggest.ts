/**
 * "Did you mean" for names a user types: verbs, flags, schema names, filter terms, fault ids. A suggestion is
 * offered only when it is close enough that it is likely the intended name, so a wild guess gets the full list
 * instead of a misleading hint.
 */

/**
 * Edit distance (insertions, deletions, substitutions and swaps of two neighbouring letters, the commonest typo:
 * `rnu` is one edit from `run`), case-insensitive unless `exactCase`.
 */
export function editDistance(a: string, b: string, exactCase = false): number {
  const s = exactCase ? a : a.toLowerCase();
  const t = exactCase ? b : b.toLowerCase();
  let before: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[t.length]!;
}

/**
 * The candidate closest to `input`, or null when none is close: within a third of the input's length (at least
 * 1, at most 3 edits), or the input is a prefix of exactly one candidate.
 */
export function closest(input: string, candidates: Iterable<string>): string | null {
  const list = [...new Set(candidates)];
  const limit = Math.min(3, Math.max(1, Math.floor(input.length / 3)));
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  let bestExact = Number.POSITIVE_INFINITY;
  for (const candidate of list) {
    const distance = editDistance(input, candidate);
    // Between names equally close ignoring case (a scenario id and its rule id), the one typed in the same case.
    const exact = editDistance(input, candidate, true);
    if (distance < bestDistance || (distance === bestDistance && exact < bestExact)) {
      best = candidate;
      bestDistance = distance;
      bestExact = exact;
    }
  }
  if (best !== null && bestDistance <= limit) return best;
  const prefixed = list.filter((candidate) => candidate.toLowerCase().startsWith(input.toLowerCase()));
  return input.length >= 3 && prefixed.length === 1 ? prefixed[0]! : null;
}

/** ` (did you mean X?)` or the empty string, to append to the name in an error message. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = closest(input, candidates);
  return match === null ? '' : ` (did you mean ${match}?)`;
}
