/**
 * The document oracle: one registry of invariants, keyed by document kind, applied to every document a scenario
 * receives — every answer of the host (through the typed API or raw requests) and every callback delivered to
 * the scenario's mailboxes — wherever the scenario fetched it and whatever rules it was written for.
 *
 * A violation is reported once per rule and scenario, with its first evidence. It is reported at once, stopping
 * the scenario, when the scenario lists its rule (the typed API and the mailboxes report before their own checks);
 * otherwise it is recorded when the scenario ends, as an incidental failure of the broken rule, so that the
 * scenario's own assertions still speak first for the rules it was written for.
 */
import type { RuleId } from '../../rules.js';
import type { Assertions } from '../assertions.js';
import { HarnessError, ScenarioFailure } from '../errors.js';
import type { Delivery, Mailbox } from '../receiver.js';
import { Transcript } from '../transcript.js';
import type { Exchange, TranscriptEntry } from '../transcript.js';
import { deliveredMessage, attemptsRecord, servedPayload } from './callbacks.js';
import { clockAgrees, creditsInteger, secretOnce, stampedNotBeforeClock, timestampsInUtc } from './common.js';
import { appendOnly, creditEvents, ledgerChain, recordAgreesWithEvents } from './ledger.js';
import { OracleMemory, remember } from './memory.js';
import { problemDocument } from './problems.js';
import { receiptImmutable, settlementFundsOnly, usageConsumesOnly, usageSumsAgree } from './receipts.js';
import { deliveredOnlyOn2xx, recordTimestamps, stateVocabularies, terminalAbsorbing } from './run-record.js';
import { failedStepSaysSafety } from './tickets.js';
import type { DocumentCheck, DocumentKind, Received, Violation } from './types.js';
import { members } from './types.js';

export type { DocumentCheck, DocumentKind, Received, Violation } from './types.js';
export { OracleMemory } from './memory.js';

/** Checks of every document, whatever its kind. */
export const EVERY_DOCUMENT: readonly DocumentCheck[] = [timestampsInUtc, creditsInteger, secretOnce];

/** Checks by document kind, run after those of every document. */
export const DOCUMENT_CHECKS: Readonly<Partial<Record<DocumentKind, readonly DocumentCheck[]>>> = {
  'run-created': [stateVocabularies, recordTimestamps],
  'agent-task-run': [
    stateVocabularies,
    recordTimestamps,
    terminalAbsorbing,
    deliveredOnlyOn2xx,
    ledgerChain,
    recordAgreesWithEvents,
    creditEvents,
    appendOnly,
    usageSumsAgree,
  ],
  'settlement-receipt': [settlementFundsOnly, receiptImmutable],
  'usage-receipt': [usageConsumesOnly, receiptImmutable, usageSumsAgree],
  'callback-payload': [servedPayload],
  'callback-delivery': [attemptsRecord],
  'callback-message': [deliveredMessage],
  'exception-ticket': [failedStepSaysSafety],
  'exception-ticket-list': [failedStepSaysSafety],
  'clock-state': [clockAgrees],
  'result-contract': [stampedNotBeforeClock],
  'queue-monitor': [stampedNotBeforeClock],
  'problem-details': [problemDocument],
};

export function checksFor(kind: DocumentKind): readonly DocumentCheck[] {
  return [...EVERY_DOCUMENT, ...(DOCUMENT_CHECKS[kind] ?? [])];
}

