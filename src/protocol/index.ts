export * from './states.js';
export * from './credits.js';
export * from './ledger.js';
export { callbackTargetClass, checkCallbackTarget, type AddressClass } from './callback-target.js';
export { PROTOCOL_VERSION, PROTOCOL_VERSIONS, isProtocolVersion, type ProtocolVersion } from './versions.js';
export { parseRetryAfter } from './retry-after.js';
export { API_BASE } from './api-base.js';
