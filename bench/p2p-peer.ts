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
//   --upgrade      (driver) wait for the WebRTC upgrade of the relayed
//                  connection: the first round trip is then the time until
//                  one went over the direct path (relay dial, hellos, the
//                  upgrade, the move of the stream, that round trip), and the
//                  1 KiB round trips are measured on the direct path.
import { createServer, connect } from 'node:net';
import { createInterface } from 'node:readline';
import { memoryStorage } from '../src/index.js';
import type { DeviceAddress } from '../src/index.js';
import { newSigningDevice } from '../scripts/signing-device.js';
import { p2pTransport } from '../src/p2p/index.js';

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

let tcpPort = 0;
if (role === 'echo') {
  const server = createServer((socket) => socket.pipe(socket));
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  tcpPort = (server.address() as { port: number }).port;
}
print({
  address: transport.address,
  peerId: transport.peerId,
  addresses: transport.addresses,
  tcp: tcpPort,
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
  for (;;) {
    const e = await nextEnvelope().catch(() => null);
    if (!e) break;
    await transport.send(peer!.address, e);
  }
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
  while (performance.now() < end && times.length < 1_000_000) times.push(await roundTrip());
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
  while (performance.now() < tcpEnd && tcpTimes.length < 1_000_000) {
    const t = performance.now();
    await new Promise<void>((resolve) => {
      pending = { need: SIZE, resolve };
      socket.write(payload);
    });
    tcpTimes.push(performance.now() - t);
  }
  socket.destroy();
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
  });
}
await transport.close();
process.exit(0);