const RUN = '[^/?#]+';
/** SPEC.md §3.1: method and path under /api/agents → the schema of a success answer. */
const ROUTES: readonly [method: string, path: RegExp, kind: DocumentKind][] = [
  ['GET', /^\/capabilities$/, 'host-capabilities'],
  ['POST', /^\/trust-profiles$/, 'trust-profile'],
  ['GET', new RegExp(`^/trust-profiles/${RUN}$`), 'trust-profile'],
  ['POST', /^\/quote$/, 'quote'],
  ['POST', /^\/settlements$/, 'settlement-receipt'],
  ['GET', new RegExp(`^/settlements/${RUN}/receipt$`), 'settlement-receipt'],
  ['GET', new RegExp(`^/entitlements/${RUN}$`), 'credit-entitlement'],
  ['POST', /^\/run$/, 'run-created'],
  ['GET', new RegExp(`^/status/${RUN}$`), 'agent-task-run'],
  ['GET', new RegExp(`^/tasks/${RUN}/ledger$`), 'agent-task-run'],
  ['POST', new RegExp(`^/tasks/${RUN}/replay$`), 'agent-task-run'],
  ['GET', new RegExp(`^/tasks/${RUN}/attestation$`), 'result-attestation'],
  ['GET', new RegExp(`^/tasks/${RUN}/attestation/statement$`), 'in-toto-statement'],
  ['GET', new RegExp(`^/tasks/${RUN}/result$`), 'result-package'],
  ['GET', new RegExp(`^/tasks/${RUN}/result-contract$`), 'result-contract'],
  ['GET', new RegExp(`^/tasks/${RUN}/callback-payload$`), 'callback-payload'],
  ['GET', new RegExp(`^/tasks/${RUN}/callback-attempts$`), 'callback-delivery'],
  ['GET', new RegExp(`^/tasks/${RUN}/exceptions$`), 'exception-ticket-list'],
  ['POST', new RegExp(`^/tasks/${RUN}/recover$`), 'exception-ticket'],
  ['GET', new RegExp(`^/tasks/${RUN}/replay-package$`), 'replay-package'],
  ['POST', new RegExp(`^/tasks/${RUN}/commands$`), 'retry-command'],
  ['GET', new RegExp(`^/receipts/${RUN}$`), 'usage-receipt'],
  ['GET', new RegExp(`^/contracts/${RUN}$`), 'run-contract'],
  ['GET', new RegExp(`^/work-orders/${RUN}$`), 'work-order'],
  ['GET', /^\/queue\/monitor$/, 'queue-monitor'],
  ['GET', /^\/queue\/alerts$/, 'stuck-task-alert-list'],
  ['GET', /^\/_seams\/clock$/, 'clock-state'],
  ['POST', /^\/_seams\/clock\/advance$/, 'clock-state'],
  ['POST', /^\/_seams\/tenants$/, 'tenant-credentials'],
];

const API_PREFIX = '/api/agents';

/**
 * The kind of document an answer is: a problem for any error answer of the protocol's routes, the schema of
 * the route for a JSON success, null for what is no document (a redirect, a body that is not a JSON object, an
 * answer from outside the protocol's routes, a HEAD answer).
 */
export function kindOfExchange(exchange: Pick<Exchange, 'method' | 'url' | 'status' | 'json'>): DocumentKind | null {
  let pathname: string;
  try {
    pathname = new URL(exchange.url).pathname;
  } catch {
    return null;
  }
  const at = pathname.indexOf(`${API_PREFIX}/`);
  if (at < 0 || exchange.method === 'HEAD') return null;
  if (exchange.status >= 400) return 'problem-details';
  if (exchange.status < 200 || exchange.status >= 300 || typeof exchange.json !== 'object' || exchange.json === null || Array.isArray(exchange.json)) return null;
  const path = pathname.slice(at + API_PREFIX.length);
  return ROUTES.find(([method, pattern]) => method === exchange.method && pattern.test(path))?.[2] ?? 'document';
}

/** Which optional area a rule belongs to: its failures count only when the host declares the area. */
const AREA_CAPABILITIES: Readonly<Record<string, string>> = {
  CALLBACK: 'callbacks',
  REPLAY: 'replay',
  QUEUE: 'queue_monitor',
  IDEMPOTENCY: 'idempotency',
  RUNTIME: 'agent_runtime',
  SEAMS: 'seams',
};

/** The capability a rule needs declared before its failure counts, if any. */
export function ruleCapability(rule: RuleId): string | undefined {
  if (rule === 'ATTESTATION-STATEMENT') return 'attestation_statement';
  return AREA_CAPABILITIES[rule.split('-')[0]!];
}

export interface OracleOptions {
  assertions: Pick<Assertions, 'ensure' | 'lists' | 'failures'>;
  /** Whether the host declares a capability (`callbacks`, `replay`, …). */
  declares: (capability: string) => boolean;
}

export class Oracle {
  readonly memory = new OracleMemory();
  readonly #reported = new Set<string>();
  readonly #pending: Violation[] = [];
  readonly #checked = new WeakSet<Delivery>();
  readonly #defects: string[] = [];

  constructor(private readonly options: OracleOptions) {}

  /** Judges one answer of the host; never throws (it runs inside the HTTP client). */
  observeExchange(exchange: Exchange): void {
    const kind = kindOfExchange(exchange);
    if (kind === null) return;
    this.receive({ kind, body: members(exchange.json), where: `${exchange.method} ${exchange.url}`, exchange, receivedAt: Date.now() });
  }

