/**
 * Community channels (`client.channels`, spec/client.md §3.1): a channel
 * of a community server is a group conversation whose group id is the
 * channel's id and whose members are the server's. Messages are sender-key
 * ciphertext, posted once to the channel (the server fans it out and keeps
 * the history); each member's sender key goes to the other members' devices
 * 1:1, as in any group. The server decides who is a member; it never holds
 * a key that opens a message.
 */
import { create } from '@bufbuild/protobuf';
import { NexusError } from '../interfaces/errors.js';
import type { TransportState } from '../interfaces/transport.js';
import type { CommunityChannel, ChannelMessageEvent } from '../community/types.js';
import { isUuid } from '../identity/uuid.js';
import { checkChannelId, uuidBytes } from '../community/ids.js';
import { GroupUpdateSchema } from '../wire/gen/nexuslink/v1/client_pb.js';
import { WIRE_LIMITS } from '../wire/messages.js';
import {
  committedMessage,
  encodeMessageEvidence,
  verifyMessageAttestation,
} from '../community/franking.js';
import { groupConversation, parseConversation } from './message.js';
import type { ConversationId } from './message.js';
import { clientCores } from './core.js';
import { newGroupConversation } from './records.js';
import { isHexId } from './checks.js';
import type { ClientCore } from './core.js';
import type { NexusClient } from './client.js';
import { groupView } from './views.js';

/**
 * What the client needs of a community server for its channels: a
 * `CommunityClient` is one (pass it as `createClient`'s `channels`).
 */
export interface ChannelTransport {
  readonly state: TransportState;
  /** A channel's name and state. */
  channel(id: string): Promise<CommunityChannel>;
  /** A channel's members. */
  channelMembers(id: string): Promise<readonly { readonly uuid: string; readonly role: string }[]>;
  /**
   * Post a ciphertext to a channel with the franking tag of the message
   * inside (spec/community.md §5.6); resolves with its sequence id.
   */
  sendChannelMessage(id: string, ciphertext: Uint8Array, frankingTag: Uint8Array): Promise<number>;
  /** The key the server signs its message attestations with (32 bytes, Ed25519). */
  serverKey(): Promise<Uint8Array>;
  /** Every channel message delivered to this device; returns the function that stops it. */
  onChannelMessage(listener: (message: ChannelMessageEvent) => void): () => void;
  /** Done with a channel's messages up to `seq` (the server resumes after it). */
  acknowledgeChannel(id: string, seq: number): void;
}

/** The conversation id of a community channel. */
export function channelConversation(channelId: string): ConversationId {
  checkChannelId(channelId);
  return groupConversation(uuidBytes(channelId));
}

/** The channels of a client (`client.channels`). */
export class ChannelsApi {
  readonly #core: ClientCore;

  /** @internal */
  constructor(client: NexusClient) {
    this.#core = clientCores.get(client)!;
  }

  /**
   * Take part in a channel this identity is a member of on the server (join
   * it there first: `CommunityClient.joinChannel`): its conversation is
   * made (or brought up to date) with the server's name and members, and
   * its messages are read from then on. Returns the conversation id; send
   * with `sendText` as to any conversation.
   *
   * @throws NexusError `INVALID_ARGUMENT` (a bad id, or a client made
   *   without `channels`), `NOT_PERMITTED` (not a member), and the server's
   *   errors (`NOT_FOUND`, `TRANSPORT`).
   */
  async open(channelId: string): Promise<ConversationId> {
    checkChannelId(channelId);
    return this.#core.channels.refresh(channelId);
  }

