import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AgentTaskRun, RunCreated } from '../generated/types.js';
import { generateSigningSecret, isSchemaName, schemaIds, schemaNames, validate, type SchemaName } from '../src/index.js';
import { readSchemaFiles, schemaTypeName } from '../src/schemas.js';
import { repoRoot } from './support/run-cli.js';
import { minimalRun } from './support/documents.js';

const run = minimalRun;

describe('validate', () => {
  it('accepts a valid document and types it by schema name', () => {
    const outcome = validate('agent-task-run', run);
    expect(outcome).toEqual({ ok: true, value: run });
    if (outcome.ok) {
      expectTypeOf(outcome.value).toEqualTypeOf<AgentTaskRun>();
      expect(outcome.value.state).toBe('queued');
    }
  });

  it('reports every failure with JSON Pointer, keyword, message, schema path and params', () => {
    const { agent_task_run_id: _omitted, ...missing } = run;
    const outcome = validate('agent-task-run', { ...missing, state: 'sleeping', created_at: 'yesterday' });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors).toEqual(
      expect.arrayContaining([
        {
          instancePath: '',
          keyword: 'required',
          message: "must have required property 'agent_task_run_id'",
          schemaPath: '#/required',
          params: { missingProperty: 'agent_task_run_id' },
        },
        expect.objectContaining({ instancePath: '/state', keyword: 'enum' }),
        expect.objectContaining({ instancePath: '/created_at', keyword: 'format', params: { format: 'date-time' } }),
      ]),
    );
    expect(outcome.errors).toHaveLength(3);
  });

  it('follows references across schema files', () => {
    const secret = generateSigningSecret();
    const created = {
      ...run,
      status_token: 'tok_abcdefghijklmnopqrstuvwxyz',
      status_url: 'https://host.example/api/agents/status/tok',
      ledger_url: 'https://host.example/api/agents/tasks/tok/ledger',
      result_url: 'https://host.example/api/agents/tasks/tok/result',
      result_attestation_url: 'https://host.example/api/agents/tasks/tok/attestation',
      callback_signing_secret: secret,
    };
    const outcome = validate('run-created', created);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expectTypeOf(outcome.value).toEqualTypeOf<RunCreated>();
    const broken = validate('run-created', { ...created, state: 'sleeping' });
    expect(broken.ok ? [] : broken.errors.map((e) => [e.instancePath, e.keyword])).toContainEqual(['/state', 'enum']);
  });

  it('refuses a schema name it does not know', () => {
    expect(() => validate('no-such-schema' as SchemaName, {})).toThrow(TypeError);
    expect(isSchemaName('no-such-schema')).toBe(false);
    expect(isSchemaName('agent-task-run')).toBe(true);
  });

  it('knows exactly the schema files on disk, with their $ids', () => {
    const files = readdirSync(join(repoRoot, 'schemas'))
      .filter((f) => f.endsWith('.schema.json'))
      .map((f) => f.slice(0, -'.schema.json'.length))
      .sort();
    expect([...schemaNames]).toEqual(files);
    for (const s of readSchemaFiles(repoRoot)) expect(schemaIds[s.name as SchemaName]).toBe(s.id);
  });
});

describe('schemaTypeName', () => {
  it('is the PascalCase of the file name', () => {
    expect(schemaTypeName('agent-task-run')).toBe('AgentTaskRun');
    expect(schemaTypeName('run-created')).toBe('RunCreated');
    expect(schemaTypeName('host-capabilities')).toBe('HostCapabilities');
  });
});
