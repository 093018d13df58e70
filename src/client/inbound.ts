/**
 * Inbound: the receive loop of each transport, and one transaction per
 * envelope that decrypts it and applies what it carries.
 */
import { create, fromBinary } from '@bufbuild/protobuf';
import { NexusError } from '../interfaces/errors.js';
import type { DeviceAddress } from '../interfaces/sessions.js';
import type { InboundEnvelope, Transport } from '../interfaces/transport.js';
import { bytesEqual, toHex } from '../primitives/bytes.js';
import { groupDecrypt, processSenderKeyDistribution } from '../ratchet/sender-keys.js';
import { decryptEnvelope, envelopeSender } from '../ratchet/session.js';
import type { DecryptedMessage } from '../ratchet/session.js';
import { deviceKey } from '../storage/layout.js';
import { checkAddress } from '../interfaces/guards.js';
import { EnvelopeSchema, EnvelopeType } from '../wire/gen/nexuslink/v1/envelope_pb.js';
import {
  GroupUpdateSchema,
  MessageRecordSchema,
  MessageStatus,
  ReceiptType,
} from '../wire/gen/nexuslink/v1/client_pb.js';
import type {
  ClientMessage,
  ConversationRecord,
  GroupUpdate,
} from '../wire/gen/nexuslink/v1/client_pb.js';
import { envelopeCodec, signedMessageCodec } from '../wire/messages.js';
import { messageAttestationCodec } from '../wire/community.js';
import type { MessageAttestation } from '../wire/gen/nexuslink/v1/community_pb.js';
import { committedMessage, frankingTag } from '../community/franking.js';
import { leadingVersion } from '../wire/codec.js';
import {
  decodeClientMessage,
  directConversation,
  groupConversation,
  messageKey,
  parseConversation,
} from './message.js';
import type { ConversationId } from './message.js';
import type { ClientCore } from './core.js';
import { FailureStreak, inContext, STORAGE_PAUSE_MS, STORAGE_RETRIES } from './failures.js';
import { Deferred } from './transaction.js';
import type { Tx } from './transaction.js';
import { newDirectConversation, newGroupConversation, textOf } from './records.js';
import { SESSION_MESSAGE_VERSION } from './sessions.js';
import { isSelfLeave } from './groups.js';
import { groupView, messageView } from './views.js';

/**
 * Envelopes of one transport in hand at once (see {@link Inbound.receiveFrom}):
 * their transactions wait in the storage's queue, and a durable adapter
 * commits those waiting together.
 */
const RECEIVE_WINDOW = 32;

/** Handling in one run of {@link Inbound.receiveFrom}: set when a transaction failed. */
interface ReceiveRun {
  failed: boolean;
}

/** What {@link Inbound.receiveFrom} waits for: the next envelope, or how the oldest in hand ended. */
type Settled =
  | { readonly pulled: IteratorResult<InboundEnvelope> }
  | { readonly outcome: 'done' | 'again' }
  | { readonly error: unknown };

/** Thrown inside a receive transaction that started after a failed one of its run: it rolls back. */
class Again extends Error {}

/** Receive envelopes and apply each message to the client's records. */
export class Inbound {
  readonly core: ClientCore;

  constructor(core: ClientCore) {
    this.core = core;
  }

  /**
   * Receive from one transport until the client closes. A failure is retried
   * with backoff; the app hears of it as an `error` event when it is due
   * ({@link FailureStreak}), and a failing storage is then tried at most
   * every {@link STORAGE_PAUSE_MS}.
   */
  async receiveLoop(transport: Transport): Promise<void> {
    const where = `receiving on the ${transport.kind} transport`;
    const offline = new FailureStreak(); // connecting
    const failing = new FailureStreak(); // storing what arrived, acknowledging it
    let delay = this.core.retryInitial;
    while (!this.core.closed) {
      let wait = delay;
      try {
        if (transport.state !== 'connected') await transport.connect();
        offline.succeed();
        await this.receiveFrom(transport, () => {
          failing.succeed();
          delay = this.core.retryInitial;
        });
        if (transport.state === 'closed') return;
      } catch (err) {
        if (this.core.closed || transport.state === 'closed') return;
        // Not connected, or the storage failed: the envelope comes again.
        const error = inContext(err, where);
        const streak = NexusError.is(error, 'TRANSPORT') ? offline : failing;
        if (streak.fail(error)) this.core.emitError(error);
        if (NexusError.is(error, 'STORAGE') && failing.count >= STORAGE_RETRIES)
          wait = Math.max(delay, STORAGE_PAUSE_MS);
      }
      await this.core.pause(wait);
      delay = Math.min(delay * 2, this.core.retryMax);
    }
  }

