/**
 * The reference host on node:http, as `agent-task-kit serve` runs it. Errors raised before the host's handler
 * sees a request are answered as problem+json too (ERRORS-PROBLEM-JSON): a request the adapter cannot turn
 * into a web Request (malformed or missing Host, a raw backslash in the path) through its error handler, and
 * what Node's own parser refuses (oversized headers, conflicting Content-Length and Transfer-Encoding, bytes
 * that are not HTTP) through `clientError`, where the answer is written on the socket as raw HTTP/1.1.
 */
import { createServer, STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { getRequestListener, RequestError } from '@hono/node-server';
import { problem, toResponse, type ProblemSlug } from './problems.js';

/** Node's parser errors by code, and the problem each is answered with; any other code is a malformed request. */
const PARSER_PROBLEMS: Readonly<Record<string, ProblemSlug>> = {
  HPE_HEADER_OVERFLOW: 'header-fields-too-large',
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 'payload-too-large',
  ERR_HTTP_REQUEST_TIMEOUT: 'request-timeout',
};

export function createHostServer(handler: (request: Request) => Promise<Response>): Server {
  const listener = getRequestListener(handler, {
    errorHandler: (error) =>
      error instanceof RequestError
        ? toResponse(problem('malformed-request', `the request cannot be read: ${error.message}`))
        : toResponse(problem('internal', 'the host failed to answer this request')),
  });
  // Node would answer a missing Host with a bare 400 itself; the adapter refuses it through the handler above.
  const server = createServer({ requireHostHeader: false }, listener);
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => answerClientError(error, socket));
  return server;
}

function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  // An answer already under way on this socket cannot be followed by another; a reset socket takes none.
  const answering = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent === true;
  if (error.code === 'ECONNRESET' || !socket.writable || answering) {
    socket.destroy();
    return;
  }
  const code = error.code ?? 'unknown';
  socket.end(rawProblem(PARSER_PROBLEMS[code] ?? 'malformed-request', `the request is not well-formed HTTP/1.1 (${code})`));
}

/** A complete HTTP/1.1 answer carrying a problem document; the connection closes after it. */
export function rawProblem(slug: ProblemSlug, detail: string): string {
  const reply = problem(slug, detail);
  const body = JSON.stringify(reply.body);
  return [
    `HTTP/1.1 ${reply.status} ${STATUS_CODES[reply.status] ?? 'Error'}`,
    `content-type: ${reply.contentType}`,
    `content-length: ${Buffer.byteLength(body)}`,
    'connection: close',
    '',
    body,
  ].join('\r\n');
}
