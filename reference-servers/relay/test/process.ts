// The relay as an operator starts it (README "Run it"): `node
// reference-servers/relay/src/main.ts` from the repository root, on the Node
// that runs the tests (24), with the relay's and the kit's sources run by
// Node's own type stripping, not bundled, and `@nexuslink/sdk` from dist/
// (the README's `npm run build`; the test run's global set-up keeps it
// current).
import { spawnSync } from 'node:child_process';
import type { SpawnSyncReturns } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot, startServer } from '@nexuslink/server-kit/testing';
import type { RunningServer } from '@nexuslink/server-kit/testing';
import { serverDatabase } from '@nexuslink/server-kit/testing/db';

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
export interface RelayProcess extends RunningServer {
  readonly port: number;
}

/**
 * Start the relay as its README says with `env` (NEXUSLINK_* keys; loopback,
 * a free port and `warn` logs unless given); resolves once it prints its URL.
 */
export async function startRelay(env: Record<string, string> = {}): Promise<RelayProcess> {
  const server = await startServer(env, 'relay');
  return { ...server, port: Number(new URL(server.url).port) };
}

/** A relay process's environment on a fresh database of `kind`, and how to drop it. */
export const relayDatabase = serverDatabase;
