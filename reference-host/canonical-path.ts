/**
 * The one spelling of a request path the host works with. Routing, the idempotency scope and a problem's
 * `instance` all use it, so two spellings of one resource (`/run`, `/ru%6E`, `/x/../run`) reach the same route
 * and the same keys (RFC 3986 §6.2.2): escapes of unreserved characters are decoded, other escapes get
 * upper-case hex, dot segments are resolved. An escaped slash or backslash (`%2F`, `%5C`) stays escaped: it is
 * a character inside one segment (a contract id may hold a slash), never a separator. A raw backslash is
 * refused: some servers read it as a slash and others do not, so it has no one meaning.
 */

export type PathVerdict = { ok: true; path: string } | { ok: false; reason: string };

const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

export function canonicalPath(raw: string): PathVerdict {
  // Most paths hold no escape, backslash or dot segment: they are canonical as they are.
  if (!/[%\\]|\/\.\.?(?:\/|$)/.test(raw)) return { ok: true, path: raw };
  if (raw.includes('\\')) return { ok: false, reason: 'the path holds a backslash, which servers read differently; send / or %5C' };
  if (/%(?![0-9A-Fa-f]{2})/.test(raw)) return { ok: false, reason: 'a % in the path must start a %XX escape; send %25 for a percent sign' };
  const decoded = raw.replace(/%([0-9A-Fa-f]{2})/g, (_escape, hex: string) => {
    const char = String.fromCharCode(Number.parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : `%${hex.toUpperCase()}`;
  });
  return { ok: true, path: removeDotSegments(decoded) };
}

/** RFC 3986 §5.2.4 for an absolute path: `.` is dropped, `..` drops the segment before it, never above the root. */
function removeDotSegments(path: string): string {
  const segments = path.split('/');
  const out: string[] = [];
  const last = segments.length - 1;
  for (let i = 1; i <= last; i++) {
    const segment = segments[i]!;
    if (segment === '.' || segment === '..') {
      if (segment === '..') out.pop();
      // A trailing dot segment leaves the directory it named: `/a/b/..` is `/a/`.
      if (i === last) out.push('');
      continue;
    }
    out.push(segment);
  }
  return `/${out.join('/')}`;
}

/** The path of an absolute request URL as sent (escapes untouched), without query or fragment. */
export function rawPathOf(url: string): string {
  const start = url.indexOf('/', url.indexOf('://') + 3);
  if (start === -1) return '/';
  const end = url.slice(start).search(/[?#]/);
  return end === -1 ? url.slice(start) : url.slice(start, start + end);
}