  /**
   * Handle what one `receive()` of the transport hands out, until it ends
   * (the transport closed) or a step fails (thrown: the envelopes not
   * acknowledged come again on the next `receive()`).
   *
   * Up to {@link RECEIVE_WINDOW} envelopes are in hand at once: each gets
   * its own transaction, started in the order they came, so the storage
   * runs them one after another and a durable adapter commits those waiting
   * together (group commit) instead of waiting for the disk once per
   * envelope. Each is acknowledged after its commit, in order. When one's
   * transaction fails (its envelope is dropped as bad, put aside, or a
   * duplicate), the transactions after it roll back and their envelopes are
   * handled again once it is done with: what a failure does (an inbox entry,
   * events, a heal) comes before the next envelope is processed, as when
   * envelopes are handled one at a time.
   */
  async receiveFrom(transport: Transport, succeeded: () => void): Promise<void> {
    const iterator = transport.receive()[Symbol.asyncIterator]();
    /** Envelopes in hand, in the order they came, each with how its handling ended. */
    const started: { inbound: InboundEnvelope; outcome: Promise<'done' | 'again'> }[] = [];
    /** Envelopes whose transaction rolled back behind a failed one: handled before new ones. */
    const again: InboundEnvelope[] = [];
    let run: ReceiveRun = { failed: false };
    // How many may be in hand: one after a failure (a burst of duplicates after
    // a restart must not roll back a window each), doubling with each success.
    let width = RECEIVE_WINDOW;
    const start = (inbound: InboundEnvelope) => {
      const outcome = this.handle(inbound, run);
      outcome.catch(() => undefined); // looked at in order, below
      started.push({ inbound, outcome });
    };
    let pull: Promise<IteratorResult<InboundEnvelope>> | null = null;
    let ended = false;
    let failure: { error: unknown } | null = null;
    try {
      for (;;) {
        const starting: boolean =
          !ended && failure === null && !run.failed && !this.core.closed && started.length < width;
        if (starting && again.length > 0) {
          start(again.shift()!);
          continue;
        }
        if (starting && pull === null) {
          pull = iterator.next();
          pull.catch(() => undefined); // looked at when raced
        }
        const oldest = started[0];
        if (oldest === undefined && !starting) break;
        // Whichever comes first: the next envelope, or the oldest one in hand done with.
        const next: Settled = await Promise.race([
          ...(starting ? [pull!.then((pulled) => ({ pulled }))] : []),
          ...(oldest
            ? [
                oldest.outcome.then(
                  (outcome) => ({ outcome }),
                  (error: unknown) => ({ error }),
                ),
              ]
            : []),
        ]);
        if ('pulled' in next) {
          pull = null;
          if (next.pulled.done) ended = true;
          else start(next.pulled.value);
          continue;
        }
        started.shift();
        if ('error' in next) {
          // Not acknowledged: it comes again. Nothing starts after it (what did rolls back).
          failure ??= { error: next.error };
          run.failed = true;
        } else if (next.outcome === 'again') {
          again.push(oldest!.inbound);
        } else {
          await transport.acknowledge(oldest!.inbound.id);
          if (failure === null) succeeded();
          if (!run.failed) width = Math.min(width * 2, RECEIVE_WINDOW);
        }
        // Every envelope behind the failed one is in `again` now: a new run handles them.
        if (run.failed && started.length === 0 && failure === null) {
          run = { failed: false };
          width = 1;
        }
      }
    } catch (err) {
      failure ??= { error: err };
      run.failed = true;
      await Promise.allSettled(started.map((s) => s.outcome));
    } finally {
      // A pending `next` ends with the iteration (the envelope is handed out again next time).
      if (pull !== null) void iterator.return?.()?.catch(() => undefined);
    }
    if (failure !== null && !this.core.closed) throw failure.error;
  }

