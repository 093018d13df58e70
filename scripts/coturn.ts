/**
 * A real coturn for the tests, the NAT matrix and the benchmarks, rendered
 * from reference-servers/relay/coturn/turnserver.conf.template (the file
 * operators use) and started as a child process, optionally inside a
 * network namespace. Resolves once it answers a STUN binding request.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@nexuslink/server-kit/testing';

/** Whether coturn (`turnserver`) is installed. */
export const hasCoturn = spawnSync('turnserver', ['--version']).status === 0;

/** Options of {@link startCoturn}. */
export interface CoturnOptions {
  /** Where it listens (UDP `port`). */
  readonly listenIp: string;
  readonly port: number;
  /** Where relayed addresses are allocated (default `listenIp`). */
  readonly relayIp?: string;
  /** Relay port range (default 49152–49251). */
  readonly minPort?: number;
  readonly maxPort?: number;
  /** The secret shared with whoever issues credentials (`turnCredentials`). */
  readonly secret: string;
  readonly realm?: string;
  /** Allocations per user and in all (default 10 and 100). */
  readonly userQuota?: number;
  readonly totalQuota?: number;
  /** Let it relay to loopback peers (the template refuses them). */
  readonly allowLoopbackPeers?: boolean;
  /** Run it inside this network namespace (root only). */
  readonly namespace?: string;
}

/** A running coturn. */
export interface Coturn {
  readonly port: number;
  /** What it printed (for failure messages). */
  output(): string;
  /** Stop it and remove its files; safe to call twice. */
  stop(): void;
}

const TEMPLATE = () => join(repoRoot(), 'reference-servers/relay/coturn/turnserver.conf.template');

/** The template with `values`; every `${NAME}` must have one. */
export function renderCoturnConf(values: Record<string, string>): string {
  return readFileSync(TEMPLATE(), 'utf8').replace(/\$\{([A-Z_]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for ${name}`);
    return value;
  });
}

/** Start coturn; throws (after stopping it) when it does not answer within 10 s. */
export async function startCoturn(options: CoturnOptions): Promise<Coturn> {
  const dir = mkdtempSync(join(tmpdir(), 'nexuslink-coturn-'));
  const relayIp = options.relayIp ?? options.listenIp;
  let conf = renderCoturnConf({
    LISTEN_IP: options.listenIp,
    EXTERNAL_IP: relayIp,
    RELAY_IP: relayIp,
    PORT: String(options.port),
    MIN_PORT: String(options.minPort ?? 49_152),
    MAX_PORT: String(options.maxPort ?? 49_251),
    REALM: options.realm ?? 'relay.test',
    STATIC_AUTH_SECRET: options.secret,
    USER_QUOTA: String(options.userQuota ?? 10),
    TOTAL_QUOTA: String(options.totalQuota ?? 100),
    MAX_BPS: '0',
  });
  if (options.allowLoopbackPeers) {
    const before = conf;
    conf = conf.replace(
      /^denied-peer-ip=127\.0\.0\.0-127\.255\.255\.255$/m,
      'allow-loopback-peers',
    );
    if (conf === before) throw new Error('the template has no loopback rule to lift');
  }
  writeFileSync(join(dir, 'turnserver.conf'), conf);
  const args = ['-c', join(dir, 'turnserver.conf'), '--pidfile', join(dir, 'pid')];
  const child: ChildProcess = options.namespace
    ? spawn('ip', ['netns', 'exec', options.namespace, 'turnserver', ...args], {
        stdio: ['ignore', 'pipe', 'pipe'],
      })
    : spawn('turnserver', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += String(d)));
  child.stderr!.on('data', (d) => (out += String(d)));
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  const probe = options.namespace ? null : { host: options.listenIp, port: options.port };
  try {
    const deadline = Date.now() + 10_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`coturn exited:\n${out}`);
      if (probe === null ? /Total General servers/.test(out) : await answers(probe)) break;
      if (Date.now() > deadline) throw new Error(`coturn did not start:\n${out}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } catch (err) {
    stop();
    throw err;
  }
  return { port: options.port, output: () => out, stop };
}

/** Whether a STUN binding request to `host:port` is answered within 200 ms. */
async function answers(target: { host: string; port: number }): Promise<boolean> {
  const request = Buffer.alloc(20);
  request.writeUInt16BE(0x0001, 0);
  request.writeUInt32BE(0x2112a442, 4);
  randomBytes(12).copy(request, 8);
  const socket = createSocket('udp4');
  try {
    return await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 200);
      socket.once('message', () => {
        clearTimeout(timer);
        resolve(true);
      });
      socket.send(request, target.port, target.host);
    });
  } finally {
    socket.close();
  }
}
