/**
 * The kit's callback receiver: a real HTTP server hosts deliver callbacks to. Each scenario gets a mailbox
 * (a unique path prefix) with a scripted answer per delivery. Every delivery's exact bytes, headers and
 * arrival time are kept so scenarios can recompute signatures themselves.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyCallback } from '../webhooks.js';
import { parseJson } from './http.js';
import { DEFAULT_LIMITS, formatBytes } from './limits.js';
import type { ReceiverOptions } from './outcome.js';

/** How the receiver answers one delivery. After a mailbox's list is used up it answers 200. */
export type Answer =
  | { status: number; retryAfter?: string; body?: string }
  | { redirect: 301 | 302 | 307 | 308 }
  /** Hold the response until the host gives up (closes the socket) or the hang limit passes. */
  | { hang: true }
  /** Destroy the connection without an answer. */
  | { reset: true };

export interface Delivery {
  /** Kit wall-clock ms at which the whole body had arrived. */
  arrivedAt: number;
  method: string;
  /** Request path, e.g. `/mailbox/3f…/redirected` for a followed redirect. */
  path: string;
  /** Lowercase header names; repeated headers joined with ', '. */
  headers: Record<string, string>;
  /** The body exactly as received. */
  raw: Buffer;
  text: string;
  json: unknown | undefined;
  answered: Answer;
}

/**
 * A delivery the receiver refused: its signature does not verify against the run's secret (`bad-signature`), its
 * body passed the receiver's limit (`oversize`, answered 413, `raw` holds nothing), or too many arrived before the
 * run's secret was known (`flood`, answered 503). It is no attempt of the run and takes no scripted answer.
 */
export interface RejectedDelivery {
  reason: 'bad-signature' | 'oversize' | 'flood';
  /** What was wrong, for reports. */
  detail: string;
  delivery: Delivery;
}

/** The kit's receiver offers every member; a stand-in mailbox (tests, other receivers) may leave out the optional ones. */
export interface Mailbox {
  readonly id: string;
  /** The callback URL to give the host. */
  readonly url: string;
  /** Deliveries so far, in arrival order. */
  deliveries(): Delivery[];
  /**
   * Resolves as soon as at least `n` deliveries have arrived, or when `timeoutMs` passes, with the deliveries
   * so far (check the count: fewer than `n` means the host did not deliver in time).
   */
  waitFor(n: number, timeoutMs?: number): Promise<Delivery[]>;
  /** Later deliveries to this mailbox are answered 404 and not recorded. */
  close(): void;
  /**
   * Deliveries are held, unanswered and uncounted, until `expectSignedWith` names the run's secret: the mailbox is
   * given to a host before the host says which secret it signs with.
   */
  holdForSecret?(): void;
  /**
   * From now on, and for every held delivery, a delivery whose Standard Webhooks signature does not verify against
   * one of the secrets given is rejected (answered 401) instead of recorded. The timestamp is not judged here: it
   * follows the host's test clock.
   */
  expectSignedWith?(secret: string): void;
  /** Deliveries refused so far, in arrival order. */
  rejected?(): RejectedDelivery[];
  /**
   * Waits end at once when `signal` aborts, rejecting with its reason: a stopped scenario does not wait on.
   */
  bindSignal?(signal: AbortSignal): void;
}

export interface CallbackReceiver {
  /** Where the server listens, e.g. `http://127.0.0.1:41234`. */
  readonly listenUrl: string;
  /** The base of mailbox URLs given to hosts. */
  readonly publicUrl: string;
  mailbox(answers?: readonly Answer[]): Mailbox;
  close(): Promise<void>;
}

export interface StartReceiverOptions extends ReceiverOptions {
  /** Default `waitFor` limit; 10 s. */
  waitForMs?: number;
  /** A hanging answer is closed after this long even if the host never gives up; 60 s. */
  hangLimitMs?: number;
  /** Bytes of one delivery's body; beyond it the delivery is answered 413. Default DEFAULT_LIMITS.callbackBodyBytes. */
  bodyLimitBytes?: number;
}

/** Deliveries held per mailbox while its secret is unknown; more are refused, so a flood cannot fill memory. */
export const MAX_HELD_DELIVERIES = 32;

const MAILBOX_PREFIX = '/mailbox/';
const DEFAULT_ANSWER: Answer = { status: 200 };

interface Waiter {
  n: number;
  resolve: (deliveries: Delivery[]) => void;
  reject: (reason: unknown) => void;
  timer: NodeJS.Timeout;
}

