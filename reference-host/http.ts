/**
 * The request pipeline every route goes through, in this order: authentication, content type, body size,
 * Idempotency-Key, JSON parsing, schema validation, handler. Each refusal happens before the handler runs,
 * so a refused request writes nothing; the idempotency layer stores the handler's answer.
 */
import type { Context, Hono } from 'hono';
import { jcs } from '../src/jcs.js';
import { validate, type SchemaName } from '../src/validate.js';
import type { HostCore } from './core.js';
import { IdempotencyKeys, requestFingerprint } from './idempotency.js';
import type { Tenant } from './model.js';
import { JSON_TYPE, JsonText, problem, PROBLEM_JSON_TYPE, ProblemError, toResponse, type ProblemFieldError, type Reply } from './problems.js';
import { authenticate } from './tenants.js';
import { API_PREFIX } from './urls.js';
import { membersReversed } from './variants.js';

export interface RequestContext<Body> {
  readonly core: HostCore;
  readonly request: Request;
  readonly url: URL;
  /** Scheme, host and port the client used: the base of every URL the host hands out. */
  readonly origin: string;
  readonly params: Readonly<Record<string, string>>;
  readonly body: Body;
  readonly idempotencyKey: string | null;
}

export interface TenantContext<Body> extends RequestContext<Body> {
  readonly tenant: Tenant;
}

interface RouteBase {
  readonly method: 'GET' | 'POST';
  /** Path under /api/agents, with `:name` parameters. */
  readonly path: string;
  /** Request schema; absent for requests without a body. `optional-object` accepts no body or a JSON object. */
  readonly body?: SchemaName | 'optional-object';
  readonly idempotency?: 'required' | 'optional';
}

export interface PublicRoute extends RouteBase {
  readonly auth: 'public';
  handle(ctx: RequestContext<unknown>): Reply | Promise<Reply>;
}

export interface TenantRoute<Body = unknown> extends RouteBase {
  readonly auth: 'tenant';
  handle(ctx: TenantContext<Body>): Reply | Promise<Reply>;
}

export type Route = PublicRoute | TenantRoute<never>;

/** Declares a tenant route whose handler sees the body typed as `Body` (the request schema's type). */
export function tenantRoute<Body>(route: TenantRoute<Body>): Route {
  return route as unknown as Route;
}

type BodyOutcome = { ok: true; raw: Uint8Array } | { ok: false; reply: Reply };

/** What one core serves: the routes built on it (their handlers use its clock) and its idempotency keys. */
interface Served {
  readonly routes: readonly Route[];
  readonly keys: IdempotencyKeys;
}

/**
 * Mounts the routes `build` makes. A tenant served by a view of the core with its own clock (time-lines.ts) is
 * answered by the same routes built on that view, and its keys expire on that clock.
 */
export function mountRoutes(app: Hono, core: HostCore, build: (core: HostCore) => readonly Route[]): void {
  const routes = build(core);
  const servedBy = new WeakMap<HostCore, Served>();
  const servedFor = (view: HostCore): Served => {
    let served = servedBy.get(view);
    if (served === undefined) servedBy.set(view, (served = { routes: view === core ? routes : build(view), keys: new IdempotencyKeys(view) }));
    return served;
  };
  const methodsByPath = new Map<string, string[]>();
  routes.forEach((route, index) => {
    const path = API_PREFIX + route.path;
    methodsByPath.set(path, [...(methodsByPath.get(path) ?? []), route.method]);
    app.on(route.method, path, (c) => serve(c, core, servedFor, index));
  });
  for (const [path, methods] of core.faults.has('method-not-allowed-as-404') ? [] : methodsByPath) {
    const allow = [...methods, ...(methods.includes('GET') ? ['HEAD'] : [])].join(', ');
    app.all(path, (c) =>
      toResponse(problem('method-not-allowed', `${c.req.method} is not served here; allowed: ${allow}`, {}, { allow }), c.req.path),
    );
  }
}

async function serve(c: Context, core: HostCore, servedFor: (view: HostCore) => Served, index: number): Promise<Response> {
  const request = c.req.raw;
  const url = new URL(request.url);
  // The canonical path (app.ts): every spelling of one resource shares its idempotency keys.
  const path = c.req.path;
  let reply = await pipeline(core, servedFor, index, request, url, path, c.req.param() as Record<string, string>);
  if (core.faults.has('problem-plain-json') && reply.contentType === PROBLEM_JSON_TYPE) reply = { ...reply, contentType: JSON_TYPE };
  if (core.faults.has('problem-status-always-400') && reply.status > 400 && reply.status < 500 && reply.contentType === PROBLEM_JSON_TYPE) {
    reply = { ...reply, body: { ...(reply.body as object), status: 400 } };
  }
  return toResponse(reply, path);
}

