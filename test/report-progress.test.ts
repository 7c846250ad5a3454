import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Disposition, ScenarioOutcome } from '../src/harness/outcome.js';
import { clock, createProgress, statusLine } from '../src/report/progress.js';

function outcome(id: string, disposition: Disposition, area = 'LEDGER'): ScenarioOutcome {
  return {
    id,
    file: `scenarios/${id}.test.ts`,
    title: id,
    area,
    rules: ['LEDGER-HASH-LINK'],
    requires: [],
    disposition,
    reason: disposition === 'pass' ? null : `${disposition} because`,
    assertions: 1,
    durationMs: 5,
    exchanges: 1,
    failures: [],
  };
}

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, isTTY, columns: 200, write: (text: string) => chunks.push(text) };
}

describe('live progress', () => {
  it('writes one plain line per scenario when stderr is not a terminal', () => {
    const out = stream(false);
    const progress = createProgress({ total: 2, stream: out, env: {} });
    progress.onOutcome(outcome('a', 'pass'));
    progress.onOutcome(outcome('b', 'blocked'));
    progress.finish();
    const text = out.chunks.join('');
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\r');
    expect(text.split('\n').filter(Boolean)).toEqual([
      'pass         a (1 assertions, 5 ms)',
      'blocked      b (1 assertions, 5 ms): blocked because',
    ]);
  });

  it('rewrites one status line on a terminal, keeping failures above it, in colour', () => {
    const out = stream(true);
    let time = 0;
    const progress = createProgress({ total: 4, stream: out, env: {}, now: () => time });
    progress.onStart({ id: 'a', area: 'DISCOVERY' });
    progress.onStart({ id: 'b', area: 'LEDGER' });
    progress.onStart({ id: 'c', area: 'LEDGER' });
    time = 10_000;
    progress.onOutcome(outcome('a', 'pass', 'DISCOVERY'));
    time = 20_000;
    progress.onOutcome(outcome('b', 'fail', 'LEDGER'));
    const last = out.chunks.at(-1)!;
    expect(last.startsWith('\r\u001b[2K')).toBe(true);
    expect(last).toContain('\u001b[31mfail\u001b[39m');
    expect(last).toContain('b (1 assertions, 5 ms): fail because\n');
    const status = last.split('\n').at(-1)!.replace(/\u001b\[[0-9;]*m/g, '');
    expect(status).toBe('[2/4] 1 pass, 1 fail · LEDGER · 0:20 · ~0:20 left');
    progress.finish();
    expect(out.chunks.at(-1)).toBe('\r\u001b[2K');
  });

  it('leaves colour out with NO_COLOR or TERM=dumb, and gives a dumb terminal plain lines', () => {
    for (const env of [{ NO_COLOR: '1' }, { TERM: 'dumb' }]) {
      const out = stream(true);
      const progress = createProgress({ total: 1, stream: out, env });
      progress.onOutcome(outcome('a', 'fail'));
      progress.finish();
      expect(out.chunks.join('').replace(/\r\u001b\[2K/g, '')).not.toContain('\u001b');
      if (env.TERM === 'dumb') expect(out.chunks.join('')).toBe('fail         a (1 assertions, 5 ms): fail because\n');
    }
  });

  it('names every area in flight, in the order they started, and none once they are done', () => {
    const out = stream(true);
    const progress = createProgress({ total: 3, stream: out, env: { NO_COLOR: '1' }, now: () => 0 });
    progress.onStart({ id: 'a', area: 'CALLBACK' });
    progress.onStart({ id: 'b', area: 'LEDGER' });
    progress.onStart({ id: 'c', area: 'CALLBACK' });
    expect(out.chunks.at(-1)).toBe('\r\u001b[2K[0/3] starting · CALLBACK, LEDGER · 0:00');
    progress.onOutcome(outcome('b', 'pass', 'LEDGER'));
    expect(out.chunks.at(-1)).toContain('· CALLBACK · 0:00');
    progress.onOutcome(outcome('a', 'pass', 'CALLBACK'));
    progress.onOutcome(outcome('c', 'pass', 'CALLBACK'));
    expect(out.chunks.at(-1)).toBe('\r\u001b[2K[3/3] 3 pass · 0:00');
    progress.finish();
  });

  describe('while a scenario waits', () => {
    afterEach(() => void vi.useRealTimers());

    it('redraws the line every second so elapsed time and the estimate move, and stops on finish', () => {
      vi.useFakeTimers();
      const out = stream(true);
      let time = 0;
      const progress = createProgress({ total: 2, stream: out, env: { NO_COLOR: '1' }, now: () => time });
      progress.onStart({ id: 'a', area: 'REPLAY' });
      time = 4_000;
      progress.onOutcome(outcome('a', 'pass', 'REPLAY'));
      progress.onStart({ id: 'b', area: 'RECOVERY' });
      const drawn = out.chunks.length;
      time = 7_000;
      vi.advanceTimersByTime(1_000);
      expect(out.chunks.length).toBe(drawn + 1);
      expect(out.chunks.at(-1)).toBe('\r\u001b[2K[1/2] 1 pass · RECOVERY · 0:07 · ~0:07 left');
      time = 9_000;
      vi.advanceTimersByTime(2_000);
      expect(out.chunks.length).toBe(drawn + 3);
      expect(out.chunks.at(-1)).toContain('· 0:09 ·');
      progress.finish();
      const cleared = out.chunks.length;
      vi.advanceTimersByTime(5_000);
      expect(out.chunks.length).toBe(cleared);
      expect(vi.getTimerCount()).toBe(0);
    });

    it('starts no timer when stderr is not a terminal', () => {
      vi.useFakeTimers();
      const progress = createProgress({ total: 1, stream: stream(false), env: {} });
      expect(vi.getTimerCount()).toBe(0);
      progress.finish();
    });
  });

  it('formats the status line and the clock', () => {
    const counts = { pass: 3, fail: 0, blocked: 1, inapplicable: 2 };
    expect(statusLine({ done: 6, total: 6, counts, areas: ['QUEUE', 'LEDGER'], elapsedMs: 61_000 }, (_d, t) => t)).toBe(
      '[6/6] 3 pass, 1 blocked, 2 inapplicable · QUEUE, LEDGER · 1:01',
    );
    expect(clock(3_725_000)).toBe('1:02:05');
    expect(clock(0)).toBe('0:00');
  });
});
