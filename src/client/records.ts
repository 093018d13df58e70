/**
 * The client's records over `Storage` (spec/client.md §4): contacts,
 * conversations, messages and their id index, read and written inside the
 * client's transactions.
 */
import type { DeviceAddress } from '../interfaces/sessions.js';
import { STORAGE_LIMITS } from '../interfaces/storage.js';
import type { StorageReader, StorageWriter } from '../interfaces/storage.js';
import { bytesEqual, toHex } from '../primitives/bytes.js';
import { decodeTrustedIdentityRecord } from '../ratchet/records.js';
import { deviceKey } from '../storage/layout.js';
import { create } from '@bufbuild/protobuf';
import { ConversationKind, ConversationRecordSchema } from '../wire/gen/nexuslink/v1/client_pb.js';
import type {
  ContactRecord,
  ConversationRecord,
  GroupUpdate,
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

/**
 * Records a client stored last (one kind, by key), each with the bytes it
 * wrote, oldest first. When the stored bytes are still those, the record is
 * their decoding and is not decoded again (decoding is deterministic, and
 * only records whose strings survive UTF-8 unchanged are kept: a lone
 * surrogate is stored as U+FFFD). What is kept is never handed out: `get`
 * returns a copy whose fields and lists the caller may change; nested
 * messages are shared and must not be changed in place (the client
 * replaces them).
 */
class Remembered<T extends object> {
  readonly #held = new Map<string, { readonly bytes: Uint8Array; readonly record: T }>();
  readonly #limit: number;
  readonly #copy: (record: T) => T;
  readonly #keepable: (record: T) => boolean;

  constructor(limit: number, copy: (record: T) => T, keepable: (record: T) => boolean) {
    this.#limit = limit;
    this.#copy = copy;
    this.#keepable = keepable;
  }

  /** The record stored under `key` as `bytes`, when it is the one kept. */
  get(key: string, bytes: Uint8Array): T | undefined {
    const held = this.#held.get(key);
    return held !== undefined && bytesEqual(held.bytes, bytes)
      ? this.#copy(held.record)
      : undefined;
  }

  /** `record` was just written under `key` as `bytes`. */
  set(key: string, bytes: Uint8Array, record: T): void {
    this.#held.delete(key);
    if (!this.#keepable(record)) return;
    if (this.#held.size >= this.#limit) this.#held.delete(this.#held.keys().next().value!);
    this.#held.set(key, { bytes, record: this.#copy(record) });
  }
}

/** How many records of each kind a client keeps decoded (see {@link Remembered}). */
const REMEMBERED = 256;

/** Load and store the client's records; a stored contact is announced as an event. */
export class Records {
  readonly core: ClientCore;

  // Each message, contact and conversation record is decoded about once, not
  // on every message that reads or changes it.
  readonly #messages = new Remembered<MessageRecord>(
    REMEMBERED,
    (r) => ({ ...r, deliveredTo: [...r.deliveredTo], readBy: [...r.readBy] }),
    (r) => {
      const body = r.message?.body;
      if (body?.case === 'text') return wellFormed(body.value.text);
      if (body?.case === 'structured') return wellFormed(body.value.type);
      return false;
    },
  );
  readonly #contacts = new Remembered<ContactRecord>(
    REMEMBERED,
    (r) => ({ ...r, devices: [...r.devices], hints: [...r.hints] }),
    (r) => [r.displayName, r.nickname, r.notes, ...r.hints].every(wellFormed),
  );
  readonly #conversations = new Remembered<ConversationRecord>(
    REMEMBERED,
    (r) => ({ ...r, distributedTo: [...r.distributedTo] }),
    (r) => r.group === undefined || wellFormed(r.group.name),
  );

  constructor(core: ClientCore) {
    this.core = core;
  }

  /**
   * The contact record of `uuid`, or null; the caller may change it (see {@link Remembered}).
   *
   * @throws NexusError `MALFORMED` for a damaged record.
   */
  async loadContact(tx: StorageReader, uuid: string): Promise<ContactRecord | null> {
    const bytes = await tx.get('contacts', uuid);
    if (bytes === null) return null;
    return this.#contacts.get(uuid, bytes) ?? contactRecordCodec.decode(bytes);
  }

  async storeContact(t: Tx, record: ContactRecord): Promise<void> {
    const bytes = contactRecordCodec.encode(record);
    await t.tx.put('contacts', record.uuid, bytes);
    this.#contacts.set(record.uuid, bytes, record);
    if (record.uuid !== this.core.uuid)
      t.events.push({ type: 'contact', contact: await contactView(t.tx, record) });
  }

  async trusted(tx: StorageReader, uuid: string) {
    const bytes = await tx.get('identities', uuid);
    return bytes && decodeTrustedIdentityRecord(bytes);
  }

  /**
   * The conversation record `id`, or null; the caller may change it (see {@link Remembered}).
   *
   * @throws NexusError `MALFORMED` for a damaged record.
   */
  async loadConversation(tx: StorageReader, id: string): Promise<ConversationRecord | null> {
    const bytes = await tx.get('conversations', id);
    if (bytes === null) return null;
    return this.#conversations.get(id, bytes) ?? conversationRecordCodec.decode(bytes);
  }

  async storeConversation(tx: StorageWriter, record: ConversationRecord): Promise<void> {
    const id =
      record.kind === ConversationKind.DIRECT
        ? directConversation(record.peer)
        : groupConversation(record.groupId);
    const bytes = conversationRecordCodec.encode(record);
    await tx.put('conversations', id, bytes);
    this.#conversations.set(id, bytes, record);
  }

  /**
   * The message record under `key`, or null. One this client stored
   * recently comes from memory when the stored bytes are the ones it wrote
   * (so a message's record is decoded about once in its life, not on every
   * status change). The caller may change the result's fields and lists,
   * not its `message`, which may be shared.
   *
   * @throws NexusError `MALFORMED` for a damaged record.
   */
  /** The record of the message with id `id` (32 hex digits), or null. */
  async messageById(tx: StorageReader, id: string): Promise<MessageRecord | null> {
    const key = await textOf(await tx.get('local', `msg/${id}`));
    return key === null ? null : this.loadMessage(tx, key);
  }

  async loadMessage(tx: StorageReader, key: string): Promise<MessageRecord | null> {
    const bytes = await tx.get('messages', key);
    if (bytes === null) return null;
    return this.#messages.get(key, bytes) ?? messageRecordCodec.decode(bytes);
  }

  /** Store a message record (and keep it for {@link loadMessage}). */
  async storeMessage(tx: StorageWriter, key: string, record: MessageRecord): Promise<void> {
    const bytes = messageRecordCodec.encode(record);
    await tx.put('messages', key, bytes);
    this.#messages.set(key, bytes, record);
  }

  /**
   * Store a new message record, with its entry in the id index unless
   * another message holds it. `indexFree`: the caller just read the index
   * entry in this transaction ({@link storedAs}) and found none.
   */
  async putMessage(t: Tx, key: string, record: MessageRecord, indexFree = false): Promise<void> {
    await this.storeMessage(t.tx, key, record);
    // The id index keeps the first message with an id (ids are chosen by their senders).
    const pointer = `msg/${toHex(record.message!.id)}`;
    if (indexFree || (await t.tx.get('local', pointer)) === null)
      await t.tx.put('local', pointer, new TextEncoder().encode(key));
    const body = record.message!.body;
    if (body.case === 'text' && body.value.text.length > 0)
      await t.tx.index(key, body.value.text.slice(0, STORAGE_LIMITS.maxTextLength));
  }

  /**
   * Whether this message (same id, sender and conversation) is stored
   * (`'stored'`), or else whether the id index has no entry for its id
   * (`'free'`: the new message takes it) or one of another message
   * (`'taken'`). Ids are chosen by senders: another sender's message with
   * the same id is stored too.
   */
  async storedAs(
    t: Tx,
    id: Uint8Array,
    sender: string,
    conversation: string,
  ): Promise<'stored' | 'free' | 'taken'> {
    const key = await textOf(await t.tx.get('local', `msg/${toHex(id)}`));
    if (key === null) return 'free';
    const held = await this.loadMessage(t.tx, key);
    return held !== null && held.sender === sender && held.conversation === conversation
      ? 'stored'
      : 'taken';
  }

  async isMember(t: Tx, conversation: string, uuid: string): Promise<boolean> {
    const conv = await this.loadConversation(t.tx, conversation);
    return conv?.group?.members.includes(uuid) ?? false;
  }
}

/** A UTF-16 surrogate without its pair. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether `text` is well-formed UTF-16, so it survives UTF-8 unchanged. */
function wellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** A new record of the direct conversation with `peer`. */
export function newDirectConversation(peer: string): ConversationRecord {
  return create(ConversationRecordSchema, { version: 1, kind: ConversationKind.DIRECT, peer });
}

/** A new record of a group conversation (a community channel's when `channel` is given). */
export function newGroupConversation(
  groupId: Uint8Array,
  now: number,
  fields: { readonly group?: GroupUpdate; readonly channel?: string } = {},
): ConversationRecord {
  return create(ConversationRecordSchema, {
    version: 1,
    kind: ConversationKind.GROUP,
    groupId,
    lastActivityMs: BigInt(now),
    ...fields,
  });
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
