/** The Agent App Runtime Contract this host publishes (seed 003 shape), in `agent_runtime.contract`. */
import type { HostConfig } from './config.js';
import type { FaultSet } from './faults.js';
import { RESULT_SUBTYPE_STRUCTURED_FAILURE } from './results.js';

export function runtimeContract(config: HostConfig, faults: FaultSet): Record<string, unknown> {
  const agentTask = {
    eventSchema: faults.has('runtime-event-schema-v2') ? 'lime.agent-task-event.v2' : 'lime.agent-task-event.v1',
    resultSchema: 'lime.agent-task-result.v1',
    structuredOutput: {
      type: 'json_schema',
      schemaRef: 'https://weverlabs.com/schemas/result-package.schema.json',
      maxValidationRetries: config.maxValidationRetries,
      failureSubtype: faults.has('runtime-failure-subtype-wrong') ? 'error_during_execution' : RESULT_SUBTYPE_STRUCTURED_FAILURE,
    },
    approval: { behavior: 'host-mediated', supportsUpdatedInput: false, supportsDefer: true, rememberScopes: ['task'] },
    sessionPolicy: { modes: ['new', 'resume'], compactionEvents: false },
    toolDiscovery: { mode: 'eager', topK: 5, includeSchemas: 'selected_only' },
    checkpointScope: {
      workflowState: true,
      appStorage: false,
      artifacts: true,
      files: 'none',
      conversation: 'none',
      // Side effects are recorded, never rolled back: what makes a replay safe or unsafe.
      externalSideEffects: 'record_only',
    },
    observability: { profileEvents: true, openTelemetryMapping: false, exportContentByDefault: false },
  };
  return {
    agentRuntime: {
      bridge: {
        kind: 'app-server-json-rpc',
        transport: faults.has('runtime-transport-unlisted') ? 'http' : 'host-mediated',
        protocolVersion: '0.10',
        clientSurface: 'server-client',
        hostBoundary: 'host-native',
        runtimeOwner: 'runtime-core',
        methods: {
          initialize: 'initialize',
          initialized: 'initialized',
          startSession: 'agentSession/start',
          readSession: 'agentSession/read',
          startTurn: faults.has('runtime-method-renamed') ? 'agentSession/startTurn' : 'agentSession/turn/start',
          cancelTurn: 'agentSession/turn/cancel',
          respondAction: 'agentSession/action/respond',
          events: 'agentSession/event',
          listCapabilities: 'capability/list',
          readArtifact: 'artifact/read',
          exportEvidence: 'evidence/export',
        },
        events: { notification: 'agentSession/event', deriveFromRuntimeFacts: true, allowUiSynthesis: faults.has('runtime-ui-synthesis') },
      },
      agentTask,
    },
    agentTask,
  };
}
