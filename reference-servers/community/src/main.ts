#!/usr/bin/env node
/**
 * The community server's command line:
 *   nexuslink-community [serve] [--config FILE]   start (migrations are applied first)
 *   nexuslink-community migrate [--config FILE]   apply migrations and exit
 *   nexuslink-community --help                    every command and configuration key
 *
 * On SIGTERM or SIGINT it stops taking connections, reports not ready,
 * finishes the writes in flight, closes every WebSocket with 1001 (clients
 * reconnect with backoff) and exits 0; past `server.shutdown_timeout_ms` it
 * exits 1.
 */
import { readFileSync } from 'node:fs';
import { useCryptoProvider } from '@nexuslink/sdk';
import { parseServerArgs, postgresDb, serveUntilSignal, sqliteDb } from '@nexuslink/server-kit';
import type { Db } from '@nexuslink/server-kit';
import { buildApp } from './app.ts';
import { ConfigError, helpText, loadConfig } from './config.ts';
import type { Config } from './config.ts';
import { migrate } from './migrations.ts';
import { Repository } from './repository.ts';

/** Open the configured database. */
export function openDb(config: Config): Db {
  return config['database.driver'] === 'postgres'
    ? postgresDb({ url: config['database.url'], poolSize: config['database.pool_size'] })
    : sqliteDb(config['server.data_dir'], 'community.db');
}

async function main(): Promise<number> {
  let args;
  let config: Config;
  try {
    args = parseServerArgs(process.argv.slice(2), ['serve', 'migrate']);
    if (args.command === 'help') {
      process.stdout.write(helpText());
      return 0;
    }
    config = loadConfig({ file: args.config });
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`nexuslink-community: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  useCryptoProvider('auto');
  const db = openDb(config);
  const applied = await migrate(db);
  if (args.command === 'migrate') {
    process.stdout.write(
      applied.length
        ? `applied migrations ${applied.join(', ')}\n`
        : 'the database is up to date\n',
    );
    await db.close();
    return 0;
  }
  const tls = config['tls.cert_file'] !== '';
  const https = tls
    ? { cert: readFileSync(config['tls.cert_file']), key: readFileSync(config['tls.key_file']) }
    : null;
  // The URL devices sign at login; derived from the listening address unless configured.
  let publicUrl = config['server.public_url'];
  const repo = new Repository(db);
  const built = await buildApp({
    config,
    repo,
    get publicUrl() {
      return publicUrl;
    },
    logger: {
      level: config['log.level'],
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
    },
    https,
  });
  const { app, hub } = built;
  // Every known background task catches its own errors; anything else is a bug to log, not a reason to drop every connection.
  process.on('unhandledRejection', (err) => app.log.error({ err }, 'unhandled rejection'));
  const address = await app.listen({ host: config['server.host'], port: config['server.port'] });
  if (publicUrl === '') {
    const port = new URL(address).port;
    const host = config['server.host'].includes(':')
      ? `[${config['server.host']}]`
      : config['server.host'];
    publicUrl = `${tls ? 'https' : 'http'}://${host === '0.0.0.0' || host === '[::]' ? 'localhost' : host}:${port}`;
  }
  built.auth.setServer(publicUrl);
  const purge = setInterval(
    () => void repo.purgeExpired(Date.now()).catch(() => undefined),
    60_000,
  );
  purge.unref();
  process.stdout.write(`nexuslink community server listening on ${publicUrl}\n`);

  return serveUntilSignal({
    log: app.log,
    timeoutMs: config['server.shutdown_timeout_ms'],
    stop: async () => {
      built.beginShutdown();
      clearInterval(purge);
      await hub.shutdown(config['server.shutdown_timeout_ms']);
      await app.close();
      await db.close();
    },
  });
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(
      `nexuslink-community: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    process.exit(1);
  },
);
