/**
 * The vocabulary of the document oracle: what a check is given (one document the kit received, with where it
 * came from and what the scenario has seen before) and what it answers (violations, each under one rule).
 */
import type { SchemaName } from '../../../generated/types.js';
import type { RuleId } from '../../rules.js';
import type { Delivery } from '../receiver.js';
import type { Exchange } from '../transcript.js';
import type { OracleMemory } from './memory.js';

/**
 * What a document is: the schema name of the body read at a URL of SPEC.md §3.1, `problem-details` for any error
 * answer, `callback-message` for a delivery at the kit's receiver, `document` for any other JSON answer.
 */
export type DocumentKind = SchemaName | 'problem-details' | 'callback-message' | 'document';

/** A JSON object as received: checks read it defensively, since the oracle runs before (and besides) the schema. */
export type Members = Record<string, unknown>;

export interface Received {
  kind: DocumentKind;
  /** The body's members; {} when the body is not a JSON object. */
  body: Members;
  /** Where it was read (`METHOD url`), or where it was delivered (`callback to url`). */
  where: string;
  /** The answer it came in; absent for a delivery. */
  exchange?: Exchange;
  /** The delivery it came in; absent for an answer. */
  delivery?: Delivery;
  /** For a delivery: the URL of the mailbox it was sent to. */
  target?: string;
  /** Kit wall-clock ms at which it was received. */
  receivedAt: number;
}

export interface Violation {
  rule: RuleId;
  what: string;
  expected: string;
  observed: unknown;
}

/**
 * One invariant: judges a received document against itself and against what the scenario received before
 * (`memory`, read only: the oracle records the document after every check has run).
 */
export type DocumentCheck = (doc: Received, memory: OracleMemory) => Violation[];

export function members(value: unknown): Members {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Members) : {};
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function objects(value: unknown): Members[] {
  return Array.isArray(value) ? value.filter((v) => typeof v === 'object' && v !== null && !Array.isArray(v)) as Members[] : [];
}
