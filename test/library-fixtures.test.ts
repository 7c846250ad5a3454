import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaNames, validate } from '../src/validate.js';
import { repoRoot } from './support/run-cli.js';

interface InvalidFixture {
  expect: { keyword: string; instancePath: string };
  document: unknown;
}

function fixtureFiles(schema: string, kind: 'valid' | 'invalid'): string[] {
  const dir = join(repoRoot, 'fixtures', schema, kind);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
}

const read = (schema: string, kind: string, file: string): unknown =>
  JSON.parse(readFileSync(join(repoRoot, 'fixtures', schema, kind, file), 'utf8'));

// test/fixtures.test.ts checks the fixtures against the schema files; this checks the shipped, precompiled
// validators behind validate() give the same verdicts.
describe.each([...schemaNames])('validate() on the fixtures of %s', (schema) => {
  const valid = fixtureFiles(schema, 'valid');
  const invalid = fixtureFiles(schema, 'invalid');

  it.each(valid)('valid/%s validates', (file) => {
    const outcome = validate(schema, read(schema, 'valid', file));
    expect(outcome.ok ? [] : outcome.errors).toEqual([]);
  });

  it.each(invalid)('invalid/%s fails with its expected keyword at its instance path', (file) => {
    const fixture = read(schema, 'invalid', file) as InvalidFixture;
    const outcome = validate(schema, fixture.document);
    expect(outcome.ok).toBe(false);
    const found = outcome.ok ? [] : outcome.errors.map((e) => ({ keyword: e.keyword, instancePath: e.instancePath }));
    expect(found).toContainEqual(fixture.expect);
  });
});
