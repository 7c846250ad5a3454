/** The host's one web-standard handler: Hono routes, 404/405 and the last-resort 500, all problem+json. */
import { Hono } from 'hono';
import { canonicalPath, rawPathOf } from './canonical-path.js';
import type { HostCore } from './core.js';
import { mountRoutes } from './http.js';
import { problem, toResponse } from './problems.js';
import { buildRoutes } from './routes.js';
import { serveReadsWith } from './served-reads.js';
import { authenticate } from './tenants.js';
import { API_PREFIX } from './urls.js';
import { answerAsServed, problemAsServed } from './variants.js';

/** The routes served without authentication (SPEC §14.1), whatever the method. */
const PUBLIC_PATHS: ReadonlySet<string> = new Set([`${API_PREFIX}/capabilities`, `${API_PREFIX}/_seams/tenants`]);

/** The rate-limited variant refuses this request of each client, and every one this many after it. */
const RATE_LIMIT_EVERY = 10;
const RATE_LIMIT_CLIENTS_COUNTED = 10_000;

export function createApp(core: HostCore, onError: (error: unknown) => void): Hono {
  // Routes are matched on the canonical path; a path without one is refused before any route runs.
  const app = new Hono({
    getPath: (request) => {
      const raw = rawPathOf(request.url);
      const verdict = canonicalPath(raw);
      return verdict.ok ? verdict.path : raw;
    },
  });
  app.use(async (c, next) => {
    await next();
    c.res = await answerAsServed(core.variants, c.req.raw, c.res);
  });
  // Variant cache-and-cors-headers: the headers a CDN-fronted framework adds to every answer.
  let requestsServed = 0;
  app.use(async (c, next) => {
    await next();
    if (!core.variants.has('cache-and-cors-headers')) return;
    const headers = new Headers(c.res.headers);
    requestsServed++;
    headers.set('connection', 'close');
    headers.set('cache-control', 'no-store');
    headers.set('etag', `W/"r${requestsServed}"`);
    headers.append('vary', 'Origin');
    headers.set('access-control-allow-origin', '*');
    headers.set('x-request-id', `req-${requestsServed}`);
    headers.set('server', 'reference-edge/1.0');
    c.res = new Response(c.res.body, { status: c.res.status, statusText: c.res.statusText, headers });
  });
  app.use(async (c, next) => {
    await next();
    c.res = await problemAsServed(core.variants, c.res);
  });
  // Requests seen per API key (or none), counted only under the rate-limited variant, which refuses every
  // RATE_LIMIT_EVERYth before anything runs; the count is a test device, so it is simply dropped when it grows large.
  const requestsByKey = new Map<string, number>();
  app.use(async (c, next) => {
    if (core.variants.has('rate-limited')) {
      const key = c.req.header('authorization') ?? '';
      const seen = (requestsByKey.get(key) ?? 0) + 1;
      if (requestsByKey.size >= RATE_LIMIT_CLIENTS_COUNTED) requestsByKey.clear();
      requestsByKey.set(key, seen);
      if (seen % RATE_LIMIT_EVERY === 0) {
        return toResponse(problem('too-many-requests', 'too many requests from this client; retry after the delay', {}, { 'retry-after': '0' }), c.req.path);
      }
    }
    await next();
    return undefined;
  });
  app.use(async (c, next) => {
    const verdict = canonicalPath(rawPathOf(c.req.url));
    if (!verdict.ok) return toResponse(problem('malformed-request', verdict.reason));
    await next();
    return undefined;
  });
  // Variant auth-first: an authentication layer in front of the router, as many frameworks place it.
  app.use(async (c, next) => {
    const isPublic = PUBLIC_PATHS.has(c.req.path);
    if (!isPublic && core.variants.has('auth-first') && authenticate(core, c.req.header('authorization') ?? null) === undefined) {
      return toResponse(problem('unauthorized', 'send Authorization: Bearer <api key>', {}, { 'www-authenticate': 'Bearer realm="agent-task"' }), c.req.path);
    }
    await next();
    return undefined;
  });
  mountRoutes(app, core, buildRoutes);
  serveReadsWith(core, async (request) => app.fetch(request));
  app.notFound((c) =>
    core.faults.has('default-404-handler')
      ? c.text('404 Not Found', 404)
      : toResponse(problem('not-found', `no route ${c.req.method} ${c.req.path}`), c.req.path),
  );
  app.onError((error, c) => {
    onError(error);
    return toResponse(problem('internal', 'the host failed to answer this request'), c.req.path);
  });
  return app;
}
