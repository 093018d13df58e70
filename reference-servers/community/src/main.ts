#!/usr/bin/env node
/**
 * The community server's command line:
 *   nexuslink-community [serve] [--config FILE]   start (migrations are applied first)
 *   nexuslink-community migrate [--config FILE]   apply migrations and exit
 *   nexuslink-community --help                    every command and configuration key
 *
 * On SIGTERM, SIGINT or SIGHUP it stops taking connections, reports not ready,
 * finishes the writes in flight, closes every WebSocket with 1001 (clients
 * reconnect with backoff) and exits 0; past `server.shutdown_timeout_ms` it
 * exits 1.
 */
import {
  derivePublicUrl,
  httpsOf,
  runServerCli,
  serverLogger,
  serveUntilSignal,
} from '@nexuslink/server-kit';
import type { Db } from '@nexuslink/server-kit';
import { credentialPolicy } from './membership.ts';
import { buildApp } from './app.ts';
import { configTemplate, helpText, loadConfig, retentionOf } from './config.ts';
import type { Config } from './config.ts';
import { migrate } from './migrations.ts';
import { Repository } from './repository.ts';

async function serve(config: Config, db: Db): Promise<number> {
  // The URL devices sign at login; derived from the listening address unless configured.
  let publicUrl = config['server.public_url'];
  const repo = new Repository(db);
  // Pinned once, before the first login: every credential check is offline.
  const credentials = await credentialPolicy(config);
  const built = await buildApp({
    config,
    repo,
    get publicUrl() {
      return publicUrl;
    },
    logger: serverLogger(config),
    https: httpsOf(config),
  });
  const { app, hub } = built;
  built.auth.credentials = credentials;
  // Every known background task catches its own errors; anything else is a bug to log, not a reason to drop every connection.
  process.on('unhandledRejection', (err) => app.log.error({ err }, 'unhandled rejection'));
  const address = await app.listen({ host: config['server.host'], port: config['server.port'] });
  publicUrl = derivePublicUrl(config, address);
  built.auth.setServer(publicUrl);
  const purge = setInterval(
    () =>
      void Promise.all([
        repo.purgeExpired(Date.now(), retentionOf(config)),
        repo.purgePreKeyFetches(Date.now() - config['limits.prekey_window_ms']),
      ]).then(
        ([deleted]) => app.log.debug({ deleted }, 'purged'),
        (err: unknown) => app.log.warn({ err }, 'purge failed; retried next interval'),
      ),
    config['retention.purge_interval_ms'],
  );
  purge.unref();
  if (config['server.owner'] === '')
    app.log.warn('no server.owner is configured: no member owns this server (set it to your UUID)');
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

runServerCli({
  program: 'nexuslink-community',
  help: helpText,
  template: configTemplate,
  load: (file) => loadConfig({ file }),
  dbFile: 'community.db',
  migrate,
  serve,
});
