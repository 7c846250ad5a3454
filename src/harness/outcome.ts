/**
 * Result types of the conformance harness (contract §17). The run command, the reports and the coverage
 * check are built on these; they change only with the contract.
 */
import type { HostCapabilities } from '../../generated/types.js';
import type { DocumentsRead } from './documents-read.js';
import type { TranscriptEntry } from './transcript.js';

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
  /**
   * True when the scenario does not list the rule: the host broke it in a shared step (a document read, a flow,
   * a precondition) of a scenario written for other rules. It fails that rule all the same.
   */
  incidental?: true;
  /** The value the check wanted, when it compared against one (assertEqual); absent for a described expectation. */
  expectedValue?: unknown;
  /** What the host did as a value (JSON where it is data); absent when nothing was observed. */
  observedValue?: unknown;
  /** The scenario's exchanges up to the failure, as recorded (unmasked: reports mask them when written). */
  exchanges?: readonly TranscriptEntry[];
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
   * Cases the scenario left out because the host lacks what they need, e.g. `insufficient evidence (needs
   * seams.scripted_runs)`, or a wait for time to pass that did not fit the time budget: a pass then rests on what
   * ran (SPEC.md §13.6, §13.7). Absent when nothing was left out.
   */
  casesLeftOut?: string[];
  /** The ledgers and callback-attempt lists the scenario read last, for the HTML report's pictures. */
  documentsRead?: DocumentsRead;
  /**
   * For a blocked or errored scenario without assertion failures: the exchanges that explain it (secrets
   * masked). Assertion failures carry their own transcript.
   */
  transcript?: string;
  /** The exchanges of `transcript` as recorded (secrets masked only when reported), for the JSON, HAR and HTML reports. */
  transcriptExchanges?: readonly TranscriptEntry[];
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
  /**
   * Why the run stopped before its end (the host gave no answer to discovery, or stopped answering); the scenarios
   * it did not start are `blocked` with a reason naming it. Absent when every scenario ran.
   */
  stopped?: string;
}

/** Where the suite sends its requests. */
export type Target =
  | { kind: 'embedded'; faults: string[]; variants?: string[] }
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
  /** Real time the whole run may spend waiting for a host without the test clock (SPEC.md §13.7). */
  timeBudgetMs?: number;
  /** Called as a scenario starts (progress output names the areas in flight). */
  onStart?: (scenario: Pick<ScenarioOutcome, 'id' | 'area'>) => void;
  /** Called once per scenario as soon as its outcome is known (progress output); not for scenarios a stop skipped. */
  onOutcome?: (outcome: ScenarioOutcome) => void;
  /** Called once when the run stops early, with the reason and how many scenarios it will not start. */
  onStop?: (reason: string, skipped: number) => void;
  /** Byte limits of what the kit reads from the host (limits.ts). */
  limits?: Partial<import('./limits.js').Limits>;
}
