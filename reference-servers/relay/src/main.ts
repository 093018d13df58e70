#!/usr/bin/env node
/**
 * The relay's command line:
 *   nexuslink-relay [serve] [--config FILE]   start (migrations are applied first)
 *   nexuslink-relay migrate [--config FILE]   apply migrations and exit
 *   nexuslink-relay --help                    every command and configuration key
 *
 * Serving: the HTTP API and delivery stream, a background task deleting
 * expired blobs (and expired known-sender marks and their keys) every
 * `expiry.interval_ms`, and with `circuit.enabled` a
 * libp2p circuit relay whose key is kept in the data directory (its PeerId
 * survives restarts). On SIGTERM, SIGINT or SIGHUP it reports not ready, stops
 * taking connections, closes delivery streams with 1001 (clients reconnect
 * with backoff), finishes the writes in flight, stops the circuit relay and
 * exits 0; past `server.shutdown_timeout_ms` it exits 1.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startCircuitRelay } from '@nexuslink/sdk/p2p';
import type { CircuitRelay } from '@nexuslink/sdk/p2p';
import {
  derivePublicUrl,
  httpsOf,
  runServerCli,
  serverLogger,
  serveUntilSignal,
} from '@nexuslink/server-kit';
import type { Db } from '@nexuslink/server-kit';
import { buildRelayApp } from './app.ts';
import { ConfigError, configTemplate, helpText, loadConfig } from './config.ts';
import type { Config } from './config.ts';
import { migrate } from './migrations.ts';
import { BlobStore } from './store.ts';

/** The circuit relay's Ed25519 seed: made once, kept (mode 600) in the data directory. */
function circuitKey(dataDir: string): Uint8Array {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, 'circuit-relay.key');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32), { mode: 0o600, flag: 'wx' });
  const key = new Uint8Array(readFileSync(file));
  if (key.length !== 32) throw new ConfigError(`${file} is not a 32-byte key`);
  return key;
}

async function serve(config: Config, db: Db): Promise<number> {
  let publicUrl = config['server.public_url'];
  let circuit: CircuitRelay | null = null;
  if (config['circuit.enabled'])
    circuit = await startCircuitRelay({
      listen: config['circuit.listen'],
      announce: config['circuit.announce'],
      key: circuitKey(config['server.data_dir']),
      maxReservations: config['circuit.max_reservations'],
    });
  const store = new BlobStore(db, { knownSenderMs: config['expiry.known_sender_s'] * 1000 });
  const built = await buildRelayApp({
    config,
    store,
    publicUrl: () => publicUrl,
    circuitRelay: () => circuit?.addresses ?? [],
    logger: serverLogger(config),
    https: httpsOf(config),
  });
  const { app } = built;
  process.on('unhandledRejection', (err) => app.log.error({ err }, 'unhandled rejection'));
  const address = await app.listen({ host: config['server.host'], port: config['server.port'] });
  publicUrl = derivePublicUrl(config, address);
  let purging: Promise<unknown> = Promise.resolve();
  const expiry = setInterval(() => {
    purging = store.purgeExpired(Date.now()).then(
      (n) => {
        built.outage.succeeded();
        if (n > 0) app.log.info({ deleted: n }, 'expired blobs deleted');
      },
      // A database outage is logged once (warn), not every interval; a bug every time (error).
      (err: unknown) => void built.outage.failed(err, 'deleting expired blobs'),
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

runServerCli({
  program: 'nexuslink-relay',
  help: helpText,
  template: configTemplate,
  load: (file) => loadConfig({ file }),
  dbFile: 'relay.db',
  migrate,
  serve,
});
