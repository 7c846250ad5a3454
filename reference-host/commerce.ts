/** Before a run exists: trust profiles, quotes and settlements that fund credit entitlements. */
import type { QuoteRequest, SettlementRequest, TrustProfileRequest } from '../generated/types.js';
import { digest } from '../src/jcs.js';
import { EMPTY_POSITION } from '../src/protocol/credits.js';
import { isoTime } from './clock.js';
import type { HostCore } from './core.js';
import { fundEntitlement } from './credits.js';
import { invalid } from './http.js';
import { newId } from './ids.js';
import { deepFreeze } from './ledger.js';
import { type EntitlementRecord, type QuoteRecord, type Tenant, type Tool, type TrustProfileRecord } from './model.js';
import { jsonReply, refuse, type Reply } from './problems.js';
import { settlementReceipt } from './receipts.js';
import { tenantKey } from './store.js';
import { requireVisible } from './tenants.js';

/** Largest credit amount one settlement may fund; keeps every sum a safe integer. */
export const MAX_SETTLEMENT_CREDITS = 1_000_000_000_000;

export function requireTool(core: HostCore, tool: string): Tool {
  const offered = core.config.tools;
  if (!(offered as readonly string[]).includes(tool)) refuse('unsupported-tool', `${tool} is not one of ${offered.join(', ')}`);
  return tool as Tool;
}

export function createTrustProfile(core: HostCore, tenant: Tenant, request: TrustProfileRequest): Reply {
  const trustProfileId = newId('trust', core.variants);
  // The reference host approves every agent that acknowledges the prohibited inputs. The request may carry the
  // acknowledgement at the root, inside data_policy as published, or both (the schema makes both agree).
  const acknowledged = request.prohibited_inputs_acknowledged ?? request.data_policy.prohibited_inputs_acknowledged === true;
  const approved = acknowledged;
  const doc = deepFreeze({
    profile_type: 'agent_trust_profile',
    trust_profile_id: trustProfileId,
    agent_name: request.agent_name,
    trust_level: 'registered',
    review_status: approved ? 'approved' : 'pending',
    // The published profile nests the acknowledgement in data_policy (SPEC §2.4.7).
    ...(core.variants.has('published-forms')
      ? { data_policy: { allowed_data_modes: [...request.data_policy.allowed_data_modes], prohibited_inputs_acknowledged: acknowledged } }
      : { data_policy: { allowed_data_modes: [...request.data_policy.allowed_data_modes] }, prohibited_inputs_acknowledged: acknowledged }),
    created_at: isoTime(core.clock.now()),
  });
  const record: TrustProfileRecord = { tenantId: tenant.tenantId, trustProfileId, approved, doc };
  core.store.trustProfiles.set(trustProfileId, record);
  return jsonReply(201, doc);
}

/** Credits for a quote: a base of 2, one per 100 records, one per file, one for a callback (each term capped). */
function creditsFor(basis: QuoteRequest['estimate_basis']): number {
  const cap = 1_000_000;
  return 2 + Math.min(Math.ceil(basis.records_count / 100), cap) + Math.min(basis.files_count, cap) + (basis.needs_callback ? 1 : 0);
}

/** Variant priced-per-tool: each tool's multiple of the reference rate. */
const PER_TOOL_RATE: Readonly<Record<string, number>> = { packetops: 3, distributionops: 5, tokenops: 7, wever_labs_os: 11 };

export function createQuote(core: HostCore, tenant: Tenant, request: QuoteRequest): Reply {
  const tool = requireTool(core, request.requested_tool);
  if (request.trust_profile_id !== undefined) {
    requireVisible(core, core.store.trustProfiles.get(request.trust_profile_id), tenant, 'trust profile');
  }
  const quoteId = newId('quote', core.variants);
  const nowMs = core.clock.now();
  const expiresAtMs = nowMs + core.config.quoteLifetimeMs;
  const creditsQuoted = core.variants.has('priced-per-tool')
    ? (PER_TOOL_RATE[tool] ?? 13) * creditsFor(request.estimate_basis) + request.estimate_basis.files_count + (request.estimate_basis.needs_callback ? 2 : 0)
    : (core.variants.has('generous-quote') ? 40 : 1) * creditsFor(request.estimate_basis);
  const doc = deepFreeze({
    object_type: 'agent_quote',
    quote_id: quoteId,
    ...(request.trust_profile_id !== undefined ? { trust_profile_id: request.trust_profile_id } : {}),
    requested_tool: tool,
    requested_capability: request.requested_capability,
    credits_quoted: creditsQuoted,
    credit_unit: 'credit',
    estimate_basis: {
      records_count: request.estimate_basis.records_count,
      files_count: request.estimate_basis.files_count,
      needs_callback: request.estimate_basis.needs_callback,
    },
    expires_at: isoTime(expiresAtMs),
    created_at: isoTime(nowMs),
  });
  const record: QuoteRecord = {
    tenantId: tenant.tenantId,
    quoteId,
    requestedTool: tool,
    requestedCapability: request.requested_capability,
    creditsQuoted,
    expiresAtMs,
    doc,
  };
  core.store.quotes.set(quoteId, record);
  return jsonReply(201, doc);
}

