import { afterEach, describe, expect, it } from 'vitest';
import {
  directConversation,
  issueRevocationList,
  memoryStorage,
  createClient,
  deviceAddress,
  encryptMessage,
  NexusError,
  transactionStores,
  verifyPreKeyBundle,
} from '../../src/index.js';
import { memoryNetwork, memoryPreKeyDirectory } from '../../src/testing/index.js';
import { encodeClientMessage, preKeyBundleCodec } from '../../src/wire/index.js';
import type { ClientEvent, PreKeyDirectory } from '../../src/index.js';
import type { MemoryNetwork } from '../../src/testing/index.js';
import { makePerson, startClient, texts, until } from './fixtures.js';
import type { Started } from './fixtures.js';

let open: Started[] = [];
afterEach(async () => {
  await Promise.all(open.map((s) => s.client.close()));
  open = [];
});

async function world() {
  const network = memoryNetwork();
  const directory = memoryPreKeyDirectory();
  const start = async (
    device: Parameters<typeof startClient>[2],
    options: Parameters<typeof startClient>[3] = {},
  ) => {
    const s = await startClient(network, directory, device, options);
    open.push(s);
    return s;
  };
  return { network, directory, start };
}

const errorCodes = (events: readonly ClientEvent[]) =>
  events.flatMap((e) => (e.type === 'error' ? [e.error.code] : []));

