/**
 * Binary min-heap ordered by (dueMs, place): the scheduler's due-queue. Among items due at the same time the
 * lower place comes first, and places are handed out in scheduling order, so equal due times stay FIFO and
 * the order tasks run in never depends on the heap's layout. Push and pop are O(log n).
 */

export interface DueItem {
  readonly dueMs: number;
  /** Tie-break among equal due times: lower first. */
  readonly place: number;
}

function precedes(a: DueItem, b: DueItem): boolean {
  return a.dueMs < b.dueMs || (a.dueMs === b.dueMs && a.place < b.place);
}

export class DueHeap<T extends DueItem> {
  readonly #items: T[] = [];

  get size(): number {
    return this.#items.length;
  }

  /** The first item in (dueMs, place) order, left in the heap. */
  peek(): T | undefined {
    return this.#items[0];
  }

  push(item: T): void {
    const items = this.#items;
    let index = items.length;
    items.push(item);
    while (index > 0) {
      const parent = (index - 1) >> 1;
      const above = items[parent]!;
      if (!precedes(item, above)) break;
      items[index] = above;
      index = parent;
    }
    items[index] = item;
  }

  /** Removes and returns the first item in (dueMs, place) order. */
  pop(): T | undefined {
    const items = this.#items;
    const first = items[0];
    const last = items.pop();
    if (first === undefined || last === undefined || items.length === 0) return first;
    const count = items.length;
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= count) break;
      const right = left + 1;
      const child = right < count && precedes(items[right]!, items[left]!) ? right : left;
      const below = items[child]!;
      if (!precedes(below, last)) break;
      items[index] = below;
      index = child;
    }
    items[index] = last;
    return first;
  }

  /** The earliest item that `counts`, in due order among equals; a scan, for the few items of one clock. */
  earliest(counts: (item: T) => boolean): T | undefined {
    let best: T | undefined;
    for (const item of this.#items) if (counts(item) && (best === undefined || precedes(item, best))) best = item;
    return best;
  }

  clear(): void {
    this.#items.length = 0;
  }
}
