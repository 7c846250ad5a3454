/**
 * The `Retry-After` header (RFC 9110 §10.2.3) as the protocol reads it: delay-seconds, or an HTTP-date (RFC 9110
 * §5.6.7, in any of its three formats) counted from the reader's time. Used by hosts for a callback receiver's
 * answer (SPEC.md §8.5) and by clients for a host's 429 (SPEC.md §11.3). Anything else is unreadable: a lenient
 * date parser would read "+5" or "1.5" as a date long past, and so as no delay at all.
 */

const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const TIME = '\\d{2}:\\d{2}:\\d{2}';
const IMF_FIXDATE = new RegExp(`^${DAY}, \\d{2} ${MONTH} \\d{4} ${TIME} GMT$`);
const RFC_850 = new RegExp(`^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \\d{2}-${MONTH}-\\d{2} ${TIME} GMT$`);
const ASCTIME = new RegExp(`^${DAY} ${MONTH} (?: \\d|\\d{2}) ${TIME} \\d{4}$`);

/** Seconds to wait; undefined when the header is absent or unreadable. A date already past waits 0. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number.parseInt(text, 10);
  if (!IMF_FIXDATE.test(text) && !RFC_850.test(text) && !ASCTIME.test(text)) return undefined;
  // asctime carries no zone; HTTP-dates are always UTC.
  const dateMs = Date.parse(ASCTIME.test(text) ? `${text} GMT` : text);
  if (Number.isNaN(dateMs)) return undefined;
  return Math.max(0, Math.ceil((dateMs - nowMs) / 1000));
}
