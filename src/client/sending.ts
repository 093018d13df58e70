/**
 * Sending: text, structured and typing messages, read receipts, 1:1 and
 * group (sender keys handed out and rotated), each in one transaction.
 */
import { create } from '@bufbuild/protobuf';
import { NexusError } from '../interfaces/errors.js';
import type { DeviceAddress } from '../interfaces/sessions.js';
import { isUuid } from '../identity/uuid.js';
import {
  createSenderKeyDistribution,
  groupEncrypt,
  rotateSenderKey,
} from '../ratchet/sender-keys.js';
import { deviceKey, listAll } from '../storage/layout.js';
import {
  MessageRecordSchema,
  MessageStatus,
  ReceiptType,
} from '../wire/gen/nexuslink/v1/client_pb.js';
import type { ConversationRecord, GroupUpdate } from '../wire/gen/nexuslink/v1/client_pb.js';
import { WIRE_LIMITS } from '../wire/messages.js';
import { encodeClientMessage, messageKey, parseConversation } from './message.js';
import { committedMessage, FRANKING_KEY_BYTES, frankingTag } from '../community/franking.js';
import type { ConversationId } from './message.js';
import type { Message } from './types.js';
import type { ClientCore } from './core.js';
import type { Body, ContentBody, Tx } from './transaction.js';
import { newDirectConversation, textOf } from './records.js';
import { messageView } from './views.js';
import { isHexId } from './checks.js';

/** Thrown inside a send whose sessions are not settled: it rolls back and asks the directory first. */
class Unsettled extends Error {}

/** How long a typing indicator may wait in the outbox before it is pointless. */
const TYPING_TTL_MS = 10_000;

/** Encrypt and queue what this device sends. */
export class Sending {
  readonly core: ClientCore;

  constructor(core: ClientCore) {
    this.core = core;
  }

  /** See {@link NexusClient.setTyping}. */
  async setTyping(conversation: ConversationId, typing: boolean): Promise<void> {
    if (typeof typing !== 'boolean')
      throw new NexusError('INVALID_ARGUMENT', 'typing must be a boolean');
    const target = parseConversation(conversation);
    const body: Body = { case: 'typing', value: { typing } as never };
    if (target.kind === 'direct') {
      await this.core.sessions.ensureSessions([target.peer]);
      await this.core.write(async (t) => {
        const plaintext = this.core.encode(body);
        const devices = await this.core.sessions.sessionDevices(t, target.peer);
        for (const d of devices)
          await this.core.outbox.queue1to1(t, d, plaintext, '', t.now + TYPING_TTL_MS);
      });
    } else {
      await this.sendGroup(conversation, target.groupId, body, null, TYPING_TTL_MS);
    }
    this.core.outbox.kickSender();
  }

  /** See {@link NexusClient.markRead}. */
  async markRead(conversation: ConversationId, messageIds?: readonly string[]): Promise<number> {
    parseConversation(conversation);
    if (messageIds !== undefined && (!Array.isArray(messageIds) || !messageIds.every(isHexId)))
      throw new NexusError('INVALID_ARGUMENT', 'message ids are 32 hex digits');
    const count = await this.core.write(async (t) => {
      const conv = await this.core.records.loadConversation(t.tx, conversation);
      if (!conv) throw new NexusError('NOT_FOUND', 'no such conversation');
      const keys =
        messageIds === undefined
          ? (await listAll(t.tx, 'messages', `${conversation}/`)).map((e) => e.key)
          : (
              await Promise.all(messageIds.map((id) => t.tx.get('local', `msg/${id}`).then(textOf)))
            ).filter((k): k is string => k !== null && k.startsWith(`${conversation}/`));
      const bySender = new Map<string, Uint8Array[]>();
      let changed = 0;
      for (const key of keys) {
        const record = await this.core.records.loadMessage(t.tx, key);
        if (record === null || record.outgoing || record.status === MessageStatus.READ) continue;
        record.status = MessageStatus.READ;
        await this.core.records.storeMessage(t.tx, key, record);
        changed++;
        // No read receipts in a channel (as no delivery receipts).
        if (record.sender !== this.core.uuid && !conv.channel) {
          const ids = bySender.get(record.sender) ?? [];
          ids.push(record.message!.id);
          bySender.set(record.sender, ids);
        }
      }
      const unread = messageIds === undefined ? 0 : Math.max(0, conv.unread - changed);
      if (conv.unread !== unread) {
        conv.unread = unread;
        await this.core.records.storeConversation(t.tx, conv);
      }
      for (const [sender, ids] of bySender)
        for (let i = 0; i < ids.length; i += WIRE_LIMITS.maxReceiptIds)
          await this.core.outbox.queueReceipt(
            t,
            sender,
            ReceiptType.READ,
            ids.slice(i, i + WIRE_LIMITS.maxReceiptIds),
          );
      return changed;
    });
    this.core.outbox.kickSender();
    return count;
  }

