import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** RFC 8785 canonical form. Throws on values JCS cannot represent (NaN, Infinity, lone surrogates). */
export function jcs(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('value has no JSON form (undefined, function or symbol)');
  return text;
}

/** `sha256:` + lowercase hex SHA-256 over the UTF-8 bytes of the JCS form. */
export function digest(value: unknown): string {
  return `sha256:${createHash('sha256').update(jcs(value), 'utf8').digest('hex')}`;
}

export const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/;
