#!/usr/bin/env node
/**
 * The relay's command line:
 *   nexuslink-relay [serve] [--config FILE]   start (migrations are applied first)
 *   nexuslink-relay migrate [--config FILE]   apply migrations and exit
 *   nexuslink-relay --help                    every command and configuration key
 *
 * Serving: the HTTP API and delivery stream, a background task deleting
 * expired blobs every `expiry.interval_ms`, and with `circuit.enabled` a
 * libp2p circuit relay whose key is kept in the data directory (its PeerId
 * survives restarts). On SIGTERM or SIGINT it reports not ready, stops
 * taking connections, closes delivery streams with 1001 (clients reconnect
 * with backoff), finishes the writes in flight, stops the circuit relay and
 * exits 0; past `server.shutdown_timeout_ms` it exits 1.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useCryptoProvider } from '@nexuslink/sdk';
import { startCircuitRelay } from '@nexuslink/sdk/node';
import type { CircuitRelay } from '@nexuslink/sdk/node';
import { parseServerArgs, postgresDb, serveUntilSignal, sqliteDb } from '@nexuslink/server-kit';
import type { Db } from '@nexuslink/server-kit';
import { buildRelayApp } from './app.ts';
import { ConfigError, helpText, loadConfig } from './config.ts';
import type { Config } from './config.ts';
import { migrate } from './migrations.ts';
import { BlobStore } from './store.ts';

function openDb(config: Config): Db {
  return config['database.driver'] === 'postgres'
    ? postgresDb({ url: config['database.url'], poolSize: config['database.pool_size'] })
    : sqliteDb(config['server.data_dir'], 'relay.db');
}

/** The circuit relay's Ed25519 seed: made once, kept (mode 600) in the data directory. */
function circuitKey(dataDir: string): Uint8Array {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, 'circuit-relay.key');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32), { mode: 0o600, flag: 'wx' });
  const key = new Uint8Array(readFileSync(file));
  if (key.length !== 32) throw new ConfigError(`${file} is not a 32-byte key`);
  return key;
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
      process.stderr.write(`nexuslink-relay: ${err.message}\n`);
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
  let publicUrl = config['server.public_url'];
  let circuit: CircuitRelay | null = null;
  if (config['circuit.enabled'])
    circuit = await startCircuitRelay({
      listen: config['circuit.listen'],
      announce: config['circuit.announce'],
      key: circuitKey(config['server.data_dir']),
      maxReservations: config['circuit.max_reservations'],
    });
  const store = new BlobStore(db);
  const built = await buildRelayApp({
    config,
    store,
    publicUrl: () => publicUrl,
    circuitRelay: () => circuit?.addresses ?? [],
    logger: {
      level: config['log.level'],
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
    },
    https,
  });
  const { app } = built;
  process.on('unhandledRejection', (err) => app.log.error({ err }, 'unhandled rejection'));
  const address = await app.listen({ host: config['server.host'], port: config['server.port'] });
  if (publicUrl === '') {
    const port = new URL(address).port;
    const host = config['server.host'].includes(':')
      ? `[${config['server.host']}]`
      : config['server.host'];
    publicUrl = `${tls ? 'https' : 'http'}://${host === '0.0.0.0' || host === '[::]' ? 'localhost' : host}:${port}`;
  }
  let purging: Promise<unknown> = Promise.resolve();
  const expiry = setInterval(() => {
    purging = store.purgeExpired(Date.now()).then(
      (n) => n > 0 && app.log.info({ deleted: n }, 'expired blobs deleted'),
      (err: unknown) => app.log.error({ err }, 'deleting expired blobs failed'),
    );
  }, config['expiry.interval_ms']);
  expiry.unref();
  process.stdout.write(`nexuslink relay listening on ${publicUrl}\n`);
  if (circuit) process.stdout.write(`circuit relay: ${circuit.addresses.join(' ')}\n`);

  return serveUntilSignal({
    log: app.log,
    timeoutMs: config['server.shutdown_timeout_ms'],
    stop: async () => {
      built.beginShutdown();
      clearInterval(expiry);
      built.closeStreams();
      await app.close();
      await purging;
      await circuit?.stop();
      await db.close();
    },
  });
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`nexuslink-relay: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
