import { describe, expect, it } from 'vitest';
import { readObjectMembers } from '../scripts/object-members.js';
import { REPO_ROOT, loadSchemaFiles } from './schema-set.js';

/** SPEC.md §2.5: every schema has a decision on whether its generated type closes, and the decisions name real places. */
describe('object members decisions', () => {
  const decisions = readObjectMembers(REPO_ROOT).schemas;
  const schemas = loadSchemaFiles();

  it('has a decision with a reason for every schema and none for a schema that does not exist', () => {
    expect(Object.keys(decisions).sort()).toEqual(schemas.map((s) => s.name).sort());
    for (const [name, d] of Object.entries(decisions)) {
      expect(['closed', 'open'], name).toContain(d.types);
      expect(d.reason.length, name).toBeGreaterThan(10);
    }
  });

  it('lists open places only in closed schemas, each pointing at an object of the schema', () => {
    for (const s of schemas) {
      for (const pointer of decisions[s.name]?.open ?? []) {
        expect(decisions[s.name]!.types, s.name).toBe('closed');
        let node: unknown = s.schema;
        for (const part of pointer.split('/').slice(1)) node = (node as Record<string, unknown> | undefined)?.[part];
        expect((node as { type?: string } | undefined)?.type, `${s.name}${pointer}`).toBe('object');
      }
    }
  });
});
