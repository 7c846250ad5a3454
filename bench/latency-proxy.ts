/**
 * A loopback proxy that adds a fixed delay to every answer, standing for a host one network hop away. It
 * forwards method, path, headers (Host included, so the URLs the host hands out name the proxy) and body, and
 * streams the answer back once the delay has passed.
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LatencyProxy {
  url: string;
  /** Requests forwarded so far. */
  readonly forwarded: number;
  /** Requests forwarded so far by method and path template (`GET /api/agents/tasks/{id}/ledger`). */
  readonly byRoute: ReadonlyMap<string, number>;
  close(): Promise<void>;
}

/** A path's template: every segment that is not a lower-case word (an id, a token) reads `{id}`. */
export function routeOf(method: string, url: string): string {
  const path = url.split('?')[0] ?? '';
  return `${method} ${path.split('/').map((segment) => (segment === '' || /^_?[a-z]+(?:-[a-z]+)*$/.test(segment) ? segment : '{id}')).join('/')}`;
}

export async function startLatencyProxy(upstream: string, delayMs: number): Promise<LatencyProxy> {
  const target = new URL(upstream);
  let forwarded = 0;
  const byRoute = new Map<string, number>();
  const forward = (incoming: IncomingMessage, outgoing: ServerResponse): void => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      setTimeout(() => {
        forwarded += 1;
        const route = routeOf(incoming.method ?? 'GET', incoming.url ?? '/');
        byRoute.set(route, (byRoute.get(route) ?? 0) + 1);
        const upstreamRequest = request(
          { host: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers: incoming.headers },
          (answer) => {
            outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(outgoing);
          },
        );
        upstreamRequest.on('error', () => {
          outgoing.writeHead(502);
          outgoing.end();
        });
        upstreamRequest.end(Buffer.concat(chunks));
      }, delayMs);
    });
  };
  const server = createServer(forward);
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get forwarded() {
      return forwarded;
    },
    byRoute,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
