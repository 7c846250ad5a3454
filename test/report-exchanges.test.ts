import { mkdtempSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { createAjv } from './schema-set.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderEntry } from '../src/harness/transcript.js';
import { buildHar, exchangeRecord, jsonValue, sha256Hex } from '../src/report/exchanges.js';
import { validate } from '../src/validate.js';
import { runCli } from './support/run-cli.js';

const exchange = (text: string) => ({
  kind: 'exchange' as const,
  exchange: {
    method: 'POST',
    url: 'http://host.test/api/agents/run?x=1',
    requestHeaders: { authorization: 'Bearer atk_secret_value_123', 'content-type': 'application/json' },
    requestBody: '{"api_key":"atk_secret_value_123"}',
    status: 201,
    headers: { 'content-type': 'application/json' },
    text,
    json: undefined,
  },
});

describe('exchange records', () => {
  it('masks secrets and keeps bodies whole', () => {
    const body = 'y'.repeat(50_000);
    const record = exchangeRecord(exchange(body));
    expect(record.request_headers['authorization']).toBe('Bearer ***');
    expect(record.request_body).toBe('{"api_key":"***"}');
    expect(record.response_body).toBe(body);
    expect(exchangeRecord({ kind: 'transport', failure: { method: 'GET', url: 'http://h/', requestHeaders: {}, requestBody: undefined, error: 'ECONNRESET' } }))
      .toMatchObject({ status: null, error: 'ECONNRESET', response_body: null });
  });

  it('elides a long body in rendered transcripts with its length and digest', () => {
    const body = 'z'.repeat(5000);
    const rendered = renderEntry(exchange(body), 1);
    expect(rendered).not.toContain(body);
    expect(rendered).toContain(`[5000 characters, sha256:${sha256Hex(body)}; whole body in --report-json/--report-har]`);
  });

  it('turns any observed value into plain JSON', () => {
    expect(jsonValue({ a: 1, b: undefined })).toEqual({ a: 1 });
    expect(jsonValue(10n)).toBe('10n');
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    expect(typeof jsonValue(cycle)).toBe('string');
  });

  it('writes HAR 1.2 entries per failed scenario', () => {
    const failure = { rule: 'LEDGER-HASH-LINK', text: 't', what: 'w', expected: 'e', observed: 'o', transcript: '', exchanges: [exchange('{"ok":true}')] };
    const outcome = {
      id: 'ledger-hash-link', file: 'f', title: 'T', area: 'LEDGER', rules: ['LEDGER-HASH-LINK'], requires: [],
      disposition: 'fail' as const, reason: 'r', assertions: 1, durationMs: 1, exchanges: 1, failures: [failure],
    };
    const har = buildHar([outcome], { name: 'agent-task-kit', version: '0' }, '2026-01-01T00:00:00.000Z');
    const checkHar = harValidator();
    expect(checkHar(har) ? [] : checkHar.errors).toEqual([]);
    expect(checkHar({ log: { ...har.log, entries: [{ ...(har.log.entries[0] as object), timings: {} }] } })).toBe(false);
    expect(har.log.pages.map((p) => p.id)).toEqual(['ledger-hash-link']);
    const entry = har.log.entries[0] as { request: { queryString: unknown[]; postData: { text: string } }; response: { status: number; content: { text: string } } };
    expect(entry.request.queryString).toEqual([{ name: 'x', value: '1' }]);
    expect(entry.request.postData.text).toBe('{"api_key":"***"}');
    expect(entry.response).toMatchObject({ status: 201, content: { text: '{"ok":true}' } });
  });

  it('uses the recorded start and duration of each exchange for startedDateTime, time and timings', () => {
    const timed = exchange('{}');
    const withTiming = { ...timed, exchange: { ...timed.exchange, timing: { startedAt: '2026-01-01T00:00:01.500Z', durationMs: 42 } } };
    const failure = { rule: 'LEDGER-HASH-LINK', text: 't', what: 'w', expected: 'e', observed: 'o', transcript: '', exchanges: [withTiming] };
    const outcome = {
      id: 'ledger-hash-link', file: 'f', title: 'T', area: 'LEDGER', rules: ['LEDGER-HASH-LINK'], requires: [],
      disposition: 'fail' as const, reason: 'r', assertions: 1, durationMs: 1, exchanges: 1, failures: [failure],
    };
    const har = buildHar([outcome], { name: 'agent-task-kit', version: '0' }, '2026-01-01T00:00:00.000Z');
    expect(har.log.entries[0]).toMatchObject({
      startedDateTime: '2026-01-01T00:00:01.500Z',
      time: 42,
      timings: { send: 0, wait: 42, receive: 0 },
    });
  });
});

function harValidator() {
  return createAjv([]).compile(JSON.parse(readFileSync(new URL('./support/har-1.2.schema.json', import.meta.url), 'utf8')) as object);
}

describe('run --report-json/--report-har with a failing scenario', () => {
  it('carries exchanges as records and expected/observed as JSON values', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atk-exchanges-'));
    const json = join(dir, 'report.json');
    const har = join(dir, 'run.har');
    const result = await runCli(['run', '--fault', 'ledger-hash-link-broken', '--filter', 'ledger-hash-link', '--report-json', json, '--report-har', har]);
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(readFileSync(json, 'utf8')) as { scenarios: { failures: Record<string, unknown>[] }[] };
    expect(validate('conformance-report', report).ok).toBe(true);
    const failure = report.scenarios.flatMap((s) => s.failures)[0]!;
    expect(Array.isArray(failure['exchanges'])).toBe(true);
    expect((failure['exchanges'] as unknown[]).length).toBeGreaterThan(0);
    // What the host served, as data a tool can read: the link as served beside the one the kit recomputed.
    expect(failure['observed_value']).toMatchObject({ prev_event_hash: expect.stringMatching(/^sha256:/), recomputed: expect.stringMatching(/^sha256:/) });
    const log = JSON.parse(readFileSync(har, 'utf8')) as { log: { version: string; entries: { pageref: string; startedDateTime: string }[]; pages: { id: string; startedDateTime: string }[] } };
    const checkHar = harValidator();
    expect(checkHar(log) ? [] : checkHar.errors).toEqual([]);
    // Every entry belongs to a page, and a page starts when its first exchange went out.
    for (const page of log.log.pages) expect(page.startedDateTime).toBe(log.log.entries.find((e) => e.pageref === page.id)!.startedDateTime);
    expect(log.log.entries.length).toBe((failure['exchanges'] as unknown[]).length);
  }, 120_000);
});