/** A delivery whose body has arrived, with the means to answer it. */
interface Arrival {
  delivery: Omit<Delivery, 'answered'>;
  respond: (answer: Answer) => void;
}

class MailboxState implements Mailbox {
  private readonly received: Delivery[] = [];
  private readonly waiters = new Set<Waiter>();
  private readonly script: Answer[];
  private readonly refused: RejectedDelivery[] = [];
  private readonly secrets: string[] = [];
  private held: Arrival[] | null = null;
  private signal: AbortSignal | undefined;
  closed = false;

  constructor(
    readonly id: string,
    readonly url: string,
    answers: readonly Answer[],
    private readonly defaultWaitForMs: number,
  ) {
    this.script = [...answers];
  }

  nextAnswer(): Answer {
    return this.script.shift() ?? DEFAULT_ANSWER;
  }

  deliveries(): Delivery[] {
    return [...this.received];
  }

  rejected(): RejectedDelivery[] {
    return [...this.refused];
  }

  holdForSecret(): void {
    if (this.secrets.length === 0) this.held ??= [];
  }

  expectSignedWith(secret: string): void {
    this.secrets.push(secret);
    const held = this.held ?? [];
    this.held = null;
    for (const arrival of held) this.accept(arrival);
  }

  bindSignal(signal: AbortSignal): void {
    this.signal = signal;
    signal.addEventListener('abort', () => {
      for (const waiter of this.waiters) {
        clearTimeout(waiter.timer);
        this.waiters.delete(waiter);
        waiter.reject(signal.reason);
      }
    }, { once: true });
  }

  /** A delivery's body has arrived: hold it, refuse it, or record it and answer from the script. */
  accept(arrival: Arrival): void {
    if (this.held !== null) {
      if (this.held.length < MAX_HELD_DELIVERIES) {
        this.held.push(arrival);
        return;
      }
      const detail = `more than ${MAX_HELD_DELIVERIES} deliveries arrived before the run's signing secret was known`;
      this.reject(arrival, 'flood', detail, { status: 503 });
      return;
    }
    if (this.secrets.length > 0) {
      const { headers, raw } = arrival.delivery;
      // Only the signature is judged: webhook-timestamp follows the host's test clock, not the kit's.
      const stamp = Number(headers['webhook-timestamp']);
      const verdict = verifyCallback({ secrets: this.secrets, headers, body: raw, ...(Number.isFinite(stamp) ? { nowSeconds: stamp } : {}) });
      if (!verdict.ok) {
        this.reject(arrival, 'bad-signature', `signature does not verify against the run's secret (${verdict.reason})`, { status: 401 });
        return;
      }
    }
    const chosen = this.nextAnswer();
    this.record({ ...arrival.delivery, answered: chosen });
    arrival.respond(chosen);
  }

  reject(arrival: Arrival, reason: RejectedDelivery['reason'], detail: string, answer: Answer): void {
    this.refused.push({ reason, detail, delivery: { ...arrival.delivery, answered: answer } });
    arrival.respond(answer);
  }

  record(delivery: Delivery): void {
    this.received.push(delivery);
    for (const waiter of this.waiters) {
      if (this.received.length >= waiter.n) this.settle(waiter);
    }
  }

  waitFor(n: number, timeoutMs: number = this.defaultWaitForMs): Promise<Delivery[]> {
    if (this.signal?.aborted) return Promise.reject(this.signal.reason);
    if (this.received.length >= n || this.closed) return Promise.resolve(this.deliveries());
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { n, resolve, reject, timer: setTimeout(() => this.settle(waiter), timeoutMs) };
      this.waiters.add(waiter);
    });
  }

  close(): void {
    this.closed = true;
    for (const waiter of this.waiters) this.settle(waiter);
    // Held deliveries were never the run's: they go as deliveries to a closed mailbox do.
    for (const arrival of this.held ?? []) arrival.respond({ status: 404, body: 'no such mailbox' });
    this.held = null;
  }

  private settle(waiter: Waiter): void {
    clearTimeout(waiter.timer);
    this.waiters.delete(waiter);
    waiter.resolve(this.deliveries());
  }
}

