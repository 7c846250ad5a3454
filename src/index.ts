// The library surface of agent-task-kit. Generated document types are at `agent-task-kit/types`,
// the schema files at `agent-task-kit/schemas/<name>.schema.json`.
export {
  validate,
  isSchemaName,
  schemaNames,
  schemaIds,
  type SchemaName,
  type SchemaTypes,
  type ValidationError,
  type ValidationOutcome,
} from './validate.js';
export { jcs, digest, DIGEST_PATTERN } from './jcs.js';
export {
  signCallback,
  verifyCallback,
  generateSigningSecret,
  DEFAULT_TOLERANCE_SECONDS,
  type SignCallbackInput,
  type VerifyCallbackInput,
  type VerifyCallbackOutcome,
  type VerifyFailureReason,
  type WebhookBody,
  type HeaderSource,
} from './webhooks.js';
export {
  rules,
  ruleRegistry,
  ruleById,
  ruleText,
  rulesByArea,
  isRuleId,
  type Rule,
  type RuleId,
  type RuleArea,
  type RuleLevel,
  type RuleRegistry,
} from './rules.js';
export * from './protocol/index.js';
