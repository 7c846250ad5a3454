import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { eventTypes, scriptedFetch, TestHost } from './support.js';

let host: TestHost | undefined;
let server: Server | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A resolver with a fixed table that counts its lookups. */
function tableResolver(table: Record<string, string[]>) {
  const lookups: string[] = [];
  const resolve = async (hostname: string) => {
    lookups.push(hostname);
    return (table[hostname] ?? []).map((address) => ({ address, family: (address.includes(':') ? 6 : 4) as 4 | 6 }));
  };
  return { resolve, lookups };
}

async function attemptsOf(h: TestHost, token: string) {
  return (await h.get(`/tasks/${token}/callback-attempts`)).json.attempts as Array<{ error: string | null; outcome: string }>;
}

describe('callback host names are resolved and checked at every attempt (SECURITY-CALLBACK-TARGET)', () => {
  it('refuses a name that resolves to a loopback, private or link-local address as a connection_error, sending nothing', async () => {
    const outbound = scriptedFetch();
    const names = { 'loop.example': ['127.0.0.1'], 'private.example': ['93.184.216.34', '10.0.0.7'], 'meta.example': ['169.254.169.254'], 'v6.example': ['::ffff:192.168.1.1'] };
    const resolver = tableResolver(names);
    host = new TestHost({ fetch: outbound.fetch, resolve: resolver.resolve, allowLoopbackCallbacks: false });
    for (const name of Object.keys(names)) {
      const { created, token } = await host.createRun({ callbackUrl: `https://${name}/hook` });
      expect(created.status).toBe(201);
      await host.advance(6_000);
      expect(await attemptsOf(host, token)).toMatchObject([{ outcome: 'failed', error: 'connection_error', http_status: null }]);
      const notes = (await host.ledger(token)).json.state_history.map((e: { public_note?: string }) => e.public_note ?? '').join(' ');
      expect(notes).toContain(`${name} resolves to`);
    }
    expect(outbound.deliveries).toHaveLength(0);
  });

  it('resolves again at each attempt: a name that turns private after the first attempt is refused then', async () => {
    const outbound = scriptedFetch([{ status: 500 }]);
    const table: Record<string, string[]> = { 'flip.example': ['93.184.216.34'] };
    const resolver = tableResolver(table);
    host = new TestHost({ fetch: outbound.fetch, resolve: resolver.resolve, allowLoopbackCallbacks: false });
    const { token } = await host.createRun({ callbackUrl: 'https://flip.example/hook' });
    await host.advance(6_000);
    table['flip.example'] = ['127.0.0.1'];
    await host.advance(6_000);
    expect((await attemptsOf(host, token)).map((a) => a.error)).toEqual(['http_error', 'connection_error']);
    expect(resolver.lookups).toEqual(['flip.example', 'flip.example']);
    expect(outbound.deliveries).toHaveLength(1);
    expect(eventTypes(await host.ledger(token)).filter((t) => t === 'callback_attempt_failed')).toHaveLength(2);
  });

  it('connects to the address it checked, keeping the name for the Host header, with no second lookup', async () => {
    const seen: IncomingHttpHeaders[] = [];
    server = createServer((req, res) => {
      seen.push(req.headers);
      req.resume();
      req.on('end', () => res.writeHead(204).end());
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    // hooks.invalid exists in no DNS: only the resolver seam knows it, so a second lookup would fail.
    // Both loopback families, IPv6 first as `localhost` often resolves: the receiver listens on IPv4 only.
    const resolver = tableResolver({ 'hooks.invalid': ['::1', '127.0.0.1'] });
    host = new TestHost({ resolve: resolver.resolve, allowLoopbackCallbacks: true });
    const { token } = await host.createRun({ callbackUrl: `http://hooks.invalid:${port}/hook` });
    await host.advance(6_000);
    expect(await attemptsOf(host, token)).toMatchObject([{ outcome: 'delivered', error: null }]);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.host).toBe(`hooks.invalid:${port}`);
    expect(seen[0]!['webhook-id']).toMatch(/^msg_/);
    expect(resolver.lookups).toEqual(['hooks.invalid']);
  });

  it('judges an IP literal without a lookup', async () => {
    const outbound = scriptedFetch();
    const resolver = tableResolver({});
    host = new TestHost({ fetch: outbound.fetch, resolve: resolver.resolve });
    const { token } = await host.createRun({ callbackUrl: 'https://93.184.216.34/hook' });
    await host.advance(6_000);
    expect(await attemptsOf(host, token)).toMatchObject([{ outcome: 'delivered' }]);
    expect(resolver.lookups).toEqual([]);
  });
});
