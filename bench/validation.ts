/**
 * Figure 4: schema validation and CLI start-up. Documents per second for a run record with 1,000 state
 * events, with the precompiled validators (src/validate.ts over generated/validators.js) against Ajv2020
 * compiling schemas/ at run time; what each costs a fresh process before its first validation; and the
 * CLI's cold start (`--version`, `hash` of a small file, `serve` to its first HTTP answer) beside a bare
 * `node -e 0`, in both layouts: the development tree's bin running the sources through tsx, and the bin of
 * a package copy built to dist/ as `npm pack` builds it (what an installed package runs).
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { createReferenceHost } from '../reference-host/index.js';
import { packageRoot, readSchemaFiles } from '../src/schemas.js';
import { validate } from '../src/validate.js';
import { fetchTransport, fundEntitlement, HostClient, runRequest } from './host-client.js';
import { syntheticLedger } from './ledger-fixture.js';
import { median, ratio, round, timeSync } from './measure.js';
import { compiledPackageCopy } from './package-copy.js';
import { BIN } from './processes.js';

const RECORD_EVENTS = 1_000;
const VALIDATIONS = 300;
const COLD_STARTS = 5;
const RUN_RECORD_ID = 'https://weverlabs.com/schemas/agent-task-run.schema.json';

const run = promisify(execFile);

/** Which bin a cold start ran: the development tree's (tsx over src/) or a built package's (dist/). */
export type CliLayout = 'sources via tsx' | 'compiled dist';

export interface ColdStart {
  /** Absent for the `node -e 0` floor. */
  layout?: CliLayout;
  command: string;
  medianMs: number;
  minMs: number;
  /** Median over the bare `node -e 0` median. */
  ratio: number;
}

export interface ValidationFigures {
  recordEvents: number;
  recordBytes: number;
  precompiled: { docsPerSecond: number; msEach: number; freshProcessReadyMs: number };
  runtimeCompiled: { docsPerSecond: number; msEach: number; compileMs: number; freshProcessReadyMs: number };
  /** Precompiled docs/s over runtime-compiled docs/s. */
  ratio: number;
  coldStarts: ColdStart[];
}

/** A real run record from the reference host, its history replaced by a valid 1,000-event ledger. */
async function longRunRecord(): Promise<Record<string, unknown>> {
  const host = createReferenceHost({ conformance: true });
  try {
    const client = new HostClient(fetchTransport((request) => host.fetch(request)), 'http://reference-host.bench', host.createTenant().apiKey);
    const funding = await fundEntitlement(client, { credits: 10 });
    const created = await client.ok<{ status_token: string }>('POST', '/run', { body: runRequest(funding), idempotencyKey: 'validation-record' });
    await client.advanceClock(60_000);
    const record = await client.ok<Record<string, unknown>>('GET', `/tasks/${created.status_token}/ledger`);
    const history = syntheticLedger(RECORD_EVENTS, {
      runId: String(record['agent_task_run_id']),
      workOrderId: String(record['work_order_id']),
      tool: String(record['requested_tool']),
    });
    return { ...record, state: 'closed', state_history: history };
  } finally {
    await host.close();
  }
}

function runtimeValidator(): { check: (doc: unknown) => boolean; compileMs: number } {
  const t0 = performance.now();
  // The options scripts/generate.ts compiles with, so both sides check exactly the same thing.
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, schemas: readSchemaFiles().map((s) => s.schema) });
  addFormats.default(ajv);
  const check = ajv.getSchema(RUN_RECORD_ID);
  if (check === undefined) throw new Error(`no schema ${RUN_RECORD_ID}`);
  return { check: (doc) => check(doc) as boolean, compileMs: round(performance.now() - t0) };
}

