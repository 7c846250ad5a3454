/**
 * Invariants of every error answer (SPEC.md §11.1): a problem+json document of a registered type, whose body
 * status is the HTTP status, which is the status registered for the type.
 */
import { validate } from '../../validate.js';
import { PROBLEM_STATUS, PROBLEM_TYPE_PREFIX } from '../problems.js';
import type { ProblemSlug } from '../problems.js';
import { violation } from './common.js';
import type { DocumentCheck, Violation } from './types.js';

/** The status SPEC.md §11.2 registers for a problem type URI, or undefined for a type it does not register. */
export function registeredStatus(type: unknown): number | undefined {
  if (typeof type !== 'string' || !type.startsWith(PROBLEM_TYPE_PREFIX)) return undefined;
  const slug = type.slice(PROBLEM_TYPE_PREFIX.length);
  return Object.hasOwn(PROBLEM_STATUS, slug) ? PROBLEM_STATUS[slug as ProblemSlug] : undefined;
}

/**
 * What keeps a body from being a problem document, as `path keyword: message` lines. The schema also ties each
 * type to its status; a status that disagrees is ERRORS-STATUS-AGREES's finding, so it is left out here.
 */
export function problemSchemaErrors(body: unknown): string[] {
  const checked = validate('problem-details', body);
  if (checked.ok) return [];
  return checked.errors
    .filter((e) => e.keyword !== 'if' && !(e.instancePath === '/status' && e.schemaPath.includes('/then/')))
    .map((e) => `${e.instancePath || '/'} ${e.keyword}: ${e.message}`);
}

export const problemDocument: DocumentCheck = (doc) => {
  const exchange = doc.exchange;
  if (exchange === undefined) return [];
  const out: Violation[] = [];
  const mediaType = (exchange.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const schemaErrors = problemSchemaErrors(exchange.json);
  const type = doc.body['type'];
  const registered = registeredStatus(type);
  if (mediaType !== 'application/problem+json' || schemaErrors.length > 0 || registered === undefined) {
    out.push(
      violation('ERRORS-PROBLEM-JSON', `${doc.where} (${exchange.status}): an application/problem+json document of a registered type`, 'content type application/problem+json, a body valid against problem-details.schema.json, a type of SPEC.md §11.2', {
        content_type: exchange.headers['content-type'] ?? null,
        type,
        schema: schemaErrors.length === 0 ? 'valid' : schemaErrors,
        body: exchange.text.slice(0, 300),
      }),
    );
  }
  const bodyStatus = doc.body['status'];
  // Only a document that has a status and a registered type can be compared; its absence is the problem above.
  if (typeof bodyStatus === 'number' && registered !== undefined && (bodyStatus !== exchange.status || registered !== exchange.status)) {
    out.push(
      violation('ERRORS-STATUS-AGREES', `${doc.where}: the problem's status, the HTTP status and the status registered for its type agree`, `${exchange.status} throughout`, {
        http_status: exchange.status,
        body_status: bodyStatus,
        type,
        registered_status: registered,
      }),
    );
  }
  return out;
};
