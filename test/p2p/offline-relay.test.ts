// p2pTransport with an offline relay (reference-servers/relay, run as a
// process on loopback): envelopes for a device that cannot be reached are
// left at the relay, and the device receives them once when it comes back,
// through the transport and through NexusClient.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createRelayedEnvelope,
  directConversation,
  memoryStorage,
  peerIdFromEd25519PublicKey,
  peerIdToString,
  RelayClient,
  SigningKeyPair,
  relayMailbox,
} from '../../src/index.js';
import { memoryNetwork } from '../../src/testing/index.js';
import type { DeviceAddress, LocalDevice, Storage } from '../../src/index.js';
import { p2pTransport } from '../../src/p2p/index.js';
import type { P2PTransport, P2PTransportOptions } from '../../src/p2p/index.js';
import { startServer } from '@nexuslink/server-kit/testing';
import type { RunningServer } from '@nexuslink/server-kit/testing';
import { makePerson, startClient, texts, until } from '../client/fixtures.js';
import type { Started } from '../client/fixtures.js';
import { fromHex } from '../../src/primitives/bytes.js';
import { addressBook, device, waitFor } from './fixtures.js';

const FAST = { initialDelayMs: 50, maxDelayMs: 200 };
const open: P2PTransport[] = [];
let relayServer: RunningServer | undefined;
afterEach(async () => {
  for (const t of open.splice(0)) await t.close();
  await relayServer?.stop('SIGKILL');
  relayServer = undefined;
});

/** A relay on loopback (embedded database in a fresh directory). */
async function startRelay() {
  relayServer = await startServer(
    { NEXUSLINK_SERVER_DATA_DIR: mkdtempSync(join(tmpdir(), 'nexuslink-relay-')) },
    'relay',
  );
  const url = relayServer.url;
  const asked = new Map<string, RelayClient>(); // one login per device (logins are rate-limited)
  return {
    url,
    /** How many blobs the relay holds for `d` (asked as that device). */
    held: async (d: { local: LocalDevice | Device['local']; uuid: string }) => {
      let client = asked.get(d.uuid);
      if (!client)
        asked.set(d.uuid, (client = new RelayClient({ url, device: d.local, uuid: d.uuid })));
      return (await client.held({ limit: 1000 })).length;
    },
  };
}

type Device = Awaited<ReturnType<typeof device>>;

