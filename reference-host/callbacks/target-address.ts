/**
 * Where one delivery attempt connects (SPEC §14.4). A host name is resolved at every attempt, through the
 * host's resolver (a seam: tests resolve without DNS), and every address it gets is judged by the table
 * literals are judged by; one refused address refuses the attempt, recorded as a `connection_error`. The
 * attempt then connects to the addresses that were judged, never to the result of a second lookup, so a name
 * whose records change between the check and the connection (DNS rebinding) cannot redirect it.
 */
import { lookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { checkAddress } from '../../src/protocol/callback-target.js';
import type { HostCore } from '../core.js';

export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

/** Every address a host name resolves to. */
export type Resolver = (hostname: string) => Promise<readonly ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));

/** Outbound callback HTTP: fetch's shape, plus the addresses judged for this attempt (absent for an IP literal). */
export type CallbackFetch = (url: string, init: CallbackRequestInit) => Promise<Response>;
export type CallbackRequestInit = RequestInit & { readonly addresses?: readonly ResolvedAddress[] };

export type PinnedTarget = { ok: true; addresses: readonly ResolvedAddress[] | undefined } | { ok: false; reason: string };

export async function pinTarget(core: HostCore, url: string, signal: AbortSignal): Promise<PinnedTarget> {
  const allowLoopback = core.config.allowLoopbackCallbacks;
  const hostname = new URL(url).hostname;
  const literal = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
  const judged = checkAddress(literal, { allowLoopback });
  // An IP literal is its own address; anything else unreadable as an address is a name to resolve.
  if (judged.ok) return { ok: true, addresses: undefined };
  if (judged.label !== 'unreadable') return { ok: false, reason: `${hostname} is a ${judged.label} address` };
  const addresses = await abortable(core.resolve(hostname), signal);
  if (addresses.length === 0) return { ok: false, reason: `${hostname} resolves to no address` };
  for (const { address } of addresses) {
    const verdict = checkAddress(address, { allowLoopback });
    if (!verdict.ok) return { ok: false, reason: `${hostname} resolves to ${address}, a ${verdict.label} address` };
  }
  return { ok: true, addresses };
}

/** A resolver call given up when the attempt's time is up; lookups themselves cannot be cancelled. */
function abortable<T>(pending: Promise<T>, signal: AbortSignal): Promise<T> {
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const abort = (): void => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    pending.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(error);
      },
    );
  });
}

/**
 * The default CallbackFetch: node:http(s) on a fresh connection to the judged address, the URL's host name
 * kept for the Host header, TLS server name and certificate check. Redirects are never followed; only a
 * host that follows them (a mistake, CALLBACK-NO-REDIRECT) hands the request to the platform's fetch.
 */
export const pinnedFetch: CallbackFetch = (url, init) => {
  if (init.redirect === 'follow') return globalThis.fetch(url, init);
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const pinned = init.addresses;
  return new Promise<Response>((resolve, reject) => {
    const request = send(
      target,
      {
        method: init.method ?? 'GET',
        headers: Object.fromEntries(new Headers(init.headers).entries()),
        // A pooled socket may lead to an address judged for an earlier attempt.
        agent: false,
        ...(init.signal ? { signal: init.signal } : {}),
        ...(pinned ? { lookup: pinnedLookup(pinned) } : {}),
      },
      (answer) => {
        // The answer's body is never read (only the status and Retry-After matter), and a receiver that keeps
        // sending one must not hold the connection open past the attempt's slot.
        answer.destroy();
        const status = answer.statusCode ?? 0;
        if (status < 200 || status > 599) reject(new Error(`receiver answered status ${status}`));
        else resolve(new Response(null, { status, headers: answerHeaders(answer) }));
      },
    );
    request.on('error', reject);
    request.end(typeof init.body === 'string' ? init.body : undefined);
  });
};

/** Hands the connection the judged addresses only; given all of them, it tries each (IPv6 and IPv4 alike). */
function pinnedLookup(addresses: readonly ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, addresses.map(({ address, family }) => ({ address, family })));
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  };
}

function answerHeaders(answer: IncomingMessage): Headers {
  const headers = new Headers();
  const raw = answer.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    try {
      headers.append(raw[i]!, raw[i + 1]!);
    } catch {
      // A header value fetch would refuse; Retry-After is read from the ones it accepts.
    }
  }
  return headers;
}
