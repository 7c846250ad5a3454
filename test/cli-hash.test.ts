import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digest } from '../src/jcs.js';
import { runCli } from './support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'atk-cli-hash-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('agent-task-kit hash', () => {
  it('prints the digest of the canonical form (exit 0)', async () => {
    const path = file('doc.json', '{ "b": [1, 2.50], "a": "é" }\n');
    expect(await runCli(['hash', path])).toEqual({ exitCode: 0, stdout: `${digest({ a: 'é', b: [1, 2.5] })}\n`, stderr: '' });
  });

  it('prints the canonical text with --canonical', async () => {
    const path = file('doc2.json', '{ "b": [1, 2.50], "a": "é" }');
    expect(await runCli(['hash', '--canonical', path])).toMatchObject({ exitCode: 0, stdout: '{"a":"é","b":[1,2.5]}\n' });
  });

  it('refuses duplicate member names, lone surrogates and bad JSON (exit 1)', async () => {
    const dup = await runCli(['hash', file('dup.json', '{"a":1,"a":2}')]);
    expect(dup).toMatchObject({ exitCode: 1, stdout: '' });
    expect(dup.stderr).toContain('duplicate member name "a"');

    const surrogate = await runCli(['hash', file('surrogate.json', '["\\ud800"]')]);
    expect(surrogate).toMatchObject({ exitCode: 1, stdout: '' });
    expect(surrogate.stderr).toMatch(/no canonical form: .*surrogate/i);

    const overflow = await runCli(['hash', file('overflow.json', '[1e400]')]);
    expect(overflow).toMatchObject({ exitCode: 1, stdout: '' });

    const broken = await runCli(['hash', file('broken.json', '{"a":')]);
    expect(broken).toMatchObject({ exitCode: 1, stdout: '' });
    expect(broken.stderr).toContain('not valid JSON');
  });

  it('treats a missing file, a missing argument and an unknown flag as usage errors (exit 2)', async () => {
    const missing = await runCli(['hash', join(dir, 'nope.json')]);
    expect(missing).toMatchObject({ exitCode: 2, stdout: '' });
    expect(missing.stderr).toContain('cannot read');

    const noArg = await runCli(['hash']);
    expect(noArg).toMatchObject({ exitCode: 2, stdout: '' });
    expect(noArg.stderr).toContain('missing arguments');

    const flag = await runCli(['hash', '--sha512', 'x.json']);
    expect(flag).toMatchObject({ exitCode: 2, stdout: '' });
    expect(flag.stderr).toContain('unknown flag --sha512; valid flags: --canonical, --help');
  });

  it('prints help (exit 0)', async () => {
    const help = await runCli(['hash', '--help']);
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain('Usage: agent-task-kit hash [flags] <file.json>');
  });
});
