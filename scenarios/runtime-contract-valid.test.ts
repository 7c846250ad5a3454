import { scenario } from '../src/harness/index.js';
import { validate } from '../src/validate.js';

scenario(
  {
    id: 'runtime-contract-valid',
    title: 'The published Agent App Runtime Contract validates against app-runtime.schema.json',
    rules: ['RUNTIME-CONTRACT-VALID'],
    requires: ['agent_runtime'],
  },
  async (t) => {
    const exchange = await t.http.request('GET', '/api/agents/capabilities', { apiKey: null });
    t.assertStatus('RUNTIME-CONTRACT-VALID', exchange, 200);
    const contract = ((exchange.json ?? {}) as { agent_runtime?: { contract?: unknown } }).agent_runtime?.contract;
    t.assertTrue('RUNTIME-CONTRACT-VALID', 'agent_runtime.contract is an object', typeof contract === 'object' && contract !== null && !Array.isArray(contract), {
      expected: 'an Agent App Runtime Contract object',
      observed: contract,
    });
    const checked = validate('app-runtime', contract);
    t.assertTrue('RUNTIME-CONTRACT-VALID', 'agent_runtime.contract validates against app-runtime.schema.json', checked.ok, {
      expected: 'no schema errors',
      observed: checked.ok ? 'valid' : checked.errors.map((e) => `${e.instancePath || '/'} ${e.keyword}: ${e.message}`),
    });
  },
);