  /**
   * The evidence that a received channel message was sent (spec/community.md
   * §5.6): the message as committed, its franking key and the server's
   * attestation, encoded as a `MessageEvidence`. It discloses the message's
   * content to whoever receives it: give it to a directory with
   * `DirectoryClient.report` (target `message`), which checks it against
   * the server's listed key (`verifyMessageEvidence`).
   *
   * @throws NexusError `INVALID_ARGUMENT` (not a message id), `NOT_FOUND`
   *   (no such message), `NOT_PERMITTED` (not a message received in a
   *   channel: this device's own, a 1:1 or group message).
   */
  async evidence(messageId: string): Promise<Uint8Array> {
    if (!isHexId(messageId))
      throw new NexusError('INVALID_ARGUMENT', 'a message id is 32 hex digits');
    const record = await this.#core.storage.read((tx) =>
      this.#core.records.messageById(tx, messageId),
    );
    if (!record) throw new NexusError('NOT_FOUND', 'no such message');
    if (record.attestation.length === 0)
      throw new NexusError(
        'NOT_PERMITTED',
        'only a message received in a community channel carries an attestation',
      );
    return encodeMessageEvidence({
      message: committedMessage(record.message!),
      frankingKey: record.message!.frankingKey,
      attestation: record.attestation,
    });
  }

  /** The channel of a conversation, or null when it is not one. */
  async channelOf(conversation: ConversationId): Promise<string | null> {
    parseConversation(conversation);
    const conv = await this.#core.storage.read((tx) =>
      this.#core.records.loadConversation(tx, conversation),
    );
    return conv?.channel ? conv.channel : null;
  }
}

/** The client's side of channels: membership from the server, messages in and out. */
export class Channels {
  readonly core: ClientCore;
  /** Channel messages are handled one at a time, in the order they came. */
  #work: Promise<void> = Promise.resolve();
  /** Channels whose members are being fetched (a sender not yet known). */
  readonly #refreshing = new Map<string, Promise<ConversationId>>();

  constructor(core: ClientCore) {
    this.core = core;
  }

  get transport(): ChannelTransport {
    const t = this.core.channelTransport;
    if (!t)
      throw new NexusError(
        'INVALID_ARGUMENT',
        'this client has no channels: give createClient the CommunityClient as channels',
      );
    return t;
  }

  /**
   * Fetch the channel's name and members from the server and store them in
   * its conversation. Our sender key is rotated when a member left, so what
   * follows is not readable by them.
   */
  refresh(channelId: string): Promise<ConversationId> {
    let running = this.#refreshing.get(channelId);
    if (!running) {
      running = this.#refresh(channelId).finally(() => this.#refreshing.delete(channelId));
      this.#refreshing.set(channelId, running);
    }
    return running;
  }

