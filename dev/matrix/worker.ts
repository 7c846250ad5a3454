/**
 * A matrix worker process: loads the scenarios once, starts one callback receiver, then asks the parent for
 * another batch whenever fewer cells wait for a slot than it runs at once, and streams back each cell as it
 * ends.
 */
import { loadScenarios, startReceiver } from '../../src/harness/index.js';
import { batchSize, runBatch, Slots, type CellEvents } from './cells.js';
import type { WorkerReply, WorkerRequest } from './outcome.js';

function send(reply: WorkerReply): Promise<void> {
  return new Promise((resolve) => {
    if (process.send === undefined) resolve();
    else process.send(reply, undefined, {}, () => resolve());
  });
}

async function main(): Promise<void> {
  const concurrency = Number(process.env['ATK_MATRIX_CONCURRENCY']);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error('ATK_MATRIX_CONCURRENCY must be set by the parent to a positive integer');
  const entries = await loadScenarios();
  const receiver = await startReceiver();
  const slots = new Slots(concurrency);
  const pending: Promise<void>[] = [];
  let backlog = 0;
  let asked = false;
  let done = false;

  const askIfIdle = (): void => {
    if (asked || done || backlog >= concurrency) return;
    asked = true;
    void send({ type: 'want' });
  };
  const events: CellEvents = {
    started() {
      backlog -= 1;
      askIfIdle();
    },
    ended(cell) {
      void send({ type: 'cell', cell });
    },
  };

  const finished = new Promise<void>((resolve) => {
    process.on('message', (message: WorkerRequest) => {
      if (message.type === 'done') {
        done = true;
        resolve();
        return;
      }
      asked = false;
      backlog += batchSize(message.batch, entries);
      pending.push(runBatch(message.batch, entries, receiver, slots, events));
      askIfIdle();
    });
  });
  askIfIdle();
  await finished;
  await Promise.all(pending);
  await receiver.close();
  await send({ type: 'finished' });
  process.disconnect?.();
}

main().catch(async (error: unknown) => {
  await send({ type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exitCode = 1;
  process.disconnect?.();
});
