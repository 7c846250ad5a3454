/**
 * Request bodies for scenarios that send requests themselves (refusals, idempotency, isolation) instead of
 * through t.api and t.flows: most are built from a funded entitlement.
 */
import { randomUUID } from 'node:crypto';
import type { RunRequest, SettlementRequest, TrustProfileRequest } from '../../../generated/types.js';
import type { FundedEntitlement } from '../flows.js';

/** A trust profile request a host approves: public-safe data only, prohibited inputs acknowledged. */
export function trustProfileRequest(agentName: string): TrustProfileRequest {
  return { agent_name: agentName, data_policy: { allowed_data_modes: ['public_safe_demo'] }, prohibited_inputs_acknowledged: true };
}

/**
 * A run request spending `funded` under its trust profile and quote; `changes` replace or add members
 * (they may be deliberately invalid, hence the loose type).
 */
export function runRequestFor(funded: FundedEntitlement, changes: Record<string, unknown> = {}): RunRequest {
  return {
    trust_profile_id: funded.trustProfileId,
    quote_id: funded.quote.quote_id,
    credit_entitlement_id: funded.entitlementId,
    requested_tool: funded.quote.requested_tool,
    requested_capability: funded.quote.requested_capability,
    ...changes,
  };
}

/** A settlement of `credits` for `funded`'s quote with a fresh provider reference, topping up its entitlement. */
export function topUpRequestFor(funded: FundedEntitlement, credits: number, changes: Record<string, unknown> = {}): SettlementRequest {
  return {
    request_type: 'agent_settlement_request',
    quote_id: funded.quote.quote_id,
    settlement_provider: 'manual_invoice',
    provider_transaction_ref: `atk-${randomUUID()}`,
    credits,
    credit_entitlement_id: funded.entitlementId,
    ...changes,
  };
}
