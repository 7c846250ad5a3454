/**
 * Callback target safety (SECURITY-CALLBACK-TARGET, SPEC.md §14.4): http(s) only, and no private, loopback,
 * link-local, unspecified, shared, multicast or reserved address, in any IPv4 or IPv6 spelling. The operator may
 * allow loopback (conformance mode does, for the kit's receiver). The reference host judges literals at run
 * creation and, at every delivery attempt, each address a host name resolves to (`checkAddress`); the kit uses
 * `callbackTargetClass` to know when a host may refuse its own receiver.
 */

export type TargetVerdict = { ok: true; url: string } | { ok: false; reason: string };

export type AddressClass = 'public' | 'loopback' | 'refused';

interface Cidr4 {
  readonly base: number;
  readonly bits: number;
  readonly label: string;
}

const LOOPBACK_V4: Cidr4 = { base: ip4(127, 0, 0, 0), bits: 8, label: 'loopback' };

const REFUSED_V4: readonly Cidr4[] = [
  { base: ip4(0, 0, 0, 0), bits: 8, label: 'unspecified ("this network")' },
  { base: ip4(10, 0, 0, 0), bits: 8, label: 'private' },
  { base: ip4(100, 64, 0, 0), bits: 10, label: 'shared address space' },
  { base: ip4(169, 254, 0, 0), bits: 16, label: 'link-local' },
  { base: ip4(172, 16, 0, 0), bits: 12, label: 'private' },
  { base: ip4(192, 0, 0, 0), bits: 24, label: 'IETF protocol assignments' },
  { base: ip4(192, 168, 0, 0), bits: 16, label: 'private' },
  { base: ip4(198, 18, 0, 0), bits: 15, label: 'benchmarking' },
  { base: ip4(224, 0, 0, 0), bits: 4, label: 'multicast' },
  { base: ip4(240, 0, 0, 0), bits: 4, label: 'reserved' },
];

function ip4(a: number, b: number, c: number, d: number): number {
  return ((a << 24) >>> 0) + (b << 16) + (c << 8) + d;
}

function inCidr(address: number, cidr: Cidr4): boolean {
  const mask = cidr.bits === 0 ? 0 : (~0 << (32 - cidr.bits)) >>> 0;
  return ((address & mask) >>> 0) === ((cidr.base & mask) >>> 0);
}

function classifyV4(address: number): { cls: AddressClass; label: string } {
  if (inCidr(address, LOOPBACK_V4)) return { cls: 'loopback', label: 'loopback' };
  const refused = REFUSED_V4.find((c) => inCidr(address, c));
  return refused ? { cls: 'refused', label: refused.label } : { cls: 'public', label: 'public' };
}

/** Dotted quad as the WHATWG URL parser normalises every IPv4 spelling (hex, octal, integer). */
function parseV4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
  const [a, b, c, d] = parts.map(Number) as [number, number, number, number];
  return ip4(a, b, c, d);
}

