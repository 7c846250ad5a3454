/**
 * The `Retry-After` header (RFC 9110 §10.2.3) as the protocol reads it: delay-seconds, or an HTTP-date counted
 * from the reader's time. Used by hosts for a callback receiver's answer (SPEC.md §8.5) and by clients for a
 * host's 429 (SPEC.md §11.3).
 */

/** Seconds to wait; undefined when the header is absent or unreadable. A date already past waits 0. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number.parseInt(text, 10);
  const dateMs = Date.parse(text);
  if (Number.isNaN(dateMs)) return undefined;
  return Math.max(0, Math.ceil((dateMs - nowMs) / 1000));
}
