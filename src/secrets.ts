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
let pattern: RegExp | null = null;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Remembers `value` (and, for a `whsec_` secret, its bare key) so every later output masks it. */
export function registerSecret(value: string | null | undefined): void {
  if (typeof value !== 'string') return;
  const forms = [value, ...(value.startsWith('whsec_') ? [value.slice('whsec_'.length)] : [])];
  for (const form of forms) {
    if (form.length < MIN_MASKED_SECRET_CHARS || secrets.has(form)) continue;
    secrets.add(form);
    pattern = null;
  }
}

/** Every registered secret replaced by the mask. */
export function maskKnownSecrets(text: string): string {
  if (secrets.size === 0) return text;
  // Longest first, so a secret containing another is masked whole.
  pattern ??= new RegExp([...secrets].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g');
  return text.replace(pattern, SECRET_MASK);
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
