// p2pTransport: two devices over libp2p on loopback (TCP, Noise, yamux), no
// server. The transport compliance suite, a peer that is not the device it
// claims to be, and two NexusClients chatting over it.
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createDeviceRecord,
  createPeerBinding,
  deviceRecordKey,
  directConversation,
  issueRevocationList,
  peerIdFromEd25519PublicKey,
  SigningKeyPair,
  memoryStorage,
  NexusError,
  verifyPreKeyBundle,
} from '../../src/index.js';
import { memoryNetwork, transportComplianceSuite } from '../../src/testing/index.js';
import type { DeviceAddress, LocalDevice } from '../../src/index.js';
import { DHT_PROTOCOL, p2pTransport, startCircuitRelay } from '../../src/p2p/index.js';
import { noise } from '@chainsafe/libp2p-noise';
import { yamux } from '@chainsafe/libp2p-yamux';
import { identify } from '@libp2p/identify';
import { kadDHT, passthroughMapper } from '@libp2p/kad-dht';
import { ping } from '@libp2p/ping';
import { tcp } from '@libp2p/tcp';
import { multiaddr } from '@multiformats/multiaddr';
import { createLibp2p } from 'libp2p';
import type { P2PTransport } from '../../src/p2p/index.js';
import { addressBook, device } from './fixtures.js';
import { makePerson, startClient, texts, until } from '../client/fixtures.js';
import type { Started } from '../client/fixtures.js';

const LOOPBACK = ['/ip4/127.0.0.1/tcp/0'];
const FAST = { initialDelayMs: 50, maxDelayMs: 300 };

/** Mallory: a device of her own and a raw DHT node that stores whatever it is given. */
async function deviceWithMallory(bootstrap: string[]) {
  const d = await device('mallory');
  const transportKey = SigningKeyPair.generate();
  const binding = await createPeerBinding({
    signer: d.local.signer,
    deviceId: d.local.deviceId,
    peerId: peerIdFromEd25519PublicKey(transportKey.publicKey.bytes),
  });
  const node = await createLibp2p({
    addresses: { listen: LOOPBACK },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    services: {
      identify: identify(),
      ping: ping(),
      dht: kadDHT({
        protocol: DHT_PROTOCOL,
        clientMode: false,
        peerInfoMapper: passthroughMapper,
        validators: { nexuslink: () => {} },
        selectors: { nexuslink: () => 0 },
      }),
    },
  });
  for (const a of bootstrap) await node.dial(multiaddr(a));
  await new Promise((r) => setTimeout(r, 300)); // identify fills the routing table
  return { device: d.local, binding, node };
}

const open: P2PTransport[] = [];
afterEach(async () => {
  for (const t of open.splice(0)) await t.close();
});

async function start(
  d: Awaited<ReturnType<typeof device>>,
  book: ReturnType<typeof addressBook>,
): Promise<P2PTransport> {
  const t = p2pTransport({
    device: d.local,
    transportKey: d.transportKey,
    storage: d.storage,
    resolve: book.resolve,
    listen: LOOPBACK,
    retry: FAST,
  });
  open.push(t);
  await t.connect();
  book.publish(t);
  return t;
}

