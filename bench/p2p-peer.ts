// A peer process of `npm run bench:p2p` (started by bench/p2p.ts, possibly
// inside a network namespace; not run by hand). It makes an identity and
// starts p2pTransport, then prints {"address","peerId","addresses","tcp"}.
//   --role echo    sends every envelope it receives back to the driver, and
//                  runs a bare TCP echo (the anchor) on port `tcp`.
//   --role driver  given the echo peer on stdin, measures: the first
//                  envelope's round trip (dial, Noise, yamux, hellos
//                  included), then 1 KiB round trips one after another for
//                  --duration ms, then the same over the bare TCP echo; prints
//                  one JSON result line.
//   --relay ADDR   (either role) listen on nothing but a reservation there.
//   --webrtc off   no WebRTC: relayed connections stay relayed.
//   The echo also runs a bare libp2p node (TCP, Noise, yamux: the stack under
//   p2pTransport, nothing of ours) with a stream echo protocol, and the driver
//   measures the same 1 KiB round trips over one stream to it (the second
//   anchor: what libp2p itself costs; direct paths only).
//   --upgrade      (driver) wait for the WebRTC upgrade of the relayed
//                  connection: the first round trip is then the time until
//                  one went over the direct path (relay dial, hellos, the
//                  upgrade, the move of the stream, that round trip), and the
//                  1 KiB round trips are measured on the direct path.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createServer, connect } from 'node:net';
import { createInterface } from 'node:readline';
import { memoryStorage } from '../src/index.js';
import type { DeviceAddress } from '../src/index.js';
import { newSigningDevice } from '../scripts/signing-device.js';
import { p2pTransport } from '../src/p2p/index.js';
import { loadLibp2p } from '../src/p2p/libp2p.js';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i++) {
  const name = process.argv[i]!.replace(/^--/, '');
  const value = process.argv[i + 1];
  if (value === undefined || value.startsWith('--')) args.set(name, 'on');
  else args.set(name, process.argv[++i]!);
}
const role = args.get('role');
const host = args.get('host') ?? '127.0.0.1';
const duration = Number(args.get('duration') ?? 5000);
const SIZE = 1024;
setTimeout(() => process.exit(3), 120_000).unref();

const device = await newSigningDevice(role ?? 'peer');
let peer: {
  address: DeviceAddress;
  peerId: string;
  addresses: string[];
  tcp: number;
  bare: string[];
  host: string;
} | null = null;
const transport = p2pTransport({
  device,
  transportKey: crypto.getRandomValues(new Uint8Array(32)),
  storage: memoryStorage(),
  resolve: async () => (peer ? { peerId: peer.peerId, addresses: peer.addresses } : null),
  // With --relay: reachable only through the relay (no listening socket).
  listen: args.get('relay') ? [] : [`/ip4/${host}/tcp/0`],
  ...(args.get('relay') ? { relays: [args.get('relay')!] } : {}),
  webrtc: args.get('webrtc') !== 'off',
  retry: { initialDelayMs: 20, maxDelayMs: 200 },
});
await transport.connect();
for (let i = 0; i < 200 && args.get('relay') && transport.addresses.length === 0; i++)
  await new Promise((r) => setTimeout(r, 50)); // the reservation
const print = (o: unknown) => process.stdout.write(`${JSON.stringify(o)}\n`);

/**
 * --profile DIR: a CPU profile of this process while it carries the
 * transport's round trips (not its start or the anchors), written to DIR.
 */
async function profiled(what: () => Promise<void>): Promise<void> {
  const dir = args.get('profile');
  if (!dir) return what();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  try {
    await what();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(`${dir}/${role}.cpuprofile`, JSON.stringify(profile));
    session.disconnect();
  }
}

let tcpPort = 0;
/** The bare libp2p echo protocol of the second anchor. */
const ECHO = '/nexuslink-bench/echo/1.0.0';
const lib = await loadLibp2p('bench:p2p');
/** A libp2p node as p2pTransport configures its TCP path: Noise and yamux, nothing else. */
const bareNode = (listen: string[]) =>
  lib.createLibp2p({
    addresses: { listen },
    transports: [lib.tcp()],
    connectionEncrypters: [lib.noise()],
    streamMuxers: [lib.yamux()],
  });
let bare: Awaited<ReturnType<typeof bareNode>> | null = null;
if (role === 'echo') {
  const server = createServer((socket) => socket.pipe(socket));
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  tcpPort = (server.address() as { port: number }).port;
  if (!args.get('relay')) {
    bare = await bareNode([`/ip4/${host}/tcp/0`]);
    await bare.handle(ECHO, async (stream) => {
      for await (const chunk of stream) {
        const bytes = chunk instanceof Uint8Array ? chunk : chunk.subarray();
        if (!stream.send(bytes)) await stream.onDrain();
      }
      await stream.close();
    });
  }
}
print({
  address: transport.address,
  peerId: transport.peerId,
  addresses: transport.addresses,
  tcp: tcpPort,
  bare: bare ? bare.getMultiaddrs().map(String) : [],
  host,
});
const stdin = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
peer = JSON.parse((await stdin.next()).value as string);

