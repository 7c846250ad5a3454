/**
 * `agent-task-kit serve [--port 8787] [--host 127.0.0.1] [--conformance]`: the reference host on a real
 * port, in memory, until SIGINT or SIGTERM. Prints its URL and the API key of a demo tenant.
 */
import type { AddressInfo } from 'node:net';
import { createReferenceHost } from '../../reference-host/index.js';
import { FAULTS, isFaultId } from '../../reference-host/faults.js';
import { isVariantId, VARIANTS } from '../../reference-host/variants.js';
import { createHostServer } from '../../reference-host/node-server.js';
import { EXIT_FAILURE, EXIT_OK, parseVerbArgs, usageError, type OptionSpecs, type VerbSpec } from './args.js';
import { LIMIT_OPTIONS, parseLimits } from './serve-limits.js';
import { parseTiming, STAGING_TIMING_FLAGS, TIMING_OPTIONS } from './serve-timing.js';
import { didYouMean } from './suggest.js';

export const spec = {
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
    'allow-loopback-callbacks': {
      type: 'boolean',
      default: false,
      description: 'accept loopback callback URLs without conformance mode, for local testing only (never in production)',
    },
    variant: {
      type: 'string',
      multiple: true,
      valueName: 'ID',
      description: 'switch on a named variant, a behaviour SPEC.md allows that the host does not choose by default (repeatable; see agent-task-kit variants)',
    },
    fault: {
      type: 'string',
      multiple: true,
      valueName: 'ID',
      description: 'switch on a named fault, to see the kit catch it against a host on a port (repeatable; see agent-task-kit faults; never in production)',
    },
    ...TIMING_OPTIONS,
    ...LIMIT_OPTIONS,
  },
  details: `State is in memory: a restart starts empty. The host prints its URL and the API key of a demo tenant.
Without --conformance the host keeps every production rule (no seams, loopback callbacks refused); the timing
flags give it the shorter settings a staging deployment would use, and it advertises them, for example:
  agent-task-kit serve ${STAGING_TIMING_FLAGS.join(' ')}
(--allow-loopback-callbacks lets a kit on the same machine receive callbacks; never use it in production.)
Exit codes: 0 stopped by a signal; 1 cannot listen; 2 usage error.`,
} satisfies VerbSpec<OptionSpecs>;

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

  const variants = [...new Set((args.values['variant'] as string[] | undefined) ?? [])];
  const unknownVariants = variants.filter((id) => !isVariantId(id));
  if (unknownVariants.length > 0) {
    const hint = unknownVariants.length === 1 ? didYouMean(unknownVariants[0]!, VARIANTS.map((v) => v.id)) : '';
    return usageError(spec, `unknown variant ${unknownVariants.join(', ')}${hint}; known variants: ${VARIANTS.map((v) => v.id).join(', ')}`);
  }

  const faults = [...new Set((args.values['fault'] as string[] | undefined) ?? [])];
  const unknownFaults = faults.filter((id) => !isFaultId(id));
  if (unknownFaults.length > 0) {
    const hint = unknownFaults.length === 1 ? didYouMean(unknownFaults[0]!, FAULTS.map((fault) => fault.id)) : '';
    return usageError(spec, `unknown fault ${unknownFaults.join(', ')}${hint}; 'agent-task-kit faults' lists them`);
  }

  const timing = parseTiming(args.values);
  if (!timing.ok) return usageError(spec, timing.message);
  const limits = parseLimits(args.values);
  if (!limits.ok) return usageError(spec, limits.message);

  const host = createReferenceHost({
    conformance,
    timing: timing.timing,
    limits: limits.limits,
    variants,
    faults,
    ...(args.values['allow-loopback-callbacks'] ? { allowLoopbackCallbacks: true } : {}),
  });
  const demo = host.createTenant();
  const server = createHostServer(host.fetch);
  server.listen(port, address);
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
  if (variants.length > 0) io.out(`variants: ${variants.join(', ')}`);
  if (faults.length > 0) io.out(`faults: ${faults.join(', ')} (a deliberately broken host)`);
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