describe('run with a scenario stopped by its time limit (blocked)', () => {
  it('carries its exchanges as records in the JSON report, as HAR entries and in the HTML page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atk-blocked-'));
    const [json, har, html] = ['report.json', 'run.har', 'report.html'].map((name) => join(dir, name)) as [string, string, string];
    const result = await runCli(['run', '--scenario-timeout', '1', '--filter', 'ledger-sequence', '--report-json', json, '--report-har', har, '--report-html', html]);
    expect(result.exitCode).toBe(3);
    const report = JSON.parse(readFileSync(json, 'utf8')) as { scenarios: { disposition: string; transcript_exchanges?: unknown[] }[] };
    expect(validate('conformance-report', report).ok).toBe(true);
    const [scenario] = report.scenarios;
    expect(scenario!.disposition).toBe('blocked');
    const records = scenario!.transcript_exchanges ?? [];
    expect(records.length).toBeGreaterThan(0);
    const log = JSON.parse(readFileSync(har, 'utf8')) as { log: { entries: unknown[] } };
    expect(log.log.entries).toHaveLength(records.length);
    const { document } = parseHTML(readFileSync(html, 'utf8'));
    expect(document.querySelectorAll('section.blocked details.exchange')).toHaveLength(records.length);
  }, 120_000);
});

