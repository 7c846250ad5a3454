/**
 * The record of every HTTP exchange a scenario makes, rendered as curl reproductions for failure messages.
 * Exchanges are stored as they happened (scenarios need the real secret to verify signatures); secrets are
 * masked only when rendered: by pattern, and by value for every secret the kit knows (src/secrets.ts).
 */
import { createHash } from 'node:crypto';
import { maskKnownSecrets } from '../secrets.js';

export interface Exchange {
  method: string;
  url: string;
  /** Lowercase header names. */
  requestHeaders: Record<string, string>;
  requestBody: string | undefined;
  status: number;
  /** Lowercase header names. */
  headers: Record<string, string>;
  text: string;
  /** The parsed body when `text` is JSON, otherwise undefined. */
  json: unknown | undefined;
  /**
   * Why the kit refused the body (larger or deeper than it reads, see limits.ts); `text` then holds at most its
   * beginning and `json` is undefined. Checks of the document report this as what was observed.
   */
  bodyError?: string;
  /** When the request went out (ISO 8601) and how long until its body was read, for the HAR report's timings. */
  timing?: { startedAt: string; durationMs: number };
  /** Not sent: the answer of a clock advance that read this path once its work was done (SPEC.md §13.2 `reads`). */
  answeredByAdvance?: true;
}

/** A request that got no HTTP answer (rejected fetch, reset, timeout). */
export interface TransportFailure {
  method: string;
  url: string;
  requestHeaders: Record<string, string>;
  requestBody: string | undefined;
  error: string;
}

export type TranscriptEntry = { kind: 'exchange'; exchange: Exchange } | { kind: 'transport'; failure: TransportFailure };

/** Bodies longer than this are cut in rendered transcripts so a failure message stays readable. */
const MAX_RENDERED_BODY_CHARS = 2000;
/** Answers before the last few are the path to the failure, not its evidence: they are cut shorter. */
const EARLIER_BODY_CHARS = 400;
const FULL_ANSWERS = 5;

const MASK = '***';
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'x-api-key', 'cookie', 'set-cookie']);
const SECRET_FIELDS = /("(?:callback_signing_secret|api_key)"\s*:\s*)"(?:[^"\\]|\\.)*"/g;
const WHSEC = /whsec_[A-Za-z0-9+/=_-]+/g;
const BEARER = /\b(Bearer\s+)[^\s"',]+/gi;

/** Masks signing secrets, API keys and bearer credentials wherever they appear in a text. */
export function maskSecrets(text: string): string {
  return maskKnownSecrets(text)
    .replace(SECRET_FIELDS, `$1"${MASK}"`)
    .replace(WHSEC, `whsec_${MASK}`)
    .replace(BEARER, `$1${MASK}`);
}

export function maskHeader(name: string, value: string): string {
  if (!SECRET_HEADERS.has(name)) return maskSecrets(value);
  const scheme = /^(\w+)\s+/.exec(value);
  return scheme ? `${scheme[1]} ${MASK}` : MASK;
}

/** POSIX shell single-quoting. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function clip(text: string, maxChars = MAX_RENDERED_BODY_CHARS): string {
  if (text.length <= maxChars) return text;
  // Length and digest identify the whole body, which the JSON and HAR reports carry, without printing it again.
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  return `${text.slice(0, maxChars)}… (${text.length - maxChars} more characters) [${text.length} characters, sha256:${sha256}; whole body in --report-json/--report-har]`;
}

/** A curl command that repeats the request, secrets masked. */
export function renderCurl(request: Pick<Exchange, 'method' | 'url' | 'requestHeaders' | 'requestBody'>): string {
  const parts = ['curl', '-sS', '-i', '-X', request.method, shellQuote(request.url)];
  for (const [name, value] of Object.entries(request.requestHeaders)) {
    parts.push('-H', shellQuote(`${name}: ${maskHeader(name, value)}`));
  }
  if (request.requestBody !== undefined) parts.push('--data-raw', shellQuote(clip(maskSecrets(request.requestBody))));
  return parts.join(' ');
}

function renderResponse(exchange: Exchange, maxBodyChars: number): string {
  const lines = [`< HTTP ${exchange.status}`];
  for (const [name, value] of Object.entries(exchange.headers)) lines.push(`< ${name}: ${maskHeader(name, value)}`);
  if (exchange.bodyError !== undefined) lines.push(`! body refused by the kit: ${exchange.bodyError}`);
  if (exchange.text.length > 0) {
    // Masked before clipping, so a cut can never leave half a secret visible.
    lines.push('<', ...clip(maskSecrets(exchange.text), maxBodyChars).split('\n').map((l) => `< ${l}`));
  }
  return lines.join('\n');
}

export function renderEntry(entry: TranscriptEntry, index: number, maxBodyChars = MAX_RENDERED_BODY_CHARS): string {
  if (entry.kind === 'exchange') {
    const e = entry.exchange;
    const heading = `# ${index} ${e.method} ${e.url} → ${e.status}${e.answeredByAdvance ? ' (read answered by the clock advance before it)' : ''}`;
    return maskKnownSecrets([heading, renderCurl(e), renderResponse(e, maxBodyChars)].join('\n'));
  }
  const f = entry.failure;
  return maskKnownSecrets([`# ${index} ${f.method} ${f.url} → no answer`, renderCurl(f), `! ${maskSecrets(f.error)}`].join('\n'));
}

/** Every exchange of one scenario, in order. Shared by all tenants and helpers of the scenario. */
export class Transcript {
  readonly entries: TranscriptEntry[] = [];
  /** Requests that may have changed the host (any method but GET and HEAD), answered or not. */
  writes = 0;
  /** Requests that may have moved host time: test-clock advances, answered or not (SPEC.md §13.2). */
  advances = 0;

  add(entry: TranscriptEntry): void {
    this.entries.push(entry);
    const { method, url } = entry.kind === 'exchange' ? entry.exchange : entry.failure;
    if (method !== 'GET' && method !== 'HEAD') this.writes += 1;
    if (method === 'POST' && url.split('?')[0]!.endsWith('/_seams/clock/advance')) this.advances += 1;
  }

  get count(): number {
    return this.entries.length;
  }

  /** Every exchange as a curl command with its answer; only the last few answers are shown in full. */
  render(): string {
    if (this.entries.length === 0) return '(no HTTP exchanges)';
    const firstFull = this.entries.length - FULL_ANSWERS;
    return this.entries
      .map((entry, i) => renderEntry(entry, i + 1, i < firstFull ? EARLIER_BODY_CHARS : MAX_RENDERED_BODY_CHARS))
      .join('\n\n');
  }
}
