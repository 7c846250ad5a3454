/**
 * Result types of the conformance harness (contract §17). The run command, the reports and the coverage
 * check are built on these; they change only with the contract.
 */
import type { HostCapabilities } from '../../generated/types.js';

export type Disposition = 'pass' | 'fail' | 'inapplicable' | 'blocked';

/** One failed rule-citing assertion. `expected`/`observed` are rendered for humans (JSON where the value is data). */
export interface AssertionFailure {
  rule: string;
  /** The rule's text from spec/rules.json. */
  text: string;
  what: string;
  expected: string;
  observed: string;
  /** Curl-style reproduction of every exchange of the scenario up to the failure, secrets masked. */
  transcript: string;
}

export interface ScenarioOutcome {
  id: string;
  /** Path of the scenario file relative to the repo root, e.g. `scenarios/ledger-hash-link.test.ts`. */
  file: string;
  title: string;
  /** Area of the scenario's first rule (e.g. `LEDGER`). */
  area: string;
  rules: string[];
  requires: string[];
  disposition: Disposition;
  /** Why a scenario is not a pass: failure summary, missing capability, failed precondition. Null on pass. */
  reason: string | null;
  assertions: number;
  durationMs: number;
  /** HTTP exchanges the scenario made with the host (callback deliveries to the kit are not counted). */
  exchanges: number;
  failures: AssertionFailure[];
  /**
   * For a blocked or errored scenario without assertion failures: the exchanges that explain it (secrets
   * masked). Assertion failures carry their own transcript.
   */
  transcript?: string;
}

export interface SuiteResult {
  scenarios: ScenarioOutcome[];
  /** Base URL of the host under test; `embedded:reference-host` for the in-process target. */
  hostUrl: string;
  capabilities: HostCapabilities | null;
  /** `digest()` of the capabilities document, null when it could not be fetched or validated. */
  capabilitiesDigest: string | null;
  /** RFC 3339 timestamps of the kit's wall clock. */
  startedAt: string;
  finishedAt: string;
  wallTimeMs: number;
  /** Sum of `exchanges` over all scenarios plus the suite's own discovery requests. */
  exchanges: number;
}

/** Where the suite sends its requests. */
export type Target =
  | { kind: 'embedded'; faults: string[] }
  | { kind: 'url'; baseUrl: string; apiKey: string | null };

/** Kit callback receiver placement: `listen` is `HOST:PORT` (default `127.0.0.1:0`), `publicUrl` what hosts call. */
export interface ReceiverOptions {
  listen?: string;
  publicUrl?: string;
}

export interface Timeouts {
  /** Real-time limit of one HTTP request to the host; exceeding it makes the scenario `blocked`. */
  requestMs: number;
  /** Real-time limit of a whole scenario; exceeding it makes the scenario `blocked`. */
  scenarioMs: number;
  /** Default real-time limit of `mailbox.waitFor`. */
  waitForMs: number;
}

/**
 * Selects scenarios: a scenario is kept when any term equals its id, its area (case-insensitive) or one of
 * its rule ids. An empty list keeps every scenario.
 */
export type ScenarioFilter = readonly string[];

export interface SuiteOptions {
  target: Target;
  receiver?: ReceiverOptions;
  filter?: ScenarioFilter;
  /** Scenarios run concurrently in-process; default 4. */
  maxWorkers?: number;
  timeouts?: Partial<Timeouts>;
  /** Called once per scenario as soon as its outcome is known (progress output). */
  onOutcome?: (outcome: ScenarioOutcome) => void;
}
