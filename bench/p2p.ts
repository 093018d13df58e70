// `npm run bench:p2p`: p2pTransport between two processes, per network path,
// against a bare TCP echo on the same path in the same run (the anchor).
//
//   npm run bench:p2p                 10 s of round trips per path
//   npm run bench:p2p -- --quick      2 s per path
//   npm run -s bench:p2p -- --json    one JSON object per line
//
// Paths:
//   loopback   both processes on 127.0.0.1
//   LAN        each process in its own network namespace, joined by a veth
//              pair (root only; created here, removed at the end)
//   relayed    both peers reachable only through a circuit relay on
//              127.0.0.1, WebRTC off: every envelope crosses the relay both
//              ways (the bare TCP anchor still goes direct)
//   direct-after-upgrade
//              the same two relay-only peers with WebRTC on: the relayed
//              connection is upgraded to WebRTC (ICE on loopback, no STUN or
//              TURN) and the envelope streams move to it
// Per path: the first envelope's round trip (dial, Noise, yamux, both hellos
// with their certificate checks, then the envelope there and back), and 1 KiB
// envelopes there and back one after another (each send stored in the
// outbox, acknowledged by the receiver after it stored it in its inbox). For
// direct-after-upgrade the first round trip column is the connection time:
// from the first send until a round trip over the direct path completed
// (relay dial, hellos, the WebRTC upgrade, the move of the stream, that
// round trip); the round trips/s are measured on the direct path.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { canUseNamespaces, createLan } from '../scripts/netns.js';
import { startCircuitRelay } from '../src/p2p/index.js';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const json = argv.includes('--json');
// --profile: the loopback path only, without the anchors; each peer writes a CPU
// profile of its part in the round trips to node_modules/.cache/p2p-profile
// (read them with bench/profile-summary.ts).
const profile = argv.includes('--profile');
const unknown = argv.filter((a) => a !== '--quick' && a !== '--json' && a !== '--profile');
if (unknown.length) {
  console.error(
    `unknown argument ${unknown[0]}; usage: npm run bench:p2p -- [--quick] [--json] [--profile]`,
  );
  process.exit(2);
}
const duration = quick ? 2_000 : 10_000;
const PROFILE_DIR = 'node_modules/.cache/p2p-profile';
if (profile) mkdirSync(PROFILE_DIR, { recursive: true });
const log = (line: string) => process.stderr.write(`${line}\n`);
setTimeout(() => {
  log('bench:p2p: gave up after 5 minutes');
  process.exit(3);
}, 300_000).unref();

type Peer = { proc: ReturnType<typeof spawn>; next: () => Promise<Record<string, unknown>> };

function peer(role: string, host: string, namespace?: string, extra: string[] = []): Peer {
  const node = [process.execPath, 'scripts/run-ts.mjs', 'bench/p2p-peer.ts'];
  const args = [
    ...['--role', role, '--host', host, '--duration', String(duration)],
    ...(profile ? ['--anchors', 'off', '--profile', PROFILE_DIR] : []),
    ...extra,
  ];
  const proc = namespace
    ? spawn('ip', ['netns', 'exec', namespace, ...node, ...args], {
        stdio: ['pipe', 'pipe', 'inherit'],
      })
    : spawn(node[0]!, [...node.slice(1), ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: proc.stdout! })[Symbol.asyncIterator]();
  return {
    proc,
    async next() {
      const r = await lines.next();
      if (r.done) throw new Error(`the ${role} process ended`);
      return JSON.parse(r.value) as Record<string, unknown>;
    },
  };
}

async function measure(
  path: string,
  hostA: string,
  hostB: string,
  ns?: { a: string; b: string },
  extra: { echo?: string[]; driver?: string[] } = {},
) {
  const echo = peer('echo', hostB, ns?.b, extra.echo);
  const driver = peer('driver', hostA, ns?.a, extra.driver);
  try {
    const e = await echo.next();
    const d = await driver.next();
    echo.proc.stdin!.write(`${JSON.stringify(d)}\n`);
    driver.proc.stdin!.write(`${JSON.stringify(e)}\n`);
    const result = await driver.next();
    return { path, ...result };
  } finally {
    echo.proc.kill();
    driver.proc.kill();
  }
}

log(
  `bench:p2p: ${quick ? 'quick' : 'full'} run, ${duration / 1000} s of round trips per path, node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
const rows: Record<string, unknown>[] = [];
rows.push(await measure('loopback', '127.0.0.1', '127.0.0.1'));
if (profile) {
  log(`bench:p2p: profiles in ${PROFILE_DIR}/{driver,echo}.cpuprofile`);
} else if (canUseNamespaces) {
  const lan = createLan(`bp${process.pid % 10000}`, '10.78.0');
  try {
    rows.push(await measure('LAN', lan.addressA, lan.addressB, lan));
  } finally {
    lan.remove();
  }
} else rows.push({ path: 'LAN', unavailable: 'needs root for network namespaces' });
// Relayed: both peers listen on nothing but a reservation on a circuit relay
// (in this process), so every byte goes through the relay; then the same with
// WebRTC on, measured once the connection is upgraded.
if (!profile) {
  const relay = await startCircuitRelay({ listen: ['/ip4/127.0.0.1/tcp/0'] });
  try {
    const onRelay = ['--relay', relay.addresses[0]!];
    const noWebRtc = [...onRelay, '--webrtc', 'off'];
    rows.push(
      await measure('relayed', '127.0.0.1', '127.0.0.1', undefined, {
        echo: noWebRtc,
        driver: noWebRtc,
      }),
    );
    rows.push(
      await measure('direct-after-upgrade', '127.0.0.1', '127.0.0.1', undefined, {
        echo: onRelay,
        driver: [...onRelay, '--upgrade'],
      }),
    );
  } finally {
    await relay.stop();
  }
}

if (json) for (const r of rows) console.log(JSON.stringify(r));
else {
  console.log();
  const head = [
    'path',
    'first round trip ms',
    'round trips/s',
    'p50 ms',
    'p99 ms',
    'bare TCP round trips/s',
    'bare TCP p50 ms',
    'vs bare TCP',
    'bare libp2p round trips/s',
    'bare libp2p p50 ms',
    'vs bare libp2p',
    'bare libp2p vs TCP',
  ];
  const ratio = (a: unknown, b: unknown) =>
    a === undefined || b === undefined ? '-' : `${((100 * Number(a)) / Number(b)).toFixed(1)}%`;
  const table = rows.map((r) =>
    r.unavailable
      ? [String(r.path), `(${String(r.unavailable)})`, '', '', '', '', '', '', '', '', '', '']
      : [
          String(r.path),
          String(r.firstRoundTripMs),
          String(r.roundTripsPerSec),
          String(r.p50Ms),
          String(r.p99Ms),
          String(r.tcpRoundTripsPerSec),
          String(r.tcpP50Ms),
          ratio(r.roundTripsPerSec, r.tcpRoundTripsPerSec),
          String(r.libp2pRoundTripsPerSec ?? '-'),
          String(r.libp2pP50Ms ?? '-'),
          ratio(r.roundTripsPerSec, r.libp2pRoundTripsPerSec),
          ratio(r.libp2pRoundTripsPerSec, r.tcpRoundTripsPerSec),
        ],
  );
  const widths = head.map((h, i) =>
    Math.max(h.length, ...table.map((row) => (row[i]!.startsWith('(') ? 0 : row[i]!.length))),
  );
  const line = (cells: string[]) =>
    cells.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table)
    console.log(row[1]!.startsWith('(') ? `${row[0]!.padEnd(widths[0]!)}  ${row[1]}` : line(row));
}
process.exit(0);
