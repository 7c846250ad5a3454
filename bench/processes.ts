/**
 * Child processes the benchmarks measure against: the CLI's `serve --conformance` (the reference host as
 * users run it) and the bare node:http floor. Each runs in its own process so the load generator and the
 * server do not share a thread. Every child is killed when the benchmark exits, however it exits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../src/schemas.js';

export const BIN = join(packageRoot, 'bin', 'agent-task-kit.js');
const READY_LIMIT_MS = 30_000;

const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

export interface ServerProcess {
  url: string;
  /** The demo tenant's key printed by `serve`; empty for the bare server. */
  apiKey: string;
  /** Spawn to the moment the server printed its URL. */
  readyMs: number;
  stop(): Promise<void>;
}

/** Spawns `node …args` from the repo root and resolves once `ready` has matched the output so far. */
function spawnUntil<T>(args: readonly string[], ready: (output: string) => T | undefined): Promise<{ child: ChildProcess; found: T; readyMs: number }> {
  const startedMs = performance.now();
  const child = spawn(process.execPath, args, { cwd: packageRoot, stdio: ['pipe', 'pipe', 'pipe'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`no ready line within ${READY_LIMIT_MS} ms: ${output}`)), READY_LIMIT_MS);
    const fail = (error: Error): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const found = ready(output);
      if (found !== undefined) {
        clearTimeout(timer);
        resolve({ child, found, readyMs: performance.now() - startedMs });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => fail(new Error(`exited with ${code} before it was ready: ${output}`)));
  });
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
      child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill('SIGTERM');
    });
}

/** `agent-task-kit serve --conformance --port 0` (or with `flags` instead of --conformance), ready once it has printed its URL and demo key. */
export async function startServe(flags: readonly string[] = ['--conformance']): Promise<ServerProcess> {
  const { child, found, readyMs } = await spawnUntil([BIN, 'serve', ...flags, '--port', '0', '--host', '127.0.0.1'], (output) => {
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
    const apiKey = /API key: (\S+)/.exec(output)?.[1];
    return url && apiKey ? { url, apiKey } : undefined;
  });
  return { ...found, readyMs, stop: stopper(child) };
}

/** bench/bare-server.ts answering the bytes of `bodyFile` (or a small JSON object) to every request. */
export async function startBare(bodyFile?: string): Promise<ServerProcess> {
  const args = ['--import', 'tsx', join(packageRoot, 'bench', 'bare-server.ts'), ...(bodyFile ? [bodyFile] : [])];
  const { child, found, readyMs } = await spawnUntil(args, (output) => /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1]);
  return { url: found, apiKey: '', readyMs, stop: stopper(child) };
}
