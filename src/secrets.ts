/**
 * Secrets the kit knows by value: the configured API key, keys minted through the tenants seam, callback signing
 * secrets read from hosts. A host may echo any of them anywhere (a problem detail, a header, a body field), where
 * pattern masking cannot recognise them; everything the kit prints or writes is passed through `maskKnownSecrets`.
 */

export const SECRET_MASK = '***';

/**
 * Shorter values are not masked by value: replacing every occurrence of a few characters would garble the
 * output without hiding anything worth hiding.
 */
export const MIN_MASKED_SECRET_CHARS = 8;

const secrets = new Set<string>();
/**
 * Secrets by their first MIN_MASKED_SECRET_CHARS characters, with the lengths they come in, longest first. A run
 * registers a secret per run created, so masking scans the text once and looks each position up here: one regular
 * expression over every secret grew with each, and rebuilding it made a long run quadratic. Keys of one kind
 * often share a prefix (`sk_live_`), so a bucket is probed by length, not searched.
 */
const byPrefix = new Map<string, { lengths: number[]; values: Set<string> }>();

/** Remembers `value` (and, for a `whsec_` secret, its bare key) so every later output masks it. */
export function registerSecret(value: string | null | undefined): void {
  if (typeof value !== 'string') return;
  const forms = [value, ...(value.startsWith('whsec_') ? [value.slice('whsec_'.length)] : [])];
  for (const form of forms) {
    if (form.length < MIN_MASKED_SECRET_CHARS || secrets.has(form)) continue;
    secrets.add(form);
    const key = form.slice(0, MIN_MASKED_SECRET_CHARS);
    const bucket = byPrefix.get(key) ?? { lengths: [], values: new Set<string>() };
    bucket.values.add(form);
    if (!bucket.lengths.includes(form.length)) bucket.lengths = [...bucket.lengths, form.length].sort((a, b) => b - a);
    byPrefix.set(key, bucket);
  }
}

/** Every registered secret replaced by the mask: at each position the longest secret there, left to right. */
export function maskKnownSecrets(text: string): string {
  if (secrets.size === 0 || text.length < MIN_MASKED_SECRET_CHARS) return text;
  let out = '';
  let copiedTo = 0;
  let i = 0;
  while (i + MIN_MASKED_SECRET_CHARS <= text.length) {
    const bucket = byPrefix.get(text.slice(i, i + MIN_MASKED_SECRET_CHARS));
    const length = bucket?.lengths.find((candidate) => bucket.values.has(text.slice(i, i + candidate)));
    if (length === undefined) {
      i += 1;
      continue;
    }
    out += text.slice(copiedTo, i) + SECRET_MASK;
    i += length;
    copiedTo = i;
  }
  return copiedTo === 0 ? text : out + text.slice(copiedTo);
}

/** A copy of a JSON-like value with every string masked; for reports built from host data. */
export function maskDeep<T>(value: T): T {
  if (secrets.size === 0) return value;
  const visit = (node: unknown): unknown => {
    if (typeof node === 'string') return maskKnownSecrets(node);
    if (Array.isArray(node)) return node.map(visit);
    if (typeof node === 'object' && node !== null) {
      return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, visit(child)]));
    }
    return node;
  };
  return visit(value) as T;
}
