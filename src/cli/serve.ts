/**
 * `agent-task-kit serve [--port 8787] [--host 127.0.0.1] [--conformance]`: the reference host on a real
 * port, in memory, until SIGINT or SIGTERM. Prints its URL and the API key of a demo tenant.
 */
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { serve as listen } from '@hono/node-server';
import { createReferenceHost } from '../../reference-host/index.js';

const OPTIONS = {
  port: { type: 'string', default: '8787' },
  host: { type: 'string', default: '127.0.0.1' },
  conformance: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const USAGE = `usage: agent-task-kit serve [--port 8787] [--host 127.0.0.1] [--conformance]

  --port <n>       TCP port (0 picks a free one)         default 8787
  --host <addr>    interface to listen on                default 127.0.0.1
  --conformance    test clock, scripted runs and tenant seams on; loopback callbacks allowed
  -h, --help       this text

State is in memory: a restart starts empty. Stop with Ctrl-C (SIGINT) or SIGTERM.`;

export interface ServeIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Resolves when the server should stop; defaults to the first SIGINT or SIGTERM. */
  stopSignal?: Promise<void>;
}

const defaultIo: ServeIo = { out: (l) => console.log(l), err: (l) => console.error(l) };

export async function main(argv: string[], io: ServeIo = defaultIo): Promise<number> {
  let values: { port: string; host: string; conformance: boolean; help: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    io.err(`serve: ${error instanceof Error ? error.message : String(error)}`);
    io.err('valid flags: --port, --host, --conformance, --help');
    return 2;
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const port = /^\d{1,5}$/.test(values.port) ? Number(values.port) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) {
    io.err(`serve: --port ${values.port} is not a port number (0-65535)`);
    return 2;
  }

  const host = createReferenceHost({ conformance: values.conformance });
  const demo = host.createTenant();
  const server = listen({ fetch: host.fetch, port, hostname: values.host });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
  } catch (error) {
    await host.close();
    io.err(`serve: cannot listen on ${values.host}:${port}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${shownHost}:${address.port}`;
  io.out(`reference host listening on ${url}${values.conformance ? ' (conformance mode)' : ''}`);
  io.out(`discovery: ${url}/api/agents/capabilities`);
  io.out(`demo tenant ${demo.tenantId}, API key: ${demo.apiKey}`);

  await (io.stopSignal ?? untilSignal());
  await host.close();
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    if ('closeAllConnections' in server) server.closeAllConnections();
  });
  io.out('reference host stopped');
  return 0;
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
