import { afterEach, describe, expect, it } from 'vitest';
import { TestHost } from './support.js';

let host: TestHost;
afterEach(async () => {
  await host.close();
});

const modes = { allowed_data_modes: ['public_safe_demo'] };

describe('trust profile request acknowledgement (SPEC.md §2.4.7)', () => {
  it('reads the acknowledgement at the root, inside data_policy, or in both places', async () => {
    host = new TestHost();
    const bodies = [
      { agent_name: 'root', data_policy: modes, prohibited_inputs_acknowledged: true },
      { agent_name: 'nested', data_policy: { ...modes, prohibited_inputs_acknowledged: true } },
      { agent_name: 'both', data_policy: { ...modes, prohibited_inputs_acknowledged: true }, prohibited_inputs_acknowledged: true },
    ];
    for (const body of bodies) {
      const created = await host.post('/trust-profiles', body);
      expect(created.status, body.agent_name).toBe(201);
      expect(created.json.review_status, body.agent_name).toBe('approved');
      expect(created.json.prohibited_inputs_acknowledged, body.agent_name).toBe(true);
    }
    const declined = await host.post('/trust-profiles', { agent_name: 'no', data_policy: { ...modes, prohibited_inputs_acknowledged: false } });
    expect(declined.status).toBe(201);
    expect(declined.json.review_status).toBe('pending');
    expect(host.schemaFailures).toEqual([]);
  });

  it('refuses a request with neither placement or two different values', async () => {
    host = new TestHost();
    const neither = await host.post('/trust-profiles', { agent_name: 'neither', data_policy: modes });
    const disagree = await host.post('/trust-profiles', {
      agent_name: 'disagree', data_policy: { ...modes, prohibited_inputs_acknowledged: false }, prohibited_inputs_acknowledged: true,
    });
    expect(neither.status).toBe(400);
    expect(disagree.status).toBe(400);
  });
});
