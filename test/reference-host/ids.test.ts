import { describe, expect, it } from 'vitest';
import { newId } from '../../reference-host/ids.js';
import { VariantSet } from '../../reference-host/variants.js';

const DEFAULT = new VariantSet();

describe('ids', () => {
  it('hands out 96-bit hex ids that never repeat, across many refills of the random pool', () => {
    const ids = Array.from({ length: 5_000 }, () => newId('evt', DEFAULT));
    for (const id of ids) expect(id).toMatch(/^evt_[0-9a-f]{24}$/);
    expect(new Set(ids).size).toBe(ids.length);
    // No 12-byte slice is handed out twice, whatever the prefix.
    const bodies = [...ids, ...Array.from({ length: 1_000 }, () => newId('run', DEFAULT))].map((id) => id.slice(id.indexOf('_') + 1));
    expect(new Set(bodies).size).toBe(bodies.length);
  });
});
