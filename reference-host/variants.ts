/**
 * Named variants: behaviours SPEC.md allows that the reference host does not choose by default. Each is a
 * choice another correct host could make, switched on by id at construction and implemented by one guarded
 * expression at the place of the choice, as faults are. Faults must fail the suite; variants must pass it, so
 * a scenario that fails under a variant is a defect of the kit. `spec` quotes the sentence that allows the
 * behaviour; the variant matrix (spec/variant-matrix.json) records which scenarios each variant reaches.
 */
import { gzipSync } from 'node:zlib';
import type { HostConfig } from './config.js';

export interface VariantDefinition {
  readonly id: string;
  readonly description: string;
  /** The section and sentence of SPEC.md that allow the behaviour. */
  readonly spec: string;
  /**
   * Scenarios the variant leaves with nothing to test, because it leaves out what they need (an optional
   * command): they must end inapplicable under it, and every other scenario as on the default host.
   */
  readonly leavesInapplicable?: readonly string[];
}

export const VARIANTS = [
  // Runner phases (§13.3)
  {
    id: 'queue-after-first-phase',
    description: 'A new run records only run_created and credit_reserved at creation; it is accepted into the queue (run_created → queued) by the first runner phase, one step later.',
    spec: '§13.3: "The events a run records when it is created (at least `run_created` and `credit_reserved`) carry the creation time."',
  },
  // Seams (§13)
  {
    id: 'protocol-1-0-host',
    description: 'A protocol 1.0 host: protocol_version "1.0", one host-wide test clock for every tenant (no per_tenant), a clock state without next_due_at, and advances without until_at_rest.',
    spec: '§1.2: "a `1.0` host that implements every `MUST` rule is conformant to `1.1`, and the kit tests it as before (one host-wide clock, scenarios one at a time)"',
    leavesInapplicable: ['seams-clock-next-due', 'seams-clock-per-tenant', 'seams-clock-reads', 'seams-clock-to-next-due', 'seams-clock-until-rest'],
  },
  {
    id: 'review-starts-at-creation',
    description: 'A new run starts its evidence review as it is created: run_created, credit_reserved, run_created → queued and evidence_review_started all carry the creation time, and the run-created answer shows it in evidence_review (unless scripted to stall in queued).',
    spec: '§13.3: "The events a run records when it is created (at least `run_created` and `credit_reserved`) carry the creation time." … "How a host groups the events of §4.4 into phases is its choice"',
  },
  {
    id: 'coarse-phases',
    description: 'The runner groups the events of a step into one phase: evidence review started and decided together, tool execution started and packaged together, receipt and callback payload together.',
    spec: '§13.3: "How a host groups the events of §4.4 into phases is its choice; the kit relies only on their order, on no phase coming sooner than `step_duration_ms` after the previous one, and on a run coming to rest"',
  },
  {
    id: 'fine-phases',
    description: 'The runner splits metering from the receipt: the debit is one phase, the release and the usage receipt the next.',
    spec: '§13.3: "How a host groups the events of §4.4 into phases is its choice"',
  },
  {
    id: 'next-due-at-omitted',
    description: 'A protocol 1.1 host whose clock state does not carry next_due_at: clients step the clock by phases.',
    spec: '§13.2: "`GET /_seams/clock` answers the clock state (`clock-state.schema.json`): `now` (date-time) and `now_ms` (Unix milliseconds), and from protocol 1.1 optionally `next_due_at`"',
    leavesInapplicable: ['seams-clock-next-due'],
  },
  {
    id: 'advance-reads-unsupported',
    description: 'A protocol 1.1 host whose advances do not answer reads (no seams.test_clock.advance_reads): clients read each document with a GET of its own.',
    spec: '§13.2: "a host declaring `seams.test_clock.advance_reads: true` accepts `reads` in the advance request"',
    leavesInapplicable: ['seams-clock-reads'],
  },
  {
    id: 'to-next-due-unsupported',
    description: 'A protocol 1.1 host whose advances do not take to_next_due (no seams.test_clock.advance_to_next_due): clients read the clock for next_due_at after a request instead.',
    spec: '§13.2: "a host declaring `seams.test_clock.advance_to_next_due: true` accepts `to_next_due: true`"',
    leavesInapplicable: ['seams-clock-to-next-due'],
  },
  {
    id: 'tenants-one-at-a-time',
    description: 'A protocol 1.1 host whose tenants seam mints one tenant per request (no seams.tenants.batch): the kit mints each scenario\'s tenant on its own.',
    spec: '§13.4: "a host declaring `seams.tenants.batch: true` also accepts `count`"',
  },
  {
    id: 'advances-serialised',
    description: 'Per-tenant clocks whose advances wait for each other: one advance at a time across every clock of the host, as a host with one work queue does.',
    spec: '§13.2: "an advance performs that tenant\'s due work only, and advances of different tenants need not wait for each other"',
  },
  {
    id: 'host-wide-clock',
    description: 'A protocol 1.1 host that does not declare per-tenant clocks (per_tenant false): one host-wide test clock for every tenant, with next_due_at and until_at_rest.',
    spec: '§13.2: "Tenants not minted through the seam keep the host-wide clock, as does a host that does not declare the feature (`per_tenant` absent or false): for it everything above this paragraph holds unchanged."',
    leavesInapplicable: ['seams-clock-per-tenant'],
  },
  // HTTP (§2.2, §6.1)
  {
    id: 'json-charset',
    description: 'Every JSON answer names its charset, as Express and many frameworks do: Content-Type application/json; charset=utf-8, and application/problem+json; charset=utf-8 for problems.',
    spec: '§2.2: "Every request and response body is a JSON object (RFC 8259) sent as `application/json`, except error bodies, which are `application/problem+json`"; §11.3: "parameters such as `charset=utf-8` are allowed" on the media type',
  },
  {
    id: 'pretty-json',
    description: 'JSON answers are pretty-printed (two-space indent) with every object\'s members in reverse order; a callback body is JSON.stringify of the payload with its members in reverse order.',
    spec: '§6.1: "A document\'s digest is computed over the document *as served*: the JSON value of the response body, parsed and re-serialised in JCS form. It does not depend on the whitespace or member order of the bytes on the wire."; §8.3: "The body is the UTF-8 encoding of `JSON.stringify(payload)`"',
  },
  {
    id: 'escaped-json',
    description: 'JSON answers escape every "/" as "\\/" and every non-ASCII character as \\uXXXX, as PHP\'s json_encode does by default.',
    spec: '§2.2: "Every request and response body is a JSON object (RFC 8259)"; RFC 8259 §7: "Any character may be escaped"; §6.1: a digest is computed over "the JSON value of the response body"',
  },
  {
    id: 'gzip-when-accepted',
    description: 'Answers to a request whose Accept-Encoding names gzip are sent with Content-Encoding: gzip (and Vary: Accept-Encoding); the embedded host is asked without it, so this shows over HTTP.',
    spec: '§2.2: bodies are JSON "sent as `application/json`"; RFC 9110 §8.4 and §12.5.3 let a server apply a content coding the request accepts',
  },
  {
    id: 'auth-first',
    description: 'Authentication is checked before the route and method are matched: outside the two public routes, a request without a valid key answers 401 even on an unknown route or with a method the route does not serve.',
    spec: '§11.3: "A host SHOULD check a request in this order … route (404), method (405), authentication (401), … The kit sends one defect per request and does not depend on this order."',
  },
  {
    id: 'stored-answers-reserialised',
    description: 'A stored idempotent answer is kept as a JSON value (as a jsonb column keeps it) and serialised again when replayed, with its members in another order: the same document, not the same bytes.',
    spec: '§12: "The body is the same document, equal in RFC 8785 form (§6.1), not necessarily the same bytes: a host that keeps the answer as a JSON value may serialise it again."',
  },
  // Callbacks (§8)
  {
    id: 'jitter-at-lower-bound',
    description: 'Every retry is made exactly at the advertised delay (jitter 0).',
    spec: '§8.5: "j_k drawn uniformly from [0, ρ]" — each later attempt "no earlier than the advertised delay after the previous attempt"',
  },
  {
    id: 'jitter-at-upper-bound',
    description: 'Every retry is made at the advertised delay × (1 + jitter_max_ratio), the latest the schedule allows.',
    spec: '§8.5: each later attempt is made "no later than that delay × (1 + ρ)"',
  },
  {
    id: 'retry-after-http-date',
    description: 'Retry-After is honoured at whole-second resolution, as an HTTP-date carries it (a date is counted from the attempt in whole seconds, rounded up), and the longer of it and the scheduled delay is jittered at the bound ρ.',
    spec: '§8.5: "the jitter bound of CALLBACK-SCHEDULE then applies to the larger delay, with a Retry-After counted in whole seconds, rounded up"',
  },
  {
    id: 'short-retry-schedule',
    description: 'A short callback schedule: three attempts, at once, 5 s and 1 min, with jitter_max_ratio 0.1; an honoured Retry-After is capped at its largest entry, 1 min.',
    spec: '§8.5: "A host advertises `callbacks.retry_schedule_ms` (S₀ … Sₙ₋₁, S₀ = 0)" … "A host MAY cap an honoured Retry-After at the largest entry of its schedule."',
  },
  {
    id: 'other-retry-schedule',
    description: 'Another callback schedule: five attempts at once, 2 s, 1 min, 10 min and 1 h, with jitter_max_ratio 0.25.',
    spec: '§8.5: "A host advertises `callbacks.retry_schedule_ms` (S₀ … Sₙ₋₁, S₀ = 0), `callbacks.jitter_max_ratio` (ρ)"',
  },
  {
    id: 'long-callback-timeout',
    description: 'A conformance host that gives a callback receiver 10 s to answer (request_timeout_ms 10000).',
    spec: '§8.4: "An attempt is *delivered* only when the receiver answers with a 2xx status within `request_timeout_ms`"; §3.3: the host advertises its `request_timeout_ms`',
  },
  {
    id: 'long-signing-secret',
    description: 'Each run\'s callback signing secret is whsec_ and the base64 of 64 random bytes (88 characters, ending ==), the longest SPEC.md allows.',
    spec: '§8.3: "Each run has its own secret: `whsec_` followed by the base64 of 24 to 64 random bytes (the reference host uses 32), matching `^whsec_[A-Za-z0-9+/]{32,88}={0,2}$`"',
  },
  // Credits (§7)
  {
    id: 'generous-quote',
    description: 'Quotes are priced at 40 times the reference host\'s rate (at least 80 credits); a scripted run meters the quote by default, so runs reserve, debit and fund in those larger amounts.',
    spec: '§7.1: "`POST /quote` (`quote-request.schema.json`) answers 201 with a quote (`quote.schema.json`): an integer `credits_quoted` ≥ 1 in `credit_unit` `credit`"; §13.3: `metered_units` defaults to "the quote\'s `credits_quoted`"',
  },
  // Documents (§3.2, §4.5, §6, §8, §9, §11)
  {
    id: 'published-forms',
    description: 'Documents take the vendor\'s published forms where SPEC.md accepts both: settlement receipts carry usage_receipt_policy usage_receipts_record_credits_consumed_after_work_runs, and trust profiles carry prohibited_inputs_acknowledged only inside data_policy.',
    spec: '§2.4.7: "`usage_receipt_policy` is either value" … "A trust profile carries `prohibited_inputs_acknowledged` at the root, inside `data_policy`, or in both places with the same value"',
  },
  {
    id: 'optional-members-omitted',
    description: 'Every member SPEC.md calls optional or leaves to the host is omitted: the attestation\'s ledger_url and ledger_head_hash, the callback payload\'s usage_receipt and result_package, the delivery record\'s next_retry_at, the result contract\'s credits_funded, problems\' instance, and the host\'s own additions.',
    spec: '§2.2: "Objects allow additional properties: a host MAY add fields"; §6.3, §6.5, §8.2, §8.8, §11.1 mark these members optional',
  },
  {
    id: 'event-extras-omitted',
    description: 'Ledger events carry no actor, public_note or links: only the members the event schema requires and those the trails make normative (from_state, step, evidence_status, credit_delta).',
    spec: '§4.4: "`links`, `actor` and `public_note` are carried as applicable (§5.1), so an event may leave them out, and a link an event does carry names the document the note says."',
  },
  {
    id: 'status-token-only-at-creation',
    description: 'The task token is handed out once, in the run-created answer: run records at /status, /ledger and in a replay\'s 202 answer do not repeat status_token.',
    spec: '§4.5: "`POST /run` answers 201 with the run record plus `status_token`, `status_url`, …"',
  },
  {
    id: 'urls-before-documents',
    description: 'The run record carries usage_receipt_url and receipt_url from creation; they answer 404 until the usage receipt is issued.',
    spec: '§3.2: "A URL names a document that exists or will exist for the run." … "404 `not-found` for a usage receipt not yet issued"',
  },
  {
    id: 'problem-detail-omitted',
    description: 'Problem documents carry no detail member.',
    spec: '§11.1: "`detail` | optional; a human-readable explanation of this occurrence" (RFC 9457 §3.1.4)',
  },
  // Optional areas (§1.4, §3.3)
  {
    id: 'queue-monitor-unsupported',
    description: 'The host declares queue_monitor.supported false: it serves no queue monitor and no alert list (404), raises no stuck-task alerts (no stuck_alert_raised, also when a callback is given up), and its result contracts carry no queue URLs; retry commands are still accepted for callbacks, replay and stalls.',
    spec: '§1.4: "A host that does not declare an area need not implement it: the area\'s own routes may answer 404 `not-found` …, and the area\'s members are absent from other documents"; §8.7: "a host that does not declare `queue_monitor` raises none and records no `stuck_alert_raised`"',
    leavesInapplicable: [
      'callback-manual-retry-paths', 'queue-advance', 'queue-command-states', 'queue-counts-agree',
      'queue-heartbeat-moves', 'queue-monitor-document', 'queue-optional-commands', 'queue-stuck-alert',
      'replay-refused-failed',
    ],
  },
  {
    id: 'replay-unsupported',
    description: 'The host declares replay.supported false: it serves no recovery, replay package or replay route (404); a run whose step fails pauses on its exception ticket (without safe_to_replay) until close_exception ends it.',
    spec: '§1.4: "A host that does not declare an area need not implement it: the area\'s own routes may answer 404 `not-found` (… recovery, replay package and replay …)" … "exception tickets and their list" stay with every host',
    leavesInapplicable: [
      'idempotency-required', 'queue-counts-agree', 'replay-exception-opened', 'replay-idempotent',
      'replay-meter-delta', 'replay-no-rerun', 'replay-package-contents', 'replay-prefix-unchanged',
      'replay-recovery', 'replay-refused-closed', 'replay-refused-failed', 'replay-refused-running',
      'replay-refused-unsafe', 'replay-safety-from-side-effects', 'replay-same-run', 'security-tenant-isolation',
    ],
  },
  {
    id: 'idempotency-unsupported',
    description: 'The host declares idempotency.supported false: it ignores the Idempotency-Key header (no key is required, stored or replayed; a repeated POST is a new request).',
    spec: '§12: "A host that declares `idempotency.supported` implements the `Idempotency-Key` request header"; §1.4: "An area the host does not declare is *inapplicable*, never failed."',
    leavesInapplicable: [
      'discovery-idempotency-lifetime', 'idempotency-errors-stored', 'idempotency-expiry', 'idempotency-in-flight',
      'idempotency-in-flight-held', 'idempotency-payload-mismatch', 'idempotency-replay', 'idempotency-required',
      'idempotency-tenant-scoped', 'replay-idempotent',
    ],
  },
  {
    id: 'callbacks-unsupported',
    description: 'The host declares callbacks.supported false: it sends no callbacks; a callback_url is still checked (unsafe targets refused with 422) and then ignored, so every run closes from receipt_issued with callback_status not_required.',
    spec: '§1.4: "Optional areas are: callbacks (CALLBACK), …. An area the host does not declare is *inapplicable*, never failed."; §8.1: "A run created without a `callback_url` sends nothing; its `callback_status` is `not_required` throughout and it closes from `receipt_issued`."',
    leavesInapplicable: [
      'callback-2xx-only', 'callback-410-stops', 'callback-answer-classes', 'callback-attempts-recorded',
      'callback-delivered-status', 'callback-exhaustion', 'callback-fresh-timestamp', 'callback-manual-retry',
      'callback-manual-retry-paths', 'callback-no-redirect', 'callback-payload-matches', 'callback-retry-after',
      'callback-schedule-followed', 'callback-signature', 'callback-timeout', 'callback-webhook-id-stable',
      'discovery-retry-schedule-advertised', 'idempotency-in-flight-held', 'lifecycle-happy-path', 'queue-command-states',
      'queue-counts-agree', 'queue-optional-commands', 'security-callback-target', 'security-secret-once',
      'security-signing-secret-format',
    ],
  },
  {
    id: 'runtime-unsupported',
    description: 'The host declares agent_runtime.supported false and publishes no Agent App Runtime Contract.',
    spec: '§1.4: "Optional areas are: … agent runtime (RUNTIME) …. An area the host does not declare is *inapplicable*, never failed."',
    leavesInapplicable: [
      'lifecycle-structured-output-exhaustion', 'runtime-bridge-methods', 'runtime-event-schemas', 'runtime-no-ui-synthesis',
      'runtime-structured-output-bounded',
    ],
  },
  {
    id: 'attestation-statement-unsupported',
    description: 'The host declares attestation_statement.supported false and serves no in-toto Statement view (404).',
    spec: '§6.4: "A host that declares `attestation_statement.supported` serves the same attestation as an in-toto Statement v1"; ATTESTATION-STATEMENT is a MAY rule',
    leavesInapplicable: ['attestation-statement'],
  },
  {
    id: 'tickets-under-review',
    description: 'The host\'s operators review every exception ticket from the moment it opens: a ticket is served with status under_review instead of open; recovery is accepted from it.',
    spec: '§9.1: "A ticket opens with status `open`, or `under_review` at a host whose operators review every ticket from the moment it opens"; §9.2: recovery is accepted from "`open` (or `under_review` or `waiting_on_requesting_agent`, for hosts that use them)"',
  },
  // Commands (§10.4)
  {
    id: 'optional-commands-refused',
    description: 'request_evidence, release_credit_allocation and rerun_result_contract are always refused with 409 invalid-state.',
    spec: '§10.4: "It MAY refuse `request_evidence`, `release_credit_allocation` and `rerun_result_contract` with 409 `invalid-state` even when their further condition holds"',
  },
  {
    id: 'optional-commands-implemented',
    description: 'release_credit_allocation releases a paused run\'s reservation and ends it failed, and request_evidence moves the evidence_gap ticket to waiting_on_requesting_agent.',
    spec: '§10.4: `release_credit_allocation` "releases the outstanding reservation; the run can no longer be replayed and ends `failed`"; `request_evidence`: "the ticket MAY become `waiting_on_requesting_agent`"',
  },
  {
    id: 'commands-queued',
    description: 'Every retry command but retry_callback and request_evidence (whose answers carry their outcome) is queued: the command is checked and its retry_command_accepted recorded when it is answered (201, status accepted), and its effect is due work at that host time, performed by the first clock advance that reaches it.',
    spec: '§10.4: "`status` is … `accepted` when the host queued the command itself for later processing." … "An effect scheduled as due work, and a queued command, fall due no later than 30000 ms of host time after the answer and are performed like any due work (§13.2)"',
  },
  {
    id: 'close-exception-declined',
    description: 'close_exception is not implemented: it is refused with 409 invalid-state, and a paused run stays paused.',
    spec: '§10.4: "SHOULD implement `close_exception`; a host that does not refuses it with 409 `invalid-state`"',
    leavesInapplicable: ['replay-refused-failed'],
  },
  // Security (§14)
  {
    id: 'tok-prefixed-tokens',
    description: 'Status tokens are tok_ followed by the base64url of 32 random bytes, as SPEC.md\'s example.',
    spec: '§14.3: "A task token carries at least 128 bits from a cryptographically secure random source (for example `tok_` followed by the base64url of 32 random bytes)"',
  },
  // Thresholds, limits and lifetimes (§3.3, §10, §12, §15)
  {
    id: 'other-tool-list',
    description: 'The host offers two tools, tokenops and packetops, in that order, and refuses the others.',
    spec: '§3.3: "`tools`: the requested tools the host accepts (§2.4.4, DISCOVERY-TOOLS)"',
  },
  {
    id: 'unusual-queue-thresholds',
    description: 'The runner pulses every 7 s and a run is stuck after 45 s without progress.',
    spec: '§10.1: "`heartbeat_interval_ms`" and §10.2 "(reference: 900000, 15 minutes)": the values are the host\'s, advertised in `queue_monitor`',
  },
  {
    id: 'small-body-limit',
    description: 'Request bodies are limited to 4096 bytes.',
    spec: '§3.3: "`limits.max_body_bytes`: the largest request body the host accepts (ERRORS-TOO-LARGE)"',
  },
  {
    id: 'short-key-lifetime',
    description: 'Idempotency keys are kept for 10 minutes of host time.',
    spec: '§12: "A stored answer is kept for `idempotency.key_lifetime_ms` of host time after it was stored (reference: 86400000, 24 hours)"',
  },
  {
    id: 'short-quote-lifetime',
    description: 'Quotes expire 10 minutes of host time after they are issued.',
    spec: '§7.1: a quote answers "an integer `credits_quoted` ≥ 1 in `credit_unit` `credit`, and `expires_at`. … A quote may back several runs and settlements until `expires_at`"; §13.7: the lifetime is a deployment setting (`--quote-lifetime-ms`)',
  },
  {
    id: 'long-key-lifetime',
    description: 'Idempotency keys are kept for 7 days of host time, longer than quotes live.',
    spec: '§12: "A stored answer is kept for `idempotency.key_lifetime_ms` of host time after it was stored (reference: 86400000, 24 hours), advertised in discovery"',
  },
  // HTTP (§11.3)
  {
    id: 'rate-limited',
    description: 'Every tenth request of each client (by API key) is refused with 429 too-many-requests and Retry-After: 0 before anything runs.',
    spec: '§11.3: "A host (or a gateway in front of it) MAY refuse any request with 429 `too-many-requests` and a `Retry-After` header … when a client sends too many requests in a period."',
  },
  // Retention (§4.6)
  {
    id: 'least-retention',
    description: 'Ended runs are kept as briefly and as few as SPEC allows: one hour of host time, the 10 most recently ended per tenant; one host-wide test clock, on whose time they are forgotten.',
    spec: '§4.6: "`closed_run_retention_ms`, the host time an ended run is kept, at least 3600000 … and `closed_runs_kept_per_tenant`, at least 10"',
    leavesInapplicable: ['seams-clock-per-tenant'],
  },
  {
    id: 'tight-tenant-limits',
    description: 'A tenant may hold 5 runs that have not ended (more answer 429) and 1000 stored idempotency keys, the fewest SPEC allows.',
    spec: '§4.6: "`max_runs_in_flight_per_tenant` | a tenant\'s runs not yet ended | none (1)" and "`max_idempotency_keys_per_tenant` | a tenant\'s stored idempotency keys (§12) | 1000"',
    leavesInapplicable: ['callback-answer-classes', 'queue-counts-agree'],
  },
  {
    id: 'few-runs-in-flight',
    description: 'A tenant may hold at most 10 runs that have not ended, advertised as limits.max_runs_in_flight_per_tenant, the fewest with which every scenario runs every case; another POST /run is refused with 429 too-many-requests and Retry-After.',
    spec: '§4.6: "`max_runs_in_flight_per_tenant` | a tenant\'s runs not yet ended | none (1)"; "`POST /run` beyond it is refused with 429 `too-many-requests` and a `Retry-After` header"',
  },
  // Round 5: forms other hosts choose
  {
    id: 'host-extra-members',
    description: 'The host adds members of its own everywhere SPEC.md allows: every object of every JSON answer (documents, lists, ledger events, problems, the clock state, capabilities) and of every callback payload carries x_host_trace; tool- and client-defined bags, link maps and in-toto digest sets are left as they are. Stored documents (events, result package, attestation, payload) carry them from the start, so digests and hash links cover them.',
    spec: '§2.2: "Objects allow additional properties: a host MAY add fields, a client MUST ignore fields it does not know."',
  },
  {
    id: 'uuid-identifiers',
    description: 'Every identifier the host chooses (runs, work orders, contracts, receipts, events, tickets, alerts, quotes, settlements, tenants, …) is a bare lowercase UUID v4, with no readable prefix.',
    spec: '§2.2: "**Identifiers** (`agent_task_run_id`, `work_order_id`, `receipt_id`, …) are opaque strings chosen by the host, unique within the host for their kind."',
  },
  {
    id: 'priced-per-tool',
    description: 'Quotes are priced per tool and per estimate: packetops 3, distributionops 5, tokenops 7 and wever_labs_os 11 times the reference rate, plus one credit per file and two when a callback is wanted.',
    spec: '§7.1: "`POST /quote` (`quote-request.schema.json`) answers 201 with a quote (`quote.schema.json`): an integer `credits_quoted` ≥ 1 in `credit_unit` `credit`"',
  },
  {
    id: 'cache-and-cors-headers',
    description: 'Every answer carries the headers a CDN-fronted framework adds: Connection: close, Cache-Control: no-store, an ETag, Vary: Origin, Access-Control-Allow-Origin: *, X-Request-Id and Server.',
    spec: '§2.2: bodies are JSON "sent as `application/json`"; SPEC.md fixes no other response header than those it names, and RFC 9110 lets a server send any field',
  },
  {
    id: 'few-callback-attempts',
    description: 'A callback message may make as few attempts as SPEC.md allows, automatic and manual together: one more than its retry schedule has entries (limits.max_callback_attempts_per_run 11 with the default schedule), so one manual retry after exhaustion; a further retry_callback is refused with 409 invalid-state.',
    spec: '§8.9: "a host MAY refuse a manual retry once the message has made its most attempts … with 409 `invalid-state`. The bound is at least one more than the entries of `callbacks.retry_schedule_ms`"',
  },
  {
    id: 'no-validation-retries',
    description: 'The runtime contract allows no structured-output retry (maxValidationRetries 0): the first invalid output fails the run.',
    spec: '§15.1: "sets `structuredOutput.maxValidationRetries` to an integer from 0 to 10"',
  },
] as const satisfies readonly VariantDefinition[];

