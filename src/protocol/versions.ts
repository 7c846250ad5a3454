/**
 * Protocol versions (SPEC.md §1.2). A host names the one it implements in `protocol_version`; 1.1 adds per-tenant
 * test clocks and the clock state's `next_due_at` (SPEC.md §13.2) and keeps every 1.0 host conformant.
 */
export const PROTOCOL_VERSIONS = ['1.0', '1.1'] as const;

export type ProtocolVersion = (typeof PROTOCOL_VERSIONS)[number];

/** The version this specification defines. */
export const PROTOCOL_VERSION: ProtocolVersion = '1.1';

export function isProtocolVersion(value: unknown): value is ProtocolVersion {
  return (PROTOCOL_VERSIONS as readonly unknown[]).includes(value);
}
