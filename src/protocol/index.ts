export * from './states.js';
export * from './credits.js';
export * from './ledger.js';