describe('p2pTransport', () => {
  transportComplianceSuite(
    { describe, it },
    {
      name: 'p2pTransport (libp2p over loopback TCP)',
      async create() {
        const book = addressBook();
        const da = await device('alice');
        const db = await device('bob');
        const a = await start(da, book);
        const b = await start(db, book);
        const devices = new Map([
          [a.address.deviceId, da],
          [b.address.deviceId, db],
        ]);
        return {
          a,
          b,
          async reconnect(t) {
            await t.close();
            return start(devices.get(t.address.deviceId)!, book);
          },
        };
      },
    },
  );

  it('the PeerId is that of the transport key, and the binding travels with it', async () => {
    const d = await device('alice');
    const t = p2pTransport({
      device: d.local,
      transportKey: d.transportKey,
      storage: d.storage,
      resolve: async () => null,
    });
    expect(t.peerId).toMatch(/^12D3KooW/);
    expect(t.addresses).toEqual([]);
    expect(t.state).toBe('disconnected');
    expect(() =>
      p2pTransport({
        ...{ device: d.local, storage: d.storage, resolve: async () => null },
        transportKey: new Uint8Array(8),
      }),
    ).toThrow(NexusError);
  });

  it('its transport errors say another transport may reach the device; bad input does not', async () => {
    const d = await device('alice');
    const bob = await device('bob');
    const idle = p2pTransport({
      device: d.local,
      transportKey: d.transportKey,
      storage: d.storage,
      resolve: async () => null,
    });
    open.push(idle);
    // Bob's address, from a transport of his that never starts.
    const to = p2pTransport({
      device: bob.local,
      transportKey: bob.transportKey,
      storage: bob.storage,
      resolve: async () => null,
    }).address;
    // Not connected: the client's outbox hands the envelope to the next transport.
    const notConnected = await idle.send(to, Uint8Array.of(1)).catch((e: unknown) => e);
    expect(NexusError.is(notConnected, 'TRANSPORT')).toBe(true);
    expect((notConnected as NexusError).details.retryElsewhere).toBe(true);
    // Connected, but the device is nowhere to be found: the failure says the same.
    const book = addressBook();
    const alice = await start(d, book);
    const failures: NexusError[] = [];
    alice.onDeliveryFailure((_, err) => failures.push(err));
    await alice.send(to, Uint8Array.of(2));
    for (let i = 0; i < 100 && failures.length === 0; i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(failures[0]?.code).toBe('TRANSPORT');
    expect(failures[0]?.details.retryElsewhere).toBe(true);
    // An envelope no transport would take is not worth offering elsewhere.
    const bad = await alice.send(to, new Uint8Array(0)).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(NexusError);
    expect((bad as NexusError).details.retryElsewhere).not.toBe(true);
  });

  it('a sender cannot fill the inbox: 1,000 held per sending device, then no acknowledgement until the app takes some', async () => {
    const book = addressBook();
    const alice = await start(await device('alice'), book);
    const bob = await start(await device('bob'), book);
    const failures: string[] = [];
    alice.onDeliveryFailure((_, err) => failures.push(err.message));
    for (let i = 0; i < 1001; i++) await alice.send(bob.address, Uint8Array.of(i & 255, i >> 8));
    const inbound = bob.receive()[Symbol.asyncIterator]();
    const first = (await inbound.next()).value!;
    for (let i = 0; i < 100 && failures.length === 0; i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(failures.length).toBeGreaterThan(0);
    for (let i = 1; i < 1000; i++) await inbound.next();
    // Taking one makes room: the last comes.
    await bob.acknowledge(first.id);
    const last = (await inbound.next()).value!;
    expect(last.envelope).toEqual(Uint8Array.of(1000 & 255, 1000 >> 8));
    await inbound.return!();
  }, 60_000);

  it('acknowledging one id twice at once removes only that envelope', async () => {
    const book = addressBook();
    const alice = await start(await device('alice'), book);
    const bob = await start(await device('bob'), book);
    await alice.send(bob.address, Uint8Array.of(1));
    await alice.send(bob.address, Uint8Array.of(2));
    const it1 = bob.receive()[Symbol.asyncIterator]();
    const one = (await it1.next()).value!;
    await it1.next();
    await Promise.all([bob.acknowledge(one.id), bob.acknowledge(one.id)]);
    const again = bob.receive()[Symbol.asyncIterator]();
    expect((await again.next()).value!.envelope).toEqual(Uint8Array.of(2));
    await again.return!();
  });

  it("a revoked device is refused in the hello when the peer holds the identity's revocation list", async () => {
    const book = addressBook();
    const aliceDevice = await device('alice');
    const list = await issueRevocationList({
      issuer: aliceDevice.account.selfSigningKey,
      identityKey: aliceDevice.local.identityKey,
      revoke: [{ deviceId: aliceDevice.local.deviceId }],
    });
    const alice = await start(aliceDevice, book);
    const bobDevice = await device('bob');
    const bob = p2pTransport({
      device: bobDevice.local,
      transportKey: bobDevice.transportKey,
      storage: bobDevice.storage,
      resolve: book.resolve,
      listen: LOOPBACK,
      retry: FAST,
      revocationList: (uuid) => (uuid === alice.address.uuid ? list.bytes : null),
    });
    open.push(bob);
    await bob.connect();
    book.publish(bob);
    const failures: string[] = [];
    alice.onDeliveryFailure((_, err) => failures.push(err.code));
    await alice.send(bob.address, Uint8Array.of(1));
    for (let i = 0; i < 100 && failures.length === 0; i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(failures.length).toBeGreaterThan(0);
    // Bob refused the stream: nothing reached his inbox.
    const it = bob.receive()[Symbol.asyncIterator]();
    const next = await Promise.race([
      it.next(),
      new Promise<'nothing'>((r) => setTimeout(() => r('nothing'), 300)),
    ]);
    expect(next).toBe('nothing');
    await it.return!();
  });

  it('inspect output and errors never hold the transport key', async () => {
    const book = addressBook();
    const d = await device('alice');
    const t = await start(d, book);
    const seedHex = Buffer.from(d.transportKey).toString('hex');
    const text = inspect(t, { depth: 10, showHidden: true });
    expect(text).not.toContain(seedHex);
    expect(text).not.toContain(Buffer.from(d.transportKey).toString('base64'));
    const err = await t
      .send({ uuid: 'x y', deviceId: '00' }, Uint8Array.of(1))
      .catch((e: unknown) => e);
    expect(String((err as Error).message)).not.toContain(seedHex);
  });

  it('a peer that is not the device it should be gets nothing: PEER_MISMATCH, then retried', async () => {
    const book = addressBook();
    const alice = await start(await device('alice'), book);
    const bob = await start(await device('bob'), book);
    const mallory = await start(await device('mallory'), book);
    const failures: string[] = [];
    alice.onDeliveryFailure((to, err) => {
      expect(to).toEqual(bob.address);
      failures.push(err.code);
    });
    const heard: Uint8Array[] = [];
    const listening = (async () => {
      for await (const e of mallory.receive()) heard.push(e.envelope);
    })();
    // Bob's entry points at Mallory (a stale or forged record).
    book.set(bob.address, { peerId: mallory.peerId, addresses: mallory.addresses });
    await alice.send(bob.address, new Uint8Array([1, 2, 3]));
    for (let i = 0; i < 100 && failures.length < 2; i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(failures.slice(0, 2)).toEqual(['PEER_MISMATCH', 'PEER_MISMATCH']);
    // Mallory's PeerId under Bob's addresses: the Noise handshake proves another key.
    book.set(bob.address, { peerId: bob.peerId, addresses: mallory.addresses });
    failures.length = 0;
    for (let i = 0; i < 100 && failures.length < 1; i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(failures[0]).toBe('TRANSPORT');
    expect(heard).toEqual([]);
    // With the right record, Bob gets it, once.
    book.publish(bob);
    const it = bob.receive()[Symbol.asyncIterator]();
    expect((await it.next()).value!.envelope).toEqual(new Uint8Array([1, 2, 3]));
    await it.return!();
    await mallory.close();
    await listening;
    expect(heard).toEqual([]);
  });

  it('a device that reached this one can be answered without being resolvable', async () => {
    const alicesBook = addressBook();
    const bobsBook = addressBook(); // Bob knows nobody
    const alice = await start(await device('alice'), alicesBook);
    const bob = await start(await device('bob'), bobsBook);
    alicesBook.publish(bob);
    expect(await bobsBook.resolve(alice.address)).toBeNull();
    await alice.send(bob.address, new Uint8Array([1]));
    const inbound = bob.receive()[Symbol.asyncIterator]();
    const first = (await inbound.next()).value!;
    await bob.acknowledge(first.id);
    await inbound.return!();
    // Her hello proved her PeerId: the answer goes back over what Bob learned.
    await bob.send(alice.address, new Uint8Array([2]));
    const back = alice.receive()[Symbol.asyncIterator]();
    expect((await back.next()).value!.envelope).toEqual(new Uint8Array([2]));
    await back.return!();
  });

  it('through a circuit relay: a device reachable only there gets envelopes past the default limits', async () => {
    const relay = await startCircuitRelay({ listen: ['/ip4/127.0.0.1/tcp/0'] });
    try {
      const relayAddress = relay.addresses[0]!;
      expect(relayAddress).toMatch(new RegExp(`/p2p/${relay.peerId}$`));
      const book = addressBook();
      const alice = await start(await device('alice'), book);
      const bobDevice = await device('bob');
      const bob = p2pTransport({
        device: bobDevice.local,
        transportKey: bobDevice.transportKey,
        storage: bobDevice.storage,
        resolve: book.resolve,
        listen: [], // no listening socket: behind a NAT nobody can dial
        relays: [relayAddress],
        retry: FAST,
      });
      open.push(bob);
      await bob.connect();
      for (let i = 0; i < 100 && !bob.addresses.some((a) => a.includes('/p2p-circuit')); i++)
        await new Promise((r) => setTimeout(r, 50));
      expect(bob.addresses.length).toBeGreaterThan(0);
      expect(bob.addresses.every((a) => a.includes(`/p2p/${relay.peerId}/p2p-circuit`))).toBe(true);
      book.publish(bob);
      // 200 KiB: more than libp2p's default 128 KiB for a relayed connection.
      const big = new Uint8Array(200 * 1024).map((_, i) => (i * 7919) & 255);
      await alice.send(bob.address, Uint8Array.of(1));
      await alice.send(bob.address, big);
      const got = bob.receive()[Symbol.asyncIterator]();
      expect((await got.next()).value!.envelope).toEqual(Uint8Array.of(1));
      expect((await got.next()).value!.envelope).toEqual(big);
      await got.return!();
      await bob.send(alice.address, Uint8Array.of(2));
      const back = alice.receive()[Symbol.asyncIterator]();
      expect((await back.next()).value!.envelope).toEqual(Uint8Array.of(2));
      await back.return!();
    } finally {
      await relay.stop();
    }
  });

  it('startCircuitRelay refuses bad limits and keys', async () => {
    await expect(startCircuitRelay({ maxReservations: 0 })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    await expect(startCircuitRelay({ key: new Uint8Array(5) })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });

  it('the DHT: a device found by its signed record alone, with no address book', async () => {
    const nobody = async () => null;
    const make = async (name: string, bootstrap: string[]) => {
      const d = await device(name);
      const t = p2pTransport({
        device: d.local,
        transportKey: d.transportKey,
        storage: d.storage,
        resolve: nobody,
        listen: LOOPBACK,
        retry: FAST,
        dht: { bootstrap, server: true },
      });
      open.push(t);
      await t.connect();
      return t;
    };
    // A small DHT: a first node, two more joining through it, then Alice and Bob.
    const first = await make('node-1', []);
    const boot = first.addresses.map((a) => `${a}`);
    await make('node-2', boot);
    await make('node-3', boot);
    const bob = await make('bob', boot);
    const alice = await make('alice', boot);
    // Mallory runs a DHT node that keeps anything, and stores under Bob's key a
    // record of her own device pointing at herself.
    const m = await deviceWithMallory(boot);
    const forged = await createDeviceRecord({
      device: m.device,
      peerBinding: m.binding,
      addresses: m.node.getMultiaddrs().map(String),
      createdAt: Date.now() + 60_000, // "newer"
    });
    const stored: string[] = [];
    for await (const e of m.node.services.dht.put(deviceRecordKey(bob.address), forged))
      stored.push(e.name);
    // Alice knows Bob's address (uuid, device id) from his contact card, nothing else.
    await alice.send(bob.address, Uint8Array.of(42));
    const got = bob.receive()[Symbol.asyncIterator]();
    expect((await got.next()).value!.envelope).toEqual(Uint8Array.of(42));
    await got.return!();
    await m.node.stop();
  }, 30_000);

  it('two NexusClients chat over it with no server: prekeys asked of the peer, messages, receipts, typing', async () => {
    const book = addressBook();
    const unused = memoryNetwork();
    const clients: Started[] = [];
    /** Which devices each identity has, as the contact cards say. */
    const devicesOf = new Map<string, DeviceAddress[]>();
    const startOn = async (device: LocalDevice) => {
      const transport = p2pTransport({
        device,
        transportKey: crypto.getRandomValues(new Uint8Array(32)),
        storage: memoryStorage(),
        resolve: book.resolve,
        listen: LOOPBACK,
        retry: FAST,
      });
      open.push(transport);
      const directory = transport.preKeyDirectory({
        devicesOf: async (uuid) => devicesOf.get(uuid) ?? [],
      });
      const started = await startClient(unused, directory, device, { transports: [transport] });
      await transport.connect(); // the client starts it; publish once it listens
      book.publish(transport);
      devicesOf.set(device.uuid, [transport.address]);
      clients.push(started);
      return { started, directory, transport };
    };
    try {
      const alice = await makePerson('alice');
      const bob = await makePerson('bob');
      const { started: a, directory: alices } = await startOn(await alice.addDevice());
      const { started: b, directory: bobs } = await startOn(await bob.addDevice());
      // Alice asks Bob's device itself for its bundle: it gives one one-time X25519 and
      // one one-time ML-KEM prekey away (not the last-resort one while one-time ones are left).
      const before = await bobs.preKeyCounts(b.address);
      expect(before.oneTime).toBeGreaterThan(0);
      expect(before.kemOneTime).toBeGreaterThan(0);
      const bundles = await alices.fetchBundles(bob.uuid);
      expect(bundles).toHaveLength(1);
      const verified = verifyPreKeyBundle(bundles[0]!, { expectedUuid: bob.uuid });
      expect(verified.oneTimePreKey).not.toBeNull();
      expect(verified.kemPreKey.lastResort).toBe(false);
      expect(await bobs.preKeyCounts(b.address)).toEqual({
        oneTime: before.oneTime - 1,
        kemOneTime: before.kemOneTime - 1,
      });
      expect(await alices.fetchBundles(bob.uuid, { exclude: [b.address.deviceId] })).toEqual([]);
      expect(await alices.fetchBundles('unknown')).toEqual([]);
      await a.client.contacts.add({ card: await bob.card() });
      const sent = await a.client.sendText(directConversation(bob.uuid), 'hello over libp2p');
      await until(() => texts(b.events).includes('hello over libp2p'), 10_000, 'bob gets it');
      await until(
        async () => (await a.client.message(sent.id))?.state === 'delivered',
        10_000,
        'delivered',
      );
      await b.client.setTyping(directConversation(alice.uuid), true);
      await until(() => a.events.some((e) => e.type === 'typing'), 10_000, 'typing');
      await b.client.markRead(directConversation(alice.uuid));
      await until(async () => (await a.client.message(sent.id))?.state === 'read', 10_000, 'read');
      await b.client.sendText(directConversation(alice.uuid), 'and back');
      await until(() => texts(a.events).includes('and back'), 10_000, 'alice gets the reply');
      expect(a.events.filter((e) => e.type === 'error')).toEqual([]);
      expect(b.events.filter((e) => e.type === 'error')).toEqual([]);
      // Asking in a loop does not drain them: ten bundles a minute per asking peer, then none.
      let answered = 2; // the one above and the contact's
      while ((await alices.fetchBundles(bob.uuid)).length === 1) answered++;
      expect(answered).toBe(10);
      expect(await alices.fetchBundles(bob.uuid)).toEqual([]);
      // The directory takes only this device's prekeys, and counts only its own.
      await expect(bobs.preKeyCounts(a.address)).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    } finally {
      for (const c of clients) await c.client.close();
    }
  });
});