const inbound = transport.receive()[Symbol.asyncIterator]();
async function nextEnvelope(): Promise<Uint8Array> {
  const r = await inbound.next();
  if (r.done) throw new Error('the transport closed');
  await transport.acknowledge(r.value.id);
  return r.value.envelope;
}

if (role === 'echo') {
  const echo = async () => {
    const e = await nextEnvelope().catch(() => null);
    if (!e) return false;
    await transport.send(peer!.address, e);
    return true;
  };
  if (!(await echo())) process.exit(0); // the driver's first round trip
  // The driver's round trips, then whatever comes until the driver is done.
  const end = performance.now() + duration;
  await profiled(async () => {
    while (performance.now() < end) if (!(await echo())) return;
  });
  while (await echo());
} else {
  const payload = crypto.getRandomValues(new Uint8Array(SIZE));
  const roundTrip = async () => {
    const t = performance.now();
    await transport.send(peer!.address, payload);
    await nextEnvelope();
    return performance.now() - t;
  };
  const start = performance.now();
  let first = await roundTrip();
  if (args.has('upgrade')) {
    // Round trips over the relay until one starts with the direct path up
    // (its envelope stream moves there), then that one completes.
    const end = start + 30_000;
    for (;;) {
      const direct = (await transport.pathTo(peer!.address)) === 'direct';
      await roundTrip();
      if (direct) break;
      if (performance.now() > end) {
        print({ unavailable: 'no WebRTC path within 30 s' });
        process.exit(0);
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    first = performance.now() - start;
  }
  const times: number[] = [];
  const end = performance.now() + duration;
  await profiled(async () => {
    while (performance.now() < end && times.length < 1_000_000) times.push(await roundTrip());
  });
  // --anchors off (bench:p2p --profile): only the transport's round trips, so a profile shows them.
  const anchors = args.get('anchors') !== 'off';
  // The anchor: the same 1 KiB round trips over a bare TCP connection on the same path.
  const socket = connect(peer!.tcp, peer!.host);
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  socket.setNoDelay(true);
  let pending: { need: number; resolve: () => void } | null = null;
  socket.on('data', (chunk: Buffer) => {
    if (!pending) return;
    pending.need -= chunk.length;
    if (pending.need <= 0) {
      const p = pending;
      pending = null;
      p.resolve();
    }
  });
  const tcpTimes: number[] = [];
  const tcpEnd = performance.now() + duration;
  while (anchors && performance.now() < tcpEnd && tcpTimes.length < 1_000_000) {
    const t = performance.now();
    await new Promise<void>((resolve) => {
      pending = { need: SIZE, resolve };
      socket.write(payload);
    });
    tcpTimes.push(performance.now() - t);
  }
  socket.destroy();
  // The second anchor: the same round trips over one stream of a bare libp2p connection.
  const bareTimes: number[] = [];
  if (anchors && peer!.bare.length > 0) {
    const node = await bareNode([]);
    const stream = await node.dialProtocol(lib.multiaddr(peer!.bare[0]!), ECHO);
    const chunks = stream[Symbol.asyncIterator]();
    const bareEnd = performance.now() + duration;
    while (performance.now() < bareEnd && bareTimes.length < 1_000_000) {
      const t = performance.now();
      if (!stream.send(payload)) await stream.onDrain();
      for (let need = SIZE; need > 0;) {
        const r = await chunks.next();
        if (r.done) throw new Error('the bare libp2p echo ended');
        need -= r.value.byteLength;
      }
      bareTimes.push(performance.now() - t);
    }
    await stream.close();
    await node.stop();
  }
  const pct = (xs: number[], p: number) => {
    const s = [...xs].sort((a, b) => a - b);
    return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! * 1000) / 1000;
  };
  const perSecond = (xs: number[]) =>
    Math.round(xs.length / (xs.reduce((a, b) => a + b, 0) / 1000));
  print({
    firstRoundTripMs: Math.round(first * 100) / 100,
    roundTripsPerSec: perSecond(times),
    p50Ms: pct(times, 50),
    p99Ms: pct(times, 99),
    tcpRoundTripsPerSec: perSecond(tcpTimes),
    tcpP50Ms: pct(tcpTimes, 50),
    ...(bareTimes.length > 0
      ? { libp2pRoundTripsPerSec: perSecond(bareTimes), libp2pP50Ms: pct(bareTimes, 50) }
      : {}),
  });
}
await transport.close();
await bare?.stop();
process.exit(0);
