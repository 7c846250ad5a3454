import { describe, expect, it } from 'vitest';
import type { ScenarioListing } from '../src/cli/list.js';
import { runCli } from './support/run-cli.js';

describe('agent-task-kit list', () => {
  it('lists the scenarios of a filter as JSON with rules, requirements, area and level', async () => {
    const result = await runCli(['list', '--json', '--filter', 'LEDGER-HASH-LINK,ledger-token-access']);
    expect(result.exitCode).toBe(0);
    const listing = JSON.parse(result.stdout) as ScenarioListing[];
    expect(listing.map((s) => s.id).sort()).toContain('ledger-token-access');
    for (const scenario of listing) {
      expect(scenario.area).toBe('LEDGER');
      expect(['core', 'timed', 'full']).toContain(scenario.level);
      expect(scenario.file).toBe(`scenarios/${scenario.id}.test.ts`);
      expect(scenario.rules.includes('LEDGER-HASH-LINK') || scenario.id === 'ledger-token-access').toBe(true);
    }
    const tokenAccess = listing.find((s) => s.id === 'ledger-token-access')!;
    expect(tokenAccess.requires).toContain('seams.tenants');
    expect(tokenAccess.level).toBe('full');
  });

  it('prints a table with a count, the same selection as run', async () => {
    const result = await runCli(['list', '--filter', 'ledger']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/^SCENARIO\s+AREA\s+LEVEL\s+RULES$/);
    expect(result.stdout).toMatch(/\n\d+ scenario\(s\) citing \d+ rule\(s\)\n$/);
    expect(result.stdout).not.toMatch(/\bCALLBACK\b/);
  });

  it('refuses an unknown filter term with a suggestion (exit 2)', async () => {
    const result = await runCli(['list', '--filter', 'ledger-sequense']);
    expect(result).toMatchObject({ exitCode: 2, stdout: '' });
    expect(result.stderr).toContain('(did you mean ledger-sequence?)');
  });
});
