/**
 * The suite over real HTTP, the way an implementer runs it: `serve --conformance` in one process, `run --host` in
 * another, and the reports it writes read back (JSON against its schema, JUnit through a strict XML reader). A
 * second pass points the kit at `serve` without `--conformance`, the one host on which the seams' default
 * (seams-off-by-default) can be observed. Every child process is killed when its pass ends or times out.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseXml, type XmlElement } from './support/xml-parse.js';
import { validate } from '../src/validate.js';
import { runCli, startServe, stopServe, type CliResult, type Served } from './support/run-cli.js';

const RUN_LIMIT_MS = 600_000;

function elements(root: XmlElement, name: string): XmlElement[] {
  return [...(root.name === name ? [root] : []), ...root.children.flatMap((child) => elements(child, name))];
}

describe('run --host against serve --conformance over HTTP', () => {
  let served: Served | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'atk-http-'));
  const jsonPath = join(dir, 'r.json');
  const junitPath = join(dir, 'j.xml');
  let result: CliResult;

  beforeAll(async () => {
    served = await startServe(['--conformance']);
    result = await runCli(['run', '--host', served.url, '--api-key', served.apiKey, '--report-json', jsonPath, '--report-junit', junitPath], { limitMs: RUN_LIMIT_MS });
  }, RUN_LIMIT_MS);

  afterAll(async () => {
    if (served) await stopServe(served.child);
    rmSync(dir, { recursive: true, force: true });
  });

  it('exits 0', () => {
    // On failure the message carries the verdict and stderr; the full evidence is in the run's own output.
    const verdict = result.stdout.slice(result.stdout.lastIndexOf('\nScenarios: '));
    expect(result.exitCode, `${verdict}\n${result.stderr.slice(-4000)}`).toBe(0);
    expect(result.stdout).toContain('Result: PASS');
  });

  it('writes a JSON report that validates and names the host and the wall time', () => {
    const report = JSON.parse(readFileSync(jsonPath, 'utf8')) as Record<string, unknown> & { scenarios: unknown[] };
    const checked = validate('conformance-report', report);
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    expect(report['host_url']).toBe(served!.url);
    expect(report['wall_time_ms']).toEqual(expect.any(Number));
    expect(report['capabilities_digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(report.scenarios.length).toBeGreaterThan(0);
  });

  it('doctor finds every check ok against the same host', async () => {
    const doctor = await runCli(['doctor', '--host', served!.url, '--api-key', served!.apiKey], { limitMs: RUN_LIMIT_MS });
    const lines = doctor.stdout.split('\n').filter((line) => /^(ok|warn|fail) /.test(line));
    expect(lines.map((line) => line.split(/\s+/).slice(0, 2).join(' '))).toEqual([
      'ok reachable',
      'ok capabilities',
      'ok limits',
      'ok auth',
      'ok callbacks',
      'ok clock',
    ]);
    expect(doctor.exitCode).toBe(0);
  }, RUN_LIMIT_MS);

  it('writes well-formed JUnit XML with one testcase per scenario', () => {
    const root = parseXml(readFileSync(junitPath, 'utf8'));
    const report = JSON.parse(readFileSync(jsonPath, 'utf8')) as { scenarios: { id: string }[] };
    expect(root.name).toBe('testsuites');
    expect(root.attributes['failures']).toBe('0');
    expect(elements(root, 'testcase').map((c) => c.attributes['name']).sort()).toEqual(report.scenarios.map((s) => s.id).sort());
  });
});

describe('run --host against serve without --conformance', () => {
  let served: Served | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'atk-http-default-'));
  const jsonPath = join(dir, 'r.json');
  let result: CliResult;

  beforeAll(async () => {
    served = await startServe([]);
    result = await runCli(['run', '--host', served.url, '--api-key', served.apiKey, '--filter', 'seams-off-by-default', '--report-json', jsonPath], { limitMs: RUN_LIMIT_MS });
  }, RUN_LIMIT_MS);

  afterAll(async () => {
    if (served) await stopServe(served.child);
    rmSync(dir, { recursive: true, force: true });
  });

  it('passes seams-off-by-default, which a conformance-mode host can only report inapplicable', () => {
    const report = JSON.parse(readFileSync(jsonPath, 'utf8')) as { scenarios: Array<{ id: string; disposition: string; reason: string | null }> };
    const checked = validate('conformance-report', report);
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    expect(report.scenarios.map((s) => ({ id: s.id, disposition: s.disposition, reason: s.reason }))).toEqual([
      { id: 'seams-off-by-default', disposition: 'pass', reason: null },
    ]);
    expect(result.exitCode, result.stdout.slice(-4000) + result.stderr.slice(-4000)).toBe(0);
  });
});

describe('run --host against serve --conformance whose answers are compressed and reformatted', () => {
  // Transport choices SPEC.md leaves to a host (§2.2, §6.1, §12), which the embedded host is never asked for:
  // gzip for a client that accepts it, a charset, pretty-printing in another member order, escapes.
  const variants = ['gzip-when-accepted', 'json-charset', 'pretty-json', 'escaped-json'];
  const filters = ['LEDGER', 'errors-problem-json', 'idempotency-replay', 'discovery-idempotency-lifetime', 'callback-payload-matches', 'callback-signature', 'attestation-digest-recomputed'];
  let served: Served | undefined;
  let result: CliResult;

  beforeAll(async () => {
    served = await startServe(['--conformance', ...variants.flatMap((v) => ['--variant', v])]);
    result = await runCli(['run', '--host', served.url, '--api-key', served.apiKey, ...filters.flatMap((f) => ['--filter', f])], { limitMs: RUN_LIMIT_MS });
  }, RUN_LIMIT_MS);

  afterAll(async () => {
    if (served) await stopServe(served.child);
  });

  it('gets gzipped answers, and passes on them', async () => {
    const answer = await fetch(`${served!.url}/api/agents/capabilities`, { headers: { 'accept-encoding': 'gzip' } });
    expect([answer.headers.get('content-encoding'), answer.headers.get('content-type')]).toEqual(['gzip', 'application/json; charset=utf-8']);
    const verdict = result.stdout.slice(result.stdout.lastIndexOf('\nScenarios: '));
    expect(result.exitCode, `${verdict}\n${result.stderr.slice(-4000)}`).toBe(0);
    expect(result.stdout).toMatch(/Scenarios: \d+ \(\d+ pass, 0 fail, 0 inapplicable, 0 blocked\)/);
  });
});
