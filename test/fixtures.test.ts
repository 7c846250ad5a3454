import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorObject } from 'ajv';
import { digest } from '../src/jcs.js';
import { FIXTURES_DIR, REPO_ROOT, createAjv, loadSchemaFiles, readJson } from './schema-set.js';

interface InvalidFixture {
  description: string;
  expect: { keyword: string; instancePath: string };
  document: unknown;
}

const KINDS = ['valid', 'invalid'] as const;
type Kind = (typeof KINDS)[number];

const schemaFiles = loadSchemaFiles();
const ajv = createAjv(schemaFiles);
const schemaNames = schemaFiles.map((f) => f.name);
const idByName = new Map(schemaFiles.map((f) => [f.name, f.id]));
const fixtureFolders = readdirSync(FIXTURES_DIR).filter((entry) => statSync(join(FIXTURES_DIR, entry)).isDirectory());

function fixtureFiles(name: string, kind: Kind): string[] {
  const dir = join(FIXTURES_DIR, name, kind);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
}

function validatorFor(name: string) {
  const id = idByName.get(name);
  const validate = id === undefined ? undefined : ajv.getSchema(id);
  if (validate === undefined) throw new Error(`no compiled schema for fixture folder ${name}`);
  return validate;
}

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.keyword} at "${e.instancePath}": ${e.message}`).join('\n');
}

function isInvalidFixture(value: unknown): value is InvalidFixture {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  const exp = v.expect as Record<string, unknown> | undefined;
  return (
    typeof v.description === 'string' &&
    v.description.length > 0 &&
    'document' in v &&
    typeof exp?.keyword === 'string' &&
    typeof exp.instancePath === 'string'
  );
}

const fixture = (name: string, kind: Kind, file: string) => readJson(join(FIXTURES_DIR, name, kind, file));

describe('fixture layout', () => {
  it('names a schema with every fixture folder', () => {
    expect(fixtureFolders.filter((folder) => !schemaNames.includes(folder))).toEqual([]);
  });

  it.each(schemaNames)('%s has at least one valid and one invalid fixture', (name) => {
    for (const kind of KINDS) expect(fixtureFiles(name, kind).length, `fixtures/${name}/${kind}`).toBeGreaterThan(0);
  });

  it.each(fixtureFolders)('fixtures/%s holds only valid/ and invalid/ folders of .json files', (folder) => {
    const entries = readdirSync(join(FIXTURES_DIR, folder));
    expect(entries.filter((e) => !(KINDS as readonly string[]).includes(e))).toEqual([]);
    for (const kind of KINDS) {
      const dir = join(FIXTURES_DIR, folder, kind);
      if (existsSync(dir)) expect(readdirSync(dir).filter((f) => !f.endsWith('.json'))).toEqual([]);
    }
  });
});

describe.each(fixtureFolders.filter((folder) => schemaNames.includes(folder)))('fixtures/%s', (name) => {
  const validate = validatorFor(name);

  it.each(fixtureFiles(name, 'valid'))('valid/%s validates', (file) => {
    const ok = validate(fixture(name, 'valid', file));
    expect(ok, describeErrors(validate.errors)).toBe(true);
  });

  it.each(fixtureFiles(name, 'invalid'))('invalid/%s fails with the stated keyword at the stated path', (file) => {
    const entry = fixture(name, 'invalid', file);
    expect(isInvalidFixture(entry), 'has description, expect {keyword, instancePath} and document').toBe(true);
    if (!isInvalidFixture(entry)) return;
    expect(validate(entry.document), `${entry.description} must not validate`).toBe(false);
    const found = (validate.errors ?? []).map((e) => ({ keyword: e.keyword, instancePath: e.instancePath }));
    expect(found, describeErrors(validate.errors)).toContainEqual(entry.expect);
  });
});

describe('fixture digests are recomputed, not copied', () => {
  const valid = (name: string, file: string) => fixture(name, 'valid', `${file}.json`) as Record<string, any>;
  const resultPackage = valid('result-package', 'tokenops-audit');

  it('links every ledger event to the digest of the one before', () => {
    const events = valid('agent-task-run', 'ledger-closed-happy-path').state_history as Record<string, unknown>[];
    expect(events.length).toBeGreaterThan(1);
    events.forEach((event, i) => {
      expect(event.sequence).toBe(i + 1);
      expect(event.prev_event_hash).toBe(i === 0 ? null : digest(events[i - 1]));
    });
  });

  it('pins the result package digest in the attestation, callback payload and in-toto statement', () => {
    const hash = digest(resultPackage);
    expect(valid('result-attestation', 'tokenops-ready').result_package_hash).toBe(hash);
    expect(valid('callback-payload', 'task-result-ready').result_package_hash).toBe(hash);
    expect(valid('callback-payload', 'task-result-ready').result_package).toEqual(resultPackage);
    const subject = valid('in-toto-statement', 'result-package').subject[0];
    expect(`sha256:${subject.digest.sha256}`).toBe(hash);
  });

  it('heads the attestation with the ledger event it was issued at', () => {
    const events = valid('agent-task-run', 'ledger-closed-happy-path').state_history as Record<string, unknown>[];
    const ready = events.find((e) => e.event_type === 'result_package_ready');
    expect(valid('result-attestation', 'tokenops-ready').ledger_head_hash).toBe(digest(ready));
  });

  it('names the capabilities document the report ran against by its digest', () => {
    const capabilities = valid('host-capabilities', 'reference-host-conformance');
    expect(valid('conformance-report', 'mixed-dispositions').capabilities_digest).toBe(digest(capabilities));
  });
});

describe('spec/rules.json', () => {
  it('validates against rule-registry.schema.json', () => {
    const validate = validatorFor('rule-registry');
    const ok = validate(readJson(join(REPO_ROOT, 'spec', 'rules.json')));
    expect(ok, describeErrors(validate.errors)).toBe(true);
  });
});
