import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { renderSpecRuleTables, staleOutputs, writeOutputs } from '../scripts/generate.js';
import { repoRoot } from './support/run-cli.js';

/** A copy of everything the generator reads and writes, regenerated so it starts consistent. */
async function copyTree(): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'atk-drift-'));
  for (const path of ['schemas', 'spec', 'generated', 'fixtures', 'fixtures.md', 'SPEC.md']) {
    if (existsSync(join(repoRoot, path))) cpSync(join(repoRoot, path), join(root, path), { recursive: true });
  }
  await writeOutputs(root);
  expect(await staleOutputs(root)).toEqual([]);
  return root;
}

function editJson(path: string, edit: (value: Record<string, unknown>) => void): void {
  const value = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  edit(value);
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

describe('generated files', () => {
  it('are up to date in the repository', async () => {
    expect(await staleOutputs(repoRoot)).toEqual([]);
  });

  it('are reported stale by --check (exit 1) after a schema and the rule registry change', async () => {
    const root = await copyTree();
    editJson(join(root, 'schemas/agent-task-run.schema.json'), (schema) => {
      (schema['properties'] as Record<string, unknown>)['drift_probe'] = { type: 'integer' };
    });
    editJson(join(root, 'spec/rules.json'), (registry) => {
      const rules = registry['rules'] as Array<{ id: string; text: string }>;
      rules[0]!.id = 'DISCOVERY-DRIFT-PROBE';
    });
    const expected = ['generated/types.ts', 'generated/validators.js', 'generated/rules.ts'];
    const specHasTables = existsSync(join(root, 'SPEC.md')) && readFileSync(join(root, 'SPEC.md'), 'utf8').includes('<!-- rules:DISCOVERY -->');
    if (specHasTables) expected.push('SPEC.md');
    expect((await staleOutputs(root)).sort()).toEqual(expected.sort());

    const check = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(repoRoot, 'scripts/generate.ts'), '--check', '--root', root],
      { cwd: repoRoot, encoding: 'utf8' },
    ).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(check.code).toBe(1);
    for (const path of expected) expect(check.stderr).toContain(`  ${path}\n`);
  });

  it('are reported stale when a fixture is added', async () => {
    const root = await copyTree();
    const dir = join(root, 'fixtures/agent-task-run/valid');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'zz-drift-probe.json'), '{}');
    expect(await staleOutputs(root)).toEqual(['fixtures.md']);
  });
});

describe('SPEC.md rule tables', () => {
  const registry = {
    spec_version: '1.0.0',
    areas: ['LEDGER', 'CALLBACK'],
    rules: [
      { id: 'LEDGER-SEQUENCE', area: 'LEDGER', level: 'MUST', conformance_level: 'timed', text: 'Sequence a | b\nno gap.' },
      { id: 'CALLBACK-SIGNED', area: 'CALLBACK', level: 'SHOULD', text: 'Signed.' },
    ],
  };

  it("of this repository sit under a header naming the registry's own spec_version", () => {
    const { spec_version: version } = JSON.parse(readFileSync(join(repoRoot, 'spec', 'rules.json'), 'utf8')) as { spec_version: string };
    expect(readFileSync(join(repoRoot, 'SPEC.md'), 'utf8')).toContain(`(\`spec_version\` ${version})`);
  });

  it('fills the table between the markers of each area and leaves the rest alone', () => {
    const spec = '# Spec\n\nSee `<!-- rules:AREA -->`.\n\n<!-- rules:LEDGER -->\nold\n<!-- /rules:LEDGER -->\n\nEnd.\n';
    expect(renderSpecRuleTables(spec, registry)).toBe(
      '# Spec\n\nSee `<!-- rules:AREA -->`.\n\n<!-- rules:LEDGER -->\n| Rule | Level | Testable at | Requirement |\n|---|---|---|---|\n' +
        '| `LEDGER-SEQUENCE` | MUST | timed | Sequence a \\| b no gap. |\n<!-- /rules:LEDGER -->\n\nEnd.\n',
    );
  });

  it('leaves a document without markers unchanged and refuses a marker for an unknown area', () => {
    expect(renderSpecRuleTables('# Spec\n', registry)).toBe('# Spec\n');
    expect(() => renderSpecRuleTables('<!-- rules:NOPE -->\n<!-- /rules:NOPE -->', registry)).toThrow(/unknown area NOPE/);
  });
});
