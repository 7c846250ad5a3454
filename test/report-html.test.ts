import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { digest } from '../src/jcs.js';
import { callbackTimelineSvg, ledgerChainSvg } from '../src/report/html.js';
import { runCli } from './support/run-cli.js';

describe('ledger hash chain picture', () => {
  const first = { sequence: 1, event_type: 'run_created', prev_event_hash: null };
  const second = { sequence: 2, event_type: 'credit_reserved', prev_event_hash: digest(first) };
  const third = { sequence: 3, event_type: 'run_closed', prev_event_hash: digest(second) };

  it('marks the first broken link', () => {
    const svg = ledgerChainSvg({ state_history: [first, second, { ...third, prev_event_hash: 'sha256:00' }] })!;
    const { document } = parseHTML(`<html><body>${svg}</body></html>`);
    expect(document.querySelector('figure')!.getAttribute('data-broken')).toBe('3');
    expect(document.querySelectorAll('.broken-link')).toHaveLength(1);
    expect(document.querySelector('figcaption')!.textContent).toContain('first broken link: event 3');
  });

  it('says every link holds for an intact chain', () => {
    const svg = ledgerChainSvg({ state_history: [first, second, third] })!;
    expect(svg).toContain('every link holds');
    expect(ledgerChainSvg({ state_history: [second, third] })).toContain('every link holds');
    expect(ledgerChainSvg({ state_history: [{ ...first, prev_event_hash: 'sha256:00' }, second] })).toContain('first broken link: event 1');
    expect(ledgerChainSvg({ not: 'a ledger' })).toBeNull();
  });
});

describe('callback attempt timeline picture', () => {
  const attempt = (ms: number, more: Record<string, unknown> = {}) => ({ attempted_at: new Date(Date.UTC(2026, 0, 1) + ms).toISOString(), trigger: 'scheduled', ...more });
  const schedule = { scheduleMs: [0, 5000, 300_000], jitterMaxRatio: 0.1, requestTimeoutMs: 10_000 };

  it('draws each retry window and marks an attempt outside it', () => {
    const svg = callbackTimelineSvg({ attempts: [attempt(0), attempt(5200), attempt(5200 + 400_000)] }, schedule)!;
    const { document } = parseHTML(`<html><body>${svg}</body></html>`);
    expect(document.querySelectorAll('rect.window')).toHaveLength(2);
    expect(document.querySelectorAll('circle.attempt')).toHaveLength(3);
    expect(document.querySelector('figure')!.getAttribute('data-outside')).toBe('3');
    expect(document.querySelector('figcaption')!.textContent).toBe('attempt(s) 3 outside the advertised window');
  });

  it('says when every attempt keeps its window, and draws nothing without timed attempts', () => {
    expect(callbackTimelineSvg({ attempts: [attempt(0), attempt(5000)] }, schedule)).toContain('each scheduled one within its advertised window');
    expect(callbackTimelineSvg({ attempts: [] }, schedule)).toBeNull();
  });

  it('draws a manual attempt apart and measures the next scheduled one from the scheduled one before it', () => {
    const svg = callbackTimelineSvg({ attempts: [attempt(0), attempt(5100), attempt(5100, { trigger: 'manual' }), attempt(5100 + 310_000)] }, schedule)!;
    const { document } = parseHTML(`<html><body>${svg}</body></html>`);
    expect(document.querySelectorAll('rect.attempt.manual')).toHaveLength(1);
    expect(document.querySelectorAll('rect.window')).toHaveLength(2);
    expect(document.querySelector('figure')!.getAttribute('data-outside')).toBe('');
  });

  it('marks a scheduled attempt past the end of the advertised schedule', () => {
    const attempts = [attempt(0), attempt(5000), attempt(5000 + 300_000), attempt(5000 + 600_000)];
    const svg = callbackTimelineSvg({ attempts }, schedule)!;
    expect(svg).toContain('data-outside="4"');
    expect(svg).toContain('past the end of the advertised schedule');
  });

  it('widens the window to an honoured Retry-After longer than the scheduled delay', () => {
    const attempts = [attempt(0), attempt(5000, { retry_after_seconds: 600 }), attempt(5000 + 650_000)];
    expect(callbackTimelineSvg({ attempts }, schedule)).toContain('data-outside=""');
    const late = [attempt(0), attempt(5000, { retry_after_seconds: 600 }), attempt(5000 + 661_000)];
    expect(callbackTimelineSvg({ attempts: late }, schedule)).toContain('data-outside="3"');
  });
});

describe('run --report-html', () => {
  it('writes one self-contained page with the verdict, areas, searchable rules and failures', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atk-html-'));
    const file = join(dir, 'report.html');
    const result = await runCli(['run', '--fault', 'ledger-hash-link-broken', '--filter', 'LEDGER-HASH-LINK', '--report-html', file]);
    expect(result.exitCode).toBe(1);
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/(src|href)="https?:/);
    const { document } = parseHTML(html);
    expect(document.querySelector('h1.verdict')!.textContent).toBe('FAIL');
    expect(document.querySelector('tr.area[data-area="LEDGER"] svg')).not.toBeNull();
    expect(document.querySelector('#rule-search')).not.toBeNull();
    const ruleRow = [...document.querySelectorAll('tr.rule')].find((row) => row.textContent!.includes('LEDGER-HASH-LINK'))!;
    expect(ruleRow.getAttribute('data-disposition')).toBe('fail');
    const failure = document.querySelector('section.failure')!;
    expect(failure.textContent).toContain('LEDGER-HASH-LINK');
    expect(failure.querySelectorAll('details.exchange').length).toBeGreaterThan(0);
    expect(failure.querySelector('figure.ledger-chain')!.getAttribute('data-broken')).not.toBe('');
  }, 120_000);

  it('draws every ledger and callback schedule a passing scenario read, each link and attempt checked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atk-html-'));
    const file = join(dir, 'report.html');
    const result = await runCli(['run', '--filter', 'LEDGER-HASH-LINK', '--filter', 'CALLBACK-ATTEMPTS-RECORDED', '--report-html', file]);
    expect(result.exitCode).toBe(0);
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    const sections = [...document.querySelectorAll('section.pictures')];
    expect(sections.length).toBeGreaterThanOrEqual(2);
    const chains = document.querySelectorAll('section.pictures figure.ledger-chain');
    expect(chains.length).toBeGreaterThan(0);
    for (const chain of chains) expect(chain.getAttribute('data-broken')).toBe('');
    const timelines = document.querySelectorAll('section.pictures figure.callback-timeline');
    expect(timelines.length).toBeGreaterThan(0);
    for (const timeline of timelines) expect(timeline.getAttribute('data-outside')).toBe('');
    expect(sections.every((s) => s.querySelector('.d-pass') !== null)).toBe(true);
  }, 120_000);
});