export function requireLiveQuote(core: HostCore, tenant: Tenant, quoteId: string): QuoteRecord {
  const quote = requireVisible(core, core.store.quotes.get(quoteId), tenant, 'quote');
  if (core.clock.now() >= quote.expiresAtMs && !core.faults.has('quote-expiry-not-enforced')) {
    refuse('quote-expired', `the quote expired at ${isoTime(quote.expiresAtMs)}`);
  }
  return quote;
}

/**
 * Funds credits. A repeat with the same provider_transaction_ref returns the original receipt (200) when
 * its fields match and is refused with 409 settlement-conflict when they differ; nothing is funded twice.
 */
export function settle(core: HostCore, tenant: Tenant, request: SettlementRequest): Reply {
  if (request.credits > MAX_SETTLEMENT_CREDITS) {
    throw invalid([{ instancePath: '/credits', keyword: 'maximum', message: `must be <= ${MAX_SETTLEMENT_CREDITS}` }]);
  }
  // A provider transaction funds credits once across the host, whichever tenant presents it.
  const refKey = tenantKey(request.settlement_provider, request.provider_transaction_ref);
  const requestDigest = digest(request);
  const earlierId = core.faults.has('settlement-ref-funds-again') ? undefined : core.store.settlementsByRef.get(refKey);
  if (earlierId !== undefined) {
    const earlier = core.store.settlements.get(earlierId)!;
    if (earlier.tenantId !== tenant.tenantId || earlier.requestDigest !== requestDigest) {
      if (core.faults.has('conflicting-settlement-still-funds') && request.credit_entitlement_id !== undefined) {
        const topUp = core.store.entitlements.get(request.credit_entitlement_id);
        if (topUp !== undefined) fundEntitlement(core, topUp, request.credits);
      }
      refuse('settlement-conflict', 'this provider transaction was already settled with different fields');
    }
    return jsonReply(200, earlier.receipt);
  }
  const quote = requireLiveQuote(core, tenant, request.quote_id);
  const existing =
    request.credit_entitlement_id === undefined
      ? undefined
      : requireVisible(core, core.store.entitlements.get(request.credit_entitlement_id), tenant, 'credit entitlement');
  if (existing !== undefined && existing.position.funded + request.credits > Number.MAX_SAFE_INTEGER) {
    throw invalid([{ instancePath: '/credits', keyword: 'maximum', message: 'would overflow the entitlement' }]);
  }

  const nowMs = core.clock.now();
  const entitlement: EntitlementRecord = existing ?? {
    tenantId: tenant.tenantId,
    entitlementId: newId('ent', core.variants),
    position: EMPTY_POSITION,
    settlementReceiptIds: [],
    settlementIds: [],
    runsCreated: 0,
    updatedAtMs: nowMs,
  };
  const settlementId = newId('set', core.variants);
  const receipt = settlementReceipt(core, {
    settlementId,
    receiptId: newId('srcpt', core.variants),
    settlementProvider: request.settlement_provider,
    creditsFunded: request.credits,
    entitlementId: entitlement.entitlementId,
    quoteId: quote.quoteId,
    providerTransactionRef: request.provider_transaction_ref,
    payer: request.payer,
    issuedAtMs: nowMs,
  });
  fundEntitlement(core, entitlement, request.credits);
  entitlement.settlementReceiptIds.push(String(receipt['receipt_id']));
  entitlement.settlementIds.push(settlementId);
  core.store.entitlements.set(entitlement.entitlementId, entitlement);
  core.store.settlements.set(settlementId, { tenantId: tenant.tenantId, settlementId, requestDigest, receipt });
  core.store.settlementsByRef.set(refKey, settlementId);
  return jsonReply(201, receipt);
}
