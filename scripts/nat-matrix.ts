/**
 * The NAT matrix (`npm run test:nat`, and test/nat/matrix.test.ts): for each
 * pair of NAT types, a NAT lab (scripts/nat-lab.ts) with, on its "Internet",
 * the relay server (reference-servers/relay: circuit relay and TURN
 * credentials) at 198.51.100.1 and coturn (STUN and TURN) at 198.51.100.2;
 * a peer behind each NAT (scripts/nat-peer.ts) reserves a slot on the relay,
 * peer A sends to peer B (through the relay first), and the connection is
 * upgraded to WebRTC where ICE finds a path. Reported per pair: the path the
 * peers ended on (`direct`, `turn`, `relay`, or `failed` when no envelope
 * arrived), and the time from A's first send to B's receipt.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { bundleEntry, serverBundle } from '@nexuslink/server-kit/testing';
import { startCoturn } from './coturn.js';
import type { Coturn } from './coturn.js';
import { createNatLab, natTypes, spawnIn } from './nat-lab.js';
import type { NatType } from './nat-lab.js';

/** How two peers behind NATs ended up talking. */
export type NatPath = 'direct' | 'turn' | 'relay' | 'failed';

/** One pair's outcome (what `--json` prints per line). */
export interface NatPairResult {
  readonly a: NatType;
  readonly b: NatType;
  readonly path: NatPath;
  /** From A's first send to B's receipt of it; null when it never arrived. */
  readonly msToFirstMessage: number | null;
  /** Why a pair failed, or what went wrong after the first message. */
  readonly detail?: string;
  /** Its first run found no path; this is the second (see {@link runNatMatrix}). */
  readonly retried?: boolean;
}

/** Every unordered pair of NAT types (10), most permissive first. */
export function natPairs(): [NatType, NatType][] {
  const pairs: [NatType, NatType][] = [];
  natTypes.forEach((a, i) => natTypes.slice(i).forEach((b) => pairs.push([a, b])));
  return pairs;
}

/**
 * The path each pair is expected to take: direct wherever one side's NAT
 * lets the other's packets in once it has sent to them (every pair but
 * port-restricted or symmetric against symmetric), TURN otherwise.
 */
export function expectedPath(a: NatType, b: NatType): NatPath {
  const hard = (x: NatType, y: NatType) =>
    x === 'symmetric' && (y === 'symmetric' || y === 'port-restricted');
  return hard(a, b) || hard(b, a) ? 'turn' : 'direct';
}

