/**
 * The kit's callback receiver: a real HTTP server hosts deliver callbacks to. Each scenario gets a mailbox
 * (a unique path prefix) with a scripted answer per delivery. Every delivery's exact bytes, headers and
 * arrival time are kept so scenarios can recompute signatures themselves.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseJson } from './http.js';
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
}

const MAILBOX_PREFIX = '/mailbox/';
const DEFAULT_ANSWER: Answer = { status: 200 };

interface Waiter {
  n: number;
  resolve: (deliveries: Delivery[]) => void;
  timer: NodeJS.Timeout;
}

class MailboxState implements Mailbox {
  private readonly received: Delivery[] = [];
  private readonly waiters = new Set<Waiter>();
  private readonly script: Answer[];
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

  record(delivery: Delivery): void {
    this.received.push(delivery);
    for (const waiter of this.waiters) {
      if (this.received.length >= waiter.n) this.settle(waiter);
    }
  }

  waitFor(n: number, timeoutMs: number = this.defaultWaitForMs): Promise<Delivery[]> {
    if (this.received.length >= n || this.closed) return Promise.resolve(this.deliveries());
    return new Promise((resolve) => {
      const waiter: Waiter = { n, resolve, timer: setTimeout(() => this.settle(waiter), timeoutMs) };
      this.waiters.add(waiter);
    });
  }

  close(): void {
    this.closed = true;
    for (const waiter of this.waiters) this.settle(waiter);
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
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (!mailbox || mailbox.closed) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('no such mailbox');
        return;
      }
      const raw = Buffer.concat(chunks);
      const text = raw.toString('utf8');
      const chosen = mailbox.nextAnswer();
      mailbox.record({
        arrivedAt: Date.now(),
        method: req.method ?? 'POST',
        path,
        headers: flatHeaders(req),
        raw,
        text,
        json: parseJson(text),
        answered: chosen,
      });
      answer(mailbox, req, res, chosen);
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
