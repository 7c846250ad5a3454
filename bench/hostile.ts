/**
 * `npx tsx bench/hostile.ts`: the kit's wall time and peak memory against hostile hosts, each beside the kit
 * against a closed port (it stops at once: process start, scenario loading, one refused connection) as the floor.
 * A silent host accepts connections and never answers; the 50 MB host answers every request with 50 MB.
 * Loopback only; each run is one CLI process whose peak RSS it reports itself on exit.
 */
import { spawn } from 'node:child_process';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BIN } from './processes.js';
import { round } from './measure.js';

/** Discovery timeout of the silent-host run: the run must end within it plus start-up. */
const REQUEST_TIMEOUT_MS = 5_000;
const FIFTY_MB = 50 * 1024 * 1024;
const REPORT_RSS = `data:text/javascript,process.on("exit",()=>process.stderr.write("ATK_MAXRSS_KB="+process.resourceUsage().maxRSS+"\\n"))`;

export interface HostileRun {
  host: string;
  exitCode: number | null;
  wallMs: number;
  peakRssMb: number;
}

export interface HostileFigures {
  floor: HostileRun;
  runs: HostileRun[];
}

async function serve(listener: RequestListener): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function kit(host: string, url: string): Promise<HostileRun> {
  const started = performance.now();
  const args = ['--import', REPORT_RSS, BIN, 'run', '--host', url, '--api-key', 'atk_bench_hostile_key', '--request-timeout', String(REQUEST_TIMEOUT_MS)];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (exitCode) => {
      const kb = Number(/ATK_MAXRSS_KB=(\d+)/.exec(stderr)?.[1] ?? NaN);
      resolve({ host, exitCode, wallMs: Math.round(performance.now() - started), peakRssMb: round(kb / 1024, 0) });
    });
  });
}

export async function benchHostile(): Promise<HostileFigures> {
  const closed = await serve(() => undefined);
  await closed.close();
  const floor = await kit('closed port (floor)', closed.url);

  const silent = await serve(() => undefined);
  const huge = await serve((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    let sent = 0;
    const pump = (): void => {
      while (sent < FIFTY_MB && !res.destroyed) {
        sent += chunk.length;
        if (!res.write(chunk)) {
          res.once('drain', pump);
          return;
        }
      }
      res.end();
    };
    res.on('error', () => undefined);
    pump();
  });
  try {
    const runs = [await kit(`silent host (accepts, never answers; --request-timeout ${REQUEST_TIMEOUT_MS})`, silent.url), await kit('every answer 50 MB, streamed without a length', huge.url)];
    return { floor, runs };
  } finally {
    await silent.close();
    await huge.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await benchHostile();
  for (const run of [figures.floor, ...figures.runs]) {
    process.stdout.write(`${run.host}: exit ${run.exitCode}, ${run.wallMs} ms, peak RSS ${run.peakRssMb} MB\n`);
  }
}
