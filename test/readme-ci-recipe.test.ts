import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot, runCli } from './support/run-cli.js';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}

describe('README CI recipe', () => {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### In CI'));
  const snippet = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];

  it('is a GitHub Actions workflow that runs the kit and uploads its reports even on failure', () => {
    expect(snippet).toBeDefined();
    const workflow = parse(snippet!) as { on: unknown; jobs: Record<string, { 'runs-on': string; steps: Step[] }> };
    const steps = Object.values(workflow.jobs)[0]!.steps;
    const run = steps.find((step) => step.run?.includes('agent-task-kit run'));
    expect(run?.run).toContain('--report-junit reports/junit.xml');
    expect(run?.run).toContain('--report-har');
    expect(run?.run).toContain('--report-html reports/conformance.html');
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload).toMatchObject({ if: 'always()', with: { path: 'reports/' } });
    expect(steps.indexOf(upload!)).toBeGreaterThan(steps.indexOf(run!));
    // The kit reads discovery first: a step before it waits until the host it names answers there.
    const host = /--host (\S+)/.exec(run!.run!)?.[1];
    const wait = steps.findIndex((step) => step.run?.includes(`${host}/api/agents/capabilities`) && step.run.includes('--retry'));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThan(steps.indexOf(run!));
  });

  it('names only flags that run accepts', async () => {
    const help = await runCli(['run', '--help']);
    expect(help.exitCode).toBe(0);
    const command = snippet!.slice(snippet!.indexOf('agent-task-kit run'));
    const flags = [...command.matchAll(/ (--[a-z][a-z-]+)/g)].map((m) => m[1]!);
    expect(flags.length).toBeGreaterThan(3);
    for (const flag of flags) expect(help.stdout, flag).toContain(`${flag} `);
  });
});
