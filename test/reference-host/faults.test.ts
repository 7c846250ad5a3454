import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FAULTS, FaultSet } from '../../reference-host/faults.js';
import { isRuleId } from '../../src/rules.js';

const hostDir = fileURLToPath(new URL('../../reference-host', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && entry.name !== 'faults.ts' ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('fault catalog', () => {
  it('names unique ids, existing rules and a description for every fault', () => {
    const ids = FAULTS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const fault of FAULTS) {
      expect(fault.rules.length, fault.id).toBeGreaterThan(0);
      for (const rule of fault.rules) expect(isRuleId(rule), `${fault.id} → ${rule}`).toBe(true);
      expect(fault.description.length).toBeGreaterThan(10);
    }
  });

  it('implements every fault at exactly one guarded place in the host', () => {
    const code = sources(hostDir).join('\n');
    for (const fault of FAULTS) {
      const uses = code.split(`faults.has('${fault.id}')`).length - 1;
      expect(uses, fault.id).toBe(1);
    }
  });

  it('refuses unknown ids and switches on only what it is given', () => {
    expect(() => new FaultSet(['ledger-sequence-gap', 'bogus'])).toThrow(/bogus/);
    const set = new FaultSet(['tokens-sequential']);
    expect(set.has('tokens-sequential')).toBe(true);
    expect(set.has('ledger-sequence-gap')).toBe(false);
  });
});
