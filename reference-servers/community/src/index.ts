/**
 * The community server as a library (`@nexuslink/community-server`): the
 * pieces `main.ts` composes, for tests and for embedding the server in
 * another process. `main.ts` itself is the command line and is not
 * exported: importing it starts a server.
 *
 * @example
 * ```ts
 * const db = sqliteDb(dataDir);
 * await migrate(db);
 * const { app } = await buildApp({ config: loadConfig(), repo: new Repository(db), publicUrl });
 * ```
 */
export { buildApp, SERVER_VERSION } from './app.ts';
export type { AppOptions } from './app.ts';
export { Auth } from './auth.ts';
export { CONFIG_KEYS, ConfigError, envName, helpText, loadConfig } from './config.ts';
export type { Config, ConfigKey, LoadConfigOptions } from './config.ts';
// What the servers share, re-exported for embedders of this one.
export { AppError, ERROR_STATUS, postgresDb, sqliteDb, uuidv7 } from '@nexuslink/server-kit';
export type { AppErrorCode, Db, Dialect, PostgresOptions } from '@nexuslink/server-kit';
export { migrate, MIGRATIONS, SCHEMA_VERSION } from './migrations.ts';
export { CLOSE, Hub, KEM_PREKEYS_LOW, PREKEYS_LOW } from './realtime.ts';
export { Repository, RepositoryError } from './repository.ts';
export type { ChannelRole, ServerRole, Visibility } from './repository.ts';
