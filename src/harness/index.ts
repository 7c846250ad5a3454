/** The conformance harness: what scenario files, the run command and the reports use. */
export { scenario } from './scenario.js';
export type { ScenarioBody, ScenarioDef, ScenarioEntry } from './registry.js';
export { registeredScenarios } from './registry.js';
export type { ScenarioContext, ScenarioReceiver, TenantContext } from './context.js';
export type { ApiResult, HostApi } from './api.js';
export type { AssertionDetail } from './assertions.js';
export { formatFailure, jcsEqual, renderValue } from './assertions.js';
export type { CapabilityPath, Discovery } from './capabilities.js';
export { CAPABILITIES_PATH, CAPABILITY_PATHS, discover, firstMissingCapability, missingCapability } from './capabilities.js';
export type { ClockAdvanceOptions, ClockDriver, ClockState } from './clock.js';
export { HarnessError, ScenarioBlocked, ScenarioFailure, ScenarioInapplicable, TransportError } from './errors.js';
export type { AdvanceOptions, CompletedRun, CreatedRun, CreateRunOptions, FundedEntitlement, Flows, FundingOptions } from './flows.js';
export { isAtRest, quietHorizonMs } from './flows.js';
export type { FetchLike, RequestOptions } from './http.js';
export { HostHttp } from './http.js';
export type {
  AssertionFailure,
  Disposition,
  ReceiverOptions,
  ScenarioFilter,
  ScenarioOutcome,
  SuiteOptions,
  SuiteResult,
  Target,
  Timeouts,
} from './outcome.js';
export type { ProblemSlug } from './problems.js';
export { PROBLEM_STATUS, PROBLEM_TYPE_PREFIX, problemType } from './problems.js';
export type { Answer, CallbackReceiver, Delivery, Mailbox, StartReceiverOptions } from './receiver.js';
export { parseListen, startReceiver } from './receiver.js';
export type { ScenarioEnv } from './run-scenario.js';
export { formatOutcome, runScenario } from './run-scenario.js';
export type { EnvOptions, OpenedEnv } from './env.js';
export { DEFAULT_TIMEOUTS, discoverTarget, envOptionsFromVariables, openEnv } from './env.js';
export type { RunSuiteOptions } from './suite.js';
export { EMBEDDED_MAX_WORKERS, URL_MAX_WORKERS, URL_PER_TENANT_MAX_WORKERS, defaultMaxWorkers, runsSideBySide, loadScenarios, matchesFilter, runSuite, SCENARIO_DIR } from './suite.js';
export type { HostSession, TargetDriver } from './target.js';
export { EMBEDDED_BASE_URL, EMBEDDED_HOST_URL, embeddedTarget, targetDriver, urlTarget } from './target.js';
export type { Exchange, TranscriptEntry, TransportFailure } from './transcript.js';
export { maskSecrets, renderCurl, Transcript } from './transcript.js';
export type { RejectedDelivery } from './receiver.js';
export type { Limits } from './limits.js';
export { DEFAULT_LIMITS, MAX_JSON_DEPTH } from './limits.js';
export { CONSECUTIVE_TRANSPORT_FAILURES, HostHealth } from './health.js';
export { advertisedInFlightLimit, advertisedLimit, advertisedRetentionMs, EndedRuns, endOf, type AdvertisedLimit } from './host-limits.js';
