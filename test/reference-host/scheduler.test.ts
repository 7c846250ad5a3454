import { describe, expect, it } from 'vitest';
import { RealClock, VirtualClock } from '../../reference-host/clock.js';
import { Scheduler } from '../../reference-host/scheduler.js';

function virtualScheduler() {
  const clock = new VirtualClock(1_000_000);
  const errors: string[] = [];
  return { clock, scheduler: new Scheduler(clock, (_e, label) => errors.push(label)), errors };
}

describe('scheduler', () => {
  it('runs due work in due order, each at its own due time, including work scheduled along the way', async () => {
    const { clock, scheduler } = virtualScheduler();
    const log: string[] = [];
    scheduler.after(300, 'c', () => void log.push(`c@${clock.now()}`));
    scheduler.after(100, 'a', () => {
      log.push(`a@${clock.now()}`);
      scheduler.after(50, 'a2', () => void log.push(`a2@${clock.now()}`));
    });
    scheduler.after(100, 'b', async () => {
      await Promise.resolve();
      log.push(`b@${clock.now()}`);
    });
    scheduler.after(5000, 'late', () => void log.push('late'));
    await scheduler.advance(1000);
    expect(log).toEqual(['a@1000100', 'b@1000100', 'a2@1000150', 'c@1000300']);
    expect(clock.now()).toBe(1_001_000);
  });

  it('does not move time or run anything until advanced; cancelled work never runs', async () => {
    const { clock, scheduler } = virtualScheduler();
    let ran = false;
    const task = scheduler.after(10, 'x', () => void (ran = true));
    await Promise.resolve();
    expect(clock.now()).toBe(1_000_000);
    task.cancel();
    await scheduler.advance(100);
    expect(ran).toBe(false);
  });

  it('serializes concurrent advances and survives a failing task', async () => {
    const { clock, scheduler, errors } = virtualScheduler();
    const log: number[] = [];
    scheduler.after(10, 'boom', () => {
      throw new Error('boom');
    });
    scheduler.after(20, 'tick', () => void log.push(clock.now()));
    await Promise.all([scheduler.advance(15), scheduler.advance(15)]);
    expect(errors).toEqual(['boom']);
    expect(log).toEqual([1_000_020]);
    expect(clock.now()).toBe(1_000_030);
  });

  it('with the real clock, fires due work from a timer', async () => {
    const scheduler = new Scheduler(new RealClock(), () => undefined);
    const fired = new Promise<void>((resolve) => scheduler.after(0, 'now', () => resolve()));
    await fired;
    await scheduler.close();
    expect(() => scheduler.advance(1)).toThrow(/virtual clock/);
  });
});
