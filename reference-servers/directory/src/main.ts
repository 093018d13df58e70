#!/usr/bin/env node
/**
 * The directory's command line:
 *   nexuslink-directory [serve] [--config FILE]   start (migrations are applied first)
 *   nexuslink-directory migrate [--config FILE]   apply migrations and exit
 *   nexuslink-directory init [--config FILE]      write a configuration file to edit
 *   nexuslink-directory --help                    every command and configuration key
 *
 * Serving: the HTTP API, and the health checks of every listed community
 * every `health.interval_ms` (spec/directory.md §5).
 *
 * On SIGTERM, SIGINT or SIGHUP it reports not ready, stops taking
 * connections, finishes the requests in flight and exits 0; past
 * `server.shutdown_timeout_ms` it exits 1.
 */
import {
  derivePublicUrl,
  httpsOf,
  postgresDb,
  runServerCli,
  serverLogger,
  serveUntilSignal,
} from '@nexuslink/server-kit';
import type { Db } from '@nexuslink/server-kit';
import { buildDirectoryApp } from './app.ts';
import { HealthMonitor } from './health.ts';
import { configTemplate, helpText, loadConfig } from './config.ts';
import type { Config } from './config.ts';
import { migrate } from './migrations.ts';

async function serve(config: Config, db: Db): Promise<number> {
  let publicUrl = config['server.public_url'];
  const readDb =
    config['database.read_url'] === ''
      ? db
      : postgresDb({ url: config['database.read_url'], poolSize: config['database.pool_size'] });
  const built = await buildDirectoryApp({
    config,
    db,
    readDb,
    publicUrl: () => publicUrl,
    logger: serverLogger(config),
    https: httpsOf(config),
  });
  const { app } = built;
  process.on('unhandledRejection', (err) => app.log.error({ err }, 'unhandled rejection'));
  const address = await app.listen({ host: config['server.host'], port: config['server.port'] });
  publicUrl = derivePublicUrl(config, address);
  const health = new HealthMonitor({ db, store: built.store, config });
  health.start(
    // A database outage is logged once (warn); a bug every time (error).
    (err) => void built.outage.failed(err, 'checking community health'),
    (run) => {
      built.outage.succeeded();
      if (run.changed > 0 || run.removed > 0) app.log.info(run, 'community health checked');
    },
  );
  process.stdout.write(`nexuslink directory listening on ${publicUrl}\n`);
  return serveUntilSignal({
    log: app.log,
    timeoutMs: config['server.shutdown_timeout_ms'],
    stop: async () => {
      built.beginShutdown();
      await health.stop();
      await app.close();
      if (readDb !== db) await readDb.close();
      await db.close();
    },
  });
}

runServerCli({
  program: 'nexuslink-directory',
  help: helpText,
  template: configTemplate,
  load: (file) => loadConfig({ file }),
  dbFile: 'directory.db',
  migrate,
  serve,
});
