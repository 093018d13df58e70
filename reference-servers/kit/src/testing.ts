/**
 * For the servers' tests (`@nexuslink/server-kit/testing`): runs a real
 * server as a child process, as an operator would (`node src/main.ts` in
 * its folder), configured through the environment, on a free loopback
 * port that stays free while it restarts; and bundles other entry points
 * where a test needs one file.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
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
export type ServerName = 'community' | 'relay' | 'directory';

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

/** Options of {@link startServer}. */
export interface StartServerOptions {
  /**
   * The command to run instead of `node src/main.ts` (the first item is the
   * program, e.g. `['npm', 'start']` or a bin's path), and where (default:
   * the server's folder).
   */
  readonly command?: readonly [string, ...string[]];
  readonly cwd?: string;
  /** How long the server may take to print its URL (default 20 s). */
  readonly startTimeoutMs?: number;
  /**
   * Run the command in a process group of its own and signal the whole
   * group on `stop` (a command such as `npm start` runs the server under a
   * shell, which does not pass signals on).
   */
  readonly processGroup?: boolean;
}

/**
 * The kernel's range of ports for outgoing connections (Linux:
 * /proc/sys/net/ipv4/ip_local_port_range; elsewhere the IANA range, which
 * macOS and Windows use).
 */
export function ephemeralPortRange(): { low: number; high: number } {
  try {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8')
      .trim()
      .split(/\s+/)
      .map(Number);
    if (Number.isInteger(low) && Number.isInteger(high)) return { low: low!, high: high! };
  } catch {
    // not Linux
  }
  return { low: 49152, high: 65535 };
}

/** Ports this process reserved (see {@link restartablePort}), released at exit. */
const reserved = new Set<number>();
const RESERVATIONS = join(tmpdir(), 'nexuslink-test-ports');
process.once('exit', () => {
  for (const port of reserved) rmSync(join(RESERVATIONS, String(port)), { force: true });
});

/** Reserve `port` for this process among the test processes of this machine; false when another live one holds it. */
function reserve(port: number): boolean {
  mkdirSync(RESERVATIONS, { recursive: true });
  const file = join(RESERVATIONS, String(port));
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      reserved.add(port);
      return true;
    } catch {
      // Held: by a live process, or left by one that died (then taken over).
      const owner = Number(readFileSync(file, 'utf8').trim() || '0');
      if (owner === process.pid) return false;
      try {
        process.kill(owner, 0);
        return false;
      } catch {
        rmSync(file, { force: true });
      }
    }
  }
  return false;
}

/** True when nothing listens on 127.0.0.1:`port` now. */
function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createNetServer();
    probe.once('error', () => resolve(false));
    probe.listen({ host: '127.0.0.1', port, exclusive: true }, () =>
      probe.close(() => resolve(true)),
    );
  });
}

/**
 * A free loopback port that a server can be restarted on: below the
 * kernel's ephemeral range, so no outgoing connection is given it while the
 * server is down, and reserved for this process (a file in the temporary
 * folder naming its pid), so no other test process picks it meanwhile.
 */
export async function restartablePort(): Promise<number> {
  const { low } = ephemeralPortRange();
  const from = low > 12_000 ? 10_000 : 1_024;
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = from + Math.floor(Math.random() * (low - from));
    if (reserved.has(port) || !reserve(port)) continue;
    if (await portFree(port)) return port;
  }
  throw new Error(`no free port below ${low} after 200 tries`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Start `server` with `env` (NEXUSLINK_* keys) as its README says: `node
 * src/main.ts` in its folder (Node strips the types; `@nexuslink/sdk` is
 * the built dist/, which the test run's global set-up keeps current), or
 * `options.command`. Resolves when it prints its URL.
 *
 * The port is `NEXUSLINK_SERVER_PORT` when given (a restart on the port of
 * a server stopped before), else a {@link restartablePort}. When another
 * process holds the port (EADDRINUSE), a given port is tried again for up
 * to 10 s and a chosen one is replaced by another, a few times.
 */
export async function startServer(
  env: Record<string, string>,
  server: ServerName = 'community',
  options: StartServerOptions = {},
): Promise<RunningServer> {
  const given = env.NEXUSLINK_SERVER_PORT;
  const fixed = given !== undefined && given !== '0';
  for (let attempt = 1; ; attempt++) {
    const port = fixed ? given : String(await restartablePort());
    try {
      return await startOnce({ ...env, NEXUSLINK_SERVER_PORT: port }, server, options);
    } catch (err) {
      const inUse = err instanceof Error && /EADDRINUSE/.test(err.message);
      if (!inUse || attempt >= (fixed ? 40 : 5)) throw err;
      if (fixed) await sleep(250);
    }
  }
}

async function startOnce(
  env: Record<string, string>,
  server: ServerName,
  options: StartServerOptions,
): Promise<RunningServer> {
  const [program, ...args] = options.command ?? [process.execPath, 'src/main.ts'];
  const child = spawn(program, args, {
    cwd: options.cwd ?? here(`reference-servers/${server}`),
    env: {
      PATH: process.env.PATH ?? '',
      NEXUSLINK_SERVER_HOST: '127.0.0.1',
      NEXUSLINK_LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.processGroup ?? false,
  });
  const signal = (sig: NodeJS.Signals) => {
    if (options.processGroup && child.pid !== undefined) {
      try {
        process.kill(-child.pid, sig);
      } catch {
        // the group is gone already
      }
    } else child.kill(sig);
  };
  let out = '';
  child.stdout!.on('data', (d) => (out += String(d)));
  child.stderr!.on('data', (d) => (out += String(d)));
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => resolve(code));
    // Not started at all (no such program): reported as an exit.
    child.on('error', (err) => {
      out += `\n${err.message}`;
      resolve(null);
    });
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      signal('SIGKILL');
      reject(new Error(`the server did not start:\n${out}`));
    }, options.startTimeoutMs ?? 20_000);
    const check = () => {
      const m = /listening on (http\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', check);
    // Once it started, an exit is for `stop` to report (a rejection here would go unheard).
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}):\n${out}`));
    });
  });
  return {
    url,
    child,
    output: () => out,
    async stop(sig = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      signal(sig);
      return exited;
    },
  };
}

/** Whether nothing answers `${url}/healthz` any more within `timeoutMs` (polled). */
export async function waitUntilDown(url: string, timeoutMs = 15_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const up = await fetch(`${url}/healthz`).then(
      () => true,
      () => false,
    );
    if (!up) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}