async function pipeline(
  core: HostCore,
  servedFor: (view: HostCore) => Served,
  index: number,
  request: Request,
  url: URL,
  path: string,
  params: Record<string, string>,
): Promise<Reply> {
  const route = servedFor(core).routes[index]!;
  let tenant: Tenant | undefined;
  if (route.auth === 'tenant' || core.faults.has('public-routes-require-auth')) {
    tenant = authenticate(core, request.headers.get('authorization'));
    if (tenant === undefined) {
      const challenge = core.faults.has('unauthorized-without-challenge') ? undefined : { 'www-authenticate': 'Bearer realm="agent-task"' };
      return problem('unauthorized', 'send Authorization: Bearer <api key>', {}, challenge);
    }
  }

  // Everything after authentication runs on the tenant's core: its own clock and due-queue when it has them.
  const view = core.time.of(tenant?.tenantId);
  const served = servedFor(view);
  return authenticated(view, served.keys, served.routes[index]!, request, url, path, params, tenant);
}

async function authenticated(
  core: HostCore,
  keys: IdempotencyKeys,
  route: Route,
  request: Request,
  url: URL,
  path: string,
  params: Record<string, string>,
  tenant: Tenant | undefined,
): Promise<Reply> {
  let raw: Uint8Array = new Uint8Array();
  if (route.body !== undefined) {
    const read = await readLimitedBody(request, core.faults.has('body-limit-not-enforced') ? Number.POSITIVE_INFINITY : core.config.maxBodyBytes);
    if (!read.ok) return read.reply;
    raw = read.raw;
    const contentType = request.headers.get('content-type');
    if (!core.faults.has('content-type-unchecked') && (contentType === null ? raw.length > 0 : !isJsonMediaType(contentType))) {
      return problem('unsupported-media-type', `a request body needs Content-Type: application/json${contentType === null ? '' : `, not ${contentType}`}`);
    }
  }

  let claim: ReturnType<IdempotencyKeys['claim']> | undefined;
  let idempotencyKey: string | null = null;
  // A host without the idempotency area (SPEC §12) reads no Idempotency-Key at all.
  if (route.idempotency !== undefined && tenant !== undefined && core.config.idempotencySupported) {
    const key = readIdempotencyKey(request.headers.get('idempotency-key'));
    if (key === 'malformed') return problem('invalid-request', 'Idempotency-Key must be 1 to 255 visible ASCII characters');
    if (key === undefined && route.idempotency === 'required' && !core.faults.has('idempotency-key-optional')) {
      return problem('idempotency-key-missing', 'this request changes state: send an Idempotency-Key header');
    }
    if (key !== undefined) {
      claim = keys.claim(
        { tenantId: tenant.tenantId, method: route.method, path, key },
        requestFingerprint(raw, core.faults.has('idempotency-fingerprint-raw-bytes') ? { ok: false } : parseJson(raw)),
      );
      if (claim.kind === 'replay') {
        const stored = claim.reply;
        const replayed = core.faults.has('idempotency-replay-marks-body') ? { ...stored, body: { ...(stored.body instanceof JsonText ? (JSON.parse(stored.body.text) as object) : (stored.body as object)), idempotent_replay: true } } : stored;
        // Variant stored-answers-reserialised: the answer is kept as a JSON value and serialised again when replayed.
        const served = core.variants.has('stored-answers-reserialised') && replayed.body instanceof JsonText
          ? { ...replayed, body: membersReversed(JSON.parse(replayed.body.text)) }
          : replayed;
        return withHeader(served, 'idempotent-replayed', 'true');
      }
      if (claim.kind === 'in_flight') return problem('idempotency-key-in-flight', 'the first request with this key has not finished');
      if (claim.kind === 'full') {
        return problem('too-many-requests', 'this tenant holds the most idempotency keys it may; retry when the oldest expires', {}, {
          'retry-after': String(claim.retryAfterSeconds),
        });
      }
      if (claim.kind === 'reused') return problem('idempotency-key-reused', 'this key was used with a different request body');
      idempotencyKey = key;
    }
  }

  let reply: Reply;
  try {
    const body = route.body === undefined ? undefined : parseBody(core, route.body, raw);
    const ctx = { core, request, url, origin: url.origin, params, body, idempotencyKey };
    reply = route.auth === 'tenant' ? await route.handle({ ...ctx, tenant: tenant!, body: body as never }) : await route.handle(ctx);
  } catch (error) {
    if (!(error instanceof ProblemError)) {
      if (claim?.kind === 'claimed') claim.abandon();
      throw error;
    }
    reply = error.reply;
  }
  if (claim?.kind === 'claimed') {
    // A 429 is about the moment, not the request: the same key may be sent again once the limit allows (SPEC §12).
    if (reply.status === 429 || (reply.status >= 400 && core.faults.has('idempotency-errors-not-stored'))) claim.abandon();
    else claim.finish(reply);
  }
  return reply;
}