  /**
   * Process one envelope in one transaction. Returns `'done'` when the
   * envelope is done with (processed, a duplicate, or dropped as bad), or
   * `'again'` when its transaction started after one of the same `run`
   * failed (it rolled back: handle it again); throws `STORAGE` when it must
   * come again.
   */
  async handle(
    inbound: InboundEnvelope & { readonly attestation?: Uint8Array },
    run?: ReceiveRun,
  ): Promise<'done' | 'again'> {
    const attestation = inbound.attestation ?? null;
    try {
      await this.core.write(async (t) => {
        if (run?.failed) throw new Again();
        try {
          return await this.receive(t, inbound.envelope, null, attestation);
        } catch (err) {
          // Before the next transaction starts: it rolls back and waits for this one.
          if (run) run.failed = true;
          throw err;
        }
      });
      return 'done';
    } catch (caught) {
      if (caught instanceof Again) return 'again';
      let err = caught;
      // Closing: nothing is dropped or acknowledged; the envelope comes again next time.
      if (this.core.closed) throw err;
      if (err instanceof Deferred) {
        // Nothing of it was committed: keep the envelope itself until its sender is a member.
        try {
          const env = envelopeCodec.decode(inbound.envelope);
          await this.core.write((t) =>
            this.core.inbox.putAside(t, inbound.envelope, env, null, attestation),
          );
          return 'done';
        } catch (failure) {
          if (this.core.closed) throw failure;
          err = failure; // the inbox is full: dropped below, with an error event
        }
      }
      if (!NexusError.is(err) || NexusError.is(err, 'STORAGE')) throw err;
      if (NexusError.is(err, 'DUPLICATE_MESSAGE')) return 'done';
      if (NexusError.is(err, 'UNSUPPORTED_VERSION')) {
        const refused = refusedVersionOf(inbound.envelope);
        this.core.hub.emit({
          type: 'error',
          error: err,
          ...(refused.sender ? { sender: refused.sender } : {}),
        });
        if (refused.sender) this.core.sessions.startVersionNotice(refused.sender, refused.version);
        return 'done';
      }
      const { sender } = senderOf(inbound.envelope);
      if (NexusError.is(err, 'ROLLBACK_DETECTED') && sender)
        this.core.hub.emit({
          type: 'sessionRollback',
          sender,
          group: !isOneToOne(inbound.envelope),
        });
      else this.core.hub.emit({ type: 'error', error: err, ...(sender ? { sender } : {}) });
      if (sender && sessionCannotContinue(err, inbound.envelope))
        this.core.sessions.startHeal(sender);
      return 'done';
    }
  }

  /**
   * Decrypt and apply one envelope. `attestation` is set for a channel
   * message (the server's signed attestation, already verified under its
   * key): the message must then open the attested commitment, from the
   * attested device (spec/community.md §5.6).
   */
  async receive(
    t: Tx,
    bytes: Uint8Array,
    inboxKey: string | null,
    attestation: Uint8Array | null = null,
  ): Promise<void> {
    const env = envelopeCodec.decode(bytes);
    const attested = attestation === null ? null : attestationOf(attestation);
    if (attested && env.type !== EnvelopeType.SENDER_KEY_MESSAGE)
      throw new NexusError('MALFORMED', 'a channel message that is not a group message');
    const ctx = { stores: t.stores, clock: this.core.clock, random: this.core.random };
    let sender: DeviceAddress;
    let plaintext: Uint8Array;
    let viaGroup: string | null = null;
    // The 1:1 message that carried this one: it vouches for a sender key distribution.
    let carrier: DecryptedMessage | null = null;
    if (env.type === EnvelopeType.SENDER_KEY_MESSAGE) {
      try {
        await this.core.identity.refuseRevoked(t, envelopeSender(env));
        const decrypted = await groupDecrypt(bytes, ctx);
        sender = decrypted.sender;
        plaintext = decrypted.plaintext;
        viaGroup = decrypted.distributionId;
      } catch (err) {
        if (!NexusError.is(err, 'NO_SESSION')) throw err;
        await this.core.inbox.putAside(t, bytes, env, inboxKey, attestation);
        return;
      }
    } else {
      const decrypted = await decryptEnvelope(this.core.device, env, ctx);
      carrier = decrypted;
      sender = decrypted.sender;
      plaintext = decrypted.plaintext;
      if (decrypted.newSession) t.preKeyUsed = true;
    }
    await this.core.sessions.addDevices(t, sender.uuid, [sender.deviceId]);
    const message = decodeClientMessage(plaintext);
    if (attested) checkFranking(attested, sender, message);
    else if (message.frankingKey.length > 0)
      throw new NexusError('MALFORMED', 'a franking key in a message that came outside a channel');
    const groupHex = message.groupId.length > 0 ? toHex(message.groupId) : null;
    const body = message.body;
    const groupContent =
      body.case === 'text' || body.case === 'structured' || body.case === 'typing';
    // Group content only under the group's sender key; control messages only 1:1.
    if (
      viaGroup !== null ? !groupContent || groupHex !== viaGroup : groupContent && groupHex !== null
    )
      throw new NexusError('MALFORMED', 'the message does not fit the envelope it came in');
    switch (body.case) {
      case 'text':
      case 'structured':
        return this.receiveContent(t, sender, message, attestation);
      case 'typing':
        return this.receiveTyping(t, sender, message, body.value.typing, attested !== null);
      case 'receipt':
        return this.receiveReceipt(t, sender, body.value.type, body.value.messageIds);
      case 'groupUpdate':
        return this.receiveGroupUpdate(t, sender, message.groupId, body.value);
      case 'senderKey':
        // Control messages come only 1:1 (checked above), so the carrier is set.
        await processSenderKeyDistribution(carrier!, body.value.distribution, ctx);
        t.senderKeysFrom.add(deviceKey(sender));
        return;
      case 'sent':
        if (sender.uuid !== this.core.uuid)
          throw new NexusError('NOT_PERMITTED', 'only this identity’s devices send sync messages');
        return this.receiveSync(t, sender, body.value.destination, body.value.message!);
      case 'versionNotice':
        t.events.push({
          type: 'peerVersion',
          sender,
          supportedVersion: body.value.supportedVersion,
          refusedVersion: body.value.refusedVersion,
        });
        return;
      case 'identityUpdate':
        return this.core.identity.applyIdentityUpdate(
          t,
          sender.uuid,
          body.value.selfSigningCertificate.length > 0
            ? body.value.selfSigningCertificate
            : undefined,
          body.value.revocationList.length > 0 ? body.value.revocationList : undefined,
        );
      default:
        throw new NexusError('MALFORMED', 'unknown message body');
    }
  }

