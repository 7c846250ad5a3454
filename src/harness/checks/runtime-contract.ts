/**
 * The Agent App Runtime Contract as a host publishes it (SPEC.md §15.1), read from the capabilities document
 * as served: a contract that breaks app-runtime.schema.json also makes that document invalid, and the runtime
 * rules must still be judged then. The published method names come from the schema's own `const`s.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppRuntime, AppRuntimeAgentTask } from '../../../generated/types.js';
import { packageRoot } from '../../schemas.js';
import type { HostHttp } from '../http.js';
import { members, servedCapabilities } from './served.js';

export type ServedRuntime =
  /** The capabilities document could not be read: nothing to judge (blocked). */
  | { status: 'unavailable'; reason: string }
  /** The host does not declare agent_runtime.supported (inapplicable). */
  | { status: 'unsupported'; reason: string }
  | {
      status: 'supported';
      /** agent_runtime.contract as served, whatever it is. */
      contract: unknown;
      /** The task profile (agentRuntime.agentTask, else agentTask), when the contract has one. */
      agentTask: Record<string, unknown> | undefined;
      /** agentRuntime.bridge, when the contract describes one. */
      bridge: Record<string, unknown> | undefined;
    };

export async function servedRuntime(http: HostHttp): Promise<ServedRuntime> {
  const { exchange } = await servedCapabilities(http);
  if (exchange.status !== 200) {
    return { status: 'unavailable', reason: `the capabilities document answered ${exchange.status}; the runtime contract cannot be read` };
  }
  const runtime = members(members(exchange.json)['agent_runtime']);
  if (runtime['supported'] !== true) return { status: 'unsupported', reason: 'host does not declare agent_runtime.supported' };
  const contract = runtime['contract'];
  const agentTask = runtimeAgentTask(contract as AppRuntime | undefined);
  const bridge = members(members(contract)['agentRuntime'])['bridge'];
  return {
    status: 'supported',
    contract,
    agentTask: agentTask === undefined ? undefined : members(agentTask),
    bridge: bridge === undefined ? undefined : members(bridge),
  };
}

/** The contract's agent task block, top-level or under `agentRuntime` (seed 003 allows either). */
export function runtimeAgentTask(contract: AppRuntime | undefined): AppRuntimeAgentTask | undefined {
  return contract?.agentRuntime?.agentTask ?? contract?.agentTask;
}

interface SchemaNode {
  const?: unknown;
  properties?: Record<string, SchemaNode>;
}

const appRuntimeDefs = (
  JSON.parse(readFileSync(join(packageRoot, 'schemas', 'app-runtime.schema.json'), 'utf8')) as { $defs: Record<string, SchemaNode> }
).$defs;

function constName(node: SchemaNode | undefined, where: string): string {
  if (typeof node?.const !== 'string') throw new Error(`app-runtime.schema.json has no string const at ${where}`);
  return node.const;
}

/** Bridge method key → method name: the `const`s of app-runtime.schema.json's bridgeMethods. */
export const BRIDGE_METHODS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(appRuntimeDefs['bridgeMethods']?.properties ?? {}).map(([key, node]) => [key, constName(node, `bridgeMethods.${key}`)]),
);

/** The bridge's event notification method: the `const` of bridge.events.notification. */
export const BRIDGE_EVENT_NOTIFICATION = constName(
  appRuntimeDefs['bridge']?.properties?.['events']?.properties?.['notification'],
  'bridge.events.notification',
);
