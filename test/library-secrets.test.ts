import { describe, expect, it } from 'vitest';
import { maskDeep, maskKnownSecrets, registerSecret, SECRET_MASK } from '../src/secrets.js';

describe('masking secrets by value', () => {
  it('masks every occurrence, the whole of a secret that contains another, and a signing secret with or without whsec_', () => {
    registerSecret('atk_0123456789abcdef');
    registerSecret('atk_0123456789abcdef_longer');
    registerSecret('whsec_c2VjcmV0LXNpZ25pbmcta2V5');
    registerSecret('short');
    const text = 'k=atk_0123456789abcdef_longer&k2=atk_0123456789abcdef; s=whsec_c2VjcmV0LXNpZ25pbmcta2V5 bare c2VjcmV0LXNpZ25pbmcta2V5 short';
    expect(maskKnownSecrets(text)).toBe(`k=${SECRET_MASK}&k2=${SECRET_MASK}; s=${SECRET_MASK} bare ${SECRET_MASK} short`);
    expect(maskDeep({ a: ['x atk_0123456789abcdef y'] })).toEqual({ a: [`x ${SECRET_MASK} y`] });
    expect(maskKnownSecrets('atk_0123456')).toBe('atk_0123456');
  });

  it('stays linear as secrets accumulate over a long run', () => {
    for (let i = 0; i < 20_000; i += 1) registerSecret(`atk_${i.toString(36).padStart(8, '0')}${'x'.repeat(24)}`);
    const text = `${'y'.repeat(10_000)} atk_00000abc${'x'.repeat(24)}`;
    expect(maskKnownSecrets(text)).toBe(`${'y'.repeat(10_000)} ${SECRET_MASK}`);
  });
});
