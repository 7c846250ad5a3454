/**
 * Reads an advance answers (SPEC.md §13.2 `reads`, SEAMS-CLOCK-READS): the documents a scenario reads after each
 * clock step come back with the step instead of a GET apiece. One store per scenario, shared by its tenants'
 * clients: any request that may change the host (a write, another advance) makes every stored read stale.
 *
 * The store learns which paths to ask for from what each key read most recently: a flow that steps a run reads
 * the same documents at every step. A read is taken at most once; reading the same path again before anything
 * changes goes to the host and is compared with the read taken, as is the first read of each kind of document
 * in a run (ReadChecks), so a host whose reads differ from its GETs fails SEAMS-CLOCK-READS.
 */
import { isDeepStrictEqual } from 'node:util';
import { parseBoundedJson } from './limits.js';
import type { Exchange } from './transcript.js';

/** A run's document by status token (SPEC.md §3.1): `/status/{token}`, `/tasks/{token}/…`; no query. */
const RUN_PATH = /^(\/status\/|\/tasks\/)([^/?]+)((?:\/[a-z-]+)*)$/;

/** clock-advance-request.schema.json bounds a read's path. */
const MAX_READ_PATH_CHARS = 2048;

/**
 * Bytes of documents one advance is asked to read at most: escaped as JSON strings inside its answer, they stay
 * well inside the 8 MiB the kit reads of an answer (limits.ts), however large a host's documents are.
 */
const READS_BYTES_BUDGET = 1024 * 1024;
/** A kind of document not read yet counts as this many bytes. */
const UNSEEN_READ_BYTES = 16 * 1024;

/** SPEC.md §13.2 bounds the reads of one advance. */
const MAX_READS_PER_ADVANCE = 16;

export interface ServedRead {
  path: string;
  status: number;
  content_type: string;
  body: string;
}

/** A read an advance answered, as the exchange its GET would have been. */
export function servedReadExchange(read: ServedRead, url: string, requestHeaders: Record<string, string>): Exchange {
  const parsed = parseBoundedJson(read.body);
  return {
    method: 'GET',
    url,
    requestHeaders,
    requestBody: undefined,
    status: read.status,
    headers: read.content_type === '' ? {} : { 'content-type': read.content_type },
    text: read.body,
    json: parsed.ok ? parsed.json : undefined,
    ...(parsed.ok ? {} : { bodyError: parsed.problem }),
    answeredByAdvance: true,
  };
}

