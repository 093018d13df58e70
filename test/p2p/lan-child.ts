// A device on a LAN for test/p2p/lan.test.ts, run inside a network namespace:
// it makes its identity, starts p2pTransport with mDNS and no addresses
// configured, and prints {"address","peerId"}. Given a peer on stdin
// ({"address","peerId"}, as an invite without relay hints names it), it sends
// one envelope there; it prints every envelope it receives as {"got": text}.
import { createInterface } from 'node:readline';
import { memoryStorage } from '../../src/index.js';
import type { DeviceAddress } from '../../src/index.js';
import { newSigningDevice } from '../../scripts/signing-device.js';
import { p2pTransport } from '../../src/p2p/index.js';

const device = await newSigningDevice('lan');
const peers = new Map<string, string>();
const transport = p2pTransport({
  device,
  transportKey: crypto.getRandomValues(new Uint8Array(32)),
  storage: memoryStorage(),
  // Only the PeerId is known (from the invite); mDNS says where it is.
  resolve: async (a: DeviceAddress) => {
    const peerId = peers.get(`${a.uuid}/${a.deviceId}`);
    return peerId ? { peerId, addresses: [] } : null;
  },
  mdns: { intervalMs: 500 },
  retry: { initialDelayMs: 100, maxDelayMs: 500 },
});
await transport.connect();
const print = (o: unknown) => process.stdout.write(`${JSON.stringify(o)}\n`);
print({ address: transport.address, peerId: transport.peerId });
void (async () => {
  for await (const e of transport.receive()) {
    print({ got: new TextDecoder().decode(e.envelope) });
    await transport.acknowledge(e.id);
  }
})();
const timer = setTimeout(() => process.exit(3), 60_000);
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line === 'stop') {
    clearTimeout(timer);
    void transport.close().then(() => process.exit(0));
    return;
  }
  const peer = JSON.parse(line) as { address: DeviceAddress; peerId: string; text: string };
  peers.set(`${peer.address.uuid}/${peer.address.deviceId}`, peer.peerId);
  void transport
    .send(peer.address, new TextEncoder().encode(peer.text))
    .then(() => print({ accepted: true }));
});