  async sendContent(conversation: ConversationId, body: ContentBody): Promise<Message> {
    this.core.live();
    const target = parseConversation(conversation);
    const id = this.core.random.randomBytes(16);
    const timestamp = this.core.clock.now();
    let message: Message;
    if (target.kind === 'direct') {
      if (target.peer === this.core.uuid || !isUuid(target.peer))
        throw new NexusError('INVALID_ARGUMENT', 'a direct conversation is with another identity');
      // One transaction when the sessions are settled (the usual case); else the
      // directory is asked first, as before every send, and the send starts over.
      const send = (ensured: boolean) =>
        this.core.write(async (t) => {
          const peer = await this.core.sessions.devicesOf(t, target.peer);
          const own = await this.core.sessions.devicesOf(t, this.core.uuid);
          if (!ensured && !(peer.settled && own.settled)) throw new Unsettled();
          return this.#sendDirect(t, conversation, target.peer, id, timestamp, body, peer, own);
        });
      try {
        message = await send(false);
      } catch (err) {
        if (!(err instanceof Unsettled)) throw err;
        await this.core.sessions.ensureSessions([target.peer, this.core.uuid]);
        message = await send(true);
      }
    } else {
      message = await this.sendGroup(conversation, target.groupId, body, { id, timestamp }, 0);
    }
    this.core.outbox.kickSender();
    return message;
  }

