import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonText, readJsonFile } from '../src/cli/read-json.js';

describe('parseJsonText', () => {
  it('accepts JSON and returns the value', () => {
    expect(parseJsonText('{"a":[1,{"b":"}\\"{"}],"c":{"a":1}}')).toEqual({
      ok: true,
      value: { a: [1, { b: '}"{' }], c: { a: 1 } },
    });
  });

  it('finds a repeated member name and says where', () => {
    expect(parseJsonText('{"a":1,"a":2}')).toEqual({
      ok: false,
      message: 'duplicate member name "a" in the object at (root)',
    });
    expect(parseJsonText('{"x":[{"ok":1},{"k":1,"m":{},"k":2}]}')).toEqual({
      ok: false,
      message: 'duplicate member name "k" in the object at /x/1',
    });
  });

  it('compares member names after unescaping', () => {
    expect(parseJsonText('{"a/b":{"\\u0061":1,"a":2}}')).toEqual({
      ok: false,
      message: 'duplicate member name "a" in the object at /a~1b',
    });
  });

  it('does not confuse values or nested objects with member names', () => {
    expect(parseJsonText('{"a":"a","b":{"a":1},"c":["a","a"]}').ok).toBe(true);
  });

  it('reports a syntax error', () => {
    const outcome = parseJsonText('{"a":1,}');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(/^not valid JSON: /);
  });
});

describe('readJsonFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atk-read-json-'));

  it('tells an unreadable file from invalid content', () => {
    expect(readJsonFile(join(dir, 'missing.json'))).toMatchObject({ ok: false, kind: 'unreadable' });
    const latin1 = join(dir, 'latin1.json');
    writeFileSync(latin1, Buffer.from([0x22, 0xe9, 0x22]));
    expect(readJsonFile(latin1)).toEqual({ ok: false, kind: 'invalid', message: `${latin1} is not valid UTF-8` });
  });
});
