/** Shared pieces of the harness tests: a scriptable fake host and scenario entries built without files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HostCapabilities } from '../generated/types.js';
import { digest } from '../src/jcs.js';
import { packageRoot } from '../src/schemas.js';
import type { Discovery } from '../src/harness/capabilities.js';
import { DEFAULT_TIMEOUTS } from '../src/harness/env.js';
import type { FetchLike } from '../src/harness/http.js';
import type { CallbackReceiver } from '../src/harness/receiver.js';
import { checkDefinition } from '../src/harness/registry.js';
import type { ScenarioBody, ScenarioDef, ScenarioEntry } from '../src/harness/registry.js';
import type { ScenarioEnv } from '../src/harness/run-scenario.js';
import type { TargetDriver } from '../src/harness/target.js';

export function capabilities(change: (caps: HostCapabilities) => void = () => {}): HostCapabilities {
  const file = join(packageRoot, 'fixtures/host-capabilities/valid/minimal-no-optional-areas.json');
  const caps = JSON.parse(readFileSync(file, 'utf8')) as HostCapabilities;
  change(caps);
  return caps;
}

export function discovered(caps: HostCapabilities = capabilities()): Discovery {
  return { ok: true, document: caps, digest: digest(caps) };
}

export function json(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': contentType } });
}

export function entry(def: ScenarioDef, body: ScenarioBody): ScenarioEntry {
  const file = `scenarios/${def.id}.test.ts`;
  return { def, body, file, area: checkDefinition(def, file) };
}

export interface FakeTarget extends TargetDriver {
  opened: number;
  closed: number;
}

export function fakeTarget(handler: FetchLike, apiKey: string | null = 'configured-key'): FakeTarget {
  const target: FakeTarget = {
    hostUrl: 'http://fake.invalid',
    opened: 0,
    closed: 0,
    async open() {
      target.opened += 1;
      return {
        baseUrl: 'http://fake.invalid',
        apiKey,
        fetch: handler,
        close: async () => {
          target.closed += 1;
        },
      };
    },
  };
  return target;
}

/** A receiver stand-in for scenarios that never use callbacks. */
export const noReceiver: CallbackReceiver = {
  listenUrl: 'http://127.0.0.1:9',
  publicUrl: 'http://127.0.0.1:9',
  mailbox() {
    throw new Error('this test has no receiver');
  },
  close: async () => {},
};

export function fakeEnv(handler: FetchLike, options: { discovery?: Discovery; apiKey?: string | null; requestMs?: number } = {}): ScenarioEnv {
  return {
    target: fakeTarget(handler, options.apiKey === undefined ? 'configured-key' : options.apiKey),
    receiver: noReceiver,
    capabilities: options.discovery ?? discovered(),
    timeouts: { ...DEFAULT_TIMEOUTS, requestMs: options.requestMs ?? DEFAULT_TIMEOUTS.requestMs },
  };
}
