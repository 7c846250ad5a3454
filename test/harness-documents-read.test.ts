import { describe, expect, it } from 'vitest';
import { documentsRead, MAX_DOCUMENTS_PER_KIND } from '../src/harness/documents-read.js';
import type { TranscriptEntry } from '../src/harness/transcript.js';

function read(url: string, json: unknown, status = 200, method = 'GET'): TranscriptEntry {
  return { kind: 'exchange', exchange: { method, url, requestHeaders: {}, requestBody: undefined, status, headers: {}, text: JSON.stringify(json), json } };
}

describe('documents a scenario read, for the report pictures', () => {
  it('keeps the last successful JSON read of each ledger and callback-attempt list, by path', () => {
    const found = documentsRead([
      read('http://h/tasks/a/ledger', { v: 1 }),
      read('http://h/tasks/a/callback-attempts', { attempts: [] }),
      read('http://h/tasks/a/ledger?after=2', { v: 2 }),
      read('http://h/tasks/a/ledger', { v: 3 }, 500),
      read('http://h/tasks/a/ledger', { v: 4 }, 200, 'POST'),
      read('http://h/tasks/a/status', { v: 5 }),
      { kind: 'transport', failure: { method: 'GET', url: 'http://h/tasks/a/ledger', requestHeaders: {}, requestBody: undefined, error: 'reset' } },
    ]);
    expect(found).toEqual({
      ledgers: [{ url: 'http://h/tasks/a/ledger?after=2', body: { v: 2 } }],
      callbackAttempts: [{ url: 'http://h/tasks/a/callback-attempts', body: { attempts: [] } }],
    });
  });

  it(`keeps the ${MAX_DOCUMENTS_PER_KIND} paths read most recently, and nothing when no such document was read`, () => {
    const entries = ['a', 'b', 'c', 'd', 'a'].map((run, i) => read(`http://h/tasks/${run}/ledger`, { i }));
    expect(documentsRead(entries)!.ledgers.map((d) => d.url)).toEqual(['http://h/tasks/c/ledger', 'http://h/tasks/d/ledger', 'http://h/tasks/a/ledger']);
    expect(documentsRead([read('http://h/tasks/a/status', {})])).toBeNull();
  });
});