function transportOf(
  d: Device,
  book: ReturnType<typeof addressBook>,
  relayUrl: string,
  options: Partial<P2PTransportOptions> = {},
): P2PTransport {
  const uuid = d.account.identity.uuid;
  const t = p2pTransport({
    device: d.local,
    transportKey: d.transportKey,
    storage: d.storage,
    resolve: book.resolve,
    listen: ['/ip4/127.0.0.1/tcp/0'],
    retry: FAST,
    offlineRelay: {
      client: new RelayClient({ url: relayUrl, device: d.local, uuid }),
      afterMs: 300,
      pollMs: 300,
    },
    ...options,
  });
  open.push(t);
  return t;
}
describe('p2pTransport with an offline relay', () => {
  it('a device that was offline receives what the relay held, once, in order', async () => {
    const relay = await startRelay();
    const book = addressBook();
    const da = await device('alice');
    const db = await device('bob');
    const alice = transportOf(da, book, relay.url);
    await alice.connect();
    const bobAddress: DeviceAddress = {
      uuid: db.account.identity.uuid,
      deviceId: Buffer.from(db.account.device.certificate.deviceId).toString('hex'),
    };
    // Bob is offline: an address where nothing listens.
    book.set(bobAddress, {
      peerId: peerIdToString(
        peerIdFromEd25519PublicKey(SigningKeyPair.fromSeed(db.transportKey).publicKey.bytes),
      ),
      addresses: ['/ip4/127.0.0.1/tcp/9'],
    });
    for (let i = 0; i < 5; i++) await alice.send(bobAddress, Uint8Array.of(i, 42));
    const asBob = { local: db.local, uuid: bobAddress.uuid };
    await waitFor(
      async () => (await relay.held(asBob)) === 5,
      15_000,
      'the envelopes at the relay',
    );
    // Bob comes online (a transport over his own storage): everything arrives once, in order.
    const bob = transportOf(db, book, relay.url);
    await bob.connect();
    const got: number[] = [];
    const inbound = bob.receive()[Symbol.asyncIterator]();
    while (got.length < 5) {
      const e = (await inbound.next()).value!;
      got.push(e.envelope[0]!);
      await bob.acknowledge(e.id);
    }
    expect(got).toEqual([0, 1, 2, 3, 4]);
    await waitFor(
      async () => (await relay.held(asBob)) === 0,
      5_000,
      'the relay emptied by acknowledgements',
    );
    // Nothing more comes, even after more polls.
    const more = await Promise.race([
      inbound.next().then(() => 'more'),
      new Promise((r) => setTimeout(() => r('none'), 1200)),
    ]);
    expect(more).toBe('none');
  });

  it("a device online but out of the sender's reach gets what the relay holds at once, over the relay's stream", async () => {
    const relay = await startRelay();
    const book = addressBook();
    const da = await device('alice');
    const db = await device('bob');
    // Bob polls at connect, then every 10 minutes: what arrives during the test came over the stream.
    const bob = transportOf(db, book, relay.url, {
      offlineRelay: {
        client: new RelayClient({
          url: relay.url,
          device: db.local,
          uuid: db.account.identity.uuid,
        }),
        pollMs: 600_000,
      },
    });
    await bob.connect();
    // Alice has a wrong address for Bob: she cannot reach him, the relay can.
    book.set(bob.address, { peerId: bob.peerId, addresses: ['/ip4/127.0.0.1/tcp/9'] });
    const alice = transportOf(da, book, relay.url);
    await alice.connect();
    await alice.send(bob.address, Uint8Array.of(7));
    const e = (await bob.receive()[Symbol.asyncIterator]().next()).value!;
    expect([...e.envelope]).toEqual([7]);
  });

  it('forged, altered or misaddressed blobs are dropped and deleted; genuine ones pass', async () => {
    const relay = await startRelay();
    const book = addressBook();
    const db = await device('bob');
    const dm = await device('mallory');
    const bobAddress: DeviceAddress = {
      uuid: db.account.identity.uuid,
      deviceId: Buffer.from(db.account.device.certificate.deviceId).toString('hex'),
    };
    const mallory = new RelayClient({
      url: relay.url,
      device: dm.local,
      uuid: dm.account.identity.uuid,
    });
    const mailbox = relayMailbox({ uuid: bobAddress.uuid, deviceId: fromHex(bobAddress.deviceId) });
    const genuine = (n: number, to = bobAddress) =>
      createRelayedEnvelope({
        device: dm.local,
        recipient: to,
        id: crypto.getRandomValues(new Uint8Array(16)),
        envelope: Uint8Array.of(n),
        acceptedAt: Date.now(),
      });
    const altered = await genuine(1);
    altered[altered.length - 70]! ^= 1; // inside the body: the signature no longer holds
    await mallory.put(mailbox, altered);
    await mallory.put(mailbox, await genuine(2, { ...bobAddress, deviceId: '00'.repeat(16) }));
    await mallory.put(mailbox, Uint8Array.of(1, 2, 3));
    await mallory.put(mailbox, await genuine(4));
    const bob = transportOf(db, book, relay.url);
    await bob.connect();
    const e = (await bob.receive()[Symbol.asyncIterator]().next()).value!;
    expect([...e.envelope]).toEqual([4]);
    await waitFor(
      async () => (await relay.held({ local: db.local, uuid: bobAddress.uuid })) === 0,
      5_000,
      'every blob deleted',
    );
  });

  it('NexusClient: a message sent while the peer is offline arrives when it comes back', async () => {
    const relay = await startRelay();
    const book = addressBook();
    const unused = memoryNetwork();
    const devicesOf = new Map<string, DeviceAddress[]>();
    const alice = await makePerson('alice');
    const bob = await makePerson('bob');
    const la = await alice.addDevice();
    const lb = await bob.addDevice();
    const storages = new Map<string, { transport: Storage; transportKey: Uint8Array }>();
    const clients: Started[] = [];
    const startOn = async (local: LocalDevice, clientStorage?: Storage) => {
      const kept = storages.get(local.uuid) ?? {
        transport: memoryStorage(),
        transportKey: crypto.getRandomValues(new Uint8Array(32)),
      };
      storages.set(local.uuid, kept);
      const transport = p2pTransport({
        device: local,
        transportKey: kept.transportKey,
        storage: kept.transport,
        resolve: book.resolve,
        listen: ['/ip4/127.0.0.1/tcp/0'],
        retry: FAST,
        offlineRelay: {
          client: new RelayClient({ url: relay.url, device: local, uuid: local.uuid }),
          afterMs: 300,
          pollMs: 300,
        },
      });
      open.push(transport);
      const directory = transport.preKeyDirectory({
        devicesOf: async (uuid) => devicesOf.get(uuid) ?? [],
      });
      const started = await startClient(unused, directory, local, {
        transports: [transport],
        ...(clientStorage ? { storage: clientStorage } : {}),
      });
      await transport.connect();
      book.publish(transport);
      devicesOf.set(local.uuid, [transport.address]);
      clients.push(started);
      return { started, transport };
    };
    try {
      const a = await startOn(la);
      let b = await startOn(lb);
      await a.started.client.contacts.add({ card: await bob.card() });
      await a.started.client.sendText(directConversation(bob.uuid), 'hello');
      await until(() => texts(b.started.events).includes('hello'), 20_000, 'bob gets it');
      // Bob goes offline.
      const bobStorage = b.started.storage;
      await b.started.client.close();
      await b.transport.close();
      await a.started.client.sendText(directConversation(bob.uuid), 'while you were away');
      await a.started.client.sendText(directConversation(bob.uuid), 'and this too');
      await until(
        async () => (await relay.held({ local: lb, uuid: bob.uuid })) >= 2,
        20_000,
        'the messages at the relay',
      );
      // Bob comes back on the same storage.
      b = await startOn(lb, bobStorage);
      await until(
        () => texts(b.started.events).includes('and this too'),
        20_000,
        'bob gets what was held',
      );
      expect(texts(b.started.events)).toEqual(['while you were away', 'and this too']);
      await new Promise((r) => setTimeout(r, 1000));
      expect(texts(b.started.events)).toEqual(['while you were away', 'and this too']);
    } finally {
      for (const c of clients) await c.client.close().catch(() => undefined);
    }
  });
});
