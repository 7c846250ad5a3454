import { describe, expect, it, vi } from 'vitest';
import { formatProgress, startProgress } from '../dev/matrix/progress.js';

describe('matrix progress', () => {
  it('formats cells done, elapsed time and an estimate from the rate so far', () => {
    expect(formatProgress('matrix full', 0, 900, 3_000)).toBe('matrix full: 0/900 cells, 3 s');
    expect(formatProgress('matrix full', 100, 900, 20_000)).toBe('matrix full: 100/900 cells, 20 s, about 160 s left');
    expect(formatProgress('matrix full', 900, 900, 180_000)).toBe('matrix full: 900/900 cells, 180 s');
    expect(formatProgress('matrix guided', 80, null, 12_000)).toBe('matrix guided: 80 cells, 12 s');
  });

  it('writes a line every interval even when no cell finished, and a last one when stopped', () => {
    vi.useFakeTimers();
    try {
      const lines: string[] = [];
      const ticker = startProgress('m', (line) => lines.push(line), 5_000, () => Date.now());
      vi.advanceTimersByTime(5_000);
      ticker.plan(10);
      ticker.cell();
      vi.advanceTimersByTime(5_000);
      ticker.stop();
      vi.advanceTimersByTime(10_000);
      expect(lines).toEqual(['m: 0 cells, 5 s\n', 'm: 1/10 cells, 10 s, about 90 s left\n', 'm: 1/10 cells, 10 s, about 90 s left\n']);
    } finally {
      vi.useRealTimers();
    }
  });
});