  async #refresh(channelId: string): Promise<ConversationId> {
    const transport = this.transport;
    const [channel, listed] = await Promise.all([
      transport.channel(channelId),
      transport.channelMembers(channelId),
    ]);
    const members: string[] = [...new Set(listed.map((m) => m.uuid))]
      .filter((u) => typeof u === 'string' && isUuid(u))
      .sort();
    if (!members.includes(this.core.uuid))
      throw new NexusError(
        'NOT_PERMITTED',
        'this identity is not a member of the channel: join it on the server first',
      );
    if (members.length > WIRE_LIMITS.maxGroupMembers)
      throw new NexusError(
        'NOT_PERMITTED',
        `the channel has more than ${WIRE_LIMITS.maxGroupMembers} members, more than a group holds`,
      );
    // The channel's admins as the server says (shown only: a channel takes no group updates).
    const admins = [...new Set(listed.filter((m) => m.role === 'admin').map((m) => m.uuid))]
      .filter((u) => members.includes(u))
      .sort();
    if (admins.length === 0)
      throw new NexusError('MALFORMED', 'the server lists no admin of the channel');
    const groupId = uuidBytes(channelId);
    const id = groupConversation(groupId);
    const name = truncateName(channel.name);
    await this.core.write(async (t) => {
      const held = await this.core.records.loadConversation(t.tx, id);
      if (held && held.channel !== channelId)
        throw new NexusError('INVALID_ARGUMENT', 'a group of this client has the same id');
      const conv = held ?? newGroupConversation(groupId, t.now, { channel: channelId });
      const before = held?.group?.members ?? [];
      const changed =
        !held ||
        held.left ||
        held.group!.name !== name ||
        before.length !== members.length ||
        before.some((m, i) => m !== members[i]) ||
        held.group!.admins.join() !== admins.join();
      if (!changed) return;
      conv.group = create(GroupUpdateSchema, {
        name,
        members,
        admins,
        revision: (held?.group?.revision ?? 0n) + 1n,
      });
      conv.left = false;
      // Devices of members who left no longer get our key; a new chain keeps them out.
      if (before.some((m) => !members.includes(m))) {
        await this.core.sending.rotate(t, conv);
        conv.distributedTo = conv.distributedTo.filter((d) => members.includes(d.split('/')[0]!));
      }
      await this.core.records.storeConversation(t.tx, conv);
      t.events.push({
        type: 'group',
        conversation: id,
        group: groupView(conv),
        by: this.core.uuid,
      });
      // Messages put aside for a sender who was not known to be a member are tried again.
      t.groupChanged = true;
    });
    return id;
  }

  /** Start reading channel messages (at `start`). */
  listen(): () => void {
    const transport = this.core.channelTransport;
    if (!transport) return () => undefined;
    return transport.onChannelMessage((m) => {
      this.#work = this.#work.then(() => this.#receive(transport, m));
    });
  }

  async #receive(transport: ChannelTransport, m: ChannelMessageEvent): Promise<void> {
    if (this.core.closed) return;
    const id = channelConversation(m.channelId);
    const known = await this.core.storage
      .read((tx) => this.core.records.loadConversation(tx, id))
      .catch(() => null);
    // A channel this client does not read, or a member it does not know yet: fetch the members.
    if (known && known.channel && !known.group!.members.includes(m.sender.uuid))
      await this.refresh(m.channelId).catch((err: unknown) =>
        this.core.report(err, 'a channel’s members'),
      );
    // The server's attestation, checked under its key before anything else:
    // a message that cannot be reported is not shown (spec/community.md §5.6).
    let attestation: Uint8Array;
    try {
      attestation = verifyMessageAttestation(await this.#serverKey(transport), m, m.attestation);
    } catch (err) {
      this.core.report(err, 'a channel message’s attestation');
      // A key not read (TRANSPORT): not acknowledged, it comes again. A bad one is dropped.
      if (NexusError.is(err, 'BAD_SIGNATURE') || NexusError.is(err, 'INVALID_ARGUMENT'))
        transport.acknowledgeChannel(m.channelId, m.seq);
      return;
    }
    const outcome = await this.core.inbound
      .handle({
        id: `channel/${m.channelId}/${m.seq}`,
        envelope: m.ciphertext,
        acceptedAt: m.sentAt,
        attestation,
      })
      .catch((err: unknown) => {
        // STORAGE: not acknowledged, the server delivers it again.
        this.core.report(err, 'a channel message');
        return 'failed' as const;
      });
    if (outcome === 'done') transport.acknowledgeChannel(m.channelId, m.seq);
  }

  /** The server's key, read again after a failure (up to 5 tries, a second apart and more). */
  async #serverKey(transport: ChannelTransport): Promise<Uint8Array> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await transport.serverKey();
      } catch (err) {
        if (attempt >= 5 || this.core.closed || !NexusError.is(err, 'TRANSPORT')) throw err;
        await this.core.pause(1000 * attempt);
      }
    }
  }

  /** What is left to do when the client closes. */
  settled(): Promise<void> {
    return this.#work;
  }
}

/** A channel name as a group name (at most the group limit, cut on a character). */
function truncateName(name: string): string {
  let out = '';
  for (const ch of typeof name === 'string' ? name : '') {
    if (new TextEncoder().encode(out + ch).length > WIRE_LIMITS.maxGroupNameBytes) break;
    out += ch;
  }
  return out || 'channel';
}
