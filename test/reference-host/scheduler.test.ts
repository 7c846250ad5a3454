import { describe, expect, it } from 'vitest';
import { RealClock, VirtualClock } from '../../reference-host/clock.js';
import { Scheduler, type ScheduledTask } from '../../reference-host/scheduler.js';

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

  it('runs tasks due at the same time in the order they were scheduled', async () => {
    const { scheduler } = virtualScheduler();
    const log: string[] = [];
    for (let i = 0; i < 50; i++) {
      scheduler.after(i % 2 === 0 ? 100 : 200, `t${i}`, () => void log.push(`t${i}`));
    }
    await scheduler.advance(200);
    const evens = Array.from({ length: 25 }, (_, i) => `t${2 * i}`);
    const odds = Array.from({ length: 25 }, (_, i) => `t${2 * i + 1}`);
    expect(log).toEqual([...evens, ...odds]);
  });

  it('drops cancelled tasks when they come up, wherever they sit in the queue', async () => {
    const { clock, scheduler } = virtualScheduler();
    const log: string[] = [];
    const task = (delayMs: number, name: string) => scheduler.after(delayMs, name, () => void log.push(`${name}@${clock.now() - 1_000_000}`));
    task(10, 'first').cancel();
    task(20, 'a');
    const tie = task(20, 'b');
    task(20, 'c');
    task(30, 'last').cancel();
    tie.cancel();
    // A running task cancels one due at the same time that has not run yet.
    let victim: ScheduledTask | undefined;
    scheduler.after(25, 'canceller', () => victim?.cancel());
    victim = task(25, 'victim');
    task(25, 'survivor');
    await scheduler.advance(100);
    expect(log).toEqual(['a@20', 'c@20', 'survivor@25']);
    expect(clock.now()).toBe(1_000_100);
  });

  it('runs a task scheduled with an earlier place among same-time tasks as if scheduled when the place was taken', async () => {
    const { scheduler } = virtualScheduler();
    const log: string[] = [];
    scheduler.after(50, 'before', () => void log.push('before'));
    const place = scheduler.place();
    scheduler.after(50, 'after', () => void log.push('after'));
    scheduler.after(10, 'late scheduler', () => {
      scheduler.at(1_000_050, 'placed', () => void log.push('placed'), place);
    });
    await scheduler.advance(100);
    expect(log).toEqual(['before', 'placed', 'after']);
  });

  it('refuses a due time that is not a number', () => {
    const { scheduler } = virtualScheduler();
    expect(() => scheduler.at(Number.NaN, 'bad', () => undefined)).toThrow(/bad: due time is not a number/);
  });

  it('with the real clock, wakes for a task due before the one its timer waits for, and past a cancelled one', async () => {
    const scheduler = new Scheduler(new RealClock(), () => undefined);
    try {
      let farRan = false;
      scheduler.after(3_600_000, 'far', () => void (farRan = true));
      await new Promise<void>((resolve) => scheduler.after(0, 'near', () => resolve()));
      scheduler.after(0, 'cancelled', () => undefined).cancel();
      await new Promise<void>((resolve) => scheduler.after(1, 'next', () => resolve()));
      expect(farRan).toBe(false);
    } finally {
      await scheduler.close();
    }
  });

  it('with the real clock, fires due work from a timer', async () => {
    const scheduler = new Scheduler(new RealClock(), () => undefined);
    const fired = new Promise<void>((resolve) => scheduler.after(0, 'now', () => resolve()));
    await fired;
    await scheduler.close();
    expect(() => scheduler.advance(1)).toThrow(/virtual clock/);
  });
});
