// A peer process of the NAT matrix (scripts/nat-matrix.ts starts it inside a
// NAT lab namespace; not run by hand). It makes an identity, logs in to the
// relay server for TURN credentials, starts p2pTransport with a reservation
// on the relay's circuit relay and STUN/TURN from the lab's coturn, and
// prints {"type":"ready",address,peerId,addresses}. Then, on stdin lines:
//   {"type":"peer",...}  the other peer (its address, PeerId, addresses)
//   {"type":"go"}        (role a) send envelope 0 through whatever path
//                        libp2p finds (the relay first), wait up to
//                        --upgrade-ms for the path to become WebRTC
//                        (direct or TURN), print {"type":"path"}, then send
//                        envelope 1 over it.
// Role b prints {"type":"received",n,at,path} for each envelope.
import { createInterface } from 'node:readline';
import { memoryStorage, RelayClient, uuidFromPublicKey } from '../src/index.js';
import type { DeviceAddress } from '../src/index.js';
import { p2pTransport } from '../src/p2p/index.js';
import type { P2PPath } from '../src/p2p/index.js';
import { newSigningDevice } from './signing-device.js';

const args = new Map<string, string>();
for (let i = 2; i + 1 < process.argv.length; i += 2)
  args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1]!);
const role = args.get('role') === 'b' ? 'b' : 'a';
const upgradeMs = Number(args.get('upgrade-ms') ?? 20_000);
setTimeout(() => process.exit(3), 120_000).unref();
const print = (o: unknown) => process.stdout.write(`${JSON.stringify(o)}\n`);

const device = await newSigningDevice(role);
const relay = new RelayClient({
  url: args.get('relay-url')!,
  device,
  uuid: uuidFromPublicKey(device.identityKey),
});
const [info, turn] = await Promise.all([relay.info(), relay.turnCredentials()]);
type Peer = { address: DeviceAddress; peerId: string; addresses: string[] };
let peer = null as Peer | null;
const transport = p2pTransport({
  device,
  transportKey: crypto.getRandomValues(new Uint8Array(32)),
  storage: memoryStorage(),
  resolve: async () => (peer ? { peerId: peer.peerId, addresses: peer.addresses } : null),
  relays: info.circuitRelay,
  iceServers: [
    { urls: args.get('stun')! },
    { urls: [...turn.urls], username: turn.username, credential: turn.credential },
  ],
  retry: { initialDelayMs: 50, maxDelayMs: 500 },
});
transport.onDeliveryFailure((_to, err) =>
  print({
    type: 'failure',
    message: err.message,
    cause: String((err.cause as Error | undefined)?.message ?? ''),
  }),
);
transport.onPathChange((c) => print({ type: 'path-change', path: c.path }));
await transport.connect();
for (let i = 0; i < 300 && !transport.addresses.some((a) => a.includes('/p2p-circuit')); i++)
  await new Promise((r) => setTimeout(r, 50)); // the reservation
print({
  type: 'ready',
  address: transport.address,
  peerId: transport.peerId,
  addresses: transport.addresses,
});

const envelope = (n: number) => Uint8Array.of(n, ...new Uint8Array(1023));
if (role === 'b') {
  void (async () => {
    for await (const e of transport.receive()) {
      await transport.acknowledge(e.id);
      const path: P2PPath = peer ? await transport.pathTo(peer.address) : 'none';
      print({ type: 'received', n: e.envelope[0], at: Date.now(), path });
    }
  })();
}
for await (const line of createInterface({ input: process.stdin })) {
  const m = JSON.parse(line) as { type: string } & Record<string, unknown>;
  if (m.type === 'peer') peer = m as unknown as Peer;
  else if (m.type === 'go' && role === 'a') {
    print({ type: 'started', at: Date.now() });
    await transport.send(peer!.address, envelope(0));
    let path: P2PPath = await transport.pathTo(peer!.address);
    const end = Date.now() + upgradeMs;
    let said = Date.now();
    while (path !== 'direct' && path !== 'turn' && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 100));
      path = await transport.pathTo(peer!.address);
      // A sign of life every 5 s: a peer that stops printing has a blocked event loop.
      if (Date.now() - said >= 5_000) {
        said = Date.now();
        print({ type: 'waiting', path });
      }
    }
    print({ type: 'path', path });
    await transport.send(peer!.address, envelope(1));
  } else if (m.type === 'quit') break;
}
await transport.close();
process.exit(0);
