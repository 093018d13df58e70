/**
 * `@nexuslink/directory-server`: the NexusLink directory (Mode A) as a
 * library, for tests and for embedding: the app without listening, its
 * configuration, schema and store.
 */
export { buildDirectoryApp, DIRECTORY_VERSION } from './app.ts';
export type { DirectoryAppOptions } from './app.ts';
export {
  CONFIG_KEYS,
  ConfigError,
  configTemplate,
  envName,
  helpText,
  loadConfig,
} from './config.ts';
export type { Config, ConfigKey, LoadConfigOptions } from './config.ts';
export { fetchEndpoint, isInternalAddress, proveEndpoint } from './endpoint.ts';
export { HealthMonitor, noticesOf, parseWindow, statusOf } from './health.ts';
export { NoticePusher, PUSH_ATTEMPTS } from './notice-hooks.ts';
export type { HealthRun } from './health.ts';
export { migrate, MIGRATIONS, SCHEMA_VERSION } from './migrations.ts';
export { CommunityStore, SORTS } from './store.ts';
export type { Community, SearchQuery, SearchPage, Sort } from './store.ts';
export { indexText, nameTagsText, terms } from './text.ts';
export { AUDIT_GENESIS, auditHash, AuditTrail } from './kyc/audit.ts';
export type { AuditEntry, AuditInput } from './kyc/audit.ts';
export { Kyc, checkFields, checkClaims } from './kyc/service.ts';
export type { Application, KycClaims, KycFields, KycProvider } from './kyc/service.ts';
export { reviewProvider, signWebhook, verifyWebhook, webhookProvider } from './kyc/providers.ts';
export { configuredVault, DocumentVault } from './kyc/vault.ts';
export { PERMISSIONS, ROLES, Staff } from './staff.ts';
export { Anomalies } from './anomalies.ts';
export { checkTarget, evidenceOf, MAX_EVIDENCE_CHARS, Reports } from './reports.ts';
export type {
  FiledTarget,
  QueuedReport,
  Report,
  ReportedMessage,
  ReportTarget,
} from './reports.ts';
export type { Role, StaffMember } from './staff.ts';
