import { scenario } from '../src/harness/index.js';
import { validate } from '../src/validate.js';

scenario(
  {
    id: 'discovery-document',
    title: 'The capabilities document is served without authentication and validates against its schema',
    rules: ['DISCOVERY-DOCUMENT'],
  },
  async (t) => {
    const answer = await t.http.request('GET', '/api/agents/capabilities', { apiKey: null });
    t.assertStatus('DISCOVERY-DOCUMENT', answer, 200);
    const checked = validate('host-capabilities', answer.json);
    t.assertTrue('DISCOVERY-DOCUMENT', 'capabilities document validates against host-capabilities.schema.json', checked.ok, {
      expected: 'no schema errors',
      observed: checked.ok ? [] : checked.errors.map((e) => `${e.instancePath || '/'} ${e.keyword}: ${e.message}`),
    });
  },
);
