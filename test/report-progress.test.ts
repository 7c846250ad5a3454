import { describe, expect, it } from 'vitest';
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

  it('leaves colour out with NO_COLOR or TERM=dumb', () => {
    for (const env of [{ NO_COLOR: '1' }, { TERM: 'dumb' }]) {
      const out = stream(true);
      const progress = createProgress({ total: 1, stream: out, env });
      progress.onOutcome(outcome('a', 'fail'));
      expect(out.chunks.join('').replace(/\r\u001b\[2K/g, '')).not.toContain('\u001b');
    }
  });

  it('formats the status line and the clock', () => {
    const counts = { pass: 3, fail: 0, blocked: 1, inapplicable: 2 };
    expect(statusLine({ done: 6, total: 6, counts, area: 'QUEUE', elapsedMs: 61_000 }, (_d, t) => t)).toBe(
      '[6/6] 3 pass, 1 blocked, 2 inapplicable · QUEUE · 1:01',
    );
    expect(clock(3_725_000)).toBe('1:02:05');
    expect(clock(0)).toBe('0:00');
  });
});
