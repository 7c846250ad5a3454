import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FAULTS, FaultSet } from '../../reference-host/faults.js';
import { isRuleId, ruleById, ruleRegistry } from '../../src/rules.js';
import { TestHost } from './support.js';

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

  it('holds at least 40 faults that together break rules of every area', () => {
    expect(FAULTS.length).toBeGreaterThanOrEqual(40);
    const areas = new Set(FAULTS.flatMap((f) => f.rules.map((rule) => ruleById(rule)!.area)));
    expect([...areas].sort()).toEqual([...ruleRegistry.areas].sort());
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

  it('lets an observer hear every guard a host evaluates, on or off', async () => {
    const heard = new Set<string>();
    const host = new TestHost({ faults: new FaultSet([], (id) => heard.add(id)) });
    try {
      await host.createRun();
      expect(heard).toContain('ledger-sequence-gap');
      expect(heard).toContain('tokens-sequential');
      expect(heard).not.toContain('callback-410-retried');
      expect(host.schemaFailures).toEqual([]);
    } finally {
      await host.close();
    }
  });
});