export type VariantId = (typeof VARIANTS)[number]['id'];

const KNOWN: ReadonlySet<string> = new Set(VARIANTS.map((v) => v.id));

export function isVariantId(id: string): id is VariantId {
  return KNOWN.has(id);
}

/** The variant switches of one host; read-only after construction. */
export class VariantSet {
  readonly #on: ReadonlySet<VariantId>;
  readonly #onQuery: ((id: VariantId) => void) | undefined;

  /** `onQuery` hears every guard evaluated, on or off: which variants a run could have been changed by. */
  constructor(ids: readonly string[] = [], onQuery?: (id: VariantId) => void) {
    const unknown = ids.filter((id) => !isVariantId(id));
    if (unknown.length > 0) {
      throw new RangeError(`unknown variant id(s) ${unknown.join(', ')}; known: ${[...KNOWN].join(', ')}`);
    }
    this.#on = new Set(ids as VariantId[]);
    this.#onQuery = onQuery;
  }

  has(id: VariantId): boolean {
    this.#onQuery?.(id);
    return this.#on.has(id);
  }

  list(): VariantId[] {
    return [...this.#on];
  }
}

/**
 * The operating parameters under the variants that change them. Evaluated once, at construction, so every run
 * of the host reaches these guards: the variant matrix runs such a variant against every scenario.
 */
export function variantConfig(config: HostConfig, variants: VariantSet): HostConfig {
  return {
    ...config,
    ...(variants.has('short-retry-schedule') ? { callbackRetryScheduleMs: [0, 5_000, 60_000], callbackJitterMaxRatio: 0.1 } : {}),
    ...(variants.has('host-wide-clock') ? { perTenantClocks: false } : {}),
    ...(variants.has('other-retry-schedule') ? { callbackRetryScheduleMs: [0, 2_000, 60_000, 600_000, 3_600_000], callbackJitterMaxRatio: 0.25 } : {}),
    ...(variants.has('other-tool-list') ? { tools: ['tokenops', 'packetops'] as const } : {}),
    ...(variants.has('unusual-queue-thresholds') ? { heartbeatIntervalMs: 7_000, stuckThresholdMs: 45_000 } : {}),
    ...(variants.has('small-body-limit') ? { maxBodyBytes: 4_096 } : {}),
    ...(variants.has('short-key-lifetime') ? { idempotencyKeyLifetimeMs: 600_000 } : {}),
    ...(variants.has('long-key-lifetime') ? { idempotencyKeyLifetimeMs: 604_800_000 } : {}),
    ...(variants.has('short-quote-lifetime') ? { quoteLifetimeMs: 600_000 } : {}),
    ...(variants.has('no-validation-retries') ? { maxValidationRetries: 0 } : {}),
    ...(variants.has('few-callback-attempts') ? { maxCallbackAttemptsPerRun: config.callbackRetryScheduleMs.length + 1 } : {}),
    ...(variants.has('tight-tenant-limits') ? { maxRunsInFlightPerTenant: 5, maxIdempotencyKeysPerTenant: 1_000 } : {}),
    ...(variants.has('least-retention') ? { closedRunRetentionMs: 3_600_000, maxClosedRunsPerTenant: 10, perTenantClocks: false } : {}),
    ...(variants.has('queue-monitor-unsupported') ? { queueMonitorSupported: false } : {}),
    ...(variants.has('replay-unsupported') ? { replaySupported: false } : {}),
    ...(variants.has('idempotency-unsupported') ? { idempotencySupported: false } : {}),
    ...(variants.has('callbacks-unsupported') ? { callbacksSupported: false } : {}),
    ...(variants.has('runtime-unsupported') ? { agentRuntimeSupported: false } : {}),
    ...(variants.has('attestation-statement-unsupported') ? { attestationStatementSupported: false } : {}),
    ...(variants.has('long-callback-timeout') ? { callbackRequestTimeoutMs: 10_000 } : {}),
    ...(variants.has('few-runs-in-flight') ? { maxRunsInFlightPerTenant: 10 } : {}),
    ...(variants.has('protocol-1-0-host') ? { protocolVersion: '1.0' as const, perTenantClocks: false, advanceReads: false, advanceToNextDue: false, tenantBatches: false } : {}),
    ...(variants.has('advance-reads-unsupported') ? { advanceReads: false } : {}),
    ...(variants.has('to-next-due-unsupported') ? { advanceToNextDue: false } : {}),
    ...(variants.has('tenants-one-at-a-time') ? { tenantBatches: false } : {}),
  };
}

/** Reverses the members of every object in a JSON value, keeping array order (variant pretty-json). */
export function membersReversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(membersReversed);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([name, member]) => [name, membersReversed(member)]));
}

