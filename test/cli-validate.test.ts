import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaNames } from '../src/validate.js';
import { runCli } from './support/run-cli.js';
import { minimalRun } from './support/documents.js';

const dir = mkdtempSync(join(tmpdir(), 'atk-cli-validate-'));
function file(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

const run = minimalRun;

describe('agent-task-kit validate', () => {
  it('exits 0 for a valid document', async () => {
    const path = file('valid.json', run);
    expect(await runCli(['validate', 'agent-task-run', path])).toEqual({
      exitCode: 0,
      stdout: `${path}: valid agent-task-run\n`,
      stderr: '',
    });
  });

  it('exits 1 printing each error with its instance path and keyword', async () => {
    const { work_order_id: _omitted, ...rest } = run;
    const path = file('invalid.json', { ...rest, state: 'sleeping' });
    const result = await runCli(['validate', 'agent-task-run', path]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      `${path}: not a valid agent-task-run (2 errors)`,
      "  (root) required: must have required property 'work_order_id'",
      expect.stringMatching(/^  \/state enum: must be equal to one of the allowed values; allowed: "quoted", .*; found: "sleeping"$/),
      '',
    ]);
  });

  it('prints the outcome as JSON with --json', async () => {
    const path = file('invalid2.json', { ...run, state: 'sleeping' });
    const result = await runCli(['validate', '--json', 'agent-task-run', path]);
    expect(result.exitCode).toBe(1);
    const outcome = JSON.parse(result.stdout) as { ok: boolean; errors: Array<{ instancePath: string; keyword: string }> };
    expect(outcome.ok).toBe(false);
    expect(outcome.errors.map((e) => [e.instancePath, e.keyword])).toEqual([['/state', 'enum']]);
  });

  it('exits 1 for a file that is not strict JSON', async () => {
    const result = await runCli(['validate', 'agent-task-run', file('dup.json', '{"state":"queued","state":"closed"}')]);
    expect(result).toMatchObject({ exitCode: 1, stdout: '' });
    expect(result.stderr).toContain('duplicate member name "state"');
  });

  it('exits 2 for an unknown schema name, listing the valid ones', async () => {
    const result = await runCli(['validate', 'task-thing', file('x.json', run)]);
    expect(result).toMatchObject({ exitCode: 2, stdout: '' });
    expect(result.stderr).toContain(`unknown schema name "task-thing"; valid names: ${schemaNames.join(', ')}`);
  });

  it('exits 2 for missing arguments, extra arguments, unknown flags and unreadable files', async () => {
    for (const args of [
      ['validate', 'agent-task-run'],
      ['validate', 'agent-task-run', 'a.json', 'b.json'],
      ['validate', '--strict', 'agent-task-run', 'a.json'],
      ['validate', 'agent-task-run', join(dir, 'missing.json')],
    ]) {
      const result = await runCli(args);
      expect(result, args.join(' ')).toMatchObject({ exitCode: 2, stdout: '' });
      expect(result.stderr.length).toBeGreaterThan(0);
    }
  });

  it('lists the schema names in --help (exit 0)', async () => {
    const help = await runCli(['validate', '--help']);
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain(`Schema names: ${schemaNames.join(', ')}.`);
  });
});
