/**
 * The relay as a library (`@nexuslink/relay-server`): the pieces `main.ts`
 * composes, for tests and for embedding the relay in another process.
 * `main.ts` itself is the command line and is not exported: importing it
 * starts a relay.
 *
 * @example
 * ```ts
 * const db = sqliteDb(dataDir, 'relay.db');
 * await migrate(db);
 * const { app } = await buildRelayApp({ config: loadConfig(), store: new BlobStore(db), publicUrl: () => url });
 * ```
 */
export { buildRelayApp, RELAY_VERSION, STREAM_CLOSE } from './app.ts';
export type { RelayAppOptions } from './app.ts';
export { RelayAuth } from './auth.ts';
export type { RelayAuthOptions, Session } from './auth.ts';
export { CONFIG_KEYS, ConfigError, envName, helpText, loadConfig } from './config.ts';
export type { Config, ConfigKey, LoadConfigOptions } from './config.ts';
export { migrate, MIGRATIONS, SCHEMA_VERSION } from './migrations.ts';
export { BlobStore, QuotaError } from './store.ts';
export type { QuotaName, Quotas, StoredBlob } from './store.ts';
