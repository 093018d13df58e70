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
export { postgresDb, sqliteDb } from './db.ts';
export type { Db, Dialect, PostgresOptions } from './db.ts';
export { AppError, ERROR_STATUS } from './errors.ts';
export type { AppErrorCode } from './errors.ts';
export { uuidv7 } from './ids.ts';
export { migrate, SCHEMA_VERSION } from './migrations.ts';
export { CLOSE, Hub, PREKEYS_LOW } from './realtime.ts';
export { Repository, RepositoryError } from './repository.ts';
export type { ChannelRole, ServerRole, Visibility } from './repository.ts';