/** How a taken read and the host's own GET of the same path differ (status, media type, members); null when they agree. */
export function readDisagreement(taken: Exchange, real: Exchange): { expected: string; observed: unknown } | null {
  const mediaType = (e: Exchange) => (e.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const body = (e: Exchange) => e.json ?? e.text;
  if (taken.status === real.status && mediaType(taken) === mediaType(real) && isDeepStrictEqual(body(taken), body(real))) return null;
  const expected: Record<string, unknown> = {};
  const observed: Record<string, unknown> = {};
  const note = (name: string, real: unknown, taken: unknown) => {
    if (isDeepStrictEqual(real, taken)) return;
    expected[name] = real;
    observed[name] = taken;
  };
  note('status', real.status, taken.status);
  note('content_type', mediaType(real), mediaType(taken));
  const [realBody, takenBody] = [body(real), body(taken)];
  if (isObject(realBody) && isObject(takenBody)) {
    // The members that differ say what the read got wrong (a state before the step's work, say).
    for (const name of new Set([...Object.keys(realBody), ...Object.keys(takenBody)])) note(`body.${name}`, realBody[name], takenBody[name]);
  } else note('body', realBody, takenBody);
  return { expected: JSON.stringify(expected), observed };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface Stored {
  exchange: Exchange;
  /** The scenario's write count when the read was answered: it is current while that count stands. */
  writes: number;
}

export class AdvanceReads {
  readonly #offered = new Map<string, Stored>();
  /** Reads of the host before the last advance's work, for the GET sent right after it (the flow that asked). */
  readonly #before = new Map<string, { exchange: Exchange; requests: number }>();
  /** Reads taken, kept while current so that a repeated GET of the same path is compared with them. */
  readonly #taken = new Map<string, Stored>();
  /** Per key, the API paths it read most recently: the reads its next advance asks for. */
  readonly #recent = new Map<string, string[]>();
  readonly #bytesByKind = new Map<string, number>();

  /**
   * `writes` counts the scenario's requests that may have changed the host, `requests` all its requests;
   * `disagree` reports a read taken that a GET of the same path, sent while nothing could change, contradicts;
   * `checks` says which reads taken are compared with a GET: by default the first of each kind of document.
   */
  constructor(
    private readonly writes: () => number,
    private readonly requests: () => number,
    private readonly disagree: (taken: Exchange, real: Exchange, how: { expected: string; observed: unknown }) => void,
    private readonly checks: ReadChecks = new ReadChecks(),
  ) {}

  /** Compares a read taken with the host's own GET of the same path, sent while nothing could change. */
  compare(taken: Exchange, real: Exchange): void {
    const how = readDisagreement(taken, real);
    if (how !== null) this.disagree(taken, real, how);
  }

  /**
   * The paths the next advance made with `apiKey` asks for, besides those its caller names: the most recent, and
   * when the advance is about one run (`token`), the run documents read recently of other runs, of this one.
   */
  /**
   * The longest prefix of `paths`, 16 at most, whose documents as last seen (by kind; unseen kinds as a ledger of
   * a few events) fit READS_BYTES_BUDGET: an advance answer carrying them stays far inside what the kit reads.
   */
  fit(paths: readonly string[]): string[] {
    const out: string[] = [];
    let bytes = 0;
    for (const path of paths) {
      bytes += this.#bytesByKind.get(kindOf(path)) ?? UNSEEN_READ_BYTES;
      if (out.length === MAX_READS_PER_ADVANCE || bytes > READS_BYTES_BUDGET) break;
      out.push(path);
    }
    return out;
  }

  /** Notes the size of a document read (sent or taken): the largest of its kind bounds the reads asked for. */
  noteSize(path: string, bytes: number): void {
    const kind = kindOf(path);
    this.#bytesByKind.set(kind, Math.max(bytes, this.#bytesByKind.get(kind) ?? 0));
  }

  wanted(apiKey: string | null, token?: string): string[] {
    const recent = this.#recent.get(String(apiKey)) ?? [];
    if (token === undefined) return recent;
    const own = encodeURIComponent(token);
    const alike = recent.map((path) => RUN_PATH.exec(path)).flatMap((m) => (m === null || m[2] === own ? [] : [`${m[1]}${own}${m[3]}`]));
    return [...new Set([...recent.filter((path) => path.includes(own)), ...alike, ...recent])];
  }

  /**
   * Stores what an advance answered: `reads` for the GETs that follow it while nothing changes, `readsBefore`
   * for a GET of the same path sent next, before any other request. `url` turns a path relative to the API
   * base into the URL a GET would use.
   */
  offer(
    apiKey: string | null,
    answered: { reads: readonly ServedRead[]; readsBefore: readonly ServedRead[] },
    url: (path: string) => string,
    requestHeaders: Record<string, string>,
  ): void {
    const writes = this.writes();
    const requests = this.requests();
    this.#offered.clear();
    this.#before.clear();
    // A rate limit's refusal is no document: the GET is sent and waited out as any other.
    const documents = (reads: readonly ServedRead[]) => reads.filter((read) => read.status !== 429);
    for (const read of documents(answered.reads)) {
      this.#offered.set(storeKey(apiKey, read.path), { exchange: servedReadExchange(read, url(read.path), requestHeaders), writes });
    }
    for (const read of documents(answered.readsBefore)) {
      this.#before.set(storeKey(apiKey, read.path), { exchange: servedReadExchange(read, url(read.path), requestHeaders), requests });
    }
  }

  /** Notes a GET of an API path (taken or sent): the paths read most recently are those the next advance asks for. */
  noteRead(apiKey: string | null, path: string): void {
    // A path the advance request could not carry (clock-advance-request.schema.json) is read with a GET.
    if (path.length > MAX_READ_PATH_CHARS) return;
    const paths = (this.#recent.get(String(apiKey)) ?? []).filter((p) => p !== path);
    paths.unshift(path);
    this.#recent.set(String(apiKey), paths.slice(0, MAX_READS_PER_ADVANCE));
  }

  /**
   * The stored read of `path`, once: the read before the advance when this GET comes right after it, otherwise
   * the read after it while nothing has changed since. `check` is true when the caller is to compare it with a
   * GET of its own (ReadChecks).
   */
  take(apiKey: string | null, path: string): { exchange: Exchange; check: boolean } | undefined {
    const key = storeKey(apiKey, path);
    const before = this.#before.get(key);
    this.#before.delete(key);
    if (before !== undefined && before.requests === this.requests()) return { exchange: before.exchange, check: false };
    const stored = this.#offered.get(key);
    this.#offered.delete(key);
    if (stored === undefined || stored.writes !== this.writes()) return undefined;
    this.#taken.set(key, stored);
    return { exchange: stored.exchange, check: this.checks.claim(path) };
  }

  /** The read taken of `path` that a GET sent now must equal: nothing can have changed since it was answered. */
  takenEarlier(apiKey: string | null, path: string): Exchange | undefined {
    const stored = this.#taken.get(storeKey(apiKey, path));
    return stored !== undefined && stored.writes === this.writes() ? stored.exchange : undefined;
  }
}

/**
 * Which reads taken are compared with a GET of the host's own: the first of each kind of document (path template:
 * ids as `{id}`) in a run of the suite, shared by its scenarios, or in a scenario run alone. Reads repeated while
 * nothing changes are compared as well, and seams-clock-reads compares every read of a run's life.
 */
export class ReadChecks {
  readonly #claimed = new Set<string>();

  /** True once per kind of document: the caller then compares this read with a GET. */
  claim(path: string): boolean {
    const kind = kindOf(path);
    if (this.#claimed.has(kind)) return false;
    this.#claimed.add(kind);
    return true;
  }
}

/** A path's kind of document: its template, ids as `{id}`, query left out. */
function kindOf(path: string): string {
  return path
    .split('?')[0]!
    .split('/')
    .map((segment) => (segment === '' || /^[a-z]+(?:-[a-z]+)*$/.test(segment) ? segment : '{id}'))
    .join('/');
}

function storeKey(apiKey: string | null, path: string): string {
  return `${String(apiKey)}\n${path}`;
}
