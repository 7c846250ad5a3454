import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../src/cli/suggest.js';
import { runCli } from './support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'atk-cli-suggest-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('edit distance suggestions', () => {
  it('counts insertions, deletions and substitutions, ignoring case', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('LEDGER', 'ledger')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests only a close candidate, or the one a prefix names', () => {
    expect(closest('valdate', ['validate', 'hash', 'run'])).toBe('validate');
    expect(closest('agent-task-runs', ['agent-task-run', 'quote'])).toBe('agent-task-run');
    expect(closest('agent-task', ['agent-task-run', 'quote'])).toBe('agent-task-run');
    expect(closest('verify', ['validate', 'serve', 'run'])).toBeNull();
    expect(closest('zz', ['hash', 'run'])).toBeNull();
    expect(closest('ledger-sequense', ['LEDGER-SEQUENCE', 'ledger-sequence'])).toBe('ledger-sequence');
  });
});

describe('friendlier command-line errors', () => {
  it('suggests a verb, a flag, a schema name, a filter term and a fault id (exit 2)', async () => {
    for (const [args, text] of [
      [['valdate'], 'unknown verb valdate (did you mean validate?)'],
      [['run', '--filtr', 'LEDGER'], 'unknown flag --filtr (did you mean --filter?)'],
      [['validate', 'agent-task-runs', 'x.json'], 'unknown schema name "agent-task-runs" (did you mean agent-task-run?)'],
      [['list', '--filter', 'LEDGR'], '--filter LEDGR names no area, rule id or scenario id (did you mean LEDGER?)'],
      [['list', '--filter', 'LEDGER-HASH-LNK'], '(did you mean LEDGER-HASH-LINK?)'],
      [['rnu'], 'unknown verb rnu (did you mean run?)'],
      [['--host', 'http://x', 'run'], 'flag --host written before the verb (did you mean agent-task-kit run --host ...?)'],
      [['--fitler', 'LEDGER', 'run'], 'flag --fitler written before the verb (did you mean agent-task-kit run --filter ...?)'],
      [['serve', '--fault', 'ledger-sequnce-gap'], 'unknown fault ledger-sequnce-gap (did you mean ledger-sequence-gap?)'],
      [['serve', '--variant', 'coarse-phase'], 'unknown variant coarse-phase (did you mean coarse-phases?)'],
      [['run', '--fault', 'ledger-sequnce-gap'], "unknown fault ledger-sequnce-gap (did you mean ledger-sequence-gap?); 'agent-task-kit faults' lists them all"],
    ] as const) {
      const result = await runCli([...args]);
      expect(result.exitCode, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toContain(text);
    }
  }, 120_000);

  it('does not list every schema name when it has a suggestion', async () => {
    const result = await runCli(['validate', 'agent-task-runs', 'x.json']);
    expect(result.stderr).not.toContain('valid names');
  });

  it('shows the allowed and the found value for const, enum and type errors', async () => {
    const path = file('receipt.json', JSON.stringify({ receipt_type: 'funding', credits_funded: 1.5, settlement_provider: 'paypal' }));
    const result = await runCli(['validate', 'settlement-receipt', path]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('/receipt_type const: must be equal to constant; allowed: "agent_settlement_receipt"; found: "funding"\n');
    expect(result.stdout).toContain('/credits_funded type: must be integer; found: number 1.5\n');
    expect(result.stdout).toMatch(/\/settlement_provider enum: .*; allowed: "stripe_stablecoin", "x402", .*; found: "paypal"\n/);
  });

  it('names a missing, empty or non-JSON file, prefixed with the verb', async () => {
    const missing = await runCli(['validate', 'quote', join(dir, 'missing.json')]);
    expect(missing).toMatchObject({ exitCode: 2, stderr: `agent-task-kit validate: cannot read ${join(dir, 'missing.json')}: no such file\n` });
    const empty = await runCli(['hash', file('empty.json', '')]);
    expect(empty).toMatchObject({ exitCode: 1, stderr: `agent-task-kit hash: ${join(dir, 'empty.json')}: empty (0 bytes), not a JSON document\n` });
    const blank = await runCli(['validate', 'quote', file('blank.json', ' \n')]);
    expect(blank.stderr).toContain('only whitespace, not a JSON document');
    const html = await runCli(['validate', 'quote', file('page.json', '<html></html>')]);
    expect(html.exitCode).toBe(1);
    expect(html.stderr).toContain(`agent-task-kit validate: ${join(dir, 'page.json')}: not JSON (it does not start like a JSON value)`);
    // --json still answers {ok, errors} on stdout, for the scripts that read it.
    const asJson = await runCli(['validate', '--json', 'quote', join(dir, 'page.json')]);
    expect(asJson.exitCode).toBe(1);
    expect(JSON.parse(asJson.stdout)).toMatchObject({ ok: false, errors: [{ instancePath: '', keyword: 'json', message: expect.stringContaining('not JSON') }] });
  });
});
