/** Exception tickets (contract §9): opened by the runner and the callback dispatcher, resolved by recovery. */
import type { HostCore } from './core.js';
import { newId } from './ids.js';
import { appendEvent } from './ledger.js';
import type { ExceptionTicket, ExceptionType, RunRecord, SideEffects, Step } from './model.js';
import { runUrls } from './urls.js';

export interface TicketDraft {
  readonly exceptionType: ExceptionType;
  readonly severity: ExceptionTicket['severity'];
  readonly evidenceStatus: ExceptionTicket['evidenceStatus'];
  readonly missingItems?: readonly string[];
  readonly sideEffects?: SideEffects;
  readonly failedStep?: Step;
  readonly note: string;
}

function newTicket(core: HostCore, draft: Omit<TicketDraft, 'note'>): ExceptionTicket {
  return {
    exceptionId: newId('ex', core.variants),
    exceptionType: draft.exceptionType,
    severity: draft.severity,
    // Variant tickets-under-review: the host's operators review every ticket from the moment it opens.
    status: core.variants.has('tickets-under-review') ? 'under_review' : 'open',
    createdAtMs: core.clock.now(),
    resolvedAtMs: undefined,
    evidenceStatus: draft.evidenceStatus,
    missingItems: draft.missingItems ?? [],
    sideEffects: draft.sideEffects ?? 'none',
    failedStep: draft.failedStep,
    replayPackage: undefined,
  };
}

/** Opens a ticket and pauses the run (`exception_opened` X → paused); the reservation stays held. */
export function pauseWithException(core: HostCore, run: RunRecord, draft: TicketDraft): ExceptionTicket {
  run.nextStep?.cancel();
  run.nextStep = undefined;
  const ticket = newTicket(core, draft);
  run.tickets.push(ticket);
  appendEvent(core, run, {
    type: 'exception_opened',
    to: 'paused',
    evidenceStatus: run.evidenceStatus,
    note: draft.note,
    links: { exception_url: runUrls(run).exceptions },
  });
  return ticket;
}

/** A callback_failure ticket: the run keeps its state (callback_ready), the ticket makes it exception_open. */
export function openCallbackTicket(core: HostCore, run: RunRecord): ExceptionTicket {
  const ticket = newTicket(core, {
    exceptionType: 'callback_failure',
    severity: 'medium',
    evidenceStatus: 'not_applicable',
    failedStep: 'callback',
  });
  run.tickets.push(ticket);
  return ticket;
}

export function resolveTicket(core: HostCore, ticket: ExceptionTicket, status: 'resolved' | 'closed'): void {
  ticket.status = status;
  ticket.resolvedAtMs = core.clock.now();
}
