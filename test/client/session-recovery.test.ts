// Issue 13, item 1 at the client: a device restored from an older copy of its
// storage sends with message keys it already used; the peer reports the
// rollback as an event and heals the session, and later messages arrive.
import { afterEach, describe, expect, it } from 'vitest';
import {
  deviceAddress,
  directConversation,
  memoryStorage,
  STORAGE_TABLES,
} from '../../src/index.js';
import { memoryNetwork, memoryPreKeyDirectory } from '../../src/testing/index.js';
import type { Storage } from '../../src/index.js';
import { listAll } from '../../src/storage/list-all.js';
import { envelopeCodec } from '../../src/wire/messages.js';
import { EnvelopeType } from '../../src/wire/gen/nexuslink/v1/envelope_pb.js';
import { makePerson, startClient, texts, until } from './fixtures.js';
import type { Started } from './fixtures.js';

let open: Started[] = [];
afterEach(async () => {
  await Promise.all(open.map((s) => s.client.close()));
  open = [];
});

/** A backup: everything the storage holds now, in a new storage. */
async function copyOf(storage: Storage): Promise<Storage> {
  const copy = memoryStorage();
  const all = await storage.read(async (tx) => {
    const out: [(typeof STORAGE_TABLES)[number], string, Uint8Array][] = [];
    for (const table of STORAGE_TABLES)
      for (const e of await listAll(tx, table)) out.push([table, e.key, e.value]);
    return out;
  });
  await copy.write(async (tx) => {
    for (const [table, key, value] of all) await tx.put(table, key, value);
  });
  return copy;
}

describe('NexusClient: a peer restored from an older copy of its storage', () => {
  it('is reported as a sessionRollback event, and the session heals', async () => {
    const network = memoryNetwork();
    const directory = memoryPreKeyDirectory();
    const start = async (
      ...args: Parameters<typeof startClient> extends [unknown, unknown, ...infer R] ? R : never
    ) => {
      const s = await startClient(network, directory, ...args);
      open.push(s);
      return s;
    };
    const alice = await makePerson('alice');
    const bob = await makePerson('bob');
    const aliceDevice = await alice.addDevice();
    const aliceStorage = memoryStorage();
    const a = await start(aliceDevice, { storage: aliceStorage });
    const b = await start(await bob.addDevice());
    await a.client.contacts.add({ card: await bob.card() });
    await a.client.sendText(directConversation(bob.uuid), 'one');
    await until(() => texts(b.events).includes('one'), 5000, 'one');
    await b.client.sendText(directConversation(alice.uuid), 'answer');
    await until(() => texts(a.events).includes('answer'), 5000, 'answer');
    await a.client.flush(5000);
    const backup = await copyOf(aliceStorage);
    await a.client.sendText(directConversation(bob.uuid), 'two');
    await until(() => texts(b.events).includes('two'), 5000, 'two');
    await a.client.close();

    // Alice's device comes back from the backup: its next message reuses the key of "two".
    const a2 = await start(aliceDevice, { storage: backup });
    await a2.client.sendText(directConversation(bob.uuid), 'two, again');
    await until(
      () => b.events.some((e) => e.type === 'sessionRollback'),
      5000,
      'the rollback is reported',
    );
    const event = b.events.find((e) => e.type === 'sessionRollback');
    expect(event).toMatchObject({
      sender: { uuid: alice.uuid, deviceId: Buffer.from(aliceDevice.deviceId).toString('hex') },
      group: false,
    });
    expect(texts(b.events)).not.toContain('two, again');
    // Bob started a new session (an empty message on it reaches Alice); Alice's next message uses it.
    await until(
      () => a2.events.some((e) => e.type === 'typing' && !e.typing),
      5000,
      'the healing message',
    );
    await a2.client.sendText(directConversation(bob.uuid), 'three');
    await until(() => texts(b.events).includes('three'), 5000, 'three');
    await b.client.sendText(directConversation(alice.uuid), 'and back');
    await until(() => texts(a2.events).includes('and back'), 5000, 'and back');
  });

  it('sweepSessions deletes session entries no record refers to', async () => {
    const network = memoryNetwork();
    const directory = memoryPreKeyDirectory();
    const alice = await makePerson('alice');
    const bob = await makePerson('bob');
    const storage = memoryStorage();
    const a = await startClient(network, directory, await alice.addDevice(), { storage });
    open.push(a);
    const b = await startClient(network, directory, await bob.addDevice());
    open.push(b);
    await a.client.contacts.add({ card: await bob.card() });
    await a.client.sendText(directConversation(bob.uuid), 'hello');
    await until(() => texts(b.events).includes('hello'), 5000, 'hello');
    const record = await storage.read(async (tx) => (await listAll(tx, 'sessions'))[0]!.key);
    // What a crash between two writes of a store without transactions could leave.
    await storage.write((tx) => tx.put('sessions', `${record}/mk.99.1.1`, new Uint8Array(32)));
    expect(await a.client.sweepSessions()).toBe(1);
    expect(await storage.read((tx) => listAll(tx, 'sessions'))).toHaveLength(1);
    expect(await a.client.sweepSessions()).toBe(0);
  });
});

describe('NexusClient: a session message of a newer version', () => {
  it('is answered with a version notice over the session, which the sender sees as a peerVersion event', async () => {
    const network = memoryNetwork();
    const directory = memoryPreKeyDirectory();
    const alice = await makePerson('alice');
    const bob = await makePerson('bob');
    const aliceDevice = await alice.addDevice();
    const bobDevice = await bob.addDevice();
    const a = await startClient(network, directory, aliceDevice);
    open.push(a);
    const b = await startClient(network, directory, bobDevice);
    open.push(b);
    await a.client.contacts.add({ card: await bob.card() });
    await a.client.sendText(directConversation(bob.uuid), 'hello');
    await until(() => texts(b.events).includes('hello'), 5000, 'hello');
    // A later release of Alice's device sends a RatchetMessage of version 2.
    const envelope = envelopeCodec.encode({
      version: 1,
      type: EnvelopeType.RATCHET_MESSAGE,
      senderDeviceId: aliceDevice.deviceId,
      recipientDeviceId: bobDevice.deviceId,
      timestampMs: BigInt(Date.now()),
      content: Uint8Array.of(0x08, 0x02, 0x12, 0x01, 0x00, 0x22, 0x28, ...new Uint8Array(40)),
      senderIdentityKey: aliceDevice.identityKey,
    });
    const from = network.transport({ uuid: alice.uuid, deviceId: '77'.repeat(16) });
    await from.connect();
    await from.send(deviceAddress(bob.uuid, bobDevice.deviceId), envelope);
    await until(
      () => b.events.some((e) => e.type === 'error' && e.error.code === 'UNSUPPORTED_VERSION'),
      5000,
      'Bob refuses it with UNSUPPORTED_VERSION',
    );
    await until(
      () => a.events.some((e) => e.type === 'peerVersion'),
      5000,
      'Alice hears which version Bob reads',
    );
    expect(a.events.find((e) => e.type === 'peerVersion')).toMatchObject({
      sender: { uuid: bob.uuid },
      supportedVersion: 1,
      refusedVersion: 2,
    });
    await from.close();
  });
});
