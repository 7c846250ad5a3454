import { randomUUID } from 'node:crypto';
import { scenario } from '../src/harness/index.js';

/** The protocol's tool vocabulary (SPEC.md §2.4.4); a host lists the subset it accepts. */
const RUN_TOOLS = ['packetops', 'distributionops', 'tokenops', 'wever_labs_os'] as const;
/** A tool name of the result-contract vocabulary that no run may request. */
const NON_RUN_TOOL = 'custom_workflow';

function quoteRequest(tool: string): Record<string, unknown> {
  return {
    request_type: 'agent_quote_request',
    requested_tool: tool,
    requested_capability: 'conformance_check',
    estimate_basis: { records_count: 1, files_count: 0, needs_callback: false },
  };
}

scenario(
  {
    id: 'discovery-tools-enforced',
    title: 'Every listed tool can be quoted; a quote or run for a tool the host does not list is refused',
    rules: ['DISCOVERY-TOOLS'],
  },
  async (t) => {
    const listed: readonly string[] = t.caps.tools;
    t.assertTrue('DISCOVERY-TOOLS', 'tools lists each accepted tool once', listed.length > 0 && new Set(listed).size === listed.length, {
      expected: 'a non-empty list without repeats',
      observed: listed,
    });

    for (const tool of listed) {
      const quote = await t.http.request('POST', '/api/agents/quote', { body: quoteRequest(tool) });
      t.assertStatus('DISCOVERY-TOOLS', quote, 201);
      t.assertEqual('DISCOVERY-TOOLS', `requested_tool of the quote for listed tool ${tool}`, (quote.json as { requested_tool?: unknown } | undefined)?.requested_tool, tool);
    }

    const funded = await t.flows.fundedTenantEntitlement();
    const before = await t.api.entitlement(funded.entitlementId);
    // Protocol tools the host does not list must be refused as unsupported; a name outside the run
    // vocabulary may also be refused by request validation first.
    const unlisted: string[] = [...RUN_TOOLS.filter((tool) => !listed.includes(tool)), NON_RUN_TOOL];
    for (const tool of unlisted) {
      const quote = await t.http.request('POST', '/api/agents/quote', { body: quoteRequest(tool) });
      const run = await t.http.request('POST', '/api/agents/run', {
        idempotencyKey: randomUUID(),
        body: {
          trust_profile_id: funded.trustProfileId,
          quote_id: funded.quote.quote_id,
          credit_entitlement_id: funded.entitlementId,
          requested_tool: tool,
          requested_capability: funded.quote.requested_capability,
        },
      });
      for (const exchange of [quote, run]) {
        if (tool === NON_RUN_TOOL && exchange.status === 400) t.assertProblem('DISCOVERY-TOOLS', exchange, 400, 'invalid-request');
        else t.assertProblem('DISCOVERY-TOOLS', exchange, 422, 'unsupported-tool');
      }
    }

    const after = await t.api.entitlement(funded.entitlementId);
    t.assertEqual('DISCOVERY-TOOLS', 'entitlement after the refused runs (nothing reserved)', after.body, before.body);
  },
);
