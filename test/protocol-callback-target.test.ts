import { describe, expect, it } from 'vitest';
import { callbackTargetClass, checkCallbackTarget } from '../src/protocol/callback-target.js';

const REFUSED_ALWAYS = [
  'ftp://agent.example/hook',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'http://0.0.0.0/hook',
  'http://0/hook',
  'http://10.1.2.3/hook',
  'http://172.16.0.1/',
  'http://172.31.255.255/',
  'http://192.168.1.1/',
  'http://169.254.169.254/latest/meta-data',
  'http://100.64.0.1/',
  'http://100.127.255.254/',
  'http://224.0.0.1/',
  'http://[::]/',
  'http://[fc00::1]/',
  'http://[fd12:3456::1]/',
  'http://[fe80::1]/',
  'http://[febf::1]/',
  'http://[::ffff:10.0.0.1]/',
  'http://[::ffff:169.254.169.254]/',
  'http://[64:ff9b::192.168.0.1]/',
  'http://0xa9.0xfe.0xa9.0xfe/',
  'http://2852039166/',
  'not a url',
];

const LOOPBACK = [
  'http://127.0.0.1:8080/hook',
  'http://127.1/',
  'http://0x7f000001/',
  'http://localhost/hook',
  'http://LOCALHOST./hook',
  'http://api.localhost/',
  'http://[::1]:9000/',
  'http://[::ffff:127.0.0.1]/',
  'http://[0:0:0:0:0:0:0:1]/',
];

const PUBLIC = ['https://agent.example/callbacks', 'http://93.184.216.34/', 'https://[2606:4700::1111]/', 'http://172.32.0.1/', 'http://100.128.0.1/', 'http://11.0.0.1/'];

describe('callback target check', () => {
  it('refuses private, link-local, unspecified and non-http targets in every spelling, loopback allowed or not', () => {
    for (const url of REFUSED_ALWAYS) {
      expect(checkCallbackTarget(url, { allowLoopback: false }).ok, url).toBe(false);
      expect(checkCallbackTarget(url, { allowLoopback: true }).ok, url).toBe(false);
    }
  });

  it('refuses loopback unless the operator allows it', () => {
    for (const url of LOOPBACK) {
      expect(checkCallbackTarget(url, { allowLoopback: false }).ok, url).toBe(false);
      expect(checkCallbackTarget(url, { allowLoopback: true }).ok, url).toBe(true);
    }
  });

  it('accepts public addresses and host names', () => {
    for (const url of PUBLIC) expect(checkCallbackTarget(url, { allowLoopback: false }), url).toMatchObject({ ok: true });
  });

  it('says why a target is refused', () => {
    expect(checkCallbackTarget('http://169.254.169.254/', { allowLoopback: true })).toEqual({ ok: false, reason: 'host 169.254.169.254 is a link-local address' });
  });
});

describe('callbackTargetClass', () => {
  it('says which targets a host may refuse, and which only outside a loopback allowance', () => {
    expect(['https://agent.example/hook', 'http://93.184.216.34/'].map(callbackTargetClass)).toEqual(['public', 'public']);
    expect(['http://127.0.0.1:9/cb', 'http://[::1]/', 'http://localhost:8080/'].map(callbackTargetClass)).toEqual(['loopback', 'loopback', 'loopback']);
    expect(['http://10.0.0.5/', 'ftp://agent.example/', 'not a url'].map(callbackTargetClass)).toEqual(['refused', 'refused', 'refused']);
  });
});
