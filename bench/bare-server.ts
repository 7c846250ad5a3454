/**
 * The floor of every HTTP figure: `node --import tsx bench/bare-server.ts [body-file]` answers the same bytes
 * (the file's, or a small JSON object) to every request on 127.0.0.1. It stops on SIGTERM/SIGINT or when its
 * parent closes stdin, so it never outlives the benchmark.
 */
import { readFileSync } from 'node:fs';
import { serveFixedBody } from './loopback.js';

const bodyFile = process.argv[2];
const body = bodyFile ? readFileSync(bodyFile, 'utf8') : '{"ok":true}';
const server = await serveFixedBody(body);
console.log(`bare server listening on ${server.url}`);

const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
process.stdin.on('end', stop).resume();