  /** The conversation a message from `sender` belongs to, checked against the group's members. */
  async conversationFor(
    t: Tx,
    sender: DeviceAddress,
    message: ClientMessage,
    peer: string,
    viaChannel = false,
  ): Promise<{ id: ConversationId; record: ConversationRecord }> {
    if (message.groupId.length === 0) {
      const id = directConversation(peer);
      const record =
        (await this.core.records.loadConversation(t.tx, id)) ?? newDirectConversation(peer);
      return { id, record };
    }
    const id = groupConversation(message.groupId);
    const record = await this.core.records.loadConversation(t.tx, id);
    if (record?.left)
      throw new NexusError('NOT_PERMITTED', 'a message of a group this identity left');
    if (!record || !record.group!.members.includes(sender.uuid)) {
      // The update that adds the sender (or the group) may still be on its way
      // from an admin: keep the message for then (spec/client.md §3).
      if (message.body.case === 'text' || message.body.case === 'structured') throw new Deferred();
      throw new NexusError('NOT_PERMITTED', 'a group message from outside the group');
    }
    // A channel's messages come through its server, attested, so each can be
    // reported; nothing else takes that path.
    if (Boolean(record.channel) !== viaChannel)
      throw new NexusError(
        'NOT_PERMITTED',
        viaChannel
          ? 'a channel message for a group that is not a channel'
          : 'a channel message that did not come through its server',
      );
    return { id, record };
  }

  async receiveContent(
    t: Tx,
    sender: DeviceAddress,
    message: ClientMessage,
    attestation: Uint8Array | null = null,
  ): Promise<void> {
    const outgoing = sender.uuid === this.core.uuid;
    if (outgoing && message.groupId.length === 0)
      throw new NexusError('NOT_PERMITTED', 'own 1:1 messages come as sync messages');
    const { id, record: conv } = await this.conversationFor(
      t,
      sender,
      message,
      sender.uuid,
      attestation !== null,
    );
    const held = await this.core.records.storedAs(t, message.id, sender.uuid, id);
    if (held === 'stored') return;
    const timestamp = Math.min(Number(message.timestampMs), t.now); // a future stamp sorts as now
    const key = messageKey(id, timestamp, message.id);
    const record = create(MessageRecordSchema, {
      version: 1,
      conversation: id,
      message: { ...message, padding: new Uint8Array(0) },
      sender: sender.uuid,
      senderDevice: sender.deviceId,
      outgoing,
      receivedAtMs: BigInt(t.now),
      status: outgoing ? MessageStatus.SENT : MessageStatus.DELIVERED,
      attestation: attestation ?? new Uint8Array(0),
    });
    await this.core.records.putMessage(t, key, record, held === 'free');
    conv.lastActivityMs = BigInt(Math.max(Number(conv.lastActivityMs), timestamp));
    if (!outgoing) conv.unread += 1;
    await this.core.records.storeConversation(t.tx, conv);
    // In a channel, receipts from every member to every sender would be a flood: none.
    if (!outgoing && this.core.deliveryReceipts && !conv.channel)
      await this.core.outbox.queueReceipt(t, sender.uuid, ReceiptType.DELIVERED, [message.id]);
    t.events.push({ type: 'message', message: messageView(record) });
  }

