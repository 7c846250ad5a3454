/** The host's one web-standard handler: Hono routes, 404/405 and the last-resort 500, all problem+json. */
import { Hono } from 'hono';
import type { HostCore } from './core.js';
import { mountRoutes } from './http.js';
import { problem, toResponse } from './problems.js';
import { buildRoutes } from './routes.js';

export function createApp(core: HostCore, onError: (error: unknown) => void): Hono {
  const app = new Hono();
  mountRoutes(app, core, buildRoutes(core));
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
