/**
 * The client's records over `Storage` (spec/client.md §4): contacts,
 * conversations, messages and their id index, read and written inside the
 * client's transactions.
 */
import type { DeviceAddress } from '../interfaces/sessions.js';
import { STORAGE_LIMITS } from '../interfaces/storage.js';
import type { StorageReader, StorageWriter } from '../interfaces/storage.js';
import { toHex } from '../primitives/bytes.js';
import { decodeTrustedIdentityRecord } from '../ratchet/records.js';
import { deviceKey } from '../storage/layout.js';
import { ConversationKind } from '../wire/gen/nexuslink/v1/client_pb.js';
import type {
  ContactRecord,
  ConversationRecord,
  MessageRecord,
} from '../wire/gen/nexuslink/v1/client_pb.js';
import {
  contactRecordCodec,
  conversationRecordCodec,
  messageRecordCodec,
} from '../wire/messages.js';
import { directConversation, groupConversation } from './message.js';
import type { ClientCore } from './core.js';
import type { Tx } from './transaction.js';
import { contactView } from './views.js';

/** Load and store the client's records; a stored contact is announced as an event. */
export class Records {
  readonly core: ClientCore;

  constructor(core: ClientCore) {
    this.core = core;
  }

  async loadContact(tx: StorageReader, uuid: string): Promise<ContactRecord | null> {
    const bytes = await tx.get('contacts', uuid);
    return bytes && contactRecordCodec.decode(bytes);
  }

  async storeContact(t: Tx, record: ContactRecord): Promise<void> {
    await t.tx.put('contacts', record.uuid, contactRecordCodec.encode(record));
    if (record.uuid !== this.core.uuid)
      t.events.push({ type: 'contact', contact: await contactView(t.tx, record) });
  }

  async trusted(tx: StorageReader, uuid: string) {
    const bytes = await tx.get('identities', uuid);
    return bytes && decodeTrustedIdentityRecord(bytes);
  }

  async loadConversation(tx: StorageReader, id: string): Promise<ConversationRecord | null> {
    const bytes = await tx.get('conversations', id);
    return bytes && conversationRecordCodec.decode(bytes);
  }

  async storeConversation(tx: StorageWriter, record: ConversationRecord): Promise<void> {
    const id =
      record.kind === ConversationKind.DIRECT
        ? directConversation(record.peer)
        : groupConversation(record.groupId);
    await tx.put('conversations', id, conversationRecordCodec.encode(record));
  }

  async putMessage(t: Tx, key: string, record: MessageRecord): Promise<void> {
    await t.tx.put('messages', key, messageRecordCodec.encode(record));
    // The id index keeps the first message with an id (ids are chosen by their senders).
    const pointer = `msg/${toHex(record.message!.id)}`;
    if ((await t.tx.get('local', pointer)) === null)
      await t.tx.put('local', pointer, new TextEncoder().encode(key));
    const body = record.message!.body;
    if (body.case === 'text' && body.value.text.length > 0)
      await t.tx.index(key, body.value.text.slice(0, STORAGE_LIMITS.maxTextLength));
  }

  /**
   * Whether this message (same id, sender and conversation) is stored. Ids are
   * chosen by senders: another sender's message with the same id is stored too.
   */
  async alreadyStored(
    t: Tx,
    id: Uint8Array,
    sender: string,
    conversation: string,
  ): Promise<boolean> {
    const key = await textOf(await t.tx.get('local', `msg/${toHex(id)}`));
    const bytes = key === null ? null : await t.tx.get('messages', key);
    if (bytes === null) return false;
    const held = messageRecordCodec.decode(bytes);
    return held.sender === sender && held.conversation === conversation;
  }

  async isMember(t: Tx, conversation: string, uuid: string): Promise<boolean> {
    const conv = await this.loadConversation(t.tx, conversation);
    return conv?.group?.members.includes(uuid) ?? false;
  }
}

export async function textOf(
  bytes: Uint8Array | null | Promise<Uint8Array | null>,
): Promise<string | null> {
  const b = await bytes;
  return b === null ? null : new TextDecoder().decode(b);
}

/**
 * Whether a session record is stored for the device (`transactionStores`
 * keys, spec/storage.md): cheaper than decoding it with `hasSession`; a
 * record without a usable state makes `encryptMessage` say `NO_SESSION`,
 * which the senders treat as "not reachable".
 */
export async function sessionStored(tx: StorageReader, address: DeviceAddress): Promise<boolean> {
  return (await tx.get('sessions', deviceKey(address))) !== null;
}