/** Eight 16-bit groups, or undefined when `text` is not an IPv6 literal. */
function parseV6(text: string): number[] | undefined {
  let body = text;
  let tail: number[] = [];
  if (body.includes('.')) {
    const cut = body.lastIndexOf(':');
    const v4 = parseV4(body.slice(cut + 1));
    if (v4 === undefined) return undefined;
    tail = [v4 >>> 16, v4 & 0xffff];
    body = body.slice(0, cut + 1);
    if (!body.endsWith('::')) body = body.slice(0, -1);
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const head = groups16(halves[0]!);
  const rest = halves.length === 2 ? groups16(halves[1]!) : [];
  if (head === undefined || rest === undefined) return undefined;
  const known = head.length + rest.length + tail.length;
  if (halves.length === 1 ? known !== 8 : known > 7) return undefined;
  return [...head, ...new Array<number>(8 - known).fill(0), ...rest, ...tail];
}

function groups16(text: string): number[] | undefined {
  if (text === '') return [];
  const out: number[] = [];
  for (const group of text.split(':')) {
    if (!/^[0-9a-f]{1,4}$/i.test(group)) return undefined;
    out.push(Number.parseInt(group, 16));
  }
  return out;
}

function classifyV6(groups: readonly number[]): { cls: AddressClass; label: string } {
  const [g0, g1, g2, g3, g4, g5, g6, g7] = groups as [number, number, number, number, number, number, number, number];
  const embeddedV4 = ((g6 << 16) >>> 0) + g7;
  const zeroPrefix = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (zeroPrefix && g5 === 0 && g6 === 0 && g7 === 0) return { cls: 'refused', label: 'unspecified' };
  if (zeroPrefix && g5 === 0 && g6 === 0 && g7 === 1) return { cls: 'loopback', label: 'loopback' };
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) carry an IPv4 target.
  if (zeroPrefix && (g5 === 0xffff || g5 === 0)) return classifyV4(embeddedV4);
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return classifyV4(embeddedV4);
  if ((g0 & 0xfe00) === 0xfc00) return { cls: 'refused', label: 'unique local (fc00::/7)' };
  if ((g0 & 0xffc0) === 0xfe80) return { cls: 'refused', label: 'link-local (fe80::/10)' };
  if ((g0 & 0xffc0) === 0xfec0) return { cls: 'refused', label: 'site-local (fec0::/10)' };
  if ((g0 & 0xff00) === 0xff00) return { cls: 'refused', label: 'multicast' };
  if (g0 === 0x2001 && g1 === 0x0db8) return { cls: 'refused', label: 'documentation' };
  return { cls: 'public', label: 'public' };
}

function classifyHost(hostname: string): { cls: AddressClass; label: string } {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[') && host.endsWith(']')) {
    const groups = parseV6(host.slice(1, -1).replace(/%.*$/, ''));
    return groups ? classifyV6(groups) : { cls: 'refused', label: 'unreadable IPv6 literal' };
  }
  const v4 = parseV4(host);
  if (v4 !== undefined) return classifyV4(v4);
  if (host === 'localhost' || host.endsWith('.localhost')) return { cls: 'loopback', label: 'loopback (localhost)' };
  if (host === '') return { cls: 'refused', label: 'empty host' };
  return { cls: 'public', label: 'host name' };
}

/** The URL of an http(s) callback target, or why it is none. */
function parseTarget(raw: string): { url: URL } | { reason: string } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { reason: 'not an absolute URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { reason: `scheme ${url.protocol.replace(/:$/, '')} is not http or https` };
  return { url };
}

/** Whether a host may refuse `raw` as a callback target: never (`public`), unless it allows loopback, always. */
export function callbackTargetClass(raw: string): AddressClass {
  const target = parseTarget(raw);
  return 'url' in target ? classifyHost(target.url.hostname).cls : 'refused';
}

export function checkCallbackTarget(raw: string, options: { allowLoopback: boolean }): TargetVerdict {
  const target = parseTarget(raw);
  if (!('url' in target)) return { ok: false, reason: target.reason };
  const { url } = target;
  const { cls, label } = classifyHost(url.hostname);
  if (cls === 'public') return { ok: true, url: url.href };
  if (cls === 'loopback' && options.allowLoopback) return { ok: true, url: url.href };
  return { ok: false, reason: `host ${url.hostname} is a ${label} address` };
}

/** Judges one resolved address (dotted quad or IPv6, with or without a zone) by the table literals are judged by. */
export function checkAddress(address: string, options: { allowLoopback: boolean }): { ok: true } | { ok: false; label: string } {
  const v4 = parseV4(address);
  const v6 = v4 === undefined ? parseV6(address.replace(/%.*$/, '')) : undefined;
  if (v4 === undefined && v6 === undefined) return { ok: false, label: 'unreadable' };
  const { cls, label } = v4 !== undefined ? classifyV4(v4) : classifyV6(v6!);
  if (cls === 'public' || (cls === 'loopback' && options.allowLoopback)) return { ok: true };
  return { ok: false, label };
}
