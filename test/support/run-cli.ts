import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/agent-task-kit.js', import.meta.url));

/** Real time for `serve` to start listening; nothing protocol-related waits on it. */
export const STARTUP_LIMIT_MS = 30_000;

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * Spawns the real bin (bin/agent-task-kit.js) with `args`, from the repo root. A run still going after `limitMs`
 * is killed and rejected, with the end of its output.
 */
export function runCli(args: string[], options: { cwd?: string; limitMs?: number } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: options.cwd ?? repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...(options.limitMs ? { timeout: options.limitMs, killSignal: 'SIGKILL' } : {}) },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(error.killed ? new Error(`${args[0]} did not finish within ${options.limitMs} ms:\n${stdout.slice(-2000)}${stderr.slice(-2000)}`) : error);
        } else resolve({ exitCode: error ? (error.code as number) : 0, stdout, stderr });
      },
    );
  });
}

export interface Served {
  child: ChildProcess;
  url: string;
  apiKey: string;
}

/** `agent-task-kit serve --port 0 …args` in a child process, once it has printed its URL and demo API key. */
export function startServe(args: readonly string[]): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise<Served>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve printed no URL and key within ${STARTUP_LIMIT_MS} ms:\n${out}${err}`));
    }, STARTUP_LIMIT_MS);
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      const apiKey = /API key: (\S+)/.exec(out)?.[1];
      if (url && apiKey) {
        clearTimeout(timer);
        resolve({ child, url, apiKey });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code} before listening:\n${out}${err}`));
    });
  });
}

/** Stops a served child: SIGTERM, then SIGKILL after five seconds. */
export async function stopServe(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const forced = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(forced);
}
