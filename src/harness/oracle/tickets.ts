/**
 * Invariants of exception tickets (SPEC.md §9.1): a ticket opened for a failed step says whether a replay of
 * it is safe, from the moment it opens.
 */
import { violation } from './common.js';
import type { DocumentCheck, Members } from './types.js';
import { objects } from './types.js';

function ticketsOf(kind: string, body: Members): Members[] {
  return kind === 'exception-ticket-list' ? objects(body['items']) : [body];
}

export const failedStepSaysSafety: DocumentCheck = (doc) => {
  const silent = ticketsOf(doc.kind, doc.body)
    .filter((ticket) => ticket['exception_type'] === 'tool_execution_pause' && typeof ticket['safe_to_replay'] !== 'boolean')
    .map((ticket) => ({ exception_id: ticket['exception_id'], safe_to_replay: ticket['safe_to_replay'] }));
  return silent.length === 0
    ? []
    : [violation('REPLAY-SAFETY-FROM-SIDE-EFFECTS', `${doc.where}: a tool_execution_pause ticket carries safe_to_replay`, 'safe_to_replay true or false, from the side effects of the failed step', silent)];
};