/** The key, with the quotes of a Structured Field string removed; undefined when absent. */
function readIdempotencyKey(header: string | null): string | undefined | 'malformed' {
  if (header === null || header.trim() === '') return undefined;
  const text = header.trim();
  const key = text.length >= 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1) : text;
  return /^[\x21-\x7e]{1,255}$/.test(key) ? key : 'malformed';
}

function withHeader(reply: Reply, name: string, value: string): Reply {
  return { ...reply, headers: { ...reply.headers, [name]: value } };
}

function isJsonMediaType(contentType: string): boolean {
  const essence = contentType.split(';')[0]!.trim().toLowerCase();
  return essence === 'application/json';
}

async function readLimitedBody(request: Request, limit: number): Promise<BodyOutcome> {
  const tooLarge = (): BodyOutcome => ({ ok: false, reply: problem('payload-too-large', `bodies are limited to ${limit} bytes`) });
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit) {
    await request.body?.cancel().catch(() => undefined);
    return tooLarge();
  }
  if (request.body === null) return { ok: true, raw: new Uint8Array() };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      return { ok: false, reply: problem('malformed-json', 'the request body could not be read to its end') };
    }
    const { done, value } = chunk;
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return tooLarge();
    }
    chunks.push(value);
  }
  const raw = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    raw.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, raw };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function parseJson(raw: Uint8Array): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(utf8.decode(raw)) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Parses and validates a request body; throws the problem that refuses it. */
function parseBody(core: HostCore, schema: SchemaName | 'optional-object', raw: Uint8Array): unknown {
  if (schema === 'optional-object' && raw.length === 0) return {};
  const parsed = parseJson(raw);
  if (!parsed.ok) {
    const slug = core.faults.has('malformed-json-as-invalid-request') ? 'invalid-request' : 'malformed-json';
    throw new ProblemError(problem(slug, raw.length === 0 ? 'the request body is empty' : 'the request body is not valid UTF-8 JSON'));
  }
  const depth = jsonDepth(parsed.value, core.config.maxJsonDepth);
  if (depth > core.config.maxJsonDepth) {
    throw invalid([{ instancePath: '', keyword: 'maxDepth', message: `must not nest deeper than ${core.config.maxJsonDepth} levels` }]);
  }
  // Documents are digested (RFC 8785): a body JCS cannot represent (1e400, a lone surrogate) is refused now.
  try {
    jcs(parsed.value);
  } catch (error) {
    if (core.faults.has('non-finite-number-500')) throw error;
    throw invalid([{ instancePath: '', keyword: 'format', message: 'must hold only finite numbers and well-formed strings (RFC 8785)' }]);
  }
  if (schema === 'optional-object') {
    if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
      throw invalid([{ instancePath: '', keyword: 'type', message: 'must be object' }]);
    }
    return parsed.value;
  }
  const outcome = validate(schema, parsed.value);
  if (!outcome.ok) {
    const errors = outcome.errors.map(({ instancePath, keyword, message }) => ({ instancePath, keyword, message }));
    if (core.faults.has('invalid-request-without-errors')) throw new ProblemError(problem('invalid-request', 'the request body does not match its schema'));
    throw invalid(errors);
  }
  return outcome.value;
}

export function invalid(errors: readonly ProblemFieldError[]): ProblemError {
  const detail = errors.map((e) => `${e.instancePath || '(body)'} ${e.message}`).join('; ');
  return new ProblemError(problem('invalid-request', detail, { errors }));
}

/** Nesting depth of a parsed JSON value, counted without recursion and given up past `limit`. */
function jsonDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest > limit) return deepest;
    for (const child of Object.values(current)) stack.push({ value: child, depth: level });
  }
  return deepest;
}
