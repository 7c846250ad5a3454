/**
 * `agent-task-kit serve [--port 8787] [--host 127.0.0.1] [--conformance]`: the reference host on a real
 * port, in memory, until SIGINT or SIGTERM. Prints its URL and the API key of a demo tenant.
 */
import type { AddressInfo } from 'node:net';
import { serve as listen } from '@hono/node-server';
import { createReferenceHost } from '../../reference-host/index.js';
import { EXIT_FAILURE, EXIT_OK, parseVerbArgs, usageError, type VerbSpec } from './args.js';

const spec = {
  verb: 'serve',
  summary: 'Start the in-memory reference host on a port; it serves until Ctrl-C (SIGINT) or SIGTERM.',
  synopsis: '',
  positionals: { min: 0, max: 0 },
  options: {
    port: { type: 'string', default: '8787', valueName: 'PORT', description: 'TCP port; 0 picks a free one' },
    host: { type: 'string', default: '127.0.0.1', valueName: 'ADDRESS', description: 'interface to listen on' },
    conformance: {
      type: 'boolean',
      default: false,
      description: 'conformance mode: test clock, scripted runs and tenant seams on, loopback callbacks allowed',
    },
  },
  details: `State is in memory: a restart starts empty. The host prints its URL and the API key of a demo tenant.
Exit codes: 0 stopped by a signal; 1 cannot listen; 2 usage error.`,
} satisfies VerbSpec<{
  port: { type: 'string'; default: string; valueName: string; description: string };
  host: { type: 'string'; default: string; valueName: string; description: string };
  conformance: { type: 'boolean'; default: boolean; description: string };
}>;

export interface ServeIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Resolves when the server should stop; defaults to the first SIGINT or SIGTERM. */
  stopSignal?: Promise<void>;
}

const processIo: ServeIo = {
  out: (line) => void process.stdout.write(`${line}\n`),
  err: (line) => void process.stderr.write(`${line}\n`),
};

export async function main(argv: string[], io: ServeIo = processIo): Promise<number> {
  const args = parseVerbArgs(spec, argv);
  if (!args.ok) return args.exitCode;
  const { host: address, conformance } = args.values;
  const port = /^\d{1,5}$/.test(args.values.port) ? Number(args.values.port) : Number.NaN;
  if (!(port <= 65_535)) return usageError(spec, `--port ${args.values.port} is not a port number (0-65535)`);

  const host = createReferenceHost({ conformance });
  const demo = host.createTenant();
  const server = listen({ fetch: host.fetch, port, hostname: address });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
  } catch (error) {
    await host.close();
    io.err(`serve: cannot listen on ${address}:${port}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_FAILURE;
  }
  const bound = server.address() as AddressInfo;
  const url = `http://${bound.family === 'IPv6' ? `[${bound.address}]` : bound.address}:${bound.port}`;
  io.out(`reference host listening on ${url}${conformance ? ' (conformance mode)' : ''}`);
  io.out(`discovery: ${url}/api/agents/capabilities`);
  io.out(`demo tenant ${demo.tenantId}, API key: ${demo.apiKey}`);

  await (io.stopSignal ?? untilSignal());
  await host.close();
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    if ('closeAllConnections' in server) server.closeAllConnections();
  });
  io.out('reference host stopped');
  return EXIT_OK;
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
