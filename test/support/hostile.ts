/**
 * Hostile hosts for test/hostile-*.test.ts: a loopback reference host behind a node:http server whose handler
 * may take any request over (answer garbage, never answer, reset, flood the receiver) before the host sees it,
 * and the real CLI run against it with its outputs, exit code and wall time.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { createReferenceHost, type ReferenceHost } from '../../reference-host/index.js';
import { packageRoot } from '../../src/schemas.js';

const BIN = join(packageRoot, 'bin', 'agent-task-kit.js');

export interface KitRun {
  code: number | null;
  stdout: string;
  stderr: string;
  json: string | null;
  junit: string | null;
  wallMs: number;
}

/** Runs `agent-task-kit <verb> …args` with JSON and JUnit reports (run only); killed after `limitMs`. */
export function runKit(verb: 'run' | 'doctor', args: string[], limitMs = 60_000): Promise<KitRun> {
  const dir = mkdtempSync(join(tmpdir(), 'atk-hostile-'));
  const jsonPath = join(dir, 'report.json');
  const junitPath = join(dir, 'junit.xml');
  const reports = verb === 'run' ? ['--report-json', jsonPath, '--report-junit', junitPath] : [];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, verb, ...args, ...reports], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const killer = setTimeout(() => child.kill('SIGKILL'), limitMs);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(killer);
      const read = (path: string): string | null => {
        try {
          return readFileSync(path, 'utf8');
        } catch {
          return null;
        }
      };
      const result = { code, stdout, stderr, json: read(jsonPath), junit: read(junitPath), wallMs: performance.now() - started };
      rmSync(dir, { recursive: true, force: true });
      resolve(result);
    });
  });
}

/** Takes a request over (answering it however it likes) or returns false to let the reference host answer. */
export type Intercept = (req: IncomingMessage, res: ServerResponse, host: ReferenceHost) => boolean;

export interface HostileHost {
  url: string;
  host: ReferenceHost;
  /** An API key of a tenant of the host. */
  apiKey: string;
  close(): Promise<void>;
}

export async function hostileHost(intercept: Intercept): Promise<HostileHost> {
  const host = createReferenceHost({ conformance: true });
  const apiKey = host.createTenant().apiKey;
  const pass = getRequestListener((request) => host.fetch(request));
  const server = createServer((req, res) => {
    if (!intercept(req, res, host)) void pass(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host,
    apiKey,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await host.close();
    },
  };
}

export const CAPABILITIES = '/api/agents/capabilities';

/** Characters no terminal should receive raw from host data. */
export const RAW_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/** Every output of a run: console, reports. */
export function outputs(run: KitRun): string[] {
  return [run.stdout, run.stderr, run.json ?? '', run.junit ?? ''];
}

/** The JSON report, which must parse and say what the exit code says. */
export function report(run: KitRun): { verdict: { status: string; problems: string[] }; scenarios: { id: string; disposition: string; reason: string | null; failures: { rule: string; observed: string }[] }[] } {
  if (run.json === null) throw new Error(`no JSON report; stderr: ${run.stderr}`);
  return JSON.parse(run.json) as ReturnType<typeof report>;
}
