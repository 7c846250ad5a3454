import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReferenceHost, type ReferenceHost } from '../../reference-host/index.js';
import { createHostServer } from '../../reference-host/node-server.js';
import { validate } from '../../src/validate.js';

let host: ReferenceHost;
let server: Server;
let port: number;

beforeAll(async () => {
  host = createReferenceHost({ conformance: true });
  server = createHostServer(host.fetch);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await host.close();
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
});

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends bytes as they are and reads the answer until the server closes the connection (or 3 s pass). */
function exchange(bytes: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => socket.destroy(), 3_000);
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      // One answer is enough: a keep-alive socket is not waited out.
      const text = Buffer.concat(chunks).toString('latin1');
      const head = text.indexOf('\r\n\r\n');
      const length = /\r\ncontent-length: *(\d+)/i.exec(text)?.[1];
      if (head !== -1 && length !== undefined && text.length >= head + 4 + Number(length)) socket.destroy();
    });
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
    socket.on('error', reject);
    socket.write(bytes);
  });
}

function expectProblem(answer: RawAnswer, status: number, slug: string): void {
  expect(answer.status, answer.body).toBe(status);
  expect(answer.headers['content-type']).toBe('application/problem+json');
  const body = JSON.parse(answer.body);
  expect(validate('problem-details', body).ok).toBe(true);
  expect(body).toMatchObject({ type: `urn:agent-task:problem:${slug}`, status });
}

describe('errors raised before routing are problem+json too (ERRORS-PROBLEM-JSON, ERRORS-STATUS-AGREES)', () => {
  it('a raw backslash in the path', async () => {
    expectProblem(await exchange('GET /api/agents\\capabilities HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n'), 400, 'malformed-request');
  });

  it('a malformed Host header', async () => {
    expectProblem(await exchange('GET /api/agents/capabilities HTTP/1.1\r\nHost: exa mple:x@y\r\nConnection: close\r\n\r\n'), 400, 'malformed-request');
  });

  it('no Host header on HTTP/1.1', async () => {
    expectProblem(await exchange('GET /api/agents/capabilities HTTP/1.1\r\nConnection: close\r\n\r\n'), 400, 'malformed-request');
  });

  it('conflicting Content-Length and Transfer-Encoding', async () => {
    const request = 'POST /api/agents/quote HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n';
    expectProblem(await exchange(request), 400, 'malformed-request');
  });

  it('oversized headers answer 431', async () => {
    expectProblem(await exchange(`GET /api/agents/capabilities HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`), 431, 'header-fields-too-large');
  });

  it('bytes that are not HTTP', async () => {
    expectProblem(await exchange('HELLO THERE\r\n\r\n'), 400, 'malformed-request');
  });

  it('a stray percent sign in the path', async () => {
    expectProblem(await exchange('GET /api/agents/capabilities%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n'), 400, 'malformed-request');
  });

  it('while well-formed requests are served, escaped spellings included', async () => {
    const answer = await exchange('GET /api/agents/c%61pabilities HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).object_type).toBe('agent_host_capabilities');
  });
});
