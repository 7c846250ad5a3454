/**
 * The same JSON value written as other bytes: members in another order and insignificant whitespace added.
 * SPEC.md §12 fingerprints a request by the digest of its JSON value (§6.1), so a repeat written this way is the
 * same request; a host that fingerprints the bytes it received treats it as another one.
 */

function reorder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reorder);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([name, member]) => [name, reorder(member)]));
}

/** `value` with every object's members in reverse order, indented, with a tab and a trailing newline. */
export function reshapedJson(value: unknown): string {
  return `\t${JSON.stringify(reorder(value), null, 2)}\r\n`;
}
