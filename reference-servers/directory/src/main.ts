#!/usr/bin/env node
/**
 * The directory's command line:
 *   nexuslink-directory [serve] [--config FILE]   start (migrations are applied first)
 *   nexuslink-directory migrate [--config FILE]   apply migrations and exit
 *   nexuslink-directory init [--config FILE]      write a configuration file to edit
 *   nexuslink-directory staff add|password|disable|list …   staff accounts of the review console
 *   nexuslink-directory --help                    every command and configuration key
 *
 * Serving: the HTTP API, the health checks of every listed community
 * every `health.interval_ms` (spec/directory.md §5), and every
 * `kyc.sweep_interval_ms` the deletion of KYC documents past their
 * retention (§6.2).
 *
 * On SIGTERM, SIGINT or SIGHUP it reports not ready, stops taking
 * connections, finishes the requests in flight and exits 0; past
 * `server.shutdown_timeout_ms` it exits 1.
 */
import {
  AppError,
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
import { NoticePusher } from './notice-hooks.ts';
import { configTemplate, helpText, loadConfig } from './config.ts';
import type { Config } from './config.ts';
import { migrate } from './migrations.ts';
import { Staff } from './staff.ts';

/** `staff add NAME ROLE`, `staff password NAME`, `staff disable NAME`, `staff list`. */
async function staffCommand(config: Config, db: Db, args: string[]): Promise<number> {
  const staff = new Staff({
    db,
    now: Date.now,
    sessionTtlMs: config['staff.session_ttl_s'] * 1000,
    maxFailures: config['staff.max_login_failures'],
  });
  const [verb, name, role] = args;
  try {
    if (verb === 'add' && name && role && args.length === 3) {
      const password = await staff.add(name, role);
      process.stdout.write(`added ${name} (${role}); password (shown once): ${password}\n`);
    } else if (verb === 'password' && name && args.length === 2) {
      const password = await staff.resetPassword(name);
      process.stdout.write(`new password for ${name} (shown once; sessions ended): ${password}\n`);
    } else if (verb === 'disable' && name && args.length === 2) {
      await staff.disable(name);
      process.stdout.write(`disabled ${name}; its sessions ended\n`);
    } else if (verb === 'list' && args.length === 1) {
      for (const m of await staff.list())
        process.stdout.write(`${m.name}\t${m.role}${m.disabled ? '\tdisabled' : ''}\n`);
    } else {
      process.stderr.write(
        'usage: nexuslink-directory staff add NAME ROLE | password NAME | disable NAME | list\n',
      );
      return 2;
    }
    return 0;
  } catch (err) {
    process.stderr.write(
      `nexuslink-directory: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    return err instanceof AppError && err.status < 500 ? 2 : 1;
  }
}

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
  // A bad PIN, token or key file stops the server here, not at the first upload.
  await built.vault.ready();
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
  const pusher = new NoticePusher({ db, config });
  pusher.start(
    (err) => void built.outage.failed(err, 'pushing owner notices'),
    (run) => {
      if (run.pushed > 0 || run.failed > 0) app.log.info(run, 'owner notices pushed');
    },
  );
  let sweeping = Promise.resolve();
  const sweeper = setInterval(() => {
    sweeping = Promise.all([built.kyc.sweep(), built.reports.sweep()]).then(
      ([purged, reports]) => {
        if (purged > 0 || reports > 0)
          app.log.info(
            { purged, reports },
            'KYC documents and handled reports past retention deleted',
          );
      },
      (err: unknown) => void built.outage.failed(err, 'deleting KYC documents past retention'),
    );
  }, config['kyc.sweep_interval_ms']);
  process.stdout.write(`nexuslink directory listening on ${publicUrl}\n`);
  return serveUntilSignal({
    log: app.log,
    timeoutMs: config['server.shutdown_timeout_ms'],
    stop: async () => {
      built.beginShutdown();
      await health.stop();
      await pusher.stop();
      clearInterval(sweeper);
      await sweeping;
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
  commands: { staff: staffCommand },
});
