import { scenario } from '../src/harness/index.js';

const OPTIONAL_AREAS = ['callbacks', 'replay', 'queue_monitor', 'idempotency', 'agent_runtime', 'attestation_statement', 'seams'] as const;

scenario(
  {
    id: 'discovery-area-blocks',
    title: 'Every optional area is a block with a boolean `supported`, and a declared queue monitor answers',
    rules: ['DISCOVERY-AREA-BLOCKS'],
  },
  async (t) => {
    const exchange = await t.http.request('GET', '/api/agents/capabilities', { apiKey: null });
    t.assertStatus('DISCOVERY-AREA-BLOCKS', exchange, 200);
    const document = (exchange.json ?? {}) as Record<string, unknown>;
    for (const area of OPTIONAL_AREAS) {
      const block = document[area];
      const isObject = typeof block === 'object' && block !== null && !Array.isArray(block);
      t.assertTrue('DISCOVERY-AREA-BLOCKS', `capabilities.${area} is an object with a boolean supported`, isObject && typeof (block as Record<string, unknown>)['supported'] === 'boolean', {
        expected: '{ "supported": true|false, … }',
        observed: block,
      });
    }
    // A declared area is implemented: the area whose endpoints need no run is probed directly; the
    // others are held to their MUST rules by the scenarios gated on them.
    const queueMonitor = document['queue_monitor'] as { supported?: unknown } | undefined;
    if (queueMonitor?.supported === true) {
      for (const path of ['/api/agents/queue/monitor', '/api/agents/queue/alerts']) {
        const probe = await t.http.request('GET', path);
        t.assertStatus('DISCOVERY-AREA-BLOCKS', probe, 200);
      }
    }
  },
);
