// What the client's throughput work (issue 16, item 7) must not change:
// envelopes handled several at a time still arrive in order, once each, with
// a bad one among them dropped and reported; records kept decoded in memory
// never hide what another writer stored; the one-pass padding of a
// ClientMessage is the encoding the two-pass one gave.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { create } from '@bufbuild/protobuf';
import { deviceAddress, directConversation, memoryStorage } from '../../src/index.js';
import { memoryNetwork, memoryPreKeyDirectory } from '../../src/testing/index.js';
import {
  clientMessageCodec,
  decodeClientMessage,
  encodeClientMessage,
  messageRecordCodec,
  WIRE_LIMITS,
} from '../../src/wire/index.js';
import { ClientMessageSchema, MessageStatus } from '../../src/wire/gen/nexuslink/v1/client_pb.js';
import type { ClientEvent } from '../../src/index.js';
import { makePerson, startClient, texts, until } from './fixtures.js';
import type { Started } from './fixtures.js';

let open: Started[] = [];
afterEach(async () => {
  await Promise.all(open.map((s) => s.client.close()));
  open = [];
});

const errorCodes = (events: readonly ClientEvent[]) =>
  events.flatMap((e) => (e.type === 'error' ? [e.error.code] : []));

describe('NexusClient: many envelopes in hand at once', () => {
  it('a burst larger than the window arrives in order, once each; a bad envelope in it is dropped and reported', async () => {
    const network = memoryNetwork();
    const directory = memoryPreKeyDirectory();
    const alice = await makePerson('alice');
    const bob = await makePerson('bob');
    const mallory = await makePerson('mallory');
    const a = await startClient(network, directory, await alice.addDevice());
    const b = await startClient(network, directory, await bob.addDevice());
    open.push(a, b);
    await a.client.contacts.add({ card: await bob.card() });
    const toBob = directConversation(bob.uuid);
    // A first message both ways: what follows are ratchet messages on one chain.
    await a.client.sendText(toBob, 'hello');
    await until(() => texts(b.events).includes('hello'), 5000, 'the first message');

    // Bob is away while 70 messages (and garbage from elsewhere, after the 35th) pile up.
    network.setReachable(b.address, false);
    const malloryDevice = await mallory.addDevice();
    const elsewhere = network.transport(deviceAddress(mallory.uuid, malloryDevice.deviceId));
    await elsewhere.connect();
    const sent: string[] = [];
    for (let i = 1; i <= 70; i++) {
      sent.push(`m${i}`);
      await a.client.sendText(toBob, `m${i}`);
      if (i === 35) {
        await a.client.flush(5000);
        await elsewhere.send(b.address, new Uint8Array(200).fill(7));
      }
    }
    await a.client.flush(5000);
    expect(network.pending(b.address)).toBe(71);

    network.setReachable(b.address, true);
    await until(() => texts(b.events).length === 71, 10_000, 'bob gets the burst');
    await until(() => network.pending(b.address) === 0, 5000, 'bob acknowledges every envelope');
    expect(texts(b.events)).toEqual(['hello', ...sent]);
    expect(errorCodes(b.events)).toEqual(['MALFORMED']);
    const history = await b.client.messages(directConversation(alice.uuid), { limit: 100 });
    expect(history).toHaveLength(71);
    expect((await b.client.conversation(directConversation(alice.uuid)))?.unread).toBe(71);
    await elsewhere.close();
  });
});

describe('NexusClient: records kept decoded', () => {
  it('a message record changed by another writer is read as stored, not as the client last wrote it', async () => {
    const network = memoryNetwork();
    const directory = memoryPreKeyDirectory();
    const alice = await makePerson('alice');
    const bob = await makePerson('bob');
    const storage = memoryStorage();
    const a = await startClient(network, directory, await alice.addDevice(), { storage });
    const b = await startClient(network, directory, await bob.addDevice());
    open.push(a, b);
    await a.client.contacts.add({ card: await bob.card() });
    network.setReachable(a.address, false);
    const sent = await a.client.sendText(directConversation(bob.uuid), 'changed behind its back');
    // Another writer (a second process on the same storage, a migration) changes the record.
    await storage.write(async (tx) => {
      const key = new TextDecoder().decode((await tx.get('local', `msg/${sent.id}`))!);
      const record = messageRecordCodec.decode((await tx.get('messages', key))!);
      record.status = MessageStatus.DELIVERED;
      record.deliveredTo = [bob.uuid];
      await tx.put('messages', key, messageRecordCodec.encode(record));
    });
    network.setReachable(a.address, true);
    await a.client.flush(5000);
    const held = await a.client.message(sent.id);
    // Sending it changed the count of envelopes left, and kept what the other writer stored.
    expect(held).toMatchObject({ state: 'delivered', deliveredTo: [bob.uuid] });
  });

  it('text that UTF-8 cannot carry as it is reads back as stored, in the status event too', async () => {
    const network = memoryNetwork();
    const directory = memoryPreKeyDirectory();
    const alice = await makePerson('alice');
    const bob = await makePerson('bob');
    const a = await startClient(network, directory, await alice.addDevice());
    const b = await startClient(network, directory, await bob.addDevice());
    open.push(a, b);
    await a.client.contacts.add({ card: await bob.card() });
    const sent = await a.client.sendText(directConversation(bob.uuid), 'lone \ud800 surrogate');
    await a.client.flush(5000);
    const status = a.events.find((e) => e.type === 'status' && e.message.id === sent.id);
    const stored = await a.client.message(sent.id);
    expect(stored?.content).toEqual({ kind: 'text', text: 'lone \ufffd surrogate' });
    expect(status?.type === 'status' && status.message.content).toEqual(stored?.content);
  });
});

describe('encodeClientMessage', () => {
  /** The two-pass encoding it replaced: encode, size the padding, encode again. */
  function twoPass(message: Parameters<typeof encodeClientMessage>[0]): Uint8Array {
    const m = create(ClientMessageSchema, { ...message, padding: new Uint8Array(0) });
    const bare = clientMessageCodec.encode(m);
    const block = WIRE_LIMITS.clientMessagePadding;
    const total = Math.ceil((bare.length + 4) / block) * block;
    m.padding = new Uint8Array(total - bare.length - 3);
    return clientMessageCodec.encode(m);
  }

  it('gives the bytes of the two-pass encoding, for every length', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        fc.bigInt({ min: 0n, max: 2n ** 50n }),
        fc.oneof(
          fc.string({ maxLength: 300 }).map((text) => ({ case: 'text' as const, value: { text } })),
          fc.uint8Array({ maxLength: 300 }).map((payload) => ({
            case: 'structured' as const,
            value: { type: 'application/x-test', payload },
          })),
        ),
        fc.boolean(),
        (id, timestampMs, body, group) => {
          const message = {
            version: 1,
            id,
            timestampMs,
            groupId: group ? new Uint8Array(16).fill(1) : new Uint8Array(0),
            body: body as never,
          };
          const bytes = encodeClientMessage(message);
          expect(bytes).toEqual(twoPass(message));
          expect(bytes.length % WIRE_LIMITS.clientMessagePadding).toBe(0);
          expect(decodeClientMessage(bytes).id).toEqual(id);
        },
      ),
      { numRuns: 300 },
    );
  });
});
