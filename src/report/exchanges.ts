/**
 * Exchanges as data: the structured records of the JSON report and the HAR 1.2 file (`--report-har`), built from
 * the transcript entries a failure snapshots. Secrets are masked here exactly as in the rendered transcripts,
 * so no report shows more than the console does; bodies stay whole, which the rendered transcripts elide.
 */
import { createHash } from 'node:crypto';
import type { ScenarioOutcome } from '../harness/outcome.js';
import { maskHeader, maskSecrets, type TranscriptEntry } from '../harness/transcript.js';
import { maskDeep } from '../secrets.js';

export interface ExchangeRecord {
  method: string;
  url: string;
  request_headers: Record<string, string>;
  request_body: string | null;
  /** Null when the host gave no answer (see `error`). */
  status: number | null;
  response_headers: Record<string, string>;
  response_body: string | null;
  /** Why there was no answer (reset, timeout, refused connection); null when there was one. */
  error: string | null;
}

function maskedHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, maskHeader(name, value)]));
}

/**
 * The exchanges that show why a scenario did not pass: the last failure's snapshot, which holds every exchange
 * before it (the earlier ones are prefixes of it), or a blocked or errored scenario's transcript.
 */
export function evidenceExchanges(outcome: ScenarioOutcome): readonly TranscriptEntry[] {
  return outcome.failures.at(-1)?.exchanges ?? outcome.transcriptExchanges ?? [];
}

export function exchangeRecord(entry: TranscriptEntry): ExchangeRecord {
  const request = entry.kind === 'exchange' ? entry.exchange : entry.failure;
  const base = {
    method: request.method,
    url: maskSecrets(request.url),
    request_headers: maskedHeaders(request.requestHeaders),
    request_body: request.requestBody === undefined ? null : maskSecrets(request.requestBody),
  };
  if (entry.kind === 'transport') {
    return { ...base, status: null, response_headers: {}, response_body: null, error: maskSecrets(entry.failure.error) };
  }
  const e = entry.exchange;
  return { ...base, status: e.status, response_headers: maskedHeaders(e.headers), response_body: maskSecrets(e.text), error: null };
}

/**
 * A value as plain JSON for the report: what JSON cannot hold (undefined members, bigint, functions, cycles)
 * becomes its rendered text, so a tool always reads a value and never a crash. Known secrets are masked.
 */
export function jsonValue(value: unknown): unknown {
  try {
    const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
    return text === undefined ? String(value) : maskDeep(JSON.parse(maskSecrets(text)) as unknown);
  } catch {
    return maskSecrets(String(value));
  }
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

interface HarNameValue {
  name: string;
  value: string;
}

const pairs = (headers: Record<string, string>): HarNameValue[] => Object.entries(headers).map(([name, value]) => ({ name, value }));

function queryString(url: string): HarNameValue[] {
  try {
    return [...new URL(url).searchParams].map(([name, value]) => ({ name, value }));
  } catch {
    return [];
  }
}

/**
 * HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/) of every exchange the failed and blocked scenarios
 * recorded, one page per scenario, so browser developer tools and HAR viewers can open a run's evidence. The
 * kit times each exchange from the request going out to its body read; the whole of it is `wait` (the kit
 * cannot see send and receive apart), and an exchange without timing keeps the run's start and zeros.
 */
export function buildHar(outcomes: readonly ScenarioOutcome[], creator: { name: string; version: string }, startedAt: string) {
  const pages: { startedDateTime: string; id: string; title: string; pageTimings: Record<string, number> }[] = [];
  const entries: unknown[] = [];
  for (const outcome of outcomes) {
    const snapshot = evidenceExchanges(outcome);
    if (snapshot.length === 0) continue;
    const first = snapshot[0]!;
    // A page starts when its first exchange went out, as that entry says.
    const pageStartedAt = ('exchange' in first ? first.exchange.timing?.startedAt : undefined) ?? startedAt;
    pages.push({ startedDateTime: pageStartedAt, id: outcome.id, title: `${outcome.id}: ${outcome.title}`, pageTimings: {} });
    for (const entry of snapshot) {
      const record = exchangeRecord(entry);
      const timing = 'exchange' in entry ? entry.exchange.timing : undefined;
      const contentType = (headers: Record<string, string>) => headers['content-type'] ?? 'application/octet-stream';
      entries.push({
        pageref: outcome.id,
        startedDateTime: timing?.startedAt ?? startedAt,
        time: timing?.durationMs ?? 0,
        request: {
          method: record.method,
          url: record.url,
          httpVersion: 'HTTP/1.1',
          cookies: [],
          headers: pairs(record.request_headers),
          queryString: queryString(record.url),
          ...(record.request_body === null ? {} : { postData: { mimeType: contentType(record.request_headers), text: record.request_body } }),
          headersSize: -1,
          bodySize: record.request_body === null ? 0 : Buffer.byteLength(record.request_body),
        },
        response: {
          status: record.status ?? 0,
          statusText: '',
          httpVersion: 'HTTP/1.1',
          cookies: [],
          headers: pairs(record.response_headers),
          content: {
            size: record.response_body === null ? 0 : Buffer.byteLength(record.response_body),
            mimeType: contentType(record.response_headers),
            text: record.response_body ?? '',
          },
          redirectURL: record.response_headers['location'] ?? '',
          headersSize: -1,
          bodySize: record.response_body === null ? -1 : Buffer.byteLength(record.response_body),
          ...(record.error === null ? {} : { _error: record.error }),
        },
        cache: {},
        timings: { send: 0, wait: timing?.durationMs ?? 0, receive: 0 },
      });
    }
  }
  return { log: { version: '1.2', creator, pages, entries } };
}
