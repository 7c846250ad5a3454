import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jcs } from '../src/jcs.js';
import { generateSigningSecret, signCallback, verifyCallback } from '../src/webhooks.js';
import { repoRoot, runCli } from './support/run-cli.js';

const vectorsDir = resolve(repoRoot, '../shared/vectors');
const jcsDir = join(vectorsDir, 'jcs');
const jcsNames = readdirSync(join(jcsDir, 'input'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();

describe('RFC 8785 vectors', () => {
  it('are present', () => {
    expect(jcsNames.length).toBeGreaterThan(0);
  });

  it.each(jcsNames)('jcs(%s) equals the output bytes', (name) => {
    const input: unknown = JSON.parse(readFileSync(join(jcsDir, 'input', `${name}.json`), 'utf8'));
    const expected = readFileSync(join(jcsDir, 'output', `${name}.json`));
    expect(Buffer.from(jcs(input), 'utf8').equals(expected)).toBe(true);
  });

  it.each(jcsNames)('agent-task-kit hash input/%s.json prints the digest of the output bytes', async (name) => {
    const expected = createHash('sha256').update(readFileSync(join(jcsDir, 'output', `${name}.json`))).digest('hex');
    const result = await runCli(['hash', join(jcsDir, 'input', `${name}.json`)]);
    expect(result).toEqual({ exitCode: 0, stdout: `sha256:${expected}\n`, stderr: '' });
  });
});

interface WebhookCase {
  secret: string;
  id: string;
  timestamp: number;
  body: string;
  signature: string;
}

const webhookCases = (
  JSON.parse(readFileSync(join(vectorsDir, 'standard-webhooks.json'), 'utf8')) as { cases: WebhookCase[] }
).cases;

describe.each(webhookCases)('Standard Webhooks vector $id', (c) => {
  const headers = { 'webhook-id': c.id, 'webhook-timestamp': String(c.timestamp), 'webhook-signature': c.signature };
  const verify = (overrides: Partial<Parameters<typeof verifyCallback>[0]> = {}) =>
    verifyCallback({ secrets: c.secret, headers, body: c.body, nowSeconds: c.timestamp, ...overrides });

  it('signs to the expected signature, from a string or the same bytes', () => {
    expect(signCallback(c)).toBe(c.signature);
    expect(signCallback({ ...c, body: new TextEncoder().encode(c.body) })).toBe(c.signature);
  });

  it('verifies', () => {
    expect(verify()).toEqual({ ok: true });
  });

  it('refuses a tampered body', () => {
    expect(verify({ body: c.body.replace('2', '3') })).toEqual({ ok: false, reason: 'bad_signature' });
    expect(verify({ body: `${c.body} ` })).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses a wrong secret', () => {
    expect(verify({ secrets: generateSigningSecret() })).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses a stale or future timestamp beyond the tolerance, accepts one at its edge', () => {
    expect(verify({ nowSeconds: c.timestamp + 301 })).toEqual({ ok: false, reason: 'stale_timestamp' });
    expect(verify({ nowSeconds: c.timestamp - 301 })).toEqual({ ok: false, reason: 'future_timestamp' });
    expect(verify({ nowSeconds: c.timestamp + 300 })).toEqual({ ok: true });
    expect(verify({ nowSeconds: c.timestamp + 10, toleranceSeconds: 5 })).toEqual({ ok: false, reason: 'stale_timestamp' });
  });

  it('verifies during rotation with either secret listed first', () => {
    const other = generateSigningSecret();
    expect(verify({ secrets: [other, c.secret] })).toEqual({ ok: true });
    expect(verify({ secrets: [c.secret, other] })).toEqual({ ok: true });
  });

  it('accepts any matching v1 entry and ignores other versions', () => {
    const other = signCallback({ ...c, secret: generateSigningSecret() });
    const signature = `v1a,${c.signature.slice(3)} ${other} ${c.signature}`;
    expect(verify({ headers: { ...headers, 'webhook-signature': signature } })).toEqual({ ok: true });
    expect(verify({ headers: { ...headers, 'webhook-signature': `v2,${c.signature.slice(3)}` } })).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
  });

  it('reads the headers from a Headers object, case-insensitively, also when the signature header repeats', () => {
    expect(verify({ headers: new Headers(headers) })).toEqual({ ok: true });
    const repeated = new Headers(headers);
    repeated.set('webhook-signature', signCallback({ ...c, secret: generateSigningSecret() }));
    repeated.append('webhook-signature', c.signature);
    expect(verify({ headers: repeated })).toEqual({ ok: true });
    expect(verify({ headers: { ...headers, 'webhook-signature': ['v1,AAAA', c.signature] } })).toEqual({ ok: true });
    const upper = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toUpperCase(), v]));
    expect(verify({ headers: upper })).toEqual({ ok: true });
  });

  it('refuses missing or malformed headers and unusable secrets', () => {
    for (const name of Object.keys(headers)) {
      const partial = Object.fromEntries(Object.entries(headers).filter(([k]) => k !== name));
      expect(verify({ headers: partial })).toEqual({ ok: false, reason: 'missing_headers' });
    }
    expect(verify({ headers: { ...headers, 'webhook-timestamp': '1614265330.5' } })).toEqual({
      ok: false,
      reason: 'missing_headers',
    });
    expect(verify({ secrets: 'whsec_not base64!' })).toEqual({ ok: false, reason: 'bad_secret' });
    expect(verify({ secrets: [] })).toEqual({ ok: false, reason: 'bad_secret' });
    expect(() => signCallback({ ...c, secret: 'whsec_' })).toThrow(TypeError);
  });
});

describe('generateSigningSecret', () => {
  it('is whsec_ + base64 of 32 random bytes, different every time', () => {
    const a = generateSigningSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(a.slice(6), 'base64')).toHaveLength(32);
    expect(generateSigningSecret()).not.toBe(a);
  });
});