  async receiveSync(
    t: Tx,
    sender: DeviceAddress,
    destination: string,
    inner: ClientMessage,
  ): Promise<void> {
    const id = directConversation(destination);
    const held = await this.core.records.storedAs(t, inner.id, this.core.uuid, id);
    if (held === 'stored') return;
    const conv =
      (await this.core.records.loadConversation(t.tx, id)) ?? newDirectConversation(destination);
    const timestamp = Math.min(Number(inner.timestampMs), t.now);
    const key = messageKey(id, timestamp, inner.id);
    const record = create(MessageRecordSchema, {
      version: 1,
      conversation: id,
      message: inner,
      sender: this.core.uuid,
      senderDevice: sender.deviceId,
      outgoing: true,
      receivedAtMs: BigInt(t.now),
      status: MessageStatus.SENT,
    });
    await this.core.records.putMessage(t, key, record, held === 'free');
    conv.lastActivityMs = BigInt(Math.max(Number(conv.lastActivityMs), timestamp));
    await this.core.records.storeConversation(t.tx, conv);
    t.events.push({ type: 'message', message: messageView(record) });
  }

  async receiveTyping(
    t: Tx,
    sender: DeviceAddress,
    message: ClientMessage,
    typing: boolean,
    viaChannel: boolean,
  ): Promise<void> {
    if (sender.uuid === this.core.uuid) return;
    const { id } = await this.conversationFor(t, sender, message, sender.uuid, viaChannel);
    t.events.push({ type: 'typing', conversation: id, sender: sender.uuid, typing });
  }

  async receiveReceipt(
    t: Tx,
    sender: DeviceAddress,
    type: ReceiptType,
    ids: Uint8Array[],
  ): Promise<void> {
    if (sender.uuid === this.core.uuid) return; // read on another own device: nothing to show here
    for (const id of ids) {
      const key = await textOf(await t.tx.get('local', `msg/${toHex(id)}`));
      const record = key === null ? null : await this.core.records.loadMessage(t.tx, key);
      if (record === null || !record.outgoing) continue;
      // Only a participant of the message's conversation may confirm it.
      const target = parseConversation(record.conversation);
      if (
        target.kind === 'direct'
          ? target.peer !== sender.uuid
          : !(await this.core.records.isMember(t, record.conversation, sender.uuid))
      )
        continue;
      const list = type === ReceiptType.READ ? record.readBy : record.deliveredTo;
      if (list.includes(sender.uuid)) continue;
      list.push(sender.uuid);
      list.sort();
      if (type === ReceiptType.READ && !record.deliveredTo.includes(sender.uuid)) {
        record.deliveredTo.push(sender.uuid);
        record.deliveredTo.sort();
      }
      const status = type === ReceiptType.READ ? MessageStatus.READ : MessageStatus.DELIVERED;
      if (record.status < status) record.status = status;
      await this.core.records.storeMessage(t.tx, key!, record);
      t.events.push({ type: 'status', message: messageView(record) });
    }
  }