/** A child process's JSON lines, one at a time, with a deadline each. */
function lines(child: ChildProcess, name: string, log: string[]) {
  const queue: Record<string, unknown>[] = [];
  const waiters: (() => void)[] = [];
  let ended = false;
  child.stderr?.on('data', (d) => log.push(`${name}: ${String(d).trimEnd()}`));
  const rl = createInterface({ input: child.stdout! });
  rl.on('line', (line) => {
    try {
      queue.push(JSON.parse(line) as Record<string, unknown>);
      if (!line.includes('"ready"')) log.push(`${name}: ${line}`);
    } catch {
      log.push(`${name}: ${line}`);
    }
    waiters.splice(0).forEach((w) => w());
  });
  rl.on('close', () => {
    ended = true;
    waiters.splice(0).forEach((w) => w());
  });
  return async (type: string, ms: number): Promise<Record<string, unknown>> => {
    const end = Date.now() + ms;
    for (;;) {
      const i = queue.findIndex((m) => m.type === type);
      if (i >= 0) return queue.splice(i, 1)[0]!;
      if (ended) throw new Error(`${name} exited before "${type}"`);
      const left = end - Date.now();
      if (left <= 0) throw new Error(`${name}: no "${type}" within ${ms} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  };
}

/** Options of {@link runNatMatrix}. */
export interface NatMatrixOptions {
  /** The pairs to run (default all 10). */
  readonly pairs?: readonly (readonly [NatType, NatType])[];
  /** How long A waits for the WebRTC upgrade (default 20 s). */
  readonly upgradeMs?: number;
  /** Called with each result as it comes. */
  readonly onResult?: (result: NatPairResult) => void;
  /** Called with diagnostic lines (child output) of a pair that did not go as expected. */
  readonly onLog?: (line: string) => void;
}

/** Run the matrix (root only). Every namespace and process is removed, also on failure. */
export async function runNatMatrix(options: NatMatrixOptions = {}): Promise<NatPairResult[]> {
  const [peer, relayServer] = await Promise.all([
    bundleEntry('scripts/nat-peer.ts', 'nat-peer'),
    serverBundle('relay'),
  ]);
  const results: NatPairResult[] = [];
  for (const [a, b] of options.pairs ?? natPairs()) {
    const log: string[] = [];
    let result = await runPair(a, b, peer, relayServer, options.upgradeMs ?? 20_000, log);
    if (result.path === 'failed') {
      // A pair that found no path at all is run once more, in fresh namespaces,
      // and the failed run's output is kept: a rare stall (seen in two
      // clean-clone CI runs, symmetric/symmetric: the WebRTC upgrade over
      // TURN abandoned half-open, then the relayed connection gone too) stays
      // visible without failing the run; a pair that fails twice fails it.
      const first = [...log, `${a} / ${b}: no path (${result.detail ?? ''}); running it again`];
      for (const line of first) options.onLog?.(line);
      log.length = 0;
      result = await runPair(a, b, peer, relayServer, options.upgradeMs ?? 20_000, log);
      result = { ...result, retried: true };
    }
    if (result.path !== expectedPath(a, b)) for (const line of log) options.onLog?.(line);
    results.push(result);
    options.onResult?.(result);
  }
  return results;
}

async function runPair(
  a: NatType,
  b: NatType,
  peerFile: string,
  relayFile: string,
  upgradeMs: number,
  log: string[],
): Promise<NatPairResult> {
  const lab = createNatLab(`m${process.pid % 10_000}`, { a, b });
  const children: ChildProcess[] = [];
  let coturn: Coturn | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'nexuslink-nat-relay-'));
  const secret = randomBytes(24).toString('hex');
  const [relayHost, turnHost] = lab.publicHosts;
  try {
    coturn = await startCoturn({
      namespace: lab.public,
      listenIp: turnHost,
      port: 3478,
      secret,
    });
    const relay = spawnIn(lab.public, process.execPath, [relayFile], {
      env: {
        PATH: process.env.PATH ?? '',
        NEXUSLINK_SERVER_HOST: relayHost,
        NEXUSLINK_SERVER_PORT: '8430',
        NEXUSLINK_SERVER_DATA_DIR: dataDir,
        NEXUSLINK_LOG_LEVEL: 'warn',
        NEXUSLINK_CIRCUIT_ENABLED: 'true',
        NEXUSLINK_CIRCUIT_LISTEN: `/ip4/${relayHost}/tcp/4001`,
        NEXUSLINK_TURN_SECRET: secret,
        NEXUSLINK_TURN_URLS: `turn:${turnHost}:3478?transport=udp`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(relay);
    await new Promise<void>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`the relay did not start:\n${out}`)), 20_000);
      const check = (d: Buffer) => {
        out += String(d);
        if (out.includes('listening on')) {
          clearTimeout(timer);
          resolve();
        }
      };
      relay.stdout!.on('data', check);
      relay.stderr!.on('data', check);
      relay.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the relay exited (${code}):\n${out}`));
      });
    });
    const start = (role: 'a' | 'b', ns: string) => {
      const child = spawnIn(
        ns,
        process.execPath,
        [
          peerFile,
          '--role',
          role,
          '--relay-url',
          `http://${relayHost}:8430`,
          '--stun',
          `stun:${turnHost}:3478`,
          '--upgrade-ms',
          String(upgradeMs),
        ],
        { stdio: ['pipe', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '' } },
      );
      children.push(child);
      return { child, next: lines(child, `peer ${role} (${role === 'a' ? a : b})`, log) };
    };
    const pa = start('a', lab.a);
    const pb = start('b', lab.b);
    const [ra, rb] = await Promise.all([pa.next('ready', 30_000), pb.next('ready', 30_000)]);
    log.push(`peer a ready: ${JSON.stringify(ra)}`, `peer b ready: ${JSON.stringify(rb)}`);
    const tell = (p: typeof pa, info: Record<string, unknown>) =>
      p.child.stdin!.write(`${JSON.stringify({ ...info, type: 'peer' })}\n`);
    tell(pa, rb);
    tell(pb, ra);
    pa.child.stdin!.write('{"type":"go"}\n');
    const started = (await pa.next('started', 10_000)).at as number;
    let first: Record<string, unknown>;
    try {
      first = await pb.next('received', 30_000);
    } catch (err) {
      return { a, b, path: 'failed', msToFirstMessage: null, detail: (err as Error).message };
    }
    const msToFirstMessage = (first.at as number) - started;
    const path = (await pa.next('path', upgradeMs + 10_000)).path as string;
    // The second envelope must arrive too, over the path reported.
    try {
      await pb.next('received', 30_000);
    } catch (err) {
      return {
        a,
        b,
        path: 'failed',
        msToFirstMessage,
        detail: `after the path became ${path}: ${(err as Error).message}`,
      };
    }
    const p: NatPath = path === 'direct' || path === 'turn' || path === 'relay' ? path : 'failed';
    return { a, b, path: p, msToFirstMessage };
  } catch (err) {
    return { a, b, path: 'failed', msToFirstMessage: null, detail: (err as Error).message };
  } finally {
    for (const c of children) c.kill('SIGKILL');
    await Promise.all(
      children.map((c) =>
        c.exitCode === null && c.signalCode === null ? new Promise((r) => c.once('exit', r)) : null,
      ),
    );
    coturn?.stop();
    lab.remove();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