/** `HOST:PORT`, `[v6]:PORT` or `:PORT`. */
export function parseListen(listen: string): { host: string; port: number } {
  const match = /^(?:\[([^\]]+)\]|([^:]*)):(\d{1,5})$/.exec(listen);
  const port = match ? Number(match[3]) : NaN;
  if (!match || port > 65535) throw new RangeError(`listen address must be HOST:PORT, got ${JSON.stringify(listen)}`);
  return { host: match[1] ?? (match[2] || '127.0.0.1'), port };
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

export async function startReceiver(options: StartReceiverOptions = {}): Promise<CallbackReceiver> {
  const { host, port } = parseListen(options.listen ?? '127.0.0.1:0');
  const waitForMs = options.waitForMs ?? 10_000;
  const hangLimitMs = options.hangLimitMs ?? 60_000;
  const bodyLimit = options.bodyLimitBytes ?? DEFAULT_LIMITS.callbackBodyBytes;
  const mailboxes = new Map<string, MailboxState>();
  const hanging = new Set<ServerResponse>();

  function answer(mailbox: MailboxState, req: IncomingMessage, res: ServerResponse, chosen: Answer): void {
    if ('reset' in chosen) {
      req.socket.destroy();
      return;
    }
    if ('hang' in chosen) {
      hanging.add(res);
      const limit = setTimeout(() => res.destroy(), hangLimitMs);
      res.on('close', () => {
        clearTimeout(limit);
        hanging.delete(res);
      });
      return;
    }
    if ('redirect' in chosen) {
      res.writeHead(chosen.redirect, { location: `${mailbox.url}/redirected`, 'content-length': '0' });
      res.end();
      return;
    }
    const headers: Record<string, string> = { 'content-type': 'text/plain; charset=utf-8' };
    if (chosen.retryAfter !== undefined) headers['retry-after'] = chosen.retryAfter;
    res.writeHead(chosen.status, headers);
    res.end(chosen.body ?? '');
  }

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    // A public URL behind a proxy may keep a path prefix in front of /mailbox/.
    const at = path.indexOf(MAILBOX_PREFIX);
    const id = at < 0 ? undefined : path.slice(at + MAILBOX_PREFIX.length).split('/')[0];
    const mailbox = id === undefined ? undefined : mailboxes.get(id);
    if (!mailbox || mailbox.closed) {
      // Answered from the headers alone; the body is never read, and the connection goes with the answer.
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
      res.end('no such mailbox');
      return;
    }
    const declared = Number(req.headers['content-length'] ?? NaN);
    const chunks: Buffer[] = [];
    let size = 0;
    let oversize = false;
    const base = () => ({ arrivedAt: Date.now(), method: req.method ?? 'POST', path, headers: flatHeaders(req) });
    const refuseOversize = (): void => {
      oversize = true;
      chunks.length = 0;
      const detail = Number.isFinite(declared) && declared > bodyLimit
        ? `body is ${formatBytes(declared)} (content-length), limit ${formatBytes(bodyLimit)}`
        : `body is more than ${formatBytes(bodyLimit)}, the limit`;
      const delivery = { ...base(), raw: Buffer.alloc(0), text: '', json: undefined };
      mailbox.reject({ delivery, respond: () => undefined }, 'oversize', detail, { status: 413 });
      res.writeHead(413, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
      res.end(`callback body larger than ${bodyLimit} bytes`);
    };
    if (Number.isFinite(declared) && declared > bodyLimit) {
      refuseOversize();
      return;
    }
    req.on('data', (chunk: Buffer) => {
      if (oversize) return;
      size += chunk.length;
      if (size > bodyLimit) refuseOversize();
      else chunks.push(chunk);
    });
    req.on('end', () => {
      if (oversize) return;
      const raw = Buffer.concat(chunks);
      const text = raw.toString('utf8');
      mailbox.accept({
        delivery: { ...base(), raw, text, json: parseJson(text) },
        respond: (chosen) => answer(mailbox, req, res, chosen),
      });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = server.address() as AddressInfo;
  const listenUrl = `http://${urlHost(bound.address)}:${bound.port}`;
  const publicUrl = (options.publicUrl ?? listenUrl).replace(/\/+$/, '');

  return {
    listenUrl,
    publicUrl,
    mailbox(answers: readonly Answer[] = []): Mailbox {
      const mailboxId = randomBytes(12).toString('hex');
      const state = new MailboxState(mailboxId, `${publicUrl}${MAILBOX_PREFIX}${mailboxId}`, answers, waitForMs);
      mailboxes.set(mailboxId, state);
      return state;
    },
    async close(): Promise<void> {
      for (const mailbox of mailboxes.values()) mailbox.close();
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
