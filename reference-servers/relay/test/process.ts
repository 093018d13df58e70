// The relay as an operator starts it (README "Run it"): `node
// reference-servers/relay/src/main.ts` from the repository root, on the Node
// that runs the tests (24), with the relay's and the kit's sources run by
// Node's own type stripping, not bundled, and `@nexuslink/sdk` from dist/
// (the README's `npm run build`; the test run's global set-up keeps it
// current).
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess, SpawnSyncReturns } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { postgresDb } from '@nexuslink/server-kit';
import { repoRoot } from '@nexuslink/server-kit/testing';
import { PG_URL, withSchema } from '@nexuslink/server-kit/testing/db';

/**
 * The command line of the README, as argv after `node`. (NEXUSLINK_TEST_RELAY_MAIN
 * runs another copy, e.g. the relay before a fix, to see a test fail.)
 */
export const MAIN = process.env.NEXUSLINK_TEST_RELAY_MAIN ?? 'reference-servers/relay/src/main.ts';

/** The file URL of the built SDK that the relay process imports. */
export function sdkBuildUrl(): string {
  return pathToFileURL(join(repoRoot(), 'dist/index.js')).href;
}

/** argv for `node` that runs the README's command with `args`. */
export function relayArgv(args: readonly string[] = []): string[] {
  return [MAIN, ...args];
}

/** Run the relay's command line to completion (`--help`, `migrate`, a bad configuration). */
export async function runRelay(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<SpawnSyncReturns<string>> {
  return spawnSync(process.execPath, relayArgv(args), {
    cwd: repoRoot(),
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
    timeout: 30_000,
  });
}

/** A relay process started by {@link startRelay}. */
export interface RelayProcess {
  readonly url: string;
  readonly port: number;
  readonly child: ChildProcess;
  readonly output: () => string;
  /** Send `signal` and wait for the exit code (null when killed by the signal). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Start the relay with `env` (NEXUSLINK_* keys; loopback, a free port and
 * `warn` logs unless given); resolves once it prints its URL.
 */
export async function startRelay(env: Record<string, string> = {}): Promise<RelayProcess> {
  const child = spawn(process.execPath, relayArgv(), {
    cwd: repoRoot(),
    env: {
      PATH: process.env.PATH ?? '',
      NEXUSLINK_SERVER_HOST: '127.0.0.1',
      NEXUSLINK_SERVER_PORT: '0',
      NEXUSLINK_LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += String(d)));
  child.stderr!.on('data', (d) => (out += String(d)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the relay did not start:\n${out}`)), 20_000);
    const check = () => {
      const m = /listening on (http\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the relay exited (${code}):\n${out}`));
    });
  });
  return {
    url,
    port: Number(new URL(url).port),
    child,
    output: () => out,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill(signal);
      return exited;
    },
  };
}

/**
 * The environment that puts a relay process on a fresh database of `kind`:
 * SQLite in a new data directory, or PostgreSQL (`NEXUSLINK_TEST_DATABASE_URL`)
 * in a schema of its own; and how to drop it.
 */
export async function relayDatabase(
  kind: 'sqlite' | 'postgres',
): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'nexuslink-relay-'));
  if (kind === 'sqlite')
    return {
      env: { NEXUSLINK_SERVER_DATA_DIR: dataDir },
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = postgresDb({ url: PG_URL, poolSize: 1 });
  await admin.exec(`CREATE SCHEMA ${schema}`);
  await admin.close();
  return {
    env: {
      NEXUSLINK_SERVER_DATA_DIR: dataDir,
      NEXUSLINK_DATABASE_DRIVER: 'postgres',
      NEXUSLINK_DATABASE_URL: withSchema(PG_URL, schema),
    },
    drop: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      const a = postgresDb({ url: PG_URL, poolSize: 1 });
      await a.exec(`DROP SCHEMA ${schema} CASCADE`);
      await a.close();
    },
  };
}
