/**
 * The command-line life of a reference server: its arguments
 * (`[command] [--config FILE] | --help`) and a graceful shutdown on SIGTERM,
 * SIGINT or SIGHUP that finishes within a deadline or exits 1.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { useCryptoProvider } from '@nexuslink/sdk';
import { ConfigError } from './config.ts';
import type { ServerConfig } from './config.ts';
import { postgresDb, sqliteDb } from './db.ts';
import type { Db } from './db.ts';

/**
 * The parsed command line: a command (the first of `commands` by default) or
 * `help`. A command in `withArgs` takes the words after it as `args`
 * (`staff add alice reviewer`); the others take none.
 */
export function parseServerArgs<C extends string>(
  argv: readonly string[],
  commands: readonly [C, ...C[]],
  withArgs: readonly C[] = [],
): { command: C | 'help'; config?: string; args: string[] } {
  let command: C | 'help' = commands[0];
  let config: string | undefined;
  let named = false;
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') command = 'help';
    else if (a === '--config') {
      config = argv[++i];
      if (config === undefined) throw new ConfigError('--config needs a file');
    } else if (a.startsWith('--config=')) config = a.slice('--config='.length);
    else if (!named && (commands as readonly string[]).includes(a)) {
      named = true;
      command = command === 'help' ? 'help' : (a as C);
    } else if (named && (withArgs as readonly string[]).includes(command) && !a.startsWith('-'))
      args.push(a);
    else throw new ConfigError(`unknown argument ${a} (see --help)`);
  }
  return { command, ...(config === undefined ? {} : { config }), args };
}

/** Options of {@link serveUntilSignal}. */
export interface ServeOptions {
  /** Where to say that the shutdown began, timed out. */
  readonly log: { info(obj: object, msg: string): void; error(msg: string): void };
  /** How long `stop` may take before the process gives up and exits 1. */
  readonly timeoutMs: number;
  /** Stop taking work, drain, close: everything a graceful shutdown does. */
  readonly stop: () => Promise<void>;
}

/** The signals that stop a server gracefully. */
export const STOP_SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;

/**
 * Wait for SIGTERM, SIGINT or SIGHUP, then run `stop`. Resolves to the exit
 * code: 0 when `stop` finished in time, 1 past `timeoutMs` (or when it threw).
 *
 * SIGHUP drains and exits like SIGTERM rather than reloading the
 * configuration in place: Node's default for it is to die at once, dropping
 * writes in flight, and a reload that half-applies (a new port, a new
 * database) is worse than a clean restart by the supervisor.
 */
export function serveUntilSignal(options: ServeOptions): Promise<number> {
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      options.log.info({ signal }, 'shutting down');
      const timer = setTimeout(() => {
        options.log.error('shutdown timed out');
        resolve(1);
      }, options.timeoutMs);
      timer.unref();
      try {
        await options.stop();
        resolve(0);
      } catch {
        options.log.error('shutdown failed');
        resolve(1);
      } finally {
        clearTimeout(timer);
      }
    };
    for (const signal of STOP_SIGNALS) process.once(signal, () => void stop(signal));
  });
}

/** Open the configured database: PostgreSQL, or `fileName` in `server.data_dir`. */
export function openServerDb(config: ServerConfig, fileName: string): Db {
  return config['database.driver'] === 'postgres'
    ? postgresDb({ url: config['database.url'], poolSize: config['database.pool_size'] })
    : sqliteDb(config['server.data_dir'], fileName);
}

/** The certificate and key to serve HTTPS with, when TLS is configured; else null. */
export function httpsOf(config: ServerConfig): { cert: Buffer; key: Buffer } | null {
  return config['tls.cert_file'] === ''
    ? null
    : { cert: readFileSync(config['tls.cert_file']), key: readFileSync(config['tls.key_file']) };
}