/**
 * A JSON answer as the variants serve it: with a charset, pretty-printed in another member order, with escapes,
 * or gzipped for a client that accepts it (SPEC §2.2, §6.1). Without them the answer passes untouched.
 */
export async function answerAsServed(variants: VariantSet, request: Request, response: Response): Promise<Response> {
  const contentType = response.headers.get('content-type') ?? '';
  if (!/^application\/(problem\+)?json\s*(;|$)/i.test(contentType)) return response;
  const charset = variants.has('json-charset');
  const pretty = variants.has('pretty-json');
  // `/` and non-ASCII characters only occur inside JSON strings, where their escapes mean the same.
  const escaped = variants.has('escaped-json');
  const gzip = variants.has('gzip-when-accepted') && /\bgzip\b/i.test(request.headers.get('accept-encoding') ?? '');
  const extras = variants.has('host-extra-members');
  if (!charset && !pretty && !escaped && !gzip && !extras) return response;
  const headers = new Headers(response.headers);
  let text = await response.text();
  if (extras && text.length > 0) {
    text = JSON.stringify(withHostExtras(JSON.parse(text)));
  }
  if (charset) headers.set('content-type', `${contentType.split(';')[0]!.trim()}; charset=utf-8`);
  if (pretty && text.length > 0) text = JSON.stringify(membersReversed(JSON.parse(text)), null, 2);
  if (escaped) text = text.replace(/[\/\u0080-\uffff]/g, (c) => (c === '/' ? '\\/' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  headers.delete('content-length');
  if (!gzip) return new Response(text, { status: response.status, headers });
  headers.set('content-encoding', 'gzip');
  headers.append('vary', 'Accept-Encoding');
  return new Response(new Uint8Array(gzipSync(text)), { status: response.status, headers });
}

/** The member the host-extra-members variant adds to every object it may extend. */
export const HOST_EXTRA_MEMBER = 'x_host_trace';
/** Members whose values are bags defined by the client or a tool, link maps or in-toto digest sets: extended by no host. */
const BAGS_KEPT = new Set(['links', 'workflow_context', 'outputs', 'payload', 'script', 'test_script', 'digest']);

/**
 * A JSON value with the host's own member added to every object (variant host-extra-members, SPEC §2.2).
 * Idempotent, so a stored document that already carries it is served unchanged.
 */
export function withHostExtras(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withHostExtras);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([name, member]) => [name, BAGS_KEPT.has(name) ? member : withHostExtras(member)] as const);
  return Object.fromEntries([...entries, ...(HOST_EXTRA_MEMBER in value ? [] : [[HOST_EXTRA_MEMBER, 'ref-7f3a']])]);
}

/** A problem answer as the variants serve it: without `detail`, or without `instance` (both optional, SPEC §11.1). */
export async function problemAsServed(variants: VariantSet, response: Response): Promise<Response> {
  if (!(response.headers.get('content-type') ?? '').startsWith('application/problem+json')) return response;
  const omitted = [
    ...(variants.has('problem-detail-omitted') ? ['detail'] : []),
    ...(variants.has('optional-members-omitted') ? ['instance'] : []),
  ];
  if (omitted.length === 0) return response;
  const body = (await response.json()) as Record<string, unknown>;
  for (const member of omitted) delete body[member];
  return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
}
