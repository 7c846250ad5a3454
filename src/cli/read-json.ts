import { readFileSync } from 'node:fs';

export type ReadJsonOutcome =
  | { ok: true; value: unknown }
  /** `unreadable`: the file could not be read (a usage problem); `invalid`: it is not acceptable JSON text. */
  | { ok: false; kind: 'unreadable' | 'invalid'; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a JSON file strictly: the bytes must be UTF-8 and no object may repeat a member name. JSON.parse would
 * silently keep the last duplicate, and RFC 8785 forbids duplicates, so a digest of such a file would mislead.
 */
export function readJsonFile(path: string): ReadJsonOutcome {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, kind: 'unreadable', message: `cannot read ${path}: ${unreadableReason(error)}` };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, kind: 'invalid', message: `${path} is not valid UTF-8` };
  }
  const parsed = parseJsonText(text);
  return parsed.ok ? parsed : { ok: false, kind: 'invalid', message: `${path}: ${parsed.message}` };
}

/** The reason in words for the common cases; the system's message otherwise. */
function unreadableReason(error: unknown): string {
  switch ((error as { code?: string }).code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return (error as Error).message;
  }
}

export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  if (text.trim().length === 0) return { ok: false, message: text.length === 0 ? 'empty (0 bytes), not a JSON document' : 'only whitespace, not a JSON document' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const start = text.trimStart()[0];
    // A first character no JSON value can start with: most likely another format (HTML, YAML, text).
    const what = start !== undefined && !/[[{"\-0-9tfn]/.test(start) ? 'not JSON (it does not start like a JSON value)' : 'not valid JSON';
    return { ok: false, message: `${what}: ${(error as Error).message}` };
  }
  const duplicate = findDuplicateKey(text);
  if (duplicate) return { ok: false, message: `duplicate member name ${JSON.stringify(duplicate.key)} in the object at ${duplicate.at || '(root)'}` };
  return { ok: true, value };
}

interface Frame {
  /** Member names seen so far; undefined for an array. */
  keys: Set<string> | undefined;
  /** The member name or array index the next value is stored under. */
  slot: string;
  expectKey: boolean;
}

/** Scans text that JSON.parse already accepted; returns the first repeated member name and its object's pointer. */
function findDuplicateKey(text: string): { key: string; at: string } | undefined {
  const stack: Frame[] = [];
  const pointer = (frames: Frame[]) => frames.map((f) => `/${f.slot.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const top = stack[stack.length - 1];
    if (ch === '{') stack.push({ keys: new Set(), slot: '', expectKey: true });
    else if (ch === '[') stack.push({ keys: undefined, slot: '0', expectKey: false });
    else if (ch === '}' || ch === ']') stack.pop();
    else if (ch === ',' && top) {
      if (top.keys) top.expectKey = true;
      else top.slot = String(Number(top.slot) + 1);
    } else if (ch === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (top?.keys && top.expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) return { key, at: pointer(stack.slice(0, -1)) };
        top.keys.add(key);
        top.slot = key;
        top.expectKey = false;
      }
      i = end;
    }
  }
  return undefined;
}
