/**
 * The last answer a scenario read of each ledger and each callback-attempts list, kept with its outcome so the
 * HTML report can draw every checked ledger and callback schedule, not only those a failure quotes.
 */
import type { TranscriptEntry } from './transcript.js';

export interface DocumentRead {
  /** The URL the document was read from, query included. */
  url: string;
  body: unknown;
}

export interface DocumentsRead {
  ledgers: DocumentRead[];
  callbackAttempts: DocumentRead[];
}

/** A scenario that follows many runs keeps its last few of each kind: the report is a picture, not an archive. */
export const MAX_DOCUMENTS_PER_KIND = 3;

const KINDS: ReadonlyArray<[keyof DocumentsRead, RegExp]> = [
  ['ledgers', /\/ledger(\?|$)/],
  ['callbackAttempts', /\/callback-attempts(\?|$)/],
];

/** Which of the drawn documents a URL reads, if any. */
export function drawnKind(url: string): keyof DocumentsRead | undefined {
  return KINDS.find(([, pattern]) => pattern.test(url))?.[0];
}

/** The latest successful JSON read per URL path of each kind, most recent last; null when there is none. */
export function documentsRead(entries: readonly TranscriptEntry[]): DocumentsRead | null {
  const latest: Record<keyof DocumentsRead, Map<string, DocumentRead>> = { ledgers: new Map(), callbackAttempts: new Map() };
  for (const entry of entries) {
    if (entry.kind !== 'exchange') continue;
    const { method, url, status, json } = entry.exchange;
    if (method !== 'GET' || status < 200 || status > 299 || json === undefined) continue;
    const kind = drawnKind(url);
    if (kind === undefined) continue;
    const path = url.split('?')[0]!;
    // Re-inserted so the map's order is the order of each path's last read.
    latest[kind].delete(path);
    latest[kind].set(path, { url, body: json });
  }
  const last = (kind: keyof DocumentsRead): DocumentRead[] => [...latest[kind].values()].slice(-MAX_DOCUMENTS_PER_KIND);
  const found = { ledgers: last('ledgers'), callbackAttempts: last('callbackAttempts') };
  return found.ledgers.length + found.callbackAttempts.length === 0 ? null : found;
}