/** The URL devices sign: `server.public_url`, or derived from the address the server listens on. */
export function derivePublicUrl(config: ServerConfig, listening: string): string {
  if (config['server.public_url'] !== '') return config['server.public_url'];
  const port = new URL(listening).port;
  const host = config['server.host'].includes(':')
    ? `[${config['server.host']}]`
    : config['server.host'];
  const scheme = config['tls.cert_file'] === '' ? 'http' : 'https';
  return `${scheme}://${host === '0.0.0.0' || host === '[::]' ? 'localhost' : host}:${port}`;
}

/** Pino options of a server: its level, with credentials in headers redacted. */
export function serverLogger(config: ServerConfig) {
  return {
    level: config['log.level'],
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
  };
}

/** What {@link runServerCli} needs of a server. */
export interface ServerCli<C extends ServerConfig> {
  /** The command name, for messages. */
  readonly program: string;
  readonly help: () => string;
  /** The configuration file `init` writes (every key at its default, commented out). */
  readonly template: () => string;
  readonly load: (file: string | undefined) => C;
  /** The embedded database's file name in the data directory. */
  readonly dbFile: string;
  readonly migrate: (db: Db) => Promise<number[]>;
  /** Serve until a signal; resolves to the exit code. */
  readonly serve: (config: C, db: Db) => Promise<number>;
  /**
   * Further commands, run on the migrated database with the words after
   * their name (`staff add alice reviewer`); each resolves to the exit code.
   */
  readonly commands?: Readonly<
    Record<string, (config: C, db: Db, args: string[]) => Promise<number>>
  >;
}

/** `init`: write the configuration template, never over an existing file (exit 2). */
async function writeTemplate<C extends ServerConfig>(
  cli: ServerCli<C>,
  file: string,
): Promise<number> {
  try {
    // Mode 0600: the file may come to hold a database URL with its password.
    await writeFile(file, cli.template(), { flag: 'wx', mode: 0o600 });
  } catch (err) {
    const exists = (err as NodeJS.ErrnoException).code === 'EEXIST';
    process.stderr.write(
      `${cli.program}: ${exists ? `${file} exists already: not overwritten` : `could not write ${file}: ${(err as Error).message}`}\n`,
    );
    return 2;
  }
  process.stdout.write(
    `wrote ${file}: every key at its default, commented out. Edit it, then start: ${cli.program}${file === 'nexuslink.toml' ? '' : ` --config ${file}`}\n`,
  );
  return 0;
}

/**
 * A server's command line: `[serve] [--config FILE]`, `migrate`, `init`, `--help`.
 * A configuration error exits 2 with the message (never a secret value);
 * migrations run before serving; any other failure exits 1.
 */
export function runServerCli<C extends ServerConfig>(cli: ServerCli<C>): void {
  const main = async (): Promise<number> => {
    let args;
    let config: C;
    try {
      const extra = Object.keys(cli.commands ?? {});
      args = parseServerArgs(process.argv.slice(2), ['serve', 'migrate', 'init', ...extra], extra);
      if (args.command === 'help') {
        process.stdout.write(cli.help());
        return 0;
      }
      if (args.command === 'init') return writeTemplate(cli, args.config ?? 'nexuslink.toml');
      config = cli.load(args.config);
    } catch (err) {
      if (err instanceof ConfigError) {
        process.stderr.write(`${cli.program}: ${err.message}\n`);
        return 2;
      }
      throw err;
    }
    useCryptoProvider('auto');
    const db = openServerDb(config, cli.dbFile);
    const applied = await cli.migrate(db);
    if (args.command === 'migrate') {
      process.stdout.write(
        applied.length
          ? `applied migrations ${applied.join(', ')}\n`
          : 'the database is up to date\n',
      );
      await db.close();
      return 0;
    }
    const command = cli.commands?.[args.command];
    if (command) {
      try {
        return await command(config, db, args.args);
      } finally {
        await db.close();
      }
    }
    return cli.serve(config, db);
  };
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`${cli.program}: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
