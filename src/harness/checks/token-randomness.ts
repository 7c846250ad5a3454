/**
 * Estimates, from a sample of tokens a host issued, whether they carry enough randomness and no visible
 * structure: the kit cannot see the host's random source, but counters, timestamps, short tokens and tokens
 * derived from public ids all leave traces in a sample of a few dozen.
 */
import { createHash } from 'node:crypto';

export interface RandomnessEstimate {
  /** Positions (over the shortest token) where the sample's tokens do not all agree. */
  varyingPositions: number;
  /** Distinct characters seen at those positions. */
  alphabet: number;
  /** varyingPositions × log2(alphabet): the most randomness tokens of this shape can carry. */
  bits: number;
  /** Prefix every token shares (a fixed label such as `tok_`). */
  commonPrefix: string;
}

export function estimateRandomness(tokens: readonly string[]): RandomnessEstimate {
  const length = Math.min(...tokens.map((token) => token.length));
  const seen = new Set<string>();
  let varyingPositions = 0;
  for (let i = 0; i < length; i += 1) {
    const column = new Set(tokens.map((token) => token[i]!));
    if (column.size > 1) {
      varyingPositions += 1;
      for (const c of column) seen.add(c);
    }
  }
  const alphabet = seen.size;
  return {
    varyingPositions,
    alphabet,
    bits: alphabet > 1 ? varyingPositions * Math.log2(alphabet) : 0,
    commonPrefix: commonPrefix(tokens),
  };
}

export function commonPrefix(values: readonly string[]): string {
  if (values.length === 0) return '';
  let prefix = values[0]!;
  for (const value of values) {
    while (!value.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  return prefix;
}

/** Longest prefix two tokens share beyond the prefix all of them share, with the pair. */
export function longestPairPrefix(tokens: readonly string[]): { extra: number; pair: [string, string] | null } {
  const shared = commonPrefix(tokens).length;
  let best = { extra: 0, pair: null as [string, string] | null };
  for (let i = 0; i < tokens.length; i += 1) {
    for (let j = i + 1; j < tokens.length; j += 1) {
      const extra = commonPrefix([tokens[i]!, tokens[j]!]).length - shared;
      if (extra > best.extra) best = { extra, pair: [tokens[i]!, tokens[j]!] };
    }
  }
  return best;
}

/**
 * Shared-prefix length beyond which `count` uniformly random tokens over `alphabet` characters would collide
 * with probability below one in a million: a longer shared prefix points at a counter or a clock.
 */
export function randomPrefixBound(count: number, alphabet: number): number {
  const pairs = (count * (count - 1)) / 2;
  return Math.ceil(Math.log(pairs * 1e6) / Math.log(Math.max(2, alphabet)));
}

/** True when the tokens, in the order issued, are sorted (ascending or descending): the mark of a sequence. */
export function isOrdered(tokens: readonly string[]): boolean {
  const ascending = tokens.every((token, i) => i === 0 || tokens[i - 1]! <= token);
  const descending = tokens.every((token, i) => i === 0 || tokens[i - 1]! >= token);
  return tokens.length > 2 && (ascending || descending);
}

/** Length of the longest substring `a` and `b` have in common. */
export function longestCommonSubstring(a: string, b: string): number {
  let best = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j += 1) {
      if (a[i - 1] === b[j - 1]) {
        current[j] = previous[j - 1]! + 1;
        if (current[j]! > best) best = current[j]!;
      }
    }
    previous = current;
  }
  return best;
}

/** A public id and the encodings of its SHA-256 a careless host might use as a token. */
export function derivations(id: string): string[] {
  const hash = createHash('sha256').update(id, 'utf8').digest();
  return [id, hash.toString('hex'), hash.toString('base64'), hash.toString('base64url'), Buffer.from(id, 'utf8').toString('base64url')];
}