  /** The transaction of a 1:1 send, to the peer's devices and this identity's others. */
  async #sendDirect(
    t: Tx,
    conversation: ConversationId,
    peer: string,
    id: Uint8Array,
    timestamp: number,
    body: ContentBody,
    peerDevices: { readonly devices: readonly DeviceAddress[] },
    ownDevices: { readonly devices: readonly DeviceAddress[] },
  ): Promise<Message> {
    const plaintext = this.core.encode(body, undefined, id, timestamp);
    const key = messageKey(conversation, timestamp, id);
    let queued = 0;
    for (const d of peerDevices.devices)
      if (await this.core.outbox.queue1to1(t, d, plaintext, key, 0)) queued++;
    if (queued === 0)
      throw new NexusError(
        'NO_SESSION',
        'no device of this contact can be reached: add it with a contact card and a directory, or with a bundle',
      );
    // The copy for this identity's other devices, made only when there is one.
    let sync: Uint8Array | undefined;
    for (const d of ownDevices.devices) {
      sync ??= this.core.encode({
        case: 'sent',
        value: {
          destination: peer,
          message: { version: 1, id, timestampMs: BigInt(timestamp), body },
        } as never,
      });
      if (await this.core.outbox.queue1to1(t, d, sync, key, 0)) queued++;
    }
    const conv =
      (await this.core.records.loadConversation(t.tx, conversation)) ?? newDirectConversation(peer);
    return this.storeOutgoing(t, conv, key, id, timestamp, body, queued, new Uint8Array(0));
  }

  async storeOutgoing(
    t: Tx,
    conv: ConversationRecord,
    key: string,
    id: Uint8Array,
    timestamp: number,
    body: ContentBody,
    queued: number,
    groupId: Uint8Array,
  ): Promise<Message> {
    const record = create(MessageRecordSchema, {
      version: 1,
      conversation: key.slice(0, key.indexOf('/')),
      message: { version: 1, id, timestampMs: BigInt(timestamp), groupId, body },
      sender: this.core.uuid,
      senderDevice: this.core.address.deviceId,
      outgoing: true,
      receivedAtMs: BigInt(t.now),
      status: queued === 0 ? MessageStatus.SENT : MessageStatus.PENDING,
      unsent: queued,
    });
    await this.core.records.putMessage(t, key, record);
    conv.lastActivityMs = BigInt(Math.max(Number(conv.lastActivityMs), timestamp));
    await this.core.records.storeConversation(t.tx, conv);
    return messageView(record);
  }

  /**
   * Send to a group: hand this device's sender key (1:1) to member devices
   * that lack it, then one sender-key envelope for every member device.
   */
  async sendGroup(
    conversation: ConversationId,
    groupId: Uint8Array,
    body: Body,
    content: { id: Uint8Array; timestamp: number } | null,
    ttl: number,
  ): Promise<Message> {
    const held = await this.core.storage.read((tx) =>
      this.core.records.loadConversation(tx, conversation),
    );
    if (!held) throw new NexusError('NOT_FOUND', 'no such group');
    // A channel's members are the server's: asked before each message, so a
    // member who joined gets our key and one who left does not.
    if (held.channel && content) await this.core.channels.refresh(held.channel);
    const members = await this.core.storage.read(async (tx) => {
      const conv = await this.core.records.loadConversation(tx, conversation);
      if (!conv) throw new NexusError('NOT_FOUND', 'no such group');
      if (conv.left) throw new NexusError('NOT_PERMITTED', 'this identity is not in the group');
      return conv.group!.members;
    });
    await this.core.sessions.ensureSessions(members);
    return this.core.write(async (t) => {
      const conv = await this.core.records.loadConversation(t.tx, conversation);
      if (!conv || conv.left)
        throw new NexusError('NOT_PERMITTED', 'this identity is not in the group');
      const devices = await this.groupDevices(t, conv);
      await this.distribute(t, conv, devices);
      const id = content?.id ?? this.core.random.randomBytes(16);
      const timestamp = content?.timestamp ?? t.now;
      // A channel message carries a fresh franking key; the server attests
      // the tag beside it (spec/community.md §5.6).
      const franking = conv.channel ? this.core.random.randomBytes(FRANKING_KEY_BYTES) : undefined;
      const message = this.core.message(body, groupId, id, timestamp, franking);
      const plaintext = encodeClientMessage(message);
      const tag = franking ? frankingTag(franking, committedMessage(message)) : undefined;
      const envelope = await groupEncrypt(this.core.device, groupId, plaintext, {
        stores: t.stores,
        clock: this.core.clock,
        random: this.core.random,
      });
      const key = content ? messageKey(conversation, timestamp, id) : '';
      const expires = ttl === 0 ? 0 : t.now + ttl;
      if (conv.channel)
        await this.core.outbox.queueEnvelope(
          t,
          this.core.address,
          envelope,
          key,
          expires,
          conv.channel,
          tag,
        );
      else
        for (const d of devices) await this.core.outbox.queueEnvelope(t, d, envelope, key, expires);
      if (!content) {
        await this.core.records.storeConversation(t.tx, conv);
        return undefined as never;
      }
      return this.storeOutgoing(
        t,
        conv,
        key,
        id,
        timestamp,
        body as ContentBody,
        conv.channel ? 1 : devices.length,
        groupId,
      );
    });
  }

  /** Every device of every member of the group, except this one. */
  async groupDevices(t: Tx, conv: ConversationRecord): Promise<DeviceAddress[]> {
    const out: DeviceAddress[] = [];
    for (const member of conv.group!.members)
      out.push(...(await this.core.sessions.sessionDevices(t, member)));
    return out;
  }

  /** Send this device's current sender key to the group devices that do not hold it. */
  async distribute(
    t: Tx,
    conv: ConversationRecord,
    devices: readonly DeviceAddress[],
  ): Promise<void> {
    const held = new Set(conv.distributedTo);
    const missing = devices.filter((d) => !held.has(deviceKey(d)));
    if (missing.length === 0) return;
    const distribution = await createSenderKeyDistribution(this.core.device, conv.groupId, {
      stores: t.stores,
      clock: this.core.clock,
      random: this.core.random,
    });
    const plaintext = this.core.encode(
      { case: 'senderKey', value: { distribution } as never },
      conv.groupId,
    );
    for (const d of missing)
      if (await this.core.outbox.queue1to1(t, d, plaintext, '', 0)) held.add(deviceKey(d));
    conv.distributedTo = [...held].sort();
  }

  /** Start a new sender key chain for the group: devices that left cannot read what follows. */
  async rotate(t: Tx, conv: ConversationRecord): Promise<void> {
    if (conv.distributedTo.length === 0) return; // never sent: nothing to rotate
    await rotateSenderKey(this.core.device, conv.groupId, {
      stores: t.stores,
      clock: this.core.clock,
      random: this.core.random,
    });
    conv.distributedTo = [];
  }

  async sendGroupUpdate(
    t: Tx,
    groupId: Uint8Array,
    group: GroupUpdate,
    recipients: readonly string[],
  ): Promise<void> {
    const plaintext = this.core.encode({ case: 'groupUpdate', value: group }, groupId);
    for (const uuid of new Set(recipients))
      for (const d of await this.core.sessions.sessionDevices(t, uuid))
        await this.core.outbox.queue1to1(t, d, plaintext, '', 0);
  }
}
