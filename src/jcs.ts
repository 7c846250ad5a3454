import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { JsonDepthError, MAX_JSON_DEPTH, valueDepth } from './harness/limits.js';

/**
 * RFC 8785 canonical form. Throws on values JCS cannot represent (NaN, Infinity, lone surrogates) and, before
 * recursing, on values nested deeper than MAX_JSON_DEPTH (JsonDepthError), so host data cannot overflow the stack.
 */
export function jcs(value: unknown): string {
  const depth = valueDepth(value);
  if (depth > MAX_JSON_DEPTH) throw new JsonDepthError(`value nests deeper than ${MAX_JSON_DEPTH} levels, the limit of the kit`);
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('value has no JSON form (undefined, function or symbol)');
  return text;
}

/** `sha256:` + lowercase hex SHA-256 over the UTF-8 bytes of the JCS form. */
export function digest(value: unknown): string {
  return `sha256:${createHash('sha256').update(jcs(value), 'utf8').digest('hex')}`;
}

export const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/;
