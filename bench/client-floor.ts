// The floor under the whole client (the `NexusClient` rows of bench:storage):
// what any client that keeps the SDK's history, conversation list, durable
// outbox and message status must do per message, written straight against
// the session API and the storage, with none of the client's own logic
// (no contacts, events, views, loops or caches of its own).
import {
  decryptMessage,
  encryptMessage,
  storageProtocolStores,
  transactionStores,
} from '../src/index.js';
import type { Storage } from '../src/index.js';
import {
  clientMessageCodec,
  conversationRecordCodec,
  ConversationKind,
  messageRecordCodec,
  MessageStatus,
  outboxRecordCodec,
} from '../src/wire/messages.js';
import { cycle } from './harness.js';
import type { PlaintextCheck, Workload } from './harness.js';
import { makeDevice, pair } from './nexuslink.js';

/**
 * Alice → Bob, `inFlight` messages per operation, each:
 * - Alice, one write transaction: a ClientMessage (structured body) encoded
 *   and encrypted (session step), its MessageRecord (pending), the
 *   ConversationRecord and an OutboxRecord put;
 * - the envelope delivered, then Alice, one write transaction per
 *   operation: each outbox entry deleted and each MessageRecord read and
 *   put again as sent;
 * - Bob, one write transaction: decrypted (session step), the ClientMessage
 *   decoded, its MessageRecord and the ConversationRecord put.
 */
export async function clientFloorWorkload(
  aliceStorage: Storage,
  bobStorage: Storage,
  inFlight: number,
  messages: readonly Uint8Array[],
  check: PlaintextCheck,
): Promise<{ workload: Workload; close: () => Promise<void> }> {
  const { alice, bob, aliceAddress, bobAddress } = await pair(
    messages,
    await makeDevice('alice', storageProtocolStores(aliceStorage)),
    await makeDevice('bob', storageProtocolStores(bobStorage)),
  );
  const next = cycle(messages);
  let n = 0;
  const key = (i: number) => String(i).padStart(16, '0');
  const bobConversation = `d:${bob.device.uuid}`;
  const aliceConversation = `d:${alice.device.uuid}`;
  const toDevice = bobAddress.deviceId;
  const conversation = (peer: string, at: number) =>
    conversationRecordCodec.encode({
      version: 1,
      kind: ConversationKind.DIRECT,
      peer,
      lastActivityMs: BigInt(at),
    });

  const send = (payload: Uint8Array, i: number) =>
    aliceStorage.write(async (tx) => {
      const now = Date.now();
      const message = {
        version: 1,
        id: globalThis.crypto.getRandomValues(new Uint8Array(16)),
        timestampMs: BigInt(now),
        groupId: new Uint8Array(0),
        body: { case: 'structured' as const, value: { type: 'bench', payload } },
      };
      const envelope = await encryptMessage(
        alice.device,
        bobAddress,
        clientMessageCodec.encode(message),
        { stores: transactionStores(tx) },
      );
      const messageKey = `${bobConversation}/${key(i)}`;
      await tx.put(
        'messages',
        messageKey,
        messageRecordCodec.encode({
          version: 1,
          conversation: bobConversation,
          message,
          sender: alice.device.uuid,
          senderDevice: aliceAddress.deviceId,
          outgoing: true,
          receivedAtMs: BigInt(now),
          status: MessageStatus.PENDING,
          unsent: 1,
        }),
      );
      await tx.put('conversations', bobConversation, conversation(bob.device.uuid, now));
      await tx.put(
        'outbox',
        key(i),
        outboxRecordCodec.encode({
          version: 1,
          toUuid: bob.device.uuid,
          toDevice,
          envelope,
          messageKey,
          expiresAtMs: 0n,
        }),
      );
      return envelope;
    });

  const sent = (ids: readonly number[]) =>
    aliceStorage.write(async (tx) => {
      for (const i of ids) {
        await tx.delete('outbox', key(i));
        const messageKey = `${bobConversation}/${key(i)}`;
        const record = messageRecordCodec.decode((await tx.get('messages', messageKey))!);
        record.unsent = 0;
        record.status = MessageStatus.SENT;
        await tx.put('messages', messageKey, messageRecordCodec.encode(record));
      }
    });

  const receive = (envelope: Uint8Array, i: number) =>
    bobStorage.write(async (tx) => {
      const r = await decryptMessage(bob.device, envelope, { stores: transactionStores(tx) });
      const message = clientMessageCodec.decode(r.plaintext);
      const now = Date.now();
      await tx.put(
        'messages',
        `${aliceConversation}/${key(i)}`,
        messageRecordCodec.encode({
          version: 1,
          conversation: aliceConversation,
          message,
          sender: alice.device.uuid,
          senderDevice: aliceAddress.deviceId,
          outgoing: false,
          receivedAtMs: BigInt(now),
          status: MessageStatus.DELIVERED,
          unsent: 0,
        }),
      );
      await tx.put('conversations', aliceConversation, conversation(alice.device.uuid, now));
      const body = message.body;
      return body.case === 'structured' ? body.value.payload : new Uint8Array(0);
    });

  const workload: Workload = {
    async op() {
      const batch = Array.from({ length: inFlight }, () => ({ payload: next(), i: n++ }));
      const envelopes = await Promise.all(batch.map((m) => send(m.payload, m.i)));
      const [, received] = await Promise.all([
        sent(batch.map((m) => m.i)),
        Promise.all(batch.map((m, k) => receive(envelopes[k]!, m.i))),
      ]);
      received.forEach((payload, k) => check.equal(payload, batch[k]!.payload));
    },
  };
  return {
    workload,
    close: async () => {
      await aliceStorage.close();
      await bobStorage.close();
    },
  };
}
