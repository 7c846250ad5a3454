/** In-memory state of one host. A restart starts empty. */
import type {
  EntitlementRecord,
  QuoteRecord,
  RunContractRecord,
  RunRecord,
  SettlementRecord,
  StuckAlertRecord,
  Tenant,
  TrustProfileRecord,
  UsageReceiptRecord,
} from './model.js';

export class Store {
  readonly tenantsByApiKey = new Map<string, Tenant>();
  readonly trustProfiles = new Map<string, TrustProfileRecord>();
  readonly quotes = new Map<string, QuoteRecord>();
  readonly settlements = new Map<string, SettlementRecord>();
  /** `settlement_provider␀provider_transaction_ref` → settlement id (host-wide). */
  readonly settlementsByRef = new Map<string, string>();
  readonly entitlements = new Map<string, EntitlementRecord>();
  /** Runs by status token. */
  readonly runs = new Map<string, RunRecord>();
  readonly runsByWorkOrder = new Map<string, RunRecord>();
  readonly usageReceipts = new Map<string, UsageReceiptRecord>();
  /** Run contracts by `tenantId␀contract_id`: requesting agents may name their own contract ids. */
  readonly contracts = new Map<string, RunContractRecord>();
  readonly alerts: StuckAlertRecord[] = [];
  /** Accepted advance_queue commands per tenant (queue monitor `advanced`). */
  readonly advancedByTenant = new Map<string, number>();
}

export function tenantKey(tenantId: string, id: string): string {
  return `${tenantId}\u0000${id}`;
}
