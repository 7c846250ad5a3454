import { describe, expect, it } from 'vitest';
import { DueHeap, type DueItem } from '../../reference-host/due-heap.js';

interface Item extends DueItem {
  readonly name: string;
}

/** Deterministic pseudo-random integers in [0, n): the tests must not depend on luck. */
function lcg(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state % n;
  };
}

function drain<T extends DueItem>(heap: DueHeap<T>): T[] {
  const out: T[] = [];
  for (let item = heap.pop(); item !== undefined; item = heap.pop()) out.push(item);
  return out;
}

const byDueThenPlace = (a: DueItem, b: DueItem): number => a.dueMs - b.dueMs || a.place - b.place;

describe('due heap', () => {
  it('pops in due order whatever the push order', () => {
    const random = lcg(7);
    const heap = new DueHeap<Item>();
    const items = Array.from({ length: 500 }, (_, place) => ({ dueMs: random(1_000_000), place, name: `t${place}` }));
    for (const item of items) heap.push(item);
    expect(heap.size).toBe(500);
    expect(drain(heap)).toEqual([...items].sort(byDueThenPlace));
    expect(heap.size).toBe(0);
  });

  it('keeps items due at the same time first in, first out', () => {
    const heap = new DueHeap<Item>();
    // Few distinct due times, so most items tie; places rise in push order.
    const random = lcg(11);
    const items = Array.from({ length: 300 }, (_, place) => ({ dueMs: 100 * random(4), place, name: `t${place}` }));
    for (const item of items) heap.push(item);
    const popped = drain(heap);
    for (const due of [0, 100, 200, 300]) {
      const places = popped.filter((i) => i.dueMs === due).map((i) => i.place);
      expect(places.length).toBeGreaterThan(0);
      expect(places).toEqual([...places].sort((a, b) => a - b));
    }
    expect(popped.map((i) => i.dueMs)).toEqual([...popped.map((i) => i.dueMs)].sort((a, b) => a - b));
  });

  it('orders a late push with an early place before the items it precedes', () => {
    const heap = new DueHeap<Item>();
    heap.push({ dueMs: 50, place: 2, name: 'b' });
    heap.push({ dueMs: 50, place: 3, name: 'c' });
    heap.push({ dueMs: 10, place: 4, name: 'first' });
    heap.push({ dueMs: 50, place: 1, name: 'a' });
    heap.push({ dueMs: Number.POSITIVE_INFINITY, place: 0, name: 'never' });
    expect(drain(heap).map((i) => i.name)).toEqual(['first', 'a', 'b', 'c', 'never']);
  });

  it('agrees with a sorted list under interleaved pushes and pops', () => {
    const random = lcg(23);
    const heap = new DueHeap<Item>();
    const model: Item[] = [];
    let place = 0;
    for (let step = 0; step < 5_000; step++) {
      if (random(3) === 0) {
        model.sort(byDueThenPlace);
        expect(heap.pop()).toBe(model.shift());
      } else {
        const item = { dueMs: random(50), place: place++, name: `t${place}` };
        heap.push(item);
        model.push(item);
      }
      expect(heap.size).toBe(model.length);
    }
    expect(drain(heap)).toEqual(model.sort(byDueThenPlace));
  });

  it('peeks without removing, and is empty after clear', () => {
    const heap = new DueHeap<Item>();
    expect(heap.peek()).toBeUndefined();
    expect(heap.pop()).toBeUndefined();
    heap.push({ dueMs: 5, place: 1, name: 'x' });
    heap.push({ dueMs: 3, place: 2, name: 'y' });
    expect(heap.peek()?.name).toBe('y');
    expect(heap.size).toBe(2);
    heap.clear();
    expect(heap.size).toBe(0);
    expect(heap.peek()).toBeUndefined();
  });
});
