/**
 * For the servers' tests (`@nexuslink/server-kit/testing`): runs a real
 * server as a child process, as an operator would (`node src/main.ts` in
 * its folder), configured through the environment, on a free loopback
 * port; and bundles other entry points where a test needs one file.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The repository root: the nearest folder up with the SDK's package.json (this file may be bundled elsewhere). */
export function repoRoot(): string {
  for (
    let dir = dirname(fileURLToPath(import.meta.url));
    dir !== dirname(dir);
    dir = dirname(dir)
  ) {
    const pkg = join(dir, 'package.json');
    if (
      existsSync(pkg) &&
      (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === '@nexuslink/sdk'
    )
      return dir;
  }
  throw new Error('not inside the NexusLink repository');
}
const here = (p: string) => join(repoRoot(), p);
const bundled = new Map<string, Promise<string>>();

/**
 * A TypeScript entry point (a path in the repository) bundled once per
 * process into node_modules/.cache (inside the repository, so its bare
 * imports resolve from node_modules), with `@nexuslink/sdk` and the kit
 * mapped to their sources (which `npm test` does not build). Returns the
 * .mjs path to run with `node`.
 */
export function bundleEntry(entry: string, name: string): Promise<string> {
  let done = bundled.get(name);
  if (!done) {
    const dir = here('node_modules/.cache');
    mkdirSync(dir, { recursive: true });
    const outfile = join(dir, `${name}-${process.pid}.mjs`);
    done = build({
      entryPoints: [here(entry)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      outfile,
      packages: 'external',
      alias: {
        '@nexuslink/server-kit': here('reference-servers/kit/src/index.ts'),
        '@nexuslink/sdk/node': here('src/node.ts'),
        '@nexuslink/sdk/p2p': here('src/p2p/index.ts'),
        '@nexuslink/sdk/hazmat': here('src/hazmat.ts'),
        '@nexuslink/sdk/wire': here('src/wire/index.ts'),
        '@nexuslink/sdk/wordlists': here('src/wordlists.ts'),
        '@nexuslink/sdk/interfaces': here('src/interfaces/index.ts'),
        '@nexuslink/sdk/testing': here('src/testing/index.ts'),
        '@nexuslink/sdk': here('src/index.ts'),
      },
      logLevel: 'error',
    }).then(() => outfile);
    bundled.set(name, done);
  }
  return done;
}

/** The reference servers: their folder under reference-servers/. */
export type ServerName = 'community' | 'relay';

/** `server`'s main.ts, bundled (see {@link bundleEntry}). */
export function serverBundle(server: ServerName): Promise<string> {
  return bundleEntry(`reference-servers/${server}/src/main.ts`, `${server}-server`);
}

/** A server started by {@link startServer}. */
export interface RunningServer {
  readonly url: string;
  readonly child: ChildProcess;
  readonly output: () => string;
  /** Send `signal` and wait for the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Start `server` with `env` (NEXUSLINK_* keys) as its README says: `node
 * src/main.ts` in its folder (Node strips the types; `@nexuslink/sdk` is
 * the built dist/, which the test run's global set-up keeps current).
 * Resolves when it prints its URL.
 */
export async function startServer(
  env: Record<string, string>,
  server: ServerName = 'community',
): Promise<RunningServer> {
  const folder = here(`reference-servers/${server}`);
  const child = spawn(process.execPath, ['src/main.ts'], {
    cwd: folder,
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
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${out}`)), 20_000);
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
      reject(new Error(`the server exited (${code}):\n${out}`));
    });
  });
  return {
    url,
    child,
    output: () => out,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null) return child.exitCode;
      child.kill(signal);
      return exited;
    },
  };
}