/** Milliseconds a fresh `node --import tsx` process spends from its first line to its first validation. */
async function freshProcessReadyMs(precompiled: boolean): Promise<number> {
  const script = precompiled
    ? `const t0 = performance.now(); const { validate } = await import('./src/validate.ts'); validate('agent-task-run', {}); console.log(performance.now() - t0);`
    : `const t0 = performance.now(); const { Ajv2020 } = await import('ajv/dist/2020.js'); const addFormats = (await import('ajv-formats')).default;
       const { readSchemaFiles } = await import('./src/schemas.ts');
       const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, schemas: readSchemaFiles().map((s) => s.schema) });
       addFormats.default(ajv); ajv.getSchema('${RUN_RECORD_ID}')({}); console.log(performance.now() - t0);`;
  const samples: number[] = [];
  for (let i = 0; i < COLD_STARTS; i++) {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: packageRoot });
    samples.push(Number(stdout.trim()));
  }
  return round(median(samples));
}

async function timeCommand(args: readonly string[]): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < COLD_STARTS; i++) {
    const t0 = performance.now();
    await run(process.execPath, [...args], { cwd: packageRoot });
    samples.push(performance.now() - t0);
  }
  return samples;
}

/** Spawn of `serve --conformance --port 0` to the first HTTP answer of its discovery endpoint. */
async function serveToFirstAnswer(bin: string): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < COLD_STARTS; i++) {
    const t0 = performance.now();
    const child = spawn(process.execPath, [bin, 'serve', '--conformance', '--port', '0'], { cwd: packageRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        const timer = setTimeout(() => reject(new Error(`serve printed no URL: ${output}`)), 30_000);
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString('utf8');
          const found = /listening on (http:\/\/\S+)/.exec(output)?.[1];
          if (found) {
            clearTimeout(timer);
            resolve(found);
          }
        });
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
      });
      const response = await fetch(`${url}/api/agents/capabilities`);
      await response.text();
      samples.push(performance.now() - t0);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }
  return samples;
}

export async function benchValidation(): Promise<ValidationFigures> {
  const record = await longRunRecord();
  const precompiledOk = validate('agent-task-run', record);
  const runtime = runtimeValidator();
  if (!precompiledOk.ok || !runtime.check(record)) {
    throw new Error(`the 1,000-event run record is not valid: ${JSON.stringify(precompiledOk.ok ? 'runtime validator' : precompiledOk.errors.slice(0, 3))}`);
  }
  const pre = timeSync(VALIDATIONS, () => validate('agent-task-run', record));
  const rt = timeSync(VALIDATIONS, () => runtime.check(record));

  const dir = mkdtempSync(join(tmpdir(), 'atk-bench-'));
  const small = join(dir, 'small.json');
  writeFileSync(small, '{"b":[1,2,3],"a":"x"}\n');
  const compiled = await compiledPackageCopy();
  let coldStarts: ColdStart[];
  try {
    const floor = await timeCommand(['-e', '0']);
    const floorMedian = median(floor);
    const summary = (command: string, samples: number[], layout?: CliLayout): ColdStart => ({
      ...(layout ? { layout } : {}),
      command,
      medianMs: round(median(samples)),
      minMs: round(Math.min(...samples)),
      ratio: ratio(median(samples), floorMedian),
    });
    coldStarts = [summary('node -e 0', floor)];
    const bins: ReadonlyArray<[CliLayout, string]> = [['sources via tsx', BIN], ['compiled dist', compiled.bin]];
    for (const [layout, bin] of bins) {
      coldStarts.push(
        summary('agent-task-kit --version', await timeCommand([bin, '--version']), layout),
        summary('agent-task-kit hash small.json', await timeCommand([bin, 'hash', small]), layout),
        summary('agent-task-kit serve --conformance → first HTTP answer', await serveToFirstAnswer(bin), layout),
      );
    }
  } finally {
    compiled.remove();
    rmSync(dir, { recursive: true, force: true });
  }

  return {
    recordEvents: RECORD_EVENTS,
    recordBytes: Buffer.byteLength(JSON.stringify(record)),
    precompiled: { docsPerSecond: round(1000 / pre.msEach), msEach: pre.msEach, freshProcessReadyMs: await freshProcessReadyMs(true) },
    runtimeCompiled: {
      docsPerSecond: round(1000 / rt.msEach),
      msEach: rt.msEach,
      compileMs: runtime.compileMs,
      freshProcessReadyMs: await freshProcessReadyMs(false),
    },
    ratio: ratio(1000 / pre.msEach, 1000 / rt.msEach),
    coldStarts,
  };
}