  /** Judges one document; its violations wait for `settle` or `finish`. */
  receive(doc: Received): void {
    const found: Violation[] = [];
    try {
      for (const check of checksFor(doc.kind)) found.push(...check(doc, this.memory));
      remember(this.memory, doc);
    } catch (error) {
      this.#defects.push(`oracle check of ${doc.where} threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return;
    }
    this.#consider(found);
  }

  #consider(found: readonly Violation[]): void {
    for (const v of found) {
      const capability = ruleCapability(v.rule);
      if (capability !== undefined && !this.options.declares(capability)) continue;
      if (this.#reported.has(v.rule) || this.#pending.some((p) => p.rule === v.rule)) continue;
      this.#pending.push(v);
    }
  }

  /** A mailbox whose deliveries are judged whenever the scenario reads them, and when it ends. */
  watch(mailbox: Mailbox): Mailbox {
    this.memory.mailboxes.push(mailbox);
    const judged = <T>(value: T): T => {
      this.checkDeliveries();
      this.settle();
      return value;
    };
    return new Proxy(mailbox, {
      get: (target, prop) => {
        if (prop === 'deliveries') return () => judged(target.deliveries());
        if (prop === 'waitFor') return async (n: number, timeoutMs?: number) => judged(await target.waitFor(n, timeoutMs));
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  }

  /** Reports, by throwing ScenarioFailure, the first violation waiting under a rule the scenario lists. */
  settle(): void {
    if (this.#defects.length > 0) throw new HarnessError(this.#defects.join('\n'));
    const listed = this.#pending.find((v) => this.options.assertions.lists(v.rule));
    if (listed !== undefined) this.#report(listed);
  }

  /** At the end of the scenario: judges the deliveries not judged yet and records every waiting violation. Never throws. */
  finish(): void {
    this.checkDeliveries();
    while (this.#pending.length > 0) {
      try {
        this.#report(this.#pending[0]!);
      } catch (error) {
        if (!(error instanceof ScenarioFailure)) throw error;
      }
    }
  }

  private checkDeliveries(): void {
    // A mailbox told the run's secret refuses a delivery whose signature does not verify: that is a finding too.
    for (const mailbox of this.memory.mailboxes) {
      for (const rejected of mailbox.rejected?.() ?? []) {
        if (rejected.reason !== 'bad-signature' || this.#checked.has(rejected.delivery)) continue;
        this.#checked.add(rejected.delivery);
        this.#consider([
          {
            rule: 'CALLBACK-SIGNATURE',
            what: `callback ${rejected.delivery.method} ${mailbox.url}: Standard Webhooks v1 signature over the exact bytes, keyed by the run's secret`,
            expected: "a signature that verifies with the run's secret",
            observed: rejected.detail,
          },
        ]);
      }
    }
    const fresh = this.memory.mailboxes
      .flatMap((mailbox) => mailbox.deliveries().map((delivery) => ({ mailbox, delivery })))
      .filter(({ delivery }) => !this.#checked.has(delivery))
      .sort((a, b) => a.delivery.arrivedAt - b.delivery.arrivedAt);
    for (const { mailbox, delivery } of fresh) {
      this.#checked.add(delivery);
      this.receive({
        kind: 'callback-message',
        body: members(delivery.json),
        where: `callback ${delivery.method} ${mailbox.url}${delivery.path.endsWith('/redirected') ? '/redirected' : ''}`,
        delivery,
        target: mailbox.url,
        receivedAt: delivery.arrivedAt,
      });
    }
  }

  #report(v: Violation): void {
    this.#pending.splice(this.#pending.indexOf(v), 1);
    this.#reported.add(v.rule);
    // The scenario's own assertion may have found the same rule broken first: once per rule and scenario.
    if (this.options.assertions.failures.some((f) => f.rule === v.rule)) return;
    this.options.assertions.ensure([v.rule], v.what, false, v.expected, v.observed);
  }
}

/** A scenario's transcript that hands every answer to the oracle as it is recorded. */
export class ObservedTranscript extends Transcript {
  observer: ((exchange: Exchange) => void) | undefined;

  override add(entry: TranscriptEntry): void {
    super.add(entry);
    if (entry.kind === 'exchange') this.observer?.(entry.exchange);
  }
}