  async receiveGroupUpdate(
    t: Tx,
    sender: DeviceAddress,
    groupId: Uint8Array,
    update: GroupUpdate,
  ): Promise<void> {
    const id = groupConversation(groupId);
    const held = await this.core.records.loadConversation(t.tx, id);
    if (held?.channel)
      throw new NexusError('NOT_PERMITTED', 'a group update for a community channel');
    if (held === null) {
      // A new group, or this identity was added: the sender must be one of its admins.
      if (!update.admins.includes(sender.uuid))
        throw new NexusError('NOT_PERMITTED', 'a group update from someone who is not its admin');
      if (!update.members.includes(this.core.uuid)) return; // about a group we are not in
    } else {
      if (update.revision <= held.group!.revision) return; // old news
      if (
        !held.group!.admins.includes(sender.uuid) &&
        !(
          update.revision === held.group!.revision + 1n &&
          isSelfLeave(held.group!, update, sender.uuid)
        )
      )
        throw new NexusError('NOT_PERMITTED', 'a group change from someone who may not make it');
    }
    const conv = held ?? newGroupConversation(groupId, t.now);
    const before = held?.group?.members ?? [];
    conv.group = create(GroupUpdateSchema, update);
    conv.left = !update.members.includes(this.core.uuid);
    if (!conv.left && before.some((m) => !update.members.includes(m)))
      await this.core.sending.rotate(t, conv);
    // Devices of members who left no longer get our key.
    conv.distributedTo = conv.distributedTo.filter((d) =>
      update.members.includes(d.split('/')[0]!),
    );
    await this.core.records.storeConversation(t.tx, conv);
    t.groupChanged = true;
    t.events.push({ type: 'group', conversation: id, group: groupView(conv), by: sender.uuid });
  }
}

/**
 * The sending device and the version of an envelope that was refused as of a
 * newer version (read leniently: its own decoder refused it).
 */
function refusedVersionOf(bytes: Uint8Array): { sender?: DeviceAddress; version: number } {
  try {
    const env = fromBinary(EnvelopeSchema, bytes);
    // A current envelope around a newer message: the message's version comes first in it.
    const version =
      env.version > SESSION_MESSAGE_VERSION ? env.version : leadingVersion(env.content);
    const sender = envelopeSender(env);
    checkAddress(sender);
    return { sender, version };
  } catch {
    return { version: 0 };
  }
}

export function senderOf(bytes: Uint8Array): { sender?: DeviceAddress } {
  try {
    const sender = envelopeSender(envelopeCodec.decode(bytes));
    checkAddress(sender);
    return { sender };
  } catch {
    return {};
  }
}

/** Whether the envelope is a Double Ratchet message (not an initial or group message). */
function envelopeType(bytes: Uint8Array): EnvelopeType | null {
  try {
    return envelopeCodec.decode(bytes).type;
  } catch {
    return null;
  }
}

/** Whether an envelope is a 1:1 one (a PreKeyMessage or a ratchet message). */
function isOneToOne(bytes: Uint8Array): boolean {
  const type = envelopeType(bytes);
  return type === EnvelopeType.RATCHET_MESSAGE || type === EnvelopeType.PREKEY_MESSAGE;
}

/**
 * Whether a 1:1 message's failure means its session cannot go on, so a new
 * one is started (spec/ratchet.md §8): a lost or restored session on either
 * side, a gap past MAX_SKIP, a rolled-back sender, or a PreKeyMessage on a
 * prekey this device no longer has.
 */
function sessionCannotContinue(err: NexusError, bytes: Uint8Array): boolean {
  const type = envelopeType(bytes);
  if (type === EnvelopeType.RATCHET_MESSAGE)
    return NexusError.is(
      err,
      'NO_SESSION',
      'DECRYPT_FAILED',
      'TOO_MANY_SKIPPED',
      'ROLLBACK_DETECTED',
    );
  return type === EnvelopeType.PREKEY_MESSAGE && NexusError.is(err, 'UNKNOWN_PREKEY');
}

/** The attestation a channel message came with (stored bytes: verified when it arrived). */
function attestationOf(attestation: Uint8Array): MessageAttestation {
  return messageAttestationCodec.decode(signedMessageCodec.decode(attestation).body);
}

/**
 * A channel message must be what the server attested: from the attested
 * device, in the attested channel, and opening the attested commitment.
 *
 * @throws NexusError `NOT_PERMITTED` (another sender or channel),
 *   `BAD_SIGNATURE` (no franking key, or one that does not open the tag).
 */
function checkFranking(
  attested: MessageAttestation,
  sender: DeviceAddress,
  message: ClientMessage,
): void {
  if (attested.sender!.uuid !== sender.uuid || toHex(attested.sender!.deviceId) !== sender.deviceId)
    throw new NexusError(
      'NOT_PERMITTED',
      'the server attests another sender than the device that sent the message',
    );
  if (!bytesEqual(attested.channelId, message.groupId))
    throw new NexusError('NOT_PERMITTED', 'the server attests the message for another channel');
  if (
    message.frankingKey.length === 0 ||
    !bytesEqual(frankingTag(message.frankingKey, committedMessage(message)), attested.frankingTag)
  )
    throw new NexusError(
      'BAD_SIGNATURE',
      'the message does not open the commitment the server attested',
    );
}
