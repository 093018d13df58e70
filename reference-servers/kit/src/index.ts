/**
 * `@nexuslink/server-kit`: what the reference servers (community, relay)
 * share, so each is only its own routes and data: configuration
 * (`defineConfig`), the error envelope (`AppError`), the HTTP base
 * (`createServerApp`), the database (`sqliteDb`, `postgresDb`, migrations),
 * UUIDv7 ids, base64 fields and the graceful-shutdown loop (`serveUntilSignal`).
 */
export { addressKey } from './address.ts';
export {
  checkServerConfig,
  ConfigError,
  defineConfig,
  envName,
  serverKeys,
  TAIL_KEYS,
} from './config.ts';
export type {
  ConfigDefinition,
  ConfigKind,
  ConfigLoader,
  ConfigOf,
  KeySpec,
  KeyTable,
  LoadConfigOptions,
  ServerConfig,
  ServerKeyDefaults,
} from './config.ts';
export { guardConnections } from './connections.ts';
export type { ConnectionGuard, ConnectionGuardOptions } from './connections.ts';
export { postgresDb, sqliteDb, toBytes, toInt, toMs } from './db.ts';
export type { Db, Dialect, Param, PostgresOptions, Row } from './db.ts';
export { fromBase64, toBase64 } from './encoding.ts';
export { AppError, databaseUnavailable, ERROR_STATUS, fromNexusError } from './errors.ts';
export type { AppErrorCode } from './errors.ts';
export { bearerToken, createServerApp, isClientConnectionFault, ok } from './http.ts';
export type { ServerApp, ServerAppOptions } from './http.ts';
export { isUuidText, uuidBytes, uuidText, uuidv7, uuidv7Bytes } from './ids.ts';
export { applyMigrations, migrationSql } from './migrations.ts';
export type { Migration } from './migrations.ts';
export {
  derivePublicUrl,
  httpsOf,
  openServerDb,
  parseServerArgs,
  runServerCli,
  serverLogger,
  serveUntilSignal,
  STOP_SIGNALS,
} from './serve.ts';
export type { ServeOptions, ServerCli } from './serve.ts';
export { isDatabaseUnavailable, outageLog, UNAVAILABLE_RETRY_MS } from './unavailable.ts';
export type { OutageLog, OutageLogger } from './unavailable.ts';
