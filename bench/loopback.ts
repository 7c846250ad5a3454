/**
 * Servers on 127.0.0.1 for benchmarks and robustness tests: the reference host behind node:http, a bare
 * node:http server answering a fixed body (the floor every HTTP figure is compared with), and a clean
 * shutdown that does not wait for keep-alive sockets.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { FetchLike } from './host-client.js';

export interface Listening {
  /** `http://127.0.0.1:<port>` */
  url: string;
  server: Server;
  close(): Promise<void>;
}

export async function listen(listener: RequestListener): Promise<Listening> {
  const server = createServer(listener);
  // Keep-alive sockets stay open between benchmark requests; nothing else tunes the server.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A web-standard handler (e.g. `host.fetch`) on a loopback port, the way `serve` exposes the host. */
export function serveHandler(handler: FetchLike): Promise<Listening> {
  return listen(getRequestListener((request) => handler(request)));
}

/** The floor: a node:http server that drains the request and answers the same bytes every time. */
export function serveFixedBody(body: string, contentType = 'application/json'): Promise<Listening> {
  const bytes = Buffer.from(body);
  return listen((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': contentType, 'content-length': bytes.length });
      res.end(bytes);
    });
  });
}