describe('NexusClient: 1:1', () => {
  it('adds a contact from its card, sends, receives, and gets delivery and read receipts', async () => {
    const { start } = await world();
    const alice = await makePerson('alice');
    const bob = await makePerson('bob');
    const a = await start(await alice.addDevice());
    const b = await start(await bob.addDevice());

    const contact = await a.client.contacts.add({ card: await bob.card() }, { nickname: 'Bobby' });
    expect(contact).toMatchObject({
      uuid: bob.uuid,
      displayName: 'bob',
      nickname: 'Bobby',
      verified: false,
    });
    expect(contact.devices).toHaveLength(1);

    const sent = await a.client.sendText(directConversation(bob.uuid), 'hello bob');
    expect(sent).toMatchObject({ outgoing: true, state: 'pending', sender: alice.uuid });
    await until(() => texts(b.events).includes('hello bob'), 5000, 'bob gets the message');
    const received = b.events.find((e) => e.type === 'message')!;
    expect(received.type === 'message' && received.message).toMatchObject({
      id: sent.id,
      conversation: directConversation(alice.uuid),
      sender: alice.uuid,
      outgoing: false,
      state: 'received',
      timestamp: sent.timestamp,
    });
    // Bob now knows Alice (an unknown sender becomes a contact without a name).
    expect((await b.client.contacts.get(alice.uuid))?.devices).toHaveLength(1);

    await until(
      async () => (await a.client.message(sent.id))?.state === 'delivered',
      5000,
      'delivered',
    );
    expect((await b.client.conversation(directConversation(alice.uuid)))?.unread).toBe(1);
    expect(await b.client.markRead(directConversation(alice.uuid))).toBe(1);
    expect((await b.client.conversation(directConversation(alice.uuid)))?.unread).toBe(0);
    await until(async () => (await a.client.message(sent.id))?.state === 'read', 5000, 'read');
    expect((await a.client.message(sent.id))?.readBy).toEqual([bob.uuid]);
    expect(
      a.events
        .filter((e) => e.type === 'status')
        .map((e) => e.type === 'status' && e.message.state),
    ).toEqual(['sent', 'delivered', 'read']);

    await b.client.sendText(directConversation(alice.uuid), 'hi alice');
    await until(() => texts(a.events).includes('hi alice'), 5000, 'alice gets the reply');
    const history = await a.client.messages(directConversation(bob.uuid));
    expect(history.map((m) => (m.content.kind === 'text' ? m.content.text : ''))).toEqual([
      'hi alice',
      'hello bob',
    ]);
    expect((await a.client.search('hello')).map((m) => m.id)).toEqual([sent.id]);
    expect(errorCodes(a.events)).toEqual([]);
    expect(errorCodes(b.events)).toEqual([]);
  });

  it('starts from a UUID and bundle without a directory; structured messages and typing', async () => {
    const network = memoryNetwork();
    const directory = memoryPreKeyDirectory();
    const alice = await makePerson('alice');
    const bob = await makePerson('bob');
    const b = await startClient(network, directory, await bob.addDevice());
    open.push(b);
    const [bundle] = await directory.fetchBundles(bob.uuid);
    const a = await startClient(network, memoryPreKeyDirectory(), await alice.addDevice());
    open.push(a);
    await a.client.contacts.add({ uuid: bob.uuid, bundles: [bundle!] });
    const payload = new TextEncoder().encode('{"reaction":"+1"}');
    await a.client.sendStructured(directConversation(bob.uuid), 'application/json', payload);
    await a.client.setTyping(directConversation(bob.uuid), true);
    await until(() => b.events.some((e) => e.type === 'typing'), 5000, 'typing');
    const message = b.events.find((e) => e.type === 'message');
    expect(message?.type === 'message' && message.message.content).toEqual({
      kind: 'structured',
      type: 'application/json',
      payload,
    });
    expect(b.events.find((e) => e.type === 'typing')).toMatchObject({
      conversation: directConversation(alice.uuid),
      sender: alice.uuid,
      typing: true,
    });
  });

  it('keeps messages in the outbox while offline and sends them on reconnect', async () => {
    const { network, start } = await world();
    const alice = await makePerson('alice');
    const bob = await makePerson('bob');
    const a = await start(await alice.addDevice());
    const b = await start(await bob.addDevice());
    await a.client.contacts.add({ card: await bob.card() });
    network.setReachable(a.address, false);
    const sent = await a.client.sendText(directConversation(bob.uuid), 'queued');
    await new Promise((r) => setTimeout(r, 100));
    expect(await a.client.pendingOutbox()).toBe(1);
    expect((await a.client.message(sent.id))?.state).toBe('pending');
    expect(texts(b.events)).toEqual([]);
    network.setReachable(a.address, true);
    await a.client.flush(5000);
    await until(() => texts(b.events).includes('queued'), 5000, 'delivery after reconnect');
  });

  it('flush takes a number of ms, and waits on a refusing network at the retry pace, not in a loop', async () => {
    const { network, start } = await world();
    const alice = await makePerson('alice');
    const bob = await makePerson('bob');
    const device = await alice.addDevice();
    const base = network.transport(deviceAddress(device.uuid, device.deviceId));
    let sends = 0;
    // Connected, and refusing every envelope.
    const refusing = new Proxy(base, {
      get(target, key) {
        if (key === 'send')
          return async () => {
            sends++;
            throw new NexusError('TRANSPORT', 'refused');
          };
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const a = await start(device, {
      transports: [refusing],
      retry: { initialMs: 100, maxMs: 400 },
    });
    await start(await bob.addDevice());
    await a.client.contacts.add({ card: await bob.card() });
    for (const bad of ['10', Number.NaN, -1, Infinity])
      await expect(a.client.flush(bad as number)).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    await a.client.sendText(directConversation(bob.uuid), 'never accepted');
    sends = 0;
    await expect(a.client.flush(1500)).rejects.toMatchObject({ code: 'TRANSPORT' });
    // 100, 200, 400, 400 ms between tries: a handful, where a loop would make thousands.
    expect(sends).toBeGreaterThan(0);
    expect(sends).toBeLessThan(20);
  });

  it('a restarted client gets what arrived while it was closed, exactly once', async () => {
    const { network, directory, start } = await world();
    const alice = await makePerson('alice');
    const bob = await makePerson('bob');
    const a = await start(await alice.addDevice());
    const bobDevice = await bob.addDevice();
    const storage = memoryStorage();
    const b1 = await start(bobDevice, { storage });
    await a.client.contacts.add({ card: await bob.card() });
    await a.client.sendText(directConversation(bob.uuid), 'one');
    await until(() => texts(b1.events).includes('one'), 5000, 'first');
    await b1.client.close();
    for (const text of ['two', 'three', 'four'])
      await a.client.sendText(directConversation(bob.uuid), text);
    await a.client.flush(5000);
    expect(network.pending(b1.address)).toBeGreaterThanOrEqual(3);
    const b2 = await startClient(network, directory, bobDevice, { storage });
    open.push(b2);
    await until(
      () => texts(b2.events).length === 3,
      5000,
      `the three (${JSON.stringify(b2.events)})`,
    );
    expect(texts(b2.events)).toEqual(['two', 'three', 'four']);
    const history = await b2.client.messages(directConversation(alice.uuid));
    expect(history).toHaveLength(4);
  });

  it('heals a session the peer lost (wiped storage): one message is lost, the next arrive', async () => {
    const { network, directory, start } = await world();
    const alice = await makePerson('alice');
    const bob = await makePerson('bob');
    const a = await start(await alice.addDevice());
    const bobDevice = await bob.addDevice();
    const b1 = await start(bobDevice);
    await a.client.contacts.add({ card: await bob.card() });
    await a.client.sendText(directConversation(bob.uuid), 'before');
    await until(() => texts(b1.events).includes('before'), 5000, 'before');
    await b1.client.sendText(directConversation(alice.uuid), 'answer');
    await until(() => texts(a.events).includes('answer'), 5000, 'answer');
    await b1.client.flush(5000);
    await b1.client.close();
    // Bob's device comes back with empty storage (a lost or restored-from-old database).
    const b2 = await startClient(network, directory, bobDevice, { storage: memoryStorage() });
    open.push(b2);
    await a.client.sendText(directConversation(bob.uuid), 'lost');
    await until(() => errorCodes(b2.events).includes('NO_SESSION'), 5000, 'bob cannot read it');
    // Bob started a new session and sent an empty message on it; Alice answers on it.
    await until(
      () => a.events.some((e) => e.type === 'typing' && !e.typing),
      5000,
      'the healing message',
    );
    await a.client.sendText(directConversation(bob.uuid), 'healed');
    await until(() => texts(b2.events).includes('healed'), 5000, 'healed');
    expect(texts(b2.events)).toEqual(['healed']);
    await b2.client.sendText(directConversation(alice.uuid), 'back');
    await until(() => texts(a.events).includes('back'), 5000, 'back');
  });

  it('refuses bad input with typed errors and stores nothing', async () => {
    const { start } = await world();
    const alice = await makePerson('alice');
    const bob = await makePerson('bob');
    const a = await start(await alice.addDevice());
    await bob.addDevice();
    const bad = async (p: Promise<unknown>, code: string) => {
      const err = await p.then(
        () => null,
        (e: unknown) => e,
      );
      expect(NexusError.is(err) && err.code).toBe(code);
    };
    await bad(a.client.sendText('dm:nope', 'x'), 'INVALID_ARGUMENT');
    await bad(a.client.sendText(directConversation(alice.uuid), 'x'), 'INVALID_ARGUMENT');
    await bad(a.client.sendText(directConversation(bob.uuid), 'x'), 'NO_SESSION');
    await bad(
      a.client.sendText(directConversation(bob.uuid), 'x'.repeat(70_000)),
      'INVALID_ARGUMENT',
    );
    await bad(
      a.client.sendStructured(directConversation(bob.uuid), '', new Uint8Array(1)),
      'INVALID_ARGUMENT',
    );
    await bad(a.client.sendText(`group:${'0'.repeat(32)}`, 'x'), 'NOT_FOUND');
    await bad(a.client.contacts.add({ card: new Uint8Array([1, 2, 3]) }), 'MALFORMED');
    await bad(a.client.contacts.add({ card: await alice.card() }), 'INVALID_ARGUMENT');
    await bad(a.client.contacts.update(bob.uuid, { nickname: 'x' }), 'NOT_FOUND');
    await bad(
      a.client.contacts.add({ card: await bob.card() }, { notes: 'x'.repeat(5000) }),
      'INVALID_ARGUMENT',
    );
    expect(await a.client.conversations()).toEqual([]);
    expect(await a.client.contacts.list()).toEqual([]);
    expect(await a.client.pendingOutbox()).toBe(0);
  });
});

describe('NexusClient: prekeys', () => {
  it('publishes a batch, tops it up as sessions use it, and rotates the signed prekey weekly', async () => {
    const network = memoryNetwork();
    let now = Date.now();
    const clock = { now: () => now };
    const directory = memoryPreKeyDirectory({ clock });
    const alice = await makePerson('alice');
    const bob = await makePerson('bob');
    const b = await startClient(network, directory, await bob.addDevice(), {
      clock,
      oneTimePreKeys: { batch: 10, minimum: 10 },
    });
    open.push(b);
    const bobAddress = b.address;
    expect((await directory.preKeyCounts(bobAddress)).oneTime).toBe(10);
    const signedIdOf = (bundle: Uint8Array) => preKeyBundleCodec.decode(bundle).signedPrekey!;
    const [old] = await directory.fetchBundles(bob.uuid);
    const oldSigned = signedIdOf(old!);
    // Three sessions start and write: each uses a one-time prekey, and Bob tops them up to 10.
    for (const name of ['a1', 'a2', 'a3']) {
      const person = await makePerson(name);
      const s = await startClient(network, directory, await person.addDevice());
      open.push(s);
      await s.client.contacts.add({ card: await bob.card() });
      await s.client.sendText(directConversation(bob.uuid), `from ${name}`);
    }
    await until(() => texts(b.events).length === 3, 5000, 'three sessions');
    await until(
      async () => (await directory.preKeyCounts(bobAddress)).oneTime === 10,
      5000,
      'top-up',
    );
    // A week later the signed prekey is replaced; a bundle fetched before still works.
    now += 7 * 24 * 3600 * 1000;
    await b.client.publishPreKeys();
    const [fresh] = await directory.fetchBundles(bob.uuid);
    expect(signedIdOf(fresh!)).not.toEqual(oldSigned);
    const a = await startClient(network, memoryPreKeyDirectory(), await alice.addDevice());
    open.push(a);
    await a.client.contacts.add({ uuid: bob.uuid, bundles: [old!] });
    await a.client.sendText(directConversation(bob.uuid), 'on the old signed prekey');
    await until(() => texts(b.events).includes('on the old signed prekey'), 5000, 'old prekey');
    expect(errorCodes(b.events)).toEqual([]);
  });
});

describe('NexusClient: one-time KEM prekeys and the prekey schedule', () => {
  const DAY = 24 * 3600 * 1000;

  it('publishes one-time KEM prekeys; a session uses one, the responder deletes it, and they are topped up', async () => {
    const network = memoryNetwork();
    const directory = memoryPreKeyDirectory();
    const bob = await makePerson('bob');
    const b = await startClient(network, directory, await bob.addDevice(), {
      kemOneTimePreKeys: { batch: 3, minimum: 2 },
    });
    open.push(b);
    expect(await directory.preKeyCounts(b.address)).toEqual({ oneTime: 100, kemOneTime: 3 });
    const heldKem = (id: number) =>
      b.storage.write(async (tx) => transactionStores(tx).preKeys.loadPreKey('kem', id));
    // Two peers start sessions from bundles fetched here: each has its own one-time KEM prekey.
    const used = new Set<number>();
    for (const name of ['a1', 'a2']) {
      const [bundle] = await directory.fetchBundles(bob.uuid);
      const kem = verifyPreKeyBundle(bundle!, { expectedUuid: bob.uuid }).kemPreKey;
      expect(kem.lastResort).toBe(false);
      used.add(kem.id);
      expect(await heldKem(kem.id)).not.toBeNull();
      const person = await makePerson(name);
      const s = await startClient(network, memoryPreKeyDirectory(), await person.addDevice());
      open.push(s);
      await s.client.contacts.add({ uuid: bob.uuid, bundles: [bundle!] });
      await s.client.sendText(directConversation(bob.uuid), `from ${name}`);
      await until(() => texts(b.events).includes(`from ${name}`), 5000, name);
      // The PreKeyMessage decrypted: Bob no longer holds that one-time KEM private key.
      expect(await heldKem(kem.id)).toBeNull();
    }
    expect(used.size).toBe(2);
    // One left, fewer than the minimum of two: Bob publishes more, up to the batch.
    await until(
      async () => (await directory.preKeyCounts(b.address)).kemOneTime === 3,
      5000,
      'top-up',
    );
    expect(errorCodes(b.events)).toEqual([]);
  });

  it('replaces the last-resort KEM prekey with the signed prekey weekly, and deletes retired and unused private prekeys after their grace period', async () => {
    const network = memoryNetwork();
    let now = Date.now();
    const clock = { now: () => now };
    const directory = memoryPreKeyDirectory({ clock });
    const bob = await makePerson('bob');
    const b = await startClient(network, directory, await bob.addDevice(), {
      clock,
      kemOneTimePreKeys: { batch: 1, minimum: 0 },
    });
    open.push(b);
    const held = (kind: 'signed' | 'kem', id: number) =>
      b.storage.write(
        async (tx) => (await transactionStores(tx).preKeys.loadPreKey(kind, id)) !== null,
      );
    const bundleKeys = async () => {
      const [bundle] = await directory.fetchBundles(bob.uuid);
      const v = verifyPreKeyBundle(bundle!, { now });
      return { signed: v.signedPreKey.id, kem: v.kemPreKey.id, lastResort: v.kemPreKey.lastResort };
    };
    // The one one-time KEM prekey goes first (handed out, never used), then the last-resort one.
    const oneTime = await bundleKeys();
    expect(oneTime.lastResort).toBe(false);
    const first = await bundleKeys();
    expect(first.lastResort).toBe(true);

    // A week later both are replaced, together; the old private keys stay for messages on their way.
    now += 7 * DAY;
    await b.client.publishPreKeys();
    const second = await bundleKeys();
    expect(second.lastResort).toBe(true);
    expect(second.signed).not.toBe(first.signed);
    expect(second.kem).not.toBe(first.kem);
    expect(second.kem).not.toBe(oneTime.kem);
    // 29 days after they were replaced (and one more rotation): still held.
    now += 29 * DAY;
    await b.client.publishPreKeys();
    const third = await bundleKeys();
    expect(third.signed).not.toBe(second.signed);
    expect(await held('signed', first.signed)).toBe(true);
    expect(await held('kem', first.kem)).toBe(true);
    // 31 days after: deleted; the keys replaced since, and the current ones, stay.
    now += 2 * DAY;
    await b.client.publishPreKeys();
    expect(await held('signed', first.signed)).toBe(false);
    expect(await held('kem', first.kem)).toBe(false);
    for (const k of [second, third]) {
      expect(await held('signed', k.signed)).toBe(true);
      expect(await held('kem', k.kem)).toBe(true);
    }
    // The unused one-time KEM prekey: kept for the maximum age plus the grace period, then deleted.
    expect(await held('kem', oneTime.kem)).toBe(true);
    now += 60 * DAY - 38 * DAY;
    await b.client.publishPreKeys();
    expect(await held('kem', oneTime.kem)).toBe(false);
    const fourth = await bundleKeys();
    expect(await held('signed', fourth.signed)).toBe(true);
    expect(await held('kem', fourth.kem)).toBe(true);
    expect(errorCodes(b.events)).toEqual([]);
  });
});

describe('NexusClient: prekeys when the directory fails', () => {
  it('publishes the same batch again after a failed publish, and makes no new keys', async () => {
    const network = memoryNetwork();
    const inner = memoryPreKeyDirectory();
    let failures = 2;
    const directory: PreKeyDirectory = {
      ...inner,
      publish: async (upload) => {
        if (failures-- > 0) throw new NexusError('TRANSPORT', 'directory down');
        return inner.publish(upload);
      },
    };
    const bob = await makePerson('bob');
    const storage = memoryStorage();
    const device = await bob.addDevice();
    const client = await createClient({
      device,
      storage,
      transports: [network.transport(deviceAddress(device.uuid, device.deviceId))],
      directory,
      oneTimePreKeys: { batch: 10, minimum: 5 },
    });
    const err = await client.publishPreKeys().catch((e: unknown) => e);
    expect(NexusError.is(err, 'TRANSPORT')).toBe(true);
    await client.publishPreKeys();
    expect(await inner.preKeyCounts(deviceAddress(device.uuid, device.deviceId))).toEqual({
      oneTime: 10,
      kemOneTime: 20,
    });
    const held = await storage.read((tx) => tx.list('prekeys', { prefix: 'one-time/' }));
    expect(held).toHaveLength(10);
    // 20 one-time KEM prekeys (the default batch) and the last-resort one, made once.
    const kem = await storage.read((tx) => tx.list('prekeys', { prefix: 'kem/' }));
    expect(kem).toHaveLength(21);
    await client.close();
  });
});

describe('NexusClient: contacts', () => {
  it('keeps nickname and notes, verifies by safety number, removes', async () => {
    const { start } = await world();
    const alice = await makePerson('alice');
    const bob = await makePerson('bob');
    const a = await start(await alice.addDevice());
    await start(await bob.addDevice());
    await a.client.contacts.add({ card: await bob.card() });
    await a.client.contacts.update(bob.uuid, { nickname: 'B', notes: 'met at the conference' });
    expect(await a.client.contacts.get(bob.uuid)).toMatchObject({
      nickname: 'B',
      notes: 'met at the conference',
    });
    const number = a.client.contacts.safetyNumber(bob.uuid);
    expect(await a.client.contacts.verify(bob.uuid, '1'.repeat(60))).toBe(false);
    expect((await a.client.contacts.get(bob.uuid))?.verified).toBe(false);
    // Not a safety number at all: the app's mistake, never a "does not match".
    for (const wrong of [123, '', '12345', number, 'one two three'])
      await expect(a.client.contacts.verify(bob.uuid, wrong as string)).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    expect(await a.client.contacts.verify(bob.uuid, number.groups.join(' '))).toBe(true);
    expect((await a.client.contacts.get(bob.uuid))?.verified).toBe(true);
    expect(await a.client.contacts.verify(bob.uuid, number.payload)).toBe(true);
    await a.client.contacts.unverify(bob.uuid);
    expect((await a.client.contacts.get(bob.uuid))?.verified).toBe(false);
    expect((await a.client.contacts.list()).map((c) => c.uuid)).toEqual([bob.uuid]);
    expect(await a.client.contacts.remove(bob.uuid)).toBe(true);
    expect(await a.client.contacts.get(bob.uuid)).toBeNull();
    expect(await a.client.contacts.remove(bob.uuid)).toBe(false);
  });
});

describe('NexusClient: multi-device', () => {
  it('fans out to every device of the recipient, syncs to the sender’s other devices, and drops a revoked device', async () => {
    const { start } = await world();
    const alice = await makePerson('alice');
    const bob = await makePerson('bob');
    const a1 = await start(await alice.addDevice('alice phone'));
    const a2 = await start(await alice.addDevice('alice laptop'));
    const b1 = await start(await bob.addDevice('bob phone'));
    const b2 = await start(await bob.addDevice('bob laptop'));
    await a1.client.contacts.add({ card: await bob.card() });
    expect((await a1.client.contacts.get(bob.uuid))?.devices).toHaveLength(2);
    // A group of both identities: every device holds every other's sender key.
    const group = await a1.client.groups.create({ name: 'both', members: [bob.uuid] });
    await until(async () => (await b2.client.groups.get(group)) !== null, 5000, 'group at b2');
    await b2.client.sendText(group, 'laptop in the group');
    await until(() => texts(a1.events).includes('laptop in the group'), 5000, 'group works');

    await a1.client.sendText(directConversation(bob.uuid), 'to all of bob');
    await until(
      () =>
        texts(b1.events).includes('to all of bob') && texts(b2.events).includes('to all of bob'),
      5000,
      'both bob devices',
    );
    await until(() => texts(a2.events).includes('to all of bob'), 5000, 'sync to alice laptop');
    const synced = a2.events.find(
      (e) =>
        e.type === 'message' &&
        e.message.content.kind === 'text' &&
        e.message.content.text === 'to all of bob',
    );
    expect(synced?.type === 'message' && synced.message).toMatchObject({
      outgoing: true,
      conversation: directConversation(bob.uuid),
      sender: alice.uuid,
    });

    await b2.client.sendText(directConversation(alice.uuid), 'from bob laptop');
    await until(
      () =>
        texts(a1.events).includes('from bob laptop') &&
        texts(a2.events).includes('from bob laptop'),
      5000,
      'both alice devices',
    );
    await until(() => texts(b1.events).includes('from bob laptop'), 5000, 'sync to bob phone');

    // Bob revokes his laptop and tells his contacts from his phone.
    const list = await issueRevocationList({
      issuer: bob.selfSigningKey,
      identityKey: bob.identity.publicKey.bytes,
      revoke: [{ deviceId: bob.devices[1]!.deviceId, reason: 'compromised' }],
    });
    await b1.client.publishIdentityUpdate({ revocationList: list.bytes });
    await until(
      async () => (await a1.client.contacts.get(bob.uuid))?.devices.length === 1,
      5000,
      'alice drops the laptop',
    );
    await until(
      async () => (await a2.client.contacts.get(bob.uuid))?.devices.length === 1,
      5000,
      'alice laptop drops it too',
    );

    const before = texts(b2.events).length;
    await a1.client.sendText(directConversation(bob.uuid), 'after revocation');
    await until(() => texts(b1.events).includes('after revocation'), 5000, 'phone still gets it');
    await a1.client.flush(5000);
    expect(texts(b2.events).length).toBe(before);

    // What the revoked laptop sends is refused.
    await b2.client
      .sendText(directConversation(alice.uuid), 'from a revoked device')
      .catch(() => null);
    await b2.client.flush(5000).catch(() => null);
    await until(() => errorCodes(a1.events).includes('REVOKED'), 5000, 'alice refuses the laptop');
    expect(texts(a1.events)).not.toContain('from a revoked device');
    // Its sender key is refused too: it cannot post to the group any more.
    const refusals = errorCodes(a1.events).filter((c) => c === 'REVOKED').length;
    await b2.client.sendText(group, 'revoked, in the group').catch(() => null);
    await b2.client.flush(5000).catch(() => null);
    await until(
      () => errorCodes(a1.events).filter((c) => c === 'REVOKED').length > refusals,
      5000,
      'group post refused',
    );
    expect(texts(a1.events)).not.toContain('revoked, in the group');
    // And what the group says now is not readable with the key the laptop held.
    await a1.client.sendText(group, 'after the rotation');
    await until(() => texts(b1.events).includes('after the rotation'), 5000, 'phone reads it');
    await a1.client.flush(5000);
    expect(texts(b2.events)).not.toContain('after the rotation');
  });

  it('a non-admin cannot change a group, not even by leaving with a jump in revision', async () => {
    const { network, start } = await world();
    const alice = await makePerson('alice');
    const bob = await makePerson('bob');
    const mallory = await makePerson('mallory');
    const a = await start(await alice.addDevice());
    const b = await start(await bob.addDevice());
    const malloryDevice = await mallory.addDevice();
    const m = await start(malloryDevice);
    await a.client.contacts.add({ card: await bob.card() });
    await a.client.contacts.add({ card: await mallory.card() });
    await m.client.contacts.add({ card: await bob.card() });
    const group = await a.client.groups.create({ name: 'g', members: [bob.uuid, mallory.uuid] });
    await until(async () => (await b.client.groups.get(group)) !== null, 5000, 'bob in group');
    // Mallory's own software, on her stored sessions: a "leave" that jumps the revision.
    await m.client.close();
    const groupId = Buffer.from(group.slice('group:'.length), 'hex');
    const held = (await b.client.groups.get(group))!;
    const forged = encodeClientMessage({
      version: 1,
      id: new Uint8Array(16).fill(7),
      timestampMs: BigInt(Date.now()),
      groupId,
      body: {
        case: 'groupUpdate',
        value: {
          name: held.name,
          members: held.members.filter((u) => u !== mallory.uuid),
          admins: [...held.admins],
          revision: BigInt(Number.MAX_SAFE_INTEGER),
        },
      },
    });
    const envelope = await m.storage.write((tx) =>
      encryptMessage(malloryDevice, b.address, forged, { stores: transactionStores(tx) }),
    );
    const raw = network.transport(m.address);
    await raw.connect();
    await raw.send(b.address, envelope);
    await until(() => errorCodes(b.events).includes('NOT_PERMITTED'), 5000, 'refused');
    expect((await b.client.groups.get(group))?.revision).toBe(1);
    await a.client.groups.rename(group, 'still works');
    await until(
      async () => (await b.client.groups.get(group))?.name === 'still works',
      5000,
      'rename',
    );
  });
});

describe('NexusClient: groups', () => {
  it('creates a group, everyone talks, a removed member reads nothing after', async () => {
    const { start } = await world();
    const alice = await makePerson('alice');
    const bob = await makePerson('bob');
    const carol = await makePerson('carol');
    const a = await start(await alice.addDevice());
    const b = await start(await bob.addDevice());
    const c = await start(await carol.addDevice());
    await a.client.contacts.add({ card: await bob.card() });
    await a.client.contacts.add({ card: await carol.card() });
    await b.client.contacts.add({ card: await carol.card() });
    await c.client.contacts.add({ card: await bob.card() });

    const group = await a.client.groups.create({ name: 'trio', members: [bob.uuid, carol.uuid] });
    await until(
      async () =>
        (await b.client.groups.get(group)) !== null && (await c.client.groups.get(group)) !== null,
      5000,
      'group known',
    );
    expect(await c.client.groups.get(group)).toMatchObject({
      name: 'trio',
      admins: [alice.uuid],
      revision: 1,
      left: false,
    });

    await a.client.sendText(group, 'hi all');
    await b.client.sendText(group, 'hi from bob');
    await c.client.sendText(group, 'hi from carol');
    await until(
      () => ['hi from bob', 'hi from carol'].every((t) => texts(a.events).includes(t)),
      5000,
      'alice gets both',
    );
    await until(
      () => ['hi all', 'hi from carol'].every((t) => texts(b.events).includes(t)),
      5000,
      'bob gets both',
    );
    await until(
      () => ['hi all', 'hi from bob'].every((t) => texts(c.events).includes(t)),
      5000,
      'carol gets both',
    );

    // Only admins change membership.
    const err = await b.client.groups.removeMembers(group, [carol.uuid]).catch((e: unknown) => e);
    expect(NexusError.is(err, 'NOT_PERMITTED')).toBe(true);

    await a.client.groups.removeMembers(group, [carol.uuid]);
    await until(
      async () => (await c.client.groups.get(group))?.left === true,
      5000,
      'carol learns she is out',
    );
    await until(
      async () => (await b.client.groups.get(group))?.members.length === 2,
      5000,
      'bob learns',
    );
    const carolBefore = texts(c.events).length;
    await a.client.sendText(group, 'without carol');
    await b.client.sendText(group, 'bob without carol');
    await until(
      () =>
        texts(b.events).includes('without carol') && texts(a.events).includes('bob without carol'),
      5000,
      'the two talk',
    );
    await a.client.flush(5000);
    await b.client.flush(5000);
    await new Promise((r) => setTimeout(r, 50));
    expect(texts(c.events).length).toBe(carolBefore);
    const err2 = await c.client.sendText(group, 'still here?').catch((e: unknown) => e);
    expect(NexusError.is(err2, 'NOT_PERMITTED')).toBe(true);
    expect(errorCodes(a.events)).toEqual([]);
  });

  it('a member leaves; a new member joins and reads from then on', async () => {
    const { start } = await world();
    const alice = await makePerson('alice');
    const bob = await makePerson('bob');
    const dave = await makePerson('dave');
    const a = await start(await alice.addDevice());
    const b = await start(await bob.addDevice());
    const d = await start(await dave.addDevice());
    await a.client.contacts.add({ card: await bob.card() });
    await a.client.contacts.add({ card: await dave.card() });
    const group = await a.client.groups.create({ name: 'pair', members: [bob.uuid] });
    await a.client.sendText(group, 'before dave');
    await until(() => texts(b.events).includes('before dave'), 5000, 'bob reads');
    await a.client.groups.addMembers(group, [dave.uuid]);
    await a.client.sendText(group, 'with dave');
    await until(() => texts(d.events).includes('with dave'), 5000, 'dave reads');
    expect(texts(d.events)).not.toContain('before dave');
    await b.client.groups.leave(group);
    await until(
      async () => (await a.client.groups.get(group))?.members.length === 2,
      5000,
      'alice sees bob leave',
    );
    expect((await b.client.groups.get(group))?.left).toBe(true);
    await a.client.groups.rename(group, 'alice and dave');
    await until(
      async () => (await d.client.groups.get(group))?.name === 'alice and dave',
      5000,
      'rename',
    );
  });
});

describe('NexusClient: two transports, and messages that overtake the group update', () => {
  it('keeps a group message from a member it does not know yet, and shows it once the update arrives', async () => {
    const n1 = memoryNetwork();
    const n2 = memoryNetwork();
    const directory = memoryPreKeyDirectory();
    const alice = await makePerson('alice');
    const bob = await makePerson('bob');
    const dave = await makePerson('dave');
    const aliceDevice = await alice.addDevice();
    const bobDevice = await bob.addDevice();
    const daveDevice = await dave.addDevice();
    const a = await startClient(n1, directory, aliceDevice);
    open.push(a);
    // Bob and Dave are on both networks; Alice only on the first. Dave sends through n2 first.
    const b = await startClient(n1, directory, bobDevice, {
      transports: [
        n1.transport(deviceAddress(bobDevice.uuid, bobDevice.deviceId)),
        n2.transport(deviceAddress(bobDevice.uuid, bobDevice.deviceId)),
      ],
    });
    const d = await startClient(n1, directory, daveDevice, {
      transports: [
        n2.transport(deviceAddress(daveDevice.uuid, daveDevice.deviceId)),
        n1.transport(deviceAddress(daveDevice.uuid, daveDevice.deviceId)),
      ],
    });
    open.push(b, d);
    await a.client.contacts.add({ card: await bob.card() });
    await a.client.contacts.add({ card: await dave.card() });
    await d.client.contacts.add({ card: await bob.card() });
    // Bob cannot be reached on n1 for now: Alice's group update waits there.
    n1.setReachable(b.address, false);
    const group = await a.client.groups.create({ name: 'race', members: [bob.uuid, dave.uuid] });
    await until(
      async () => (await d.client.groups.get(group)) !== null,
      5000,
      'dave knows the group',
    );
    await d.client.sendText(group, 'dave first');
    await d.client.flush(5000);
    await until(
      async () => (await b.storage.read((tx) => tx.list('inbox'))).length === 1,
      5000,
      'put aside',
    );
    expect(texts(b.events)).toEqual([]);
    n1.setReachable(b.address, true);
    await until(() => texts(b.events).includes('dave first'), 5000, 'shown after the update');
    expect(await b.storage.read((tx) => tx.list('inbox'))).toEqual([]);
    expect(errorCodes(b.events)).toEqual([]);
  });
});

describe('NexusClient: events', () => {
  it('an async iterator sees every event in order and ends on close', async () => {
    const network: MemoryNetwork = memoryNetwork();
    const directory: PreKeyDirectory = memoryPreKeyDirectory();
    const alice = await makePerson('alice');
    const bob = await makePerson('bob');
    const a = await startClient(network, directory, await alice.addDevice());
    const b = await startClient(network, directory, await bob.addDevice());
    open.push(a);
    const iterator = b.client.events();
    await a.client.contacts.add({ card: await bob.card() });
    for (const t of ['1', '2', '3']) await a.client.sendText(directConversation(bob.uuid), t);
    const seen: string[] = [];
    for await (const event of iterator) {
      if (event.type === 'message' && event.message.content.kind === 'text')
        seen.push(event.message.content.text);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual(['1', '2', '3']);
    const after = b.client.events();
    await b.client.close();
    expect(await after.next()).toEqual({ value: undefined, done: true });
  });
});
