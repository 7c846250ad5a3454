/**
 * What the kit is willing to read from a host. A host under test is unfinished by assumption and may be hostile:
 * every body is read up to a byte limit and every JSON text is checked for depth before it is parsed, so neither
 * a huge answer nor a deeply nested one can exhaust the kit's memory or stack. An answer beyond a limit is a
 * host answer that breaks the rule of the document being read, never a crash of the kit.
 */

export interface Limits {
  /** Bytes of one host answer's body; reading stops beyond it. */
  responseBodyBytes: number;
  /** Bytes of one callback delivery's body; beyond it the receiver answers 413. */
  callbackBodyBytes: number;
}

export const DEFAULT_LIMITS: Limits = { responseBodyBytes: 8 * 1024 * 1024, callbackBodyBytes: 1024 * 1024 };

/**
 * Nesting depth of a JSON text the kit accepts. Protocol documents nest fewer than 15 levels; canonicalisation,
 * validation and rendering recurse once per level, and 128 is far inside every stack they run on.
 */
export const MAX_JSON_DEPTH = 128;

/** Upper bound of the byte-limit flags: beyond it a limit no longer protects the kit's memory. */
export const MAX_BODY_LIMIT_BYTES = 1024 * 1024 * 1024;

/** "1.5 MiB", "512 bytes": sizes as reports show them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${trim(bytes / 1024)} KiB`;
  return `${trim(bytes / (1024 * 1024))} MiB`;
}

function trim(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1).replace(/\.0$/, '');
}

/**
 * The nesting depth of a JSON text, scanning at most until `limit` is passed (then `limit + 1`). Iterative,
 * so it runs before the text is parsed and cannot itself overflow.
 */
export function jsonTextDepth(text: string, limit: number = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i += 1; // backslash: the next character is escaped
      else if (code === 0x22) inString = false;
      continue;
    }
    if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (code === 0x5d || code === 0x7d) depth -= 1;
  }
  return deepest;
}

/** The nesting depth of a value, visiting at most until `limit` is passed. Iterative, for the same reason. */
export function valueDepth(value: unknown, limit: number = MAX_JSON_DEPTH): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    const level = depth + 1;
    if (level > deepest) {
      deepest = level;
      if (deepest > limit) return deepest;
    }
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, level]);
  }
  return deepest;
}

export class JsonDepthError extends RangeError {
  override readonly name = 'JsonDepthError';
}

export type ParsedBody = { ok: true; json: unknown | undefined } | { ok: false; problem: string };

/**
 * The parsed body: undefined when the text is empty or not JSON; refused (with what was wrong) when it nests
 * deeper than the kit reads.
 */
export function parseBoundedJson(text: string): ParsedBody {
  if (text.trim().length === 0) return { ok: true, json: undefined };
  const depth = jsonTextDepth(text);
  if (depth > MAX_JSON_DEPTH) return { ok: false, problem: `body nests deeper than ${MAX_JSON_DEPTH} levels, the limit of the kit` };
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch {
    return { ok: true, json: undefined };
  }
}

/** Why a body is not the JSON document an answer should carry, or null when it is JSON. */
export function jsonBodyProblem(text: string, bodyError: string | undefined): string | null {
  if (bodyError !== undefined) return bodyError;
  if (text.trim().length === 0) return 'body is empty, expected JSON';
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    return `body is not JSON: ${(error as Error).message}`;
  }
}
