/**
 * The reads an advance answers (SPEC §13.2 `reads`): each path goes through the host's own GET handling, with
 * the advance's credentials, so a read equals the GET by construction (SEAMS-CLOCK-READS).
 */
import type { HostCore } from './core.js';
import { API_PREFIX } from './urls.js';

export interface ServedRead {
  path: string;
  status: number;
  content_type: string;
  body: string;
}

type Handler = (request: Request) => Promise<Response>;

/** The app serving each host (by its store: a request sees a view of the core), registered once it is built. */
const handlers = new WeakMap<object, Handler>();

export function serveReadsWith(core: HostCore, handler: Handler): void {
  handlers.set(core.store, handler);
}

/** What a GET of each path answers now, through the whole app (middleware and variants included). */
export async function readsAsServed(core: HostCore, advance: Request, paths: readonly string[]): Promise<ServedRead[]> {
  const handler = handlers.get(core.store);
  if (handler === undefined) throw new Error('reads asked of a host core no app serves');
  const origin = new URL(advance.url).origin;
  const authorization = advance.headers.get('authorization');
  const out: ServedRead[] = [];
  // One after another: a read must not see another read's effects, and GETs have none.
  for (const path of paths) {
    const response = await handler(
      new Request(`${origin}${API_PREFIX}${path}`, { method: 'GET', headers: authorization === null ? {} : { authorization } }),
    );
    out.push({ path, status: response.status, content_type: response.headers.get('content-type') ?? '', body: await response.text() });
  }
  return out;
}
