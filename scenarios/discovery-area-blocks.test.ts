import type { SchemaName } from '../generated/types.js';
import { scenario } from '../src/harness/index.js';
import { members, schemaErrors, servedCapabilities, servedDocument } from '../src/harness/checks/served.js';

const OPTIONAL_AREAS = ['callbacks', 'replay', 'queue_monitor', 'idempotency', 'agent_runtime', 'attestation_statement', 'seams'] as const;

/** Documents of an area that need no run: what a declared area must serve from the start. */
const AREA_DOCUMENTS: readonly { area: 'queue_monitor' | 'seams'; seam?: 'test_clock'; path: string; schema: SchemaName }[] = [
  { area: 'queue_monitor', path: '/api/agents/queue/monitor', schema: 'queue-monitor' },
  { area: 'queue_monitor', path: '/api/agents/queue/alerts', schema: 'stuck-task-alert-list' },
  { area: 'seams', seam: 'test_clock', path: '/api/agents/_seams/clock', schema: 'clock-state' },
];

scenario(
  {
    id: 'discovery-area-blocks',
    title: 'Every optional area is a block with a boolean `supported`, and a declared area serves valid documents',
    rules: ['DISCOVERY-AREA-BLOCKS'],
  },
  async (t) => {
    const { exchange } = await servedCapabilities(t.http);
    t.assertStatus('DISCOVERY-AREA-BLOCKS', exchange, 200);
    const document = members(exchange.json);
    for (const area of OPTIONAL_AREAS) {
      const block = document[area];
      const isObject = typeof block === 'object' && block !== null && !Array.isArray(block);
      t.assertTrue('DISCOVERY-AREA-BLOCKS', `capabilities.${area} is an object with a boolean supported`, isObject && typeof members(block)['supported'] === 'boolean', {
        expected: '{ "supported": true|false, … }',
        observed: block,
      });
    }
    // A declared area is implemented: the documents it serves without a run are probed here; the rest of
    // each area is held to its MUST rules by the scenarios gated on it.
    const declared = (area: string, seam?: string): boolean =>
      members(document[area])['supported'] === true && (seam === undefined || members(members(document[area])[seam])['supported'] === true);
    for (const { area, seam, path, schema } of AREA_DOCUMENTS.filter((d) => declared(d.area, d.seam))) {
      const probe = await servedDocument(t.http, path, schema);
      t.assertStatus('DISCOVERY-AREA-BLOCKS', probe.exchange, 200);
      t.assertTrue('DISCOVERY-AREA-BLOCKS', `${area}${seam ? `.${seam}` : ''} declared: ${path} validates against ${schema}.schema.json`, probe.checked.ok, {
        expected: `a valid ${schema} document`,
        observed: { errors: schemaErrors(probe.checked), body: probe.exchange.text.slice(0, 500) },
      });
    }
  },
);
