import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DIGEST_PATTERN, digest, jcs } from '../src/index.js';

describe('jcs', () => {
  it('orders keys by UTF-16 code units, not by code points', () => {
    // U+1F600 is stored as D83D DE00, so it sorts before U+FB33 although its code point is larger.
    const value = { '\ufb33': 3, '\u{1F600}': 2, '\u20ac': 1, a: 0, '': -1 };
    expect(jcs(value)).toBe('{"":-1,"a":0,"€":1,"😀":2,"דּ":3}');
  });

  it('sorts nested objects and keeps array order', () => {
    expect(jcs({ b: [{ z: 1, y: 2 }, 'x'], a: null })).toBe('{"a":null,"b":[{"y":2,"z":1},"x"]}');
  });

  it('serializes numbers the ECMAScript way', () => {
    expect(jcs([-0, 1e21, 1e-7, 0.1 + 0.2, 100, 4.5])).toBe('[0,1e+21,1e-7,0.30000000000000004,100,4.5]');
  });

  it('rejects lone surrogates in values and keys', () => {
    expect(() => jcs('\ud800')).toThrow(/surrogate/i);
    expect(() => jcs({ x: 'a\udc00b' })).toThrow(/surrogate/i);
    expect(() => jcs({ '\ud83d': 1 })).toThrow(/surrogate/i);
  });

  it('rejects values with no JSON form', () => {
    expect(() => jcs(Number.NaN)).toThrow();
    expect(() => jcs([Number.POSITIVE_INFINITY])).toThrow();
    expect(() => jcs(undefined)).toThrow(TypeError);
  });
});

describe('digest', () => {
  it('is sha256: + hex SHA-256 of the UTF-8 canonical form', () => {
    const value = { b: 'é', a: 1 };
    const expected = createHash('sha256').update(Buffer.from('{"a":1,"b":"é"}', 'utf8')).digest('hex');
    expect(digest(value)).toBe(`sha256:${expected}`);
    expect(digest(value)).toMatch(DIGEST_PATTERN);
  });

  it('does not depend on key order', () => {
    expect(digest({ a: 1, b: { c: 2, d: 3 } })).toBe(digest({ b: { d: 3, c: 2 }, a: 1 }));
    expect(digest({ a: 1 })).not.toBe(digest({ a: 2 }));
  });
});
