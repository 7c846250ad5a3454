import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './support/run-cli.js';

const verbs = 'validate, hash, serve, run, doctor, faults';

describe('agent-task-kit', () => {
  it('prints usage listing every verb with --help (exit 0)', async () => {
    const result = await runCli(['--help']);
    expect(result.exitCode).toBe(0);
    for (const verb of verbs.split(', ')) expect(result.stdout).toMatch(new RegExp(`^  ${verb} `, 'm'));
  });

  it('prints the package version', async () => {
    expect(await runCli(['--version'])).toEqual({ exitCode: 0, stdout: `${packageVersion()}\n`, stderr: '' });
  });

  it('is the package bin, so npx runs it', async () => {
    const { stdout } = await promisify(execFile)('npx', ['--no-install', 'agent-task-kit', '--version'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(stdout).toBe(`${packageVersion()}\n`);
  });

  it('refuses a missing verb, an unknown verb and an unknown flag with the valid verbs (exit 2)', async () => {
    for (const [args, problem] of [
      [[], 'missing verb'],
      [['verify'], 'unknown verb verify'],
      [['--verbose'], 'unknown flag --verbose before the verb'],
    ] as const) {
      const result = await runCli([...args]);
      expect(result).toMatchObject({ exitCode: 2, stdout: '' });
      expect(result.stderr).toContain(`agent-task-kit: ${problem}; valid verbs: ${verbs}`);
    }
  });
});

function packageVersion(): string {
  return (JSON.parse(readFileSync(`${repoRoot}/package.json`, 'utf8')) as { version: string }).version;
}
