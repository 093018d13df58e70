/**
 * The NexusLink client: contacts, conversations, groups, receipts and typing
 * over any transport, with every key, session and message in local storage.
 *
 * Two rules carry the crash safety (spec/client.md §4):
 * - Receiving is one storage transaction per envelope: the ratchet step, the
 *   message, the conversation, and whatever is sent in answer (receipts, sender
 *   keys) commit together, and the envelope is acknowledged only after.
 * - Sending is one transaction too: the ratchet steps, the history entry and
 *   one outbox entry per recipient device. A loop hands the outbox to the
 *   transport and deletes each entry once the network accepted it.
 */
import { create, fromBinary } from '@bufbuild/protobuf';
import { NexusError } from '../interfaces/errors.js';
import type { PreKeyDirectory } from '../interfaces/directory.js';
import type { Clock, RandomSource } from '../interfaces/runtime.js';
import type { DeviceAddress, ProtocolStores } from '../interfaces/sessions.js';
import { STORAGE_LIMITS } from '../interfaces/storage.js';
import { listAll } from '../storage/list-all.js';
import type { Storage, StorageReader, StorageWriter } from '../interfaces/storage.js';
import type { InboundEnvelope, Transport } from '../interfaces/transport.js';
import {
  decodeDeviceCertificate,
  decodeRevocationList,
  decodeSelfSigningCertificate,
  isRevoked,
  systemClock,
  systemRandom,
} from '../identity/certificates.js';
import { verifyContactCard } from '../identity/contact-card.js';
import { safetyNumber, verifySafetyNumberPayload } from '../identity/safety-number.js';
import type { SafetyNumber } from '../identity/safety-number.js';
import { isUuid, uuidFromPublicKey } from '../identity/uuid.js';
import { fromHex, toHex } from '../primitives/bytes.js';
import { crypto } from '../primitives/provider.js';
import {
  createKemPreKey,
  createOneTimePreKeys,
  createSignedPreKey,
  isPreKeyFresh,
} from '../ratchet/prekeys.js';
import { MAX_KEM_ONE_TIME_PREKEYS, MAX_ONE_TIME_PREKEYS } from '../community/prekeys.js';
import type { LocalDevice } from '../ratchet/prekeys.js';
import { decodePreKeyRecord, decodeTrustedIdentityRecord } from '../ratchet/records.js';
import {
  createSenderKeyDistribution,
  groupDecrypt,
  groupEncrypt,
  processSenderKeyDistribution,
  rotateSenderKey,
} from '../ratchet/sender-keys.js';
import {
  decryptMessage,
  deviceAddress,
  encryptMessage,
  envelopeSender,
  establishSession,
  shouldResetSession,
  sweepSession,
  updateTrustedIdentity,
} from '../ratchet/session.js';
import type { DecryptedMessage } from '../ratchet/session.js';
import { deviceKey, transactionStores } from '../storage/protocol-stores.js';
import { checkAddress } from '../transport/memory.js';
import { EnvelopeSchema, EnvelopeType } from '../wire/gen/nexuslink/v1/envelope_pb.js';
import type { Envelope } from '../wire/gen/nexuslink/v1/envelope_pb.js';
import {
  ConversationKind,
  ConversationRecordSchema,
  ContactRecordSchema,
  GroupUpdateSchema,
  MessageRecordSchema,
  MessageStatus,
  ReceiptType,
} from '../wire/gen/nexuslink/v1/client_pb.js';
import type {
  ClientMessage,
  ContactRecord,
  ConversationRecord,
  GroupUpdate,
  MessageRecord,
} from '../wire/gen/nexuslink/v1/client_pb.js';
import {
  contactCardBodyCodec,
  contactRecordCodec,
  conversationRecordCodec,
  envelopeCodec,
  inboxRecordCodec,
  messageRecordCodec,
  oneTimePreKeyCodec,
  outboxRecordCodec,
  preKeyBundleCodec,
  signedMessageCodec,
  WIRE_LIMITS,
} from '../wire/messages.js';
import { leadingVersion } from '../wire/codec.js';
import { EventHub } from './events.js';
import {
  formatPending,
  loadPreKeyIndex,
  nextPreKeyId,
  parsePending,
  signedPreKeyOf,
  SIGNED_PREKEY_ROTATION_MS,
  storePreKeyIndex,
  sweepDue,
  sweepPreKeys,
} from './prekeys.js';
import type { PendingBatch } from './prekeys.js';
import {
  decodeClientMessage,
  directConversation,
  encodeClientMessage,
  groupConversation,
  messageKey,
  parseConversation,
} from './message.js';
import type { ConversationId } from './message.js';
import type {
  ClientEvent,
  ClientEventType,
  ClientOptions,
  Contact,
  Conversation,
  GroupInfo,
  HistoryOptions,
  Message,
  MessageContent,
  MessageState,
} from './types.js';

/** How long a typing indicator may wait in the outbox before it is pointless. */
const TYPING_TTL_MS = 10_000;
/** Group messages put aside for a missing sender key, per sending device. */
const MAX_INBOX_PER_SENDER = 1000;
/** Heal attempts for one device at most this often (in memory; the stored limit is SESSION_LIMITS). */
const HEAL_INTERVAL_MS = 60_000;
/** A device that sent a newer session message is told which version we read at most this often. */
const VERSION_NOTICE_INTERVAL_MS = 3600 * 1000;
/** The session message version this release speaks (spec/wire.md §Versions). */
const SESSION_MESSAGE_VERSION = 1;
/** Devices whose heal attempts are remembered. */
const MAX_HEAL_ATTEMPTS = 1000;
/** Group messages waiting in the inbox, from all senders together. */
const MAX_INBOX = 5000;
/** How long a group message may wait in the inbox for its sender key or membership. */
const INBOX_TTL_MS = 7 * 24 * 3600 * 1000;
/** How often a running client checks its prekeys (count and age). */
const PREKEY_CHECK_MS = 3600 * 1000;
/** How many outbox entries one pass of the sender hands to the transport. */
const OUTBOX_BATCH = 256;

type Body = ClientMessage['body'];
type ContentBody = Extract<Body, { case: 'text' | 'structured' }>;

/** Thrown inside a receive transaction to put the envelope aside (the transaction rolls back). */
class Deferred extends Error {}

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/** State of one write transaction of the client. */
interface Tx {
  readonly tx: StorageWriter;
  readonly stores: ProtocolStores;
  readonly now: number;
  readonly events: ClientEvent[];
  /** Set when a session started from a PreKeyMessage consumed a one-time prekey. */
  preKeyUsed: boolean;
  /** Sending devices whose sender key arrived: retry what waits for it in the inbox. */
  readonly senderKeysFrom: Set<string>;
  /** A group changed: retry the group messages put aside for unknown members. */
  groupChanged: boolean;
  /** Something was put in the outbox. */
  queued: boolean;
}

/**
 * Open a client on `options.storage` and start it: it connects the
 * transports, publishes prekeys to the directory when they run low, receives
 * and processes envelopes, and drains the outbox. Close it with `close()`.
 *
 * @example
 * ```ts
 * const client = await createClient({ device, storage, transports: [transport], directory });
 * await client.contacts.add({ card: bobsCard });
 * client.on('message', ({ message }) => console.log(message.content));
 * await client.sendText(directConversation(bob), 'hello');
 * ```
 * @throws NexusError `INVALID_ARGUMENT` (no transport, or one for another device), `STORAGE`.
 */
export async function createClient(options: ClientOptions): Promise<NexusClient> {
  const client = new NexusClient(options);
  if (options.start ?? true) await client.start();
  else await options.storage.read((tx) => tx.get('local', 'client')); // fail early on a closed storage
  return client;
}

/**
 * A running client. Every method throws `NexusError`; a method that changes
 * something either commits all of it or nothing.
 */
export class NexusClient {
  readonly #device: LocalDevice;
  readonly #storage: Storage;
  readonly #transports: readonly Transport[];
  readonly #directory: PreKeyDirectory | undefined;
  readonly #clock: Clock;
  readonly #random: RandomSource;
  readonly #deliveryReceipts: boolean;
  readonly #refreshMs: number;
  readonly #preKeyBatch: number;
  readonly #preKeyMinimum: number;
  readonly #kemPreKeyBatch: number;
  readonly #kemPreKeyMinimum: number;
  readonly #retryInitial: number;
  readonly #retryMax: number;
  readonly #hub: EventHub<ClientEvent>;
  readonly #lastRefresh = new Map<string, number>();
  readonly #loops: Promise<void>[] = [];
  readonly #unsubscribe: (() => void)[] = [];
  #closed = false;
  #started = false;
  #senderWake: (() => void) | null = null;
  #senderKicked = false;
  #sender: Promise<void> | null = null;
  #replenishing: Promise<void> | null = null;
  #replenishAgain = false;
  #idleWaiters: (() => void)[] = [];
  #inboxWork: Promise<void> = Promise.resolve();
  readonly #healAttempts = new Map<string, number>();
  /** When each device was last told which session version this one reads. */
  readonly #noticeAttempts = new Map<string, number>();
  readonly #healing = new Set<Promise<void>>();

  /** This device's address. */
  readonly address: DeviceAddress;

  /** Contacts: add (from a card or bundles), change, remove, verify. */
  readonly contacts: ContactsApi;
  /** Groups: create, add and remove members, rename, leave. */
  readonly groups: GroupsApi;

  /** Use {@link createClient}. @internal */
  constructor(options: ClientOptions) {
    if (typeof options !== 'object' || options === null)
      throw new NexusError('INVALID_ARGUMENT', 'createClient takes an options object');
    const { device, storage, transports } = options;
    if (!device || !(device.deviceId instanceof Uint8Array) || typeof device.uuid !== 'string')
      throw new NexusError('INVALID_ARGUMENT', 'device must be a LocalDevice (see localDevice)');
    if (!storage || typeof storage.write !== 'function')
      throw new NexusError('INVALID_ARGUMENT', 'storage must be a Storage');
    if (!Array.isArray(transports) || transports.length === 0)
      throw new NexusError('INVALID_ARGUMENT', 'give at least one transport');
    this.#device = device;
    this.address = Object.freeze(deviceAddress(device.uuid, device.deviceId));
    for (const t of transports) {
      if (t?.address?.uuid !== this.address.uuid || t.address.deviceId !== this.address.deviceId)
        throw new NexusError('INVALID_ARGUMENT', 'every transport must be for this device');
    }
    this.#storage = storage;
    this.#transports = [...transports];
    this.#directory = options.directory;
    this.#clock = options.clock ?? systemClock;
    this.#random = options.random ?? systemRandom;
    this.#deliveryReceipts = options.deliveryReceipts ?? true;
    this.#refreshMs = nonNegative(
      options.deviceRefreshIntervalMs ?? 600_000,
      'deviceRefreshIntervalMs',
    );
    this.#preKeyBatch = bounded(
      options.oneTimePreKeys?.batch ?? 100,
      1,
      1000,
      'oneTimePreKeys.batch',
    );
    this.#preKeyMinimum = bounded(
      options.oneTimePreKeys?.minimum ?? 20,
      0,
      this.#preKeyBatch,
      'oneTimePreKeys.minimum',
    );
    // Smaller than the X25519 ones: each one-time KEM prekey is ~1.7 KB in the directory.
    this.#kemPreKeyBatch = bounded(
      options.kemOneTimePreKeys?.batch ?? 20,
      1,
      MAX_KEM_ONE_TIME_PREKEYS,
      'kemOneTimePreKeys.batch',
    );
    this.#kemPreKeyMinimum = bounded(
      options.kemOneTimePreKeys?.minimum ?? 5,
      0,
      this.#kemPreKeyBatch,
      'kemOneTimePreKeys.minimum',
    );
    this.#retryInitial = bounded(options.retry?.initialMs ?? 250, 1, 3_600_000, 'retry.initialMs');
    this.#retryMax = bounded(
      options.retry?.maxMs ?? 30_000,
      this.#retryInitial,
      3_600_000,
      'retry.maxMs',
    );
    this.#hub = new EventHub<ClientEvent>(() => {
      // A listener's exception is the app's: the client goes on.
    });
    this.contacts = new ContactsApi(this);
    this.groups = new GroupsApi(this);
  }

  /** This identity's UUID. */
  get uuid(): string {
    return this.#device.uuid;
  }

  /**
   * Start receiving and sending: done by {@link createClient} unless it was
   * given `start: false`. Starting twice does nothing.
   */
  async start(): Promise<void> {
    this.#live();
    if (this.#started) return;
    // Fail early on a storage that does not open (and stay startable).
    await this.#storage.read((tx) => tx.get('local', 'client'));
    if (this.#started) return;
    this.#started = true;
    for (const transport of this.#transports) {
      this.#unsubscribe.push(
        transport.onStateChange((state) => {
          this.#hub.emit({ type: 'connection', transport: transport.kind, state });
          if (state === 'connected') this.#kickSender();
        }),
      );
      this.#loops.push(this.#receiveLoop(transport));
    }
    // Hourly: prekeys (count and age), and the group messages waiting in the inbox (expiry).
    const hourly = () => {
      this.#replenishPreKeys();
      this.#inboxWork = this.#inboxWork.then(() => this.#retryInbox('').catch(() => {}));
      this.#inboxWork = this.#inboxWork.then(() =>
        this.sweepSessions().then(
          () => undefined,
          (error: unknown) => {
            // The storage failed: report it; the next hour tries again.
            if (!this.#closed && NexusError.is(error)) this.#hub.emit({ type: 'error', error });
          },
        ),
      );
    };
    hourly();
    const timer = setInterval(hourly, PREKEY_CHECK_MS);
    (timer as { unref?: () => void }).unref?.();
    this.#unsubscribe.push(() => clearInterval(timer));
    this.#kickSender();
  }

  // ---------------------------------------------------------------- events

  /**
   * Call `listener` for every event of `type` (`'*'` for all); returns the
   * function that stops it. A listener that throws does not disturb the client.
   */
  on<T extends ClientEventType | '*'>(
    type: T,
    listener: (event: T extends '*' ? ClientEvent : Extract<ClientEvent, { type: T }>) => void,
  ): () => void {
    return this.#hub.on(type, listener);
  }

  /**
   * Every event from now on, in order, as an async iterator; it ends when the
   * client closes. Events are buffered until read: read it, or stop it
   * (`break` or `return()`).
   *
   * @example
   * ```ts
   * for await (const event of client.events()) if (event.type === 'message') reply(event.message);
   * ```
   */
  events(): AsyncIterableIterator<ClientEvent> {
    return this.#hub.iterate();
  }

  // --------------------------------------------------------------- sending

  /**
   * Send a text message. It is stored (state `pending`) and queued for every
   * device of the recipients and this identity's other devices; the outbox
   * retries until the network accepts each.
   *
   * @throws NexusError `INVALID_ARGUMENT`, `NOT_FOUND` (unknown group),
   *   `NOT_PERMITTED` (a group this identity left), `NO_SESSION` (no device of
   *   the peer is reachable: add it with a card and a directory, or a bundle).
   */
  async sendText(conversation: ConversationId, text: string): Promise<Message> {
    if (typeof text !== 'string') throw new NexusError('INVALID_ARGUMENT', 'text must be a string');
    if (utf8Length(text) > WIRE_LIMITS.maxTextBytes)
      throw new NexusError('INVALID_ARGUMENT', `text is over ${WIRE_LIMITS.maxTextBytes} bytes`);
    return this.#sendContent(conversation, { case: 'text', value: { text } as never });
  }

  /**
   * Send an application-defined message: `type` names it (1 to 128 bytes,
   * e.g. `application/json`), `payload` is up to 64 KiB.
   *
   * @throws NexusError as {@link sendText}.
   */
  async sendStructured(
    conversation: ConversationId,
    type: string,
    payload: Uint8Array,
  ): Promise<Message> {
    if (typeof type !== 'string' || type.length === 0 || utf8Length(type) > 128)
      throw new NexusError('INVALID_ARGUMENT', 'type must be 1 to 128 bytes of text');
    if (!(payload instanceof Uint8Array) || payload.length > WIRE_LIMITS.maxStructuredPayload)
      throw new NexusError('INVALID_ARGUMENT', 'payload must be a Uint8Array of at most 64 KiB');
    return this.#sendContent(conversation, {
      case: 'structured',
      value: { type, payload: payload.slice() } as never,
    });
  }

  /**
   * Tell the conversation's other members that this user is (or stopped)
   * typing. Not stored; dropped if not sent within 10 s.
   */
  async setTyping(conversation: ConversationId, typing: boolean): Promise<void> {
    if (typeof typing !== 'boolean')
      throw new NexusError('INVALID_ARGUMENT', 'typing must be a boolean');
    const target = parseConversation(conversation);
    const body: Body = { case: 'typing', value: { typing } as never };
    if (target.kind === 'direct') {
      await this.#ensureSessions([target.peer]);
      await this.#write(async (t) => {
        const plaintext = this.#encode(body);
        const devices = await this.#sessionDevices(t, target.peer);
        for (const d of devices) await this.#queue1to1(t, d, plaintext, '', t.now + TYPING_TTL_MS);
      });
    } else {
      await this.#sendGroup(conversation, target.groupId, body, null, TYPING_TTL_MS);
    }
    this.#kickSender();
  }

  /**
   * Mark incoming messages as read (all of the conversation's, or those
   * named), set its unread count, and send read receipts to their senders.
   * Returns how many messages changed.
   */
  async markRead(conversation: ConversationId, messageIds?: readonly string[]): Promise<number> {
    parseConversation(conversation);
    if (messageIds !== undefined && (!Array.isArray(messageIds) || !messageIds.every(isHexId)))
      throw new NexusError('INVALID_ARGUMENT', 'message ids are 32 hex digits');
    const count = await this.#write(async (t) => {
      const conv = await this.#loadConversation(t.tx, conversation);
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
        const bytes = await t.tx.get('messages', key);
        if (bytes === null) continue;
        const record = messageRecordCodec.decode(bytes);
        if (record.outgoing || record.status === MessageStatus.READ) continue;
        record.status = MessageStatus.READ;
        await t.tx.put('messages', key, messageRecordCodec.encode(record));
        changed++;
        if (record.sender !== this.uuid) {
          const ids = bySender.get(record.sender) ?? [];
          ids.push(record.message!.id);
          bySender.set(record.sender, ids);
        }
      }
      const unread = messageIds === undefined ? 0 : Math.max(0, conv.unread - changed);
      if (conv.unread !== unread) {
        conv.unread = unread;
        await this.#storeConversation(t.tx, conv);
      }
      for (const [sender, ids] of bySender)
        for (let i = 0; i < ids.length; i += WIRE_LIMITS.maxReceiptIds)
          await this.#queueReceipt(
            t,
            sender,
            ReceiptType.READ,
            ids.slice(i, i + WIRE_LIMITS.maxReceiptIds),
          );
      return changed;
    });
    this.#kickSender();
    return count;
  }

  /**
   * Send this identity's newest self-signing certificate and revocation list
   * (after revoking a device with `issueRevocationList`, or rotating the
   * self-signing key) to every contact and to this identity's other devices.
   * They verify it, stop sending to and accepting from revoked devices, and
   * rotate their group sender keys. This device applies it first.
   *
   * @throws NexusError from verification (`BAD_SIGNATURE`, `STALE_REVOCATION_LIST`, ...).
   */
  async publishIdentityUpdate(update: {
    readonly revocationList?: Uint8Array;
    readonly selfSigningCertificate?: Uint8Array;
  }): Promise<void> {
    const ssk = update?.selfSigningCertificate;
    const list = update?.revocationList;
    if (
      (ssk !== undefined && !(ssk instanceof Uint8Array)) ||
      (list !== undefined && !(list instanceof Uint8Array)) ||
      (!ssk && !list)
    )
      throw new NexusError(
        'INVALID_ARGUMENT',
        'give a revocation list or a self-signing certificate',
      );
    const body: Body = {
      case: 'identityUpdate',
      value: {
        selfSigningCertificate: ssk ?? new Uint8Array(0),
        revocationList: list ?? new Uint8Array(0),
      } as never,
    };
    const contacts = await this.contacts.list();
    await this.#ensureSessions([this.uuid]);
    await this.#write(async (t) => {
      await this.#applyIdentityUpdate(
        t,
        this.uuid,
        ssk ?? this.#device.selfSigningCertificate,
        list,
      );
      const plaintext = this.#encode(body);
      for (const uuid of [this.uuid, ...contacts.map((c) => c.uuid)])
        for (const d of await this.#sessionDevices(t, uuid))
          await this.#queue1to1(t, d, plaintext, '', 0);
    });
    this.#kickSender();
  }

  // --------------------------------------------------------------- reading

  /** Every conversation, most recent activity first. */
  async conversations(): Promise<Conversation[]> {
    const entries = await this.#storage.read((tx) => listAll(tx, 'conversations'));
    return entries
      .map((e) => conversationView(e.key, conversationRecordCodec.decode(e.value)))
      .sort((a, b) => b.lastActivity - a.lastActivity || (a.id < b.id ? -1 : 1));
  }

  /** One conversation, or `null`. */
  async conversation(id: ConversationId): Promise<Conversation | null> {
    parseConversation(id);
    const record = await this.#storage.read((tx) => this.#loadConversation(tx, id));
    return record && conversationView(id, record);
  }

  /** A page of a conversation's history, newest first. */
  async messages(conversation: ConversationId, options: HistoryOptions = {}): Promise<Message[]> {
    parseConversation(conversation);
    const limit = bounded(options.limit ?? 50, 1, STORAGE_LIMITS.maxListLimit, 'limit');
    if (options.before !== undefined && !isHexId(options.before))
      throw new NexusError('INVALID_ARGUMENT', 'before is a message id (32 hex digits)');
    return this.#storage.read(async (tx) => {
      let before: string | undefined;
      if (options.before !== undefined) {
        before = (await textOf(await tx.get('local', `msg/${options.before}`))) ?? undefined;
        if (before === undefined) throw new NexusError('NOT_FOUND', 'no message with that id');
      }
      const entries = await tx.list('messages', {
        prefix: `${conversation}/`,
        reverse: true,
        limit,
        ...(before === undefined ? {} : { before }),
      });
      return entries.map((e) => messageView(messageRecordCodec.decode(e.value)));
    });
  }

  /** One message by id, or `null`. */
  async message(id: string): Promise<Message | null> {
    if (!isHexId(id)) throw new NexusError('INVALID_ARGUMENT', 'a message id is 32 hex digits');
    return this.#storage.read(async (tx) => {
      const key = await textOf(await tx.get('local', `msg/${id}`));
      const bytes = key === null ? null : await tx.get('messages', key);
      return bytes && messageView(messageRecordCodec.decode(bytes));
    });
  }

  /**
   * Search the local history (text messages): every word must match, a word
   * ending in `*` matches as a prefix. Newest or best first.
   */
  async search(query: string, options: { readonly limit?: number } = {}): Promise<Message[]> {
    return this.#storage.read(async (tx) => {
      const hits = await tx.search(query, options);
      const out: Message[] = [];
      for (const hit of hits) {
        const bytes = await tx.get('messages', hit.key);
        if (bytes) out.push(messageView(messageRecordCodec.decode(bytes)));
      }
      return out;
    });
  }

  /** How many envelopes wait in the outbox. */
  async pendingOutbox(): Promise<number> {
    return (await this.#storage.read((tx) => listAll(tx, 'outbox'))).length;
  }

  /**
   * Resolves when the outbox is empty (every queued envelope was accepted by
   * the network), or rejects with `TRANSPORT` after `timeoutMs` (default 30 s).
   */
  async flush(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if ((await this.pendingOutbox()) === 0) return;
      if (this.#closed) throw new NexusError('TRANSPORT', 'the client is closed');
      const left = deadline - Date.now();
      if (left <= 0) throw new NexusError('TRANSPORT', 'the outbox did not drain in time');
      this.#kickSender();
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.#idleWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /**
   * Stop: close the transports, finish what is in flight, end the event
   * iterators. The storage stays open (it is the app's). Closing twice does nothing.
   */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    for (const stop of this.#unsubscribe) stop();
    this.#senderWake?.();
    await Promise.allSettled(this.#transports.map((t) => t.close()));
    await Promise.allSettled([
      ...this.#loops,
      this.#sender,
      this.#replenishing,
      this.#inboxWork,
      ...this.#healing,
    ]);
    for (const wake of this.#idleWaiters.splice(0)) wake();
    this.#hub.close();
  }

  // ============================================================ internals

  #live(): void {
    if (this.#closed) throw new NexusError('INVALID_ARGUMENT', 'the client is closed');
  }

  /** Run `fn` in one write transaction, then emit its events. @internal */
  async #write<T>(fn: (t: Tx) => Promise<T>): Promise<T> {
    this.#live();
    let state!: Tx;
    const result = await this.#storage.write(async (tx) => {
      state = {
        tx,
        stores: transactionStores(tx),
        now: this.#clock.now(),
        events: [],
        preKeyUsed: false,
        senderKeysFrom: new Set(),
        groupChanged: false,
        queued: false,
      };
      return fn(state);
    });
    for (const event of state.events) this.#hub.emit(event);
    if (state.queued) this.#kickSender();
    if (state.preKeyUsed) this.#replenishPreKeys();
    // Follow-ups run after the caller's commit, one at a time, and never fail the caller.
    const prefixes = state.groupChanged ? [''] : [...state.senderKeysFrom].map((a) => `${a}/`);
    for (const prefix of prefixes)
      this.#inboxWork = this.#inboxWork.then(() =>
        this.#retryInbox(prefix).catch(() => {
          // The storage failed: the entries stay, retried on the next key or group change.
        }),
      );
    return result;
  }

  /** Internal entry points for the contacts and groups APIs. @internal */
  get internals() {
    return {
      write: <T>(fn: (t: Tx) => Promise<T>) => this.#write(fn),
      read: <T>(fn: (tx: StorageReader) => Promise<T>) => this.#storage.read(fn),
      device: this.#device,
      clock: this.#clock,
      random: this.#random,
      ensureSessions: (uuids: readonly string[], force?: boolean) =>
        this.#ensureSessions(uuids, force),
      addDevices: (t: Tx, uuid: string, ids: readonly string[]) => this.#addDevices(t, uuid, ids),
      loadContact: (tx: StorageReader, uuid: string) => this.#loadContact(tx, uuid),
      storeContact: (t: Tx, record: ContactRecord) => this.#storeContact(t, record),
      trusted: (tx: StorageReader, uuid: string) => this.#trusted(tx, uuid),
      dropRevoked: (t: Tx, uuid: string) => this.#dropRevoked(t, uuid),
      loadConversation: (tx: StorageReader, id: string) => this.#loadConversation(tx, id),
      storeConversation: (tx: StorageWriter, record: ConversationRecord) =>
        this.#storeConversation(tx, record),
      sendGroupUpdate: (
        t: Tx,
        groupId: Uint8Array,
        group: GroupUpdate,
        recipients: readonly string[],
      ) => this.#sendGroupUpdate(t, groupId, group, recipients),
      rotate: (t: Tx, conv: ConversationRecord) => this.#rotate(t, conv),
      kick: () => this.#kickSender(),
      newId: () => this.#random.randomBytes(16),
    };
  }

  #encode(body: Body, groupId?: Uint8Array, id?: Uint8Array, timestampMs?: number): Uint8Array {
    return encodeClientMessage({
      version: 1,
      id: id ?? this.#random.randomBytes(16),
      timestampMs: BigInt(timestampMs ?? this.#clock.now()),
      groupId: groupId ?? new Uint8Array(0),
      body,
    });
  }

  // ------------------------------------------------------------- sessions

  /**
   * Make sure there is a session with every known device of each identity,
   * asking the directory for bundles of devices without one (and for new
   * devices, at most once per refresh interval).
   */
  async #ensureSessions(uuids: readonly string[], force = false): Promise<void> {
    if (!this.#directory) return;
    const now = this.#clock.now();
    for (const uuid of new Set(uuids)) {
      const last = this.#lastRefresh.get(uuid);
      const { known, withSession } = await this.#storage.read(async (tx) => {
        const contact = await this.#loadContact(tx, uuid);
        const known = contact?.devices ?? [];
        const withSession: string[] = uuid === this.uuid ? [this.address.deviceId] : [];
        for (const deviceId of known)
          if (await sessionStored(tx, { uuid, deviceId })) withSession.push(deviceId);
        return { known, withSession };
      });
      const due = force || last === undefined || now - last >= this.#refreshMs;
      const missing = known.some((d) => !withSession.includes(d));
      if (!due && !missing) continue;
      let bundles: Uint8Array[];
      try {
        bundles = await this.#directory.fetchBundles(uuid, { exclude: withSession });
      } catch (err) {
        if (NexusError.is(err, 'TRANSPORT')) continue; // try again on the next send
        throw err;
      }
      this.#lastRefresh.set(uuid, now);
      if (bundles.length === 0) continue;
      await this.#write(async (t) => {
        const added: string[] = [];
        for (const bundle of bundles) {
          try {
            const address = await establishSession(this.#device, bundle, {
              stores: t.stores,
              expectedUuid: uuid,
              clock: this.#clock,
              random: this.#random,
            });
            added.push(address.deviceId);
          } catch (err) {
            // A bad, revoked or superseded bundle is skipped: the directory is not trusted.
            if (!NexusError.is(err)) throw err;
            t.events.push({ type: 'error', error: err });
          }
        }
        if (added.length > 0) await this.#addDevices(t, uuid, added);
      });
    }
  }

  /** Devices of `uuid` this device has a session with (not revoked, never this device). */
  async #sessionDevices(t: Tx, uuid: string): Promise<DeviceAddress[]> {
    const contact = await this.#loadContact(t.tx, uuid);
    const out: DeviceAddress[] = [];
    for (const deviceId of contact?.devices ?? []) {
      const address = { uuid, deviceId };
      if (uuid === this.uuid && deviceId === this.address.deviceId) continue;
      if (await sessionStored(t.tx, address)) out.push(address);
    }
    return out;
  }

  /** Record devices of `uuid` (creating the contact record, unless it is this identity's). */
  async #addDevices(t: Tx, uuid: string, ids: readonly string[]): Promise<void> {
    const record =
      (await this.#loadContact(t.tx, uuid)) ??
      create(ContactRecordSchema, { version: 1, uuid, addedAtMs: BigInt(t.now) });
    const held = (await this.#trusted(t.tx, uuid))?.revocationList;
    const revocation = held && held.length > 0 ? decodeRevocationList(held) : null;
    const devices = new Set(record.devices);
    for (const id of ids) {
      if (uuid === this.uuid && id === this.address.deviceId) continue;
      if (revocation && isRevoked(revocation, fromHex(id))) continue;
      // As many devices per identity as a contact card lists; more are ignored.
      if (devices.size >= WIRE_LIMITS.maxDevicesPerCard) break;
      devices.add(id);
    }
    if (devices.size === record.devices.length) return;
    record.devices = [...devices].sort();
    await this.#storeContact(t, record);
  }

  async #loadContact(tx: StorageReader, uuid: string): Promise<ContactRecord | null> {
    const bytes = await tx.get('contacts', uuid);
    return bytes && contactRecordCodec.decode(bytes);
  }

  async #storeContact(t: Tx, record: ContactRecord): Promise<void> {
    await t.tx.put('contacts', record.uuid, contactRecordCodec.encode(record));
    if (record.uuid !== this.uuid)
      t.events.push({ type: 'contact', contact: await contactView(t.tx, record) });
  }

  async #trusted(tx: StorageReader, uuid: string) {
    const bytes = await tx.get('identities', uuid);
    return bytes && decodeTrustedIdentityRecord(bytes);
  }

  async #loadConversation(tx: StorageReader, id: string): Promise<ConversationRecord | null> {
    const bytes = await tx.get('conversations', id);
    return bytes && conversationRecordCodec.decode(bytes);
  }

  async #storeConversation(tx: StorageWriter, record: ConversationRecord): Promise<void> {
    const id =
      record.kind === ConversationKind.DIRECT
        ? directConversation(record.peer)
        : groupConversation(record.groupId);
    await tx.put('conversations', id, conversationRecordCodec.encode(record));
  }

  // --------------------------------------------------------------- outbox

  /** Put one envelope in the outbox, after everything queued before it. */
  async #queueEnvelope(
    t: Tx,
    to: DeviceAddress,
    envelope: Uint8Array,
    messageKeyOf: string,
    expiresAt: number,
  ): Promise<void> {
    const current = await textOf(await t.tx.get('local', 'outbox-seq'));
    const seq = (current === null ? 0 : Number(current)) + 1;
    await t.tx.put('local', 'outbox-seq', new TextEncoder().encode(String(seq)));
    t.queued = true;
    await t.tx.put(
      'outbox',
      String(seq).padStart(16, '0'),
      outboxRecordCodec.encode({
        version: 1,
        toUuid: to.uuid,
        toDevice: to.deviceId,
        envelope,
        messageKey: messageKeyOf,
        expiresAtMs: BigInt(expiresAt),
      }),
    );
  }

  /** Encrypt `plaintext` for one device and queue it. Returns false when the device is revoked. */
  async #queue1to1(
    t: Tx,
    to: DeviceAddress,
    plaintext: Uint8Array,
    messageKeyOf: string,
    expiresAt: number,
  ): Promise<boolean> {
    let envelope: Uint8Array;
    try {
      envelope = await encryptMessage(this.#device, to, plaintext, {
        stores: t.stores,
        clock: this.#clock,
        random: this.#random,
      });
    } catch (err) {
      if (NexusError.is(err, 'REVOKED', 'NO_SESSION')) return false;
      throw err;
    }
    await this.#queueEnvelope(t, to, envelope, messageKeyOf, expiresAt);
    return true;
  }

  async #queueReceipt(t: Tx, to: string, type: ReceiptType, ids: Uint8Array[]): Promise<void> {
    const plaintext = this.#encode({ case: 'receipt', value: { type, messageIds: ids } as never });
    for (const d of await this.#sessionDevices(t, to))
      await this.#queue1to1(t, d, plaintext, '', 0);
  }

  async #sendContent(conversation: ConversationId, body: ContentBody): Promise<Message> {
    this.#live();
    const target = parseConversation(conversation);
    const id = this.#random.randomBytes(16);
    const timestamp = this.#clock.now();
    let message: Message;
    if (target.kind === 'direct') {
      if (target.peer === this.uuid || !isUuid(target.peer))
        throw new NexusError('INVALID_ARGUMENT', 'a direct conversation is with another identity');
      await this.#ensureSessions([target.peer, this.uuid]);
      message = await this.#write(async (t) => {
        const plaintext = this.#encode(body, undefined, id, timestamp);
        const key = messageKey(conversation, timestamp, id);
        let queued = 0;
        for (const d of await this.#sessionDevices(t, target.peer))
          if (await this.#queue1to1(t, d, plaintext, key, 0)) queued++;
        if (queued === 0)
          throw new NexusError(
            'NO_SESSION',
            'no device of this contact can be reached: add it with a contact card and a directory, or with a bundle',
          );
        const sync = this.#encode({
          case: 'sent',
          value: {
            destination: target.peer,
            message: { version: 1, id, timestampMs: BigInt(timestamp), body },
          } as never,
        });
        for (const d of await this.#sessionDevices(t, this.uuid))
          if (await this.#queue1to1(t, d, sync, key, 0)) queued++;
        const conv =
          (await this.#loadConversation(t.tx, conversation)) ??
          create(ConversationRecordSchema, {
            version: 1,
            kind: ConversationKind.DIRECT,
            peer: target.peer,
          });
        return this.#storeOutgoing(t, conv, key, id, timestamp, body, queued, new Uint8Array(0));
      });
    } else {
      message = await this.#sendGroup(conversation, target.groupId, body, { id, timestamp }, 0);
    }
    this.#kickSender();
    return message;
  }

  async #storeOutgoing(
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
      sender: this.uuid,
      senderDevice: this.address.deviceId,
      outgoing: true,
      receivedAtMs: BigInt(t.now),
      status: queued === 0 ? MessageStatus.SENT : MessageStatus.PENDING,
      unsent: queued,
    });
    await this.#putMessage(t, key, record);
    conv.lastActivityMs = BigInt(Math.max(Number(conv.lastActivityMs), timestamp));
    await this.#storeConversation(t.tx, conv);
    return messageView(record);
  }

  async #putMessage(t: Tx, key: string, record: MessageRecord): Promise<void> {
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
   * Send to a group: hand this device's sender key (1:1) to member devices
   * that lack it, then one sender-key envelope for every member device.
   */
  async #sendGroup(
    conversation: ConversationId,
    groupId: Uint8Array,
    body: Body,
    content: { id: Uint8Array; timestamp: number } | null,
    ttl: number,
  ): Promise<Message> {
    const members = await this.#storage.read(async (tx) => {
      const conv = await this.#loadConversation(tx, conversation);
      if (!conv) throw new NexusError('NOT_FOUND', 'no such group');
      if (conv.left) throw new NexusError('NOT_PERMITTED', 'this identity is not in the group');
      return conv.group!.members;
    });
    await this.#ensureSessions(members);
    return this.#write(async (t) => {
      const conv = await this.#loadConversation(t.tx, conversation);
      if (!conv || conv.left)
        throw new NexusError('NOT_PERMITTED', 'this identity is not in the group');
      const devices = await this.#groupDevices(t, conv);
      await this.#distribute(t, conv, devices);
      const id = content?.id ?? this.#random.randomBytes(16);
      const timestamp = content?.timestamp ?? t.now;
      const plaintext = this.#encode(body, groupId, id, timestamp);
      const envelope = await groupEncrypt(this.#device, groupId, plaintext, {
        stores: t.stores,
        clock: this.#clock,
        random: this.#random,
      });
      const key = content ? messageKey(conversation, timestamp, id) : '';
      for (const d of devices)
        await this.#queueEnvelope(t, d, envelope, key, ttl === 0 ? 0 : t.now + ttl);
      if (!content) {
        await this.#storeConversation(t.tx, conv);
        return undefined as never;
      }
      return this.#storeOutgoing(
        t,
        conv,
        key,
        id,
        timestamp,
        body as ContentBody,
        devices.length,
        groupId,
      );
    });
  }

  /** Every device of every member of the group, except this one. */
  async #groupDevices(t: Tx, conv: ConversationRecord): Promise<DeviceAddress[]> {
    const out: DeviceAddress[] = [];
    for (const member of conv.group!.members) out.push(...(await this.#sessionDevices(t, member)));
    return out;
  }

  /** Send this device's current sender key to the group devices that do not hold it. */
  async #distribute(
    t: Tx,
    conv: ConversationRecord,
    devices: readonly DeviceAddress[],
  ): Promise<void> {
    const held = new Set(conv.distributedTo);
    const missing = devices.filter((d) => !held.has(deviceKey(d)));
    if (missing.length === 0) return;
    const distribution = await createSenderKeyDistribution(this.#device, conv.groupId, {
      stores: t.stores,
      clock: this.#clock,
      random: this.#random,
    });
    const plaintext = this.#encode(
      { case: 'senderKey', value: { distribution } as never },
      conv.groupId,
    );
    for (const d of missing)
      if (await this.#queue1to1(t, d, plaintext, '', 0)) held.add(deviceKey(d));
    conv.distributedTo = [...held].sort();
  }

  /** Start a new sender key chain for the group: devices that left cannot read what follows. */
  async #rotate(t: Tx, conv: ConversationRecord): Promise<void> {
    if (conv.distributedTo.length === 0) return; // never sent: nothing to rotate
    await rotateSenderKey(this.#device, conv.groupId, {
      stores: t.stores,
      clock: this.#clock,
      random: this.#random,
    });
    conv.distributedTo = [];
  }

  async #sendGroupUpdate(
    t: Tx,
    groupId: Uint8Array,
    group: GroupUpdate,
    recipients: readonly string[],
  ): Promise<void> {
    const plaintext = this.#encode({ case: 'groupUpdate', value: group }, groupId);
    for (const uuid of new Set(recipients))
      for (const d of await this.#sessionDevices(t, uuid))
        await this.#queue1to1(t, d, plaintext, '', 0);
  }

  #kickSender(): void {
    if (this.#closed || !this.#started) return;
    this.#senderKicked = true;
    this.#senderWake?.();
    if (this.#sender === null)
      this.#sender = this.#senderLoop().finally(() => {
        this.#sender = null;
      });
  }

  /** Hand the outbox to the transports, oldest first, keeping each device's order. */
  async #senderLoop(): Promise<void> {
    let delay = this.#retryInitial;
    while (!this.#closed) {
      this.#senderKicked = false;
      let outcome: { empty: boolean; progress: boolean };
      try {
        outcome = await this.#senderPass();
      } catch {
        outcome = { empty: false, progress: false }; // the storage failed: try again later
      }
      for (const wake of this.#idleWaiters.splice(0)) wake();
      if (outcome.empty) {
        if (!this.#senderKicked) return;
        continue;
      }
      if (outcome.progress) {
        delay = this.#retryInitial;
        continue;
      }
      if (this.#closed) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        this.#senderWake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.#senderWake = null;
      delay = Math.min(delay * 2, this.#retryMax);
    }
  }

  /**
   * One pass over the whole outbox, a page at a time: an unreachable device
   * holds back only its own entries (keeping their order), never the others'.
   */
  async #senderPass(): Promise<{ empty: boolean; progress: boolean }> {
    const blocked = new Set<string>();
    let after: string | undefined;
    let seen = 0;
    let progress = false;
    while (!this.#closed) {
      const cursor = after;
      const entries = await this.#storage.read((tx) =>
        tx.list('outbox', {
          limit: OUTBOX_BATCH,
          ...(cursor === undefined ? {} : { after: cursor }),
        }),
      );
      if (entries.length === 0) break;
      seen += entries.length;
      after = entries[entries.length - 1]!.key;
      const done: { key: string; messageKey: string }[] = [];
      for (const entry of entries) {
        if (this.#closed) break;
        const record = outboxRecordCodec.decode(entry.value);
        const to = { uuid: record.toUuid, deviceId: record.toDevice };
        const target = deviceKey(to);
        if (blocked.has(target)) continue;
        if (record.expiresAtMs !== 0n && BigInt(this.#clock.now()) > record.expiresAtMs) {
          done.push({ key: entry.key, messageKey: '' });
          continue;
        }
        if (await this.#transmit(to, record.envelope))
          done.push({ key: entry.key, messageKey: record.messageKey });
        else blocked.add(target);
      }
      // If this commit fails, the entries stay and go again later (the receiver drops duplicates).
      if (done.length > 0) {
        await this.#write((t) => this.#sent(t, done));
        progress = true;
      }
      if (entries.length < OUTBOX_BATCH) break;
    }
    return { empty: seen === 0, progress };
  }

  /** Offer an envelope to each transport in turn; true once one accepted it. */
  async #transmit(to: DeviceAddress, envelope: Uint8Array): Promise<boolean> {
    for (const transport of this.#transports) {
      if (transport.state !== 'connected') continue;
      try {
        await transport.send(to, envelope);
        return true;
      } catch (err) {
        if (!NexusError.is(err, 'TRANSPORT', 'INVALID_ARGUMENT')) throw err;
      }
    }
    return false;
  }

  /** Remove sent entries, and move their messages to `sent` when no envelope is left. */
  async #sent(t: Tx, done: readonly { key: string; messageKey: string }[]): Promise<void> {
    const counts = new Map<string, number>();
    for (const d of done) {
      await t.tx.delete('outbox', d.key);
      if (d.messageKey) counts.set(d.messageKey, (counts.get(d.messageKey) ?? 0) + 1);
    }
    for (const [key, n] of counts) {
      const bytes = await t.tx.get('messages', key);
      if (bytes === null) continue;
      const record = messageRecordCodec.decode(bytes);
      record.unsent = Math.max(0, record.unsent - n);
      if (record.unsent === 0 && record.status === MessageStatus.PENDING) {
        record.status = MessageStatus.SENT;
        t.events.push({ type: 'status', message: messageView(record) });
      }
      await t.tx.put('messages', key, messageRecordCodec.encode(record));
    }
  }

  // --------------------------------------------------------------- inbound

  async #receiveLoop(transport: Transport): Promise<void> {
    let delay = this.#retryInitial;
    while (!this.#closed) {
      try {
        if (transport.state !== 'connected') await transport.connect();
        for await (const inbound of transport.receive()) {
          await this.#handle(inbound);
          await transport.acknowledge(inbound.id);
          delay = this.#retryInitial;
          if (this.#closed) break;
        }
        if (transport.state === 'closed') return;
      } catch (err) {
        if (this.#closed || transport.state === 'closed') return;
        void err; // not connected, or the storage failed: the envelope comes again
      }
      await sleep(delay);
      delay = Math.min(delay * 2, this.#retryMax);
    }
  }

  /**
   * Process one envelope in one transaction. Returns normally when the
   * envelope is done with (processed, a duplicate, or dropped as bad); throws
   * `STORAGE` when it must come again.
   */
  async #handle(inbound: InboundEnvelope): Promise<void> {
    try {
      await this.#write((t) => this.#receive(t, inbound.envelope, null));
    } catch (caught) {
      let err = caught;
      // Closing: nothing is dropped or acknowledged; the envelope comes again next time.
      if (this.#closed) throw err;
      if (err instanceof Deferred) {
        // Nothing of it was committed: keep the envelope itself until its sender is a member.
        try {
          const env = envelopeCodec.decode(inbound.envelope);
          await this.#write((t) => this.#putAside(t, inbound.envelope, env, null));
          return;
        } catch (failure) {
          if (this.#closed) throw failure;
          err = failure; // the inbox is full: dropped below, with an error event
        }
      }
      if (!NexusError.is(err) || NexusError.is(err, 'STORAGE')) throw err;
      if (NexusError.is(err, 'DUPLICATE_MESSAGE')) return;
      if (NexusError.is(err, 'UNSUPPORTED_VERSION')) {
        const refused = refusedVersionOf(inbound.envelope);
        this.#hub.emit({
          type: 'error',
          error: err,
          ...(refused.sender ? { sender: refused.sender } : {}),
        });
        if (refused.sender) this.#startVersionNotice(refused.sender, refused.version);
        return;
      }
      const { sender } = senderOf(inbound.envelope);
      if (NexusError.is(err, 'ROLLBACK_DETECTED') && sender)
        this.#hub.emit({
          type: 'sessionRollback',
          sender,
          group: !isOneToOne(inbound.envelope),
        });
      else this.#hub.emit({ type: 'error', error: err, ...(sender ? { sender } : {}) });
      if (sender && sessionCannotContinue(err, inbound.envelope)) this.#startHeal(sender);
    }
  }

  /**
   * Housekeeping of every session (hourly while started, or on demand):
   * skipped message keys past their lifetime are deleted in archived states
   * too, and entries a crash left behind (spec/ratchet.md §5, §7).
   *
   * @returns how many stored entries were deleted.
   * @throws NexusError `STORAGE`.
   */
  async sweepSessions(): Promise<number> {
    this.#live();
    // Record keys are `uuid/deviceId`; their entries have a third part.
    const records = await this.#storage.read(async (tx) =>
      (await listAll(tx, 'sessions'))
        .map((e) => e.key.split('/'))
        .filter((parts) => parts.length === 2),
    );
    let deleted = 0;
    for (const [uuid, deviceId] of records) {
      if (this.#closed) break;
      deleted += await this.#write((t) =>
        sweepSession(
          { uuid: uuid!, deviceId: deviceId! },
          { stores: t.stores, clock: this.#clock },
        ),
      );
    }
    return deleted;
  }

  /**
   * Tell a device that sent a session message of a newer version which
   * version this one reads (spec/client.md §1, spec/ratchet.md §11), over the
   * session the two have; none is started for it. At most once per device
   * per hour (the sender is not authenticated here).
   */
  #startVersionNotice(sender: DeviceAddress, refusedVersion: number): void {
    const key = deviceKey(sender);
    const now = this.#clock.now();
    const last = this.#noticeAttempts.get(key);
    if (last !== undefined && now - last < VERSION_NOTICE_INTERVAL_MS) return;
    this.#noticeAttempts.delete(key);
    this.#noticeAttempts.set(key, now);
    if (this.#noticeAttempts.size > MAX_HEAL_ATTEMPTS)
      this.#noticeAttempts.delete(this.#noticeAttempts.keys().next().value!);
    const work = this.#write(async (t) => {
      if (!(await sessionStored(t.tx, sender))) return;
      await this.#queue1to1(
        t,
        sender,
        this.#encode({
          case: 'versionNotice',
          value: { supportedVersion: SESSION_MESSAGE_VERSION, refusedVersion } as never,
        }),
        '',
        0,
      );
    }).catch((error: unknown) => {
      if (!this.#closed && NexusError.is(error)) this.#hub.emit({ type: 'error', error, sender });
    });
    this.#healing.add(work);
    void work.finally(() => this.#healing.delete(work));
  }

  /** Heal in the background: receiving goes on meanwhile. At most once per device per interval. */
  #startHeal(sender: DeviceAddress): void {
    const key = deviceKey(sender);
    const now = this.#clock.now();
    const last = this.#healAttempts.get(key);
    if (last !== undefined && now - last < HEAL_INTERVAL_MS) return;
    this.#healAttempts.delete(key);
    this.#healAttempts.set(key, now);
    // The sender is not authenticated: remember a bounded number of attempts.
    if (this.#healAttempts.size > MAX_HEAL_ATTEMPTS)
      this.#healAttempts.delete(this.#healAttempts.keys().next().value!);
    const work = this.#heal(sender).catch(() => {
      // The directory is unreachable or the bundle is bad: the next failure tries again.
    });
    this.#healing.add(work);
    void work.finally(() => this.#healing.delete(work));
  }

  /**
   * A 1:1 message from `sender` did not decrypt: the session is lost on one
   * side (a restored backup, wiped storage). Start a new session with that
   * device from a fresh bundle and send it an empty message, so its next
   * messages use the new session. At most once per device per
   * `SESSION_LIMITS.resetRequestIntervalMs` (the sender is not authenticated here).
   */
  async #heal(sender: DeviceAddress): Promise<void> {
    const directory = this.#directory;
    if (!directory || this.#closed) return;
    const ctx = { clock: this.#clock, random: this.#random };
    const others = await this.#storage.read(async (tx) =>
      ((await this.#loadContact(tx, sender.uuid))?.devices ?? []).filter(
        (d) => d !== sender.deviceId,
      ),
    );
    const bundles = await directory.fetchBundles(sender.uuid, { exclude: others });
    // Only a device the directory certifies for that identity: a forged sender changes nothing.
    const bundle = bundles.find((b) => bundleDeviceId(b) === sender.deviceId);
    if (!bundle) return;
    await this.#write(async (t) => {
      // The reset marker and the new session commit together, or neither does.
      if (!(await shouldResetSession(sender, { stores: t.stores, ...ctx }))) return;
      const address = await establishSession(this.#device, bundle, {
        stores: t.stores,
        expectedUuid: sender.uuid,
        ...ctx,
      });
      await this.#queue1to1(
        t,
        address,
        this.#encode({ case: 'typing', value: { typing: false } as never }),
        '',
        0,
      );
    });
  }

  /**
   * Retry the group messages put aside (keys starting with `prefix`): they
   * waited for their sender's key, or for the group update that made their
   * sender a member. Those that waited longer than a week are dropped.
   */
  async #retryInbox(prefix: string): Promise<void> {
    const waiting = await this.#storage.read((tx) =>
      tx.list('inbox', prefix === '' ? {} : { prefix }),
    );
    for (const entry of waiting) {
      if (this.#closed) return;
      const { envelope, receivedAtMs } = inboxRecordCodec.decode(entry.value);
      if (this.#clock.now() - Number(receivedAtMs) > INBOX_TTL_MS) {
        await this.#storage.write((tx) => tx.delete('inbox', entry.key));
        this.#hub.emit({
          type: 'error',
          error: new NexusError(
            'NO_SESSION',
            'a group message waited a week for its sender’s key or membership',
          ),
          ...senderOf(envelope),
        });
        continue;
      }
      try {
        await this.#write(async (t) => {
          await t.tx.delete('inbox', entry.key);
          await this.#receive(t, envelope, entry.key);
        });
      } catch (err) {
        if (this.#closed) return; // nothing is dropped while closing
        if (err instanceof Deferred) continue; // still waiting: the entry stays
        if (!NexusError.is(err) || NexusError.is(err, 'STORAGE')) throw err;
        await this.#storage.write((tx) => tx.delete('inbox', entry.key));
        if (!NexusError.is(err, 'DUPLICATE_MESSAGE'))
          this.#hub.emit({ type: 'error', error: err, ...senderOf(envelope) });
      }
    }
  }

  async #receive(t: Tx, bytes: Uint8Array, inboxKey: string | null): Promise<void> {
    const env = envelopeCodec.decode(bytes);
    const ctx = { stores: t.stores, clock: this.#clock, random: this.#random };
    let sender: DeviceAddress;
    let plaintext: Uint8Array;
    let viaGroup: string | null = null;
    // The 1:1 message that carried this one: it vouches for a sender key distribution.
    let carrier: DecryptedMessage | null = null;
    if (env.type === EnvelopeType.SENDER_KEY_MESSAGE) {
      try {
        await this.#refuseRevoked(t, envelopeSender(env));
        const decrypted = await groupDecrypt(bytes, ctx);
        sender = decrypted.sender;
        plaintext = decrypted.plaintext;
        viaGroup = decrypted.distributionId;
      } catch (err) {
        if (!NexusError.is(err, 'NO_SESSION')) throw err;
        await this.#putAside(t, bytes, env, inboxKey);
        return;
      }
    } else {
      const decrypted = await decryptMessage(this.#device, bytes, ctx);
      carrier = decrypted;
      sender = decrypted.sender;
      plaintext = decrypted.plaintext;
      if (decrypted.newSession) t.preKeyUsed = true;
    }
    await this.#addDevices(t, sender.uuid, [sender.deviceId]);
    const message = decodeClientMessage(plaintext);
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
        return this.#receiveContent(t, sender, message);
      case 'typing':
        return this.#receiveTyping(t, sender, message, body.value.typing);
      case 'receipt':
        return this.#receiveReceipt(t, sender, body.value.type, body.value.messageIds);
      case 'groupUpdate':
        return this.#receiveGroupUpdate(t, sender, message.groupId, body.value);
      case 'senderKey':
        // Control messages come only 1:1 (checked above), so the carrier is set.
        await processSenderKeyDistribution(carrier!, body.value.distribution, ctx);
        t.senderKeysFrom.add(deviceKey(sender));
        return;
      case 'sent':
        if (sender.uuid !== this.uuid)
          throw new NexusError('NOT_PERMITTED', 'only this identity’s devices send sync messages');
        return this.#receiveSync(t, sender, body.value.destination, body.value.message!);
      case 'versionNotice':
        t.events.push({
          type: 'peerVersion',
          sender,
          supportedVersion: body.value.supportedVersion,
          refusedVersion: body.value.refusedVersion,
        });
        return;
      case 'identityUpdate':
        return this.#applyIdentityUpdate(
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

  /** Keep a group message (`bytes`, decoded as `env`) until its sender key or membership arrives. */
  async #putAside(t: Tx, bytes: Uint8Array, env: Envelope, inboxKey: string | null): Promise<void> {
    const sender = deviceKey(envelopeSender(env));
    const key =
      inboxKey ??
      `${sender}/${String(env.timestampMs).padStart(16, '0')}/${toHex(crypto().sha256(bytes).slice(0, 8))}`;
    if (inboxKey === null) {
      const held = await t.tx.list('inbox', { prefix: `${sender}/`, limit: MAX_INBOX_PER_SENDER });
      if (held.length >= MAX_INBOX_PER_SENDER)
        throw new NexusError('NO_SESSION', 'too many group messages wait for this sender’s key');
      // The sending device of a waiting message is not authenticated yet: a cap for all of them.
      if ((await t.tx.list('inbox', { limit: MAX_INBOX })).length >= MAX_INBOX)
        throw new NexusError('NO_SESSION', 'too many group messages wait for sender keys');
    }
    await t.tx.put(
      'inbox',
      key,
      inboxRecordCodec.encode({ version: 1, envelope: bytes, receivedAtMs: BigInt(t.now) }),
    );
  }

  /** The conversation a message from `sender` belongs to, checked against the group's members. */
  async #conversationFor(
    t: Tx,
    sender: DeviceAddress,
    message: ClientMessage,
    peer: string,
  ): Promise<{ id: ConversationId; record: ConversationRecord }> {
    if (message.groupId.length === 0) {
      const id = directConversation(peer);
      const record =
        (await this.#loadConversation(t.tx, id)) ??
        create(ConversationRecordSchema, { version: 1, kind: ConversationKind.DIRECT, peer });
      return { id, record };
    }
    const id = groupConversation(message.groupId);
    const record = await this.#loadConversation(t.tx, id);
    if (record?.left)
      throw new NexusError('NOT_PERMITTED', 'a message of a group this identity left');
    if (!record || !record.group!.members.includes(sender.uuid)) {
      // The update that adds the sender (or the group) may still be on its way
      // from an admin: keep the message for then (spec/client.md §3).
      if (message.body.case === 'text' || message.body.case === 'structured') throw new Deferred();
      throw new NexusError('NOT_PERMITTED', 'a group message from outside the group');
    }
    return { id, record };
  }

  async #receiveContent(t: Tx, sender: DeviceAddress, message: ClientMessage): Promise<void> {
    const outgoing = sender.uuid === this.uuid;
    if (outgoing && message.groupId.length === 0)
      throw new NexusError('NOT_PERMITTED', 'own 1:1 messages come as sync messages');
    const { id, record: conv } = await this.#conversationFor(t, sender, message, sender.uuid);
    if (await this.#alreadyStored(t, message.id, sender.uuid, id)) return;
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
    });
    await this.#putMessage(t, key, record);
    conv.lastActivityMs = BigInt(Math.max(Number(conv.lastActivityMs), timestamp));
    if (!outgoing) conv.unread += 1;
    await this.#storeConversation(t.tx, conv);
    if (!outgoing && this.#deliveryReceipts)
      await this.#queueReceipt(t, sender.uuid, ReceiptType.DELIVERED, [message.id]);
    t.events.push({ type: 'message', message: messageView(record) });
  }

  /**
   * Whether this message (same id, sender and conversation) is stored. Ids are
   * chosen by senders: another sender's message with the same id is stored too.
   */
  async #alreadyStored(
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

  async #receiveSync(
    t: Tx,
    sender: DeviceAddress,
    destination: string,
    inner: ClientMessage,
  ): Promise<void> {
    const id = directConversation(destination);
    if (await this.#alreadyStored(t, inner.id, this.uuid, id)) return;
    const conv =
      (await this.#loadConversation(t.tx, id)) ??
      create(ConversationRecordSchema, {
        version: 1,
        kind: ConversationKind.DIRECT,
        peer: destination,
      });
    const timestamp = Math.min(Number(inner.timestampMs), t.now);
    const key = messageKey(id, timestamp, inner.id);
    const record = create(MessageRecordSchema, {
      version: 1,
      conversation: id,
      message: inner,
      sender: this.uuid,
      senderDevice: sender.deviceId,
      outgoing: true,
      receivedAtMs: BigInt(t.now),
      status: MessageStatus.SENT,
    });
    await this.#putMessage(t, key, record);
    conv.lastActivityMs = BigInt(Math.max(Number(conv.lastActivityMs), timestamp));
    await this.#storeConversation(t.tx, conv);
    t.events.push({ type: 'message', message: messageView(record) });
  }

  async #receiveTyping(
    t: Tx,
    sender: DeviceAddress,
    message: ClientMessage,
    typing: boolean,
  ): Promise<void> {
    if (sender.uuid === this.uuid) return;
    const { id } = await this.#conversationFor(t, sender, message, sender.uuid);
    t.events.push({ type: 'typing', conversation: id, sender: sender.uuid, typing });
  }

  async #receiveReceipt(
    t: Tx,
    sender: DeviceAddress,
    type: ReceiptType,
    ids: Uint8Array[],
  ): Promise<void> {
    if (sender.uuid === this.uuid) return; // read on another own device: nothing to show here
    for (const id of ids) {
      const key = await textOf(await t.tx.get('local', `msg/${toHex(id)}`));
      const bytes = key === null ? null : await t.tx.get('messages', key);
      if (bytes === null) continue;
      const record = messageRecordCodec.decode(bytes);
      if (!record.outgoing) continue;
      // Only a participant of the message's conversation may confirm it.
      const target = parseConversation(record.conversation);
      if (
        target.kind === 'direct'
          ? target.peer !== sender.uuid
          : !(await this.#isMember(t, record.conversation, sender.uuid))
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
      await t.tx.put('messages', key!, messageRecordCodec.encode(record));
      t.events.push({ type: 'status', message: messageView(record) });
    }
  }

  async #isMember(t: Tx, conversation: string, uuid: string): Promise<boolean> {
    const conv = await this.#loadConversation(t.tx, conversation);
    return conv?.group?.members.includes(uuid) ?? false;
  }

  async #receiveGroupUpdate(
    t: Tx,
    sender: DeviceAddress,
    groupId: Uint8Array,
    update: GroupUpdate,
  ): Promise<void> {
    const id = groupConversation(groupId);
    const held = await this.#loadConversation(t.tx, id);
    if (held === null) {
      // A new group, or this identity was added: the sender must be one of its admins.
      if (!update.admins.includes(sender.uuid))
        throw new NexusError('NOT_PERMITTED', 'a group update from someone who is not its admin');
      if (!update.members.includes(this.uuid)) return; // about a group we are not in
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
    const conv =
      held ??
      create(ConversationRecordSchema, {
        version: 1,
        kind: ConversationKind.GROUP,
        groupId,
        lastActivityMs: BigInt(t.now),
      });
    const before = held?.group?.members ?? [];
    conv.group = create(GroupUpdateSchema, update);
    conv.left = !update.members.includes(this.uuid);
    if (!conv.left && before.some((m) => !update.members.includes(m))) await this.#rotate(t, conv);
    // Devices of members who left no longer get our key.
    conv.distributedTo = conv.distributedTo.filter((d) =>
      update.members.includes(d.split('/')[0]!),
    );
    await this.#storeConversation(t.tx, conv);
    t.groupChanged = true;
    t.events.push({ type: 'group', conversation: id, group: groupView(conv), by: sender.uuid });
  }

  /** Trust a newer SSK certificate or revocation list of `uuid`, and drop what it revokes. */
  async #applyIdentityUpdate(
    t: Tx,
    uuid: string,
    selfSigningCertificate: Uint8Array | undefined,
    revocationList: Uint8Array | undefined,
  ): Promise<void> {
    await updateTrustedIdentity(
      uuid,
      {
        ...(selfSigningCertificate ? { selfSigningCertificate } : {}),
        ...(revocationList ? { revocationList } : {}),
      },
      { stores: t.stores, clock: this.#clock },
    );
    await this.#dropRevoked(t, uuid);
  }

  /**
   * Apply the trusted revocation list of `uuid`: its revoked devices leave the
   * contact, their sessions and sender keys are deleted, and every group
   * where one held this device's sender key gets a new chain.
   */
  async #dropRevoked(t: Tx, uuid: string): Promise<void> {
    const list = (await this.#trusted(t.tx, uuid))?.revocationList;
    if (!list || list.length === 0) return;
    const decoded = decodeRevocationList(list);
    const revoked = (deviceId: string) => isRevoked(decoded, fromHex(deviceId));
    const contact = await this.#loadContact(t.tx, uuid);
    if (contact && contact.devices.some(revoked)) {
      contact.devices = contact.devices.filter((d) => !revoked(d));
      await this.#storeContact(t, contact);
    }
    for (const table of ['sessions', 'sender-keys'] as const)
      for (const entry of await listAll(t.tx, table, `${uuid}/`))
        if (revoked(entry.key.split('/')[1]!)) await t.tx.delete(table, entry.key);
    const revokedHere = (d: string) => d.startsWith(`${uuid}/`) && revoked(d.split('/')[1]!);
    for (const entry of await listAll(t.tx, 'conversations', 'group:')) {
      const conv = conversationRecordCodec.decode(entry.value);
      if (conv.left || !conv.distributedTo.some(revokedHere)) continue;
      await this.#rotate(t, conv);
      await this.#storeConversation(t.tx, conv);
    }
  }

  /** Refuse a message from a device on its identity's trusted revocation list. */
  async #refuseRevoked(t: Tx, sender: DeviceAddress): Promise<void> {
    const list = (await this.#trusted(t.tx, sender.uuid))?.revocationList;
    if (list && list.length > 0 && isRevoked(decodeRevocationList(list), fromHex(sender.deviceId)))
      throw new NexusError('REVOKED', 'the device has been revoked');
  }

  // ----------------------------------------------------------------- prekeys

  #replenishPreKeys(): void {
    if (!this.#directory || this.#closed) return;
    if (this.#replenishing) {
      this.#replenishAgain = true; // sessions started meanwhile: check again after this one
      return;
    }
    this.#replenishAgain = false;
    this.#replenishing = this.#publishPreKeys()
      .catch(() => {
        // The directory is unreachable: the next new session or the hourly check tries again.
      })
      .finally(() => {
        this.#replenishing = null;
        if (this.#replenishAgain) this.#replenishPreKeys();
      });
  }

  /**
   * Keep the directory's prekeys and the private ones on their schedule
   * (spec/pqxdh.md §Prekey lifecycle): publish one-time X25519 and KEM
   * prekeys of a kind when fewer than its minimum are left, replace the
   * signed and last-resort KEM prekeys together when a week old, and delete
   * private prekeys whose grace period is over. The private parts are
   * committed, with the batch marked pending, before anything is published.
   */
  async #publishPreKeys(): Promise<void> {
    const directory = this.#directory!;
    const now = this.#clock.now();
    const state = await this.#storage.read(async (tx) => {
      const signed = signedPreKeyOf(await tx.get('local', 'signed-prekey'));
      const kem = signedPreKeyOf(await tx.get('local', 'kem-prekey'));
      return {
        published: (await tx.get('local', 'prekeys-published')) !== null,
        signed,
        kem,
        pending: await textOf(tx.get('local', 'prekeys-pending')),
        index: await loadPreKeyIndex(tx, now),
      };
    });
    // Deleting what is past its time needs no directory (forward secrecy does not wait for one).
    const current = { signed: state.signed?.id ?? null, kem: state.kem?.id ?? null };
    if (sweepDue(state.index, current, now))
      await this.#write(async (t) => {
        const index = await loadPreKeyIndex(t.tx, t.now);
        await sweepPreKeys(index, t.stores.preKeys, current, t.now);
        await storePreKeyIndex(t.tx, index);
      });
    const rotate =
      state.signed === null ||
      state.kem === null ||
      now - Math.min(state.signed.createdAt, state.kem.createdAt) >= SIGNED_PREKEY_ROTATION_MS;
    // A batch made but not (known to be) published: publish the same keys, make no new ones
    // (unless its signed prekey is due for replacement: then it goes out with the new one).
    if (state.pending !== null && !rotate) return this.#publishPending(parsePending(state.pending));
    const left = await directory.preKeyCounts(this.address);
    const lowX = !state.published || left.oneTime < this.#preKeyMinimum;
    const lowKem = !state.published || left.kemOneTime < this.#kemPreKeyMinimum;
    if (!rotate && !lowX && !lowKem) return;
    const ctx = { clock: this.#clock, random: this.#random };
    const pending = await this.#write(async (t) => {
      const index = await loadPreKeyIndex(t.tx, t.now);
      const before = parsePendingOrNull(await textOf(t.tx.get('local', 'prekeys-pending')));
      let signed = signedPreKeyOf(await t.tx.get('local', 'signed-prekey'));
      let kem = signedPreKeyOf(await t.tx.get('local', 'kem-prekey'));
      // New one-time keys of a kind that runs low, up to the batch and within what a
      // directory holds; none while an unpublished batch is waiting (it goes out now,
      // and the next check tops up).
      const topUp = (low: boolean, batch: number, held: number, max: number) =>
        before !== null || !low
          ? 0
          : Math.max(0, Math.min(batch - (state.published ? held : 0), max - held));
      const next = Number((await textOf(t.tx.get('local', 'one-time-prekey-next'))) ?? '1');
      const count = topUp(lowX, this.#preKeyBatch, left.oneTime, MAX_ONE_TIME_PREKEYS);
      await createOneTimePreKeys(t.stores.preKeys, next, count, ctx);
      await t.tx.put(
        'local',
        'one-time-prekey-next',
        new TextEncoder().encode(String(next + count)),
      );
      // One-time KEM keys first, so that they follow a waiting batch's ids without a gap.
      const kemFirst = index.kemNext;
      const kemCount = topUp(
        lowKem,
        this.#kemPreKeyBatch,
        left.kemOneTime,
        MAX_KEM_ONE_TIME_PREKEYS,
      );
      for (let i = 0; i < kemCount; i++) {
        await createKemPreKey(this.#device, t.stores.preKeys, kemFirst + i, ctx);
        index.kemOneTime.push({ id: kemFirst + i, createdAt: t.now });
      }
      index.kemNext = kemFirst + kemCount;
      if (
        signed === null ||
        kem === null ||
        t.now - Math.min(signed.createdAt, kem.createdAt) >= SIGNED_PREKEY_ROTATION_MS
      ) {
        // Both replaced together; the old ones stay for PreKeyMessages still on their way
        // until LIMITS.retiredPreKeyGraceMs has passed (then the sweep deletes them).
        const signedId = signed === null ? 1 : nextPreKeyId(signed.id);
        const kemId = index.kemNext;
        index.kemNext = nextPreKeyId(kemId);
        const spk = await createSignedPreKey(this.#device, t.stores.preKeys, signedId, ctx);
        const lastResort = await createKemPreKey(this.#device, t.stores.preKeys, kemId, {
          ...ctx,
          lastResort: true,
        });
        await t.tx.put('local', 'signed-prekey', spk);
        await t.tx.put('local', 'kem-prekey', lastResort);
        if (signed !== null)
          index.retired.push({ kind: 'signed', id: signed.id, retiredAt: t.now });
        if (kem !== null) index.retired.push({ kind: 'kem', id: kem.id, retiredAt: t.now });
        signed = { id: signedId, createdAt: t.now };
        kem = { id: kemId, createdAt: t.now };
      }
      await sweepPreKeys(index, t.stores.preKeys, { signed: signed.id, kem: kem.id }, t.now);
      await storePreKeyIndex(t.tx, index);
      const batch: PendingBatch = {
        first: before?.first ?? next,
        count: (before?.count ?? 0) + count,
        kemFirst: before?.kemFirst ?? kemFirst,
        kemCount: (before?.kemCount ?? 0) + kemCount,
      };
      await t.tx.put('local', 'prekeys-pending', formatPending(batch));
      return batch;
    });
    await this.#publishPending(pending);
  }

  /** Publish, then record that the batch is out. */
  async #upload(upload: {
    signedPreKey: Uint8Array;
    kemPreKey: Uint8Array;
    oneTimePreKeys: Uint8Array[];
    kemOneTimePreKeys: Uint8Array[];
  }): Promise<void> {
    await this.#directory!.publish({
      deviceCertificate: this.#device.deviceCertificate,
      selfSigningCertificate: this.#device.selfSigningCertificate,
      ...upload,
    });
    await this.#storage.write(async (tx) => {
      await tx.delete('local', 'prekeys-pending');
      await tx.put('local', 'prekeys-published', new Uint8Array([1]));
    });
  }

  /**
   * Publish the batch waiting in `prekeys-pending` with the current signed
   * and last-resort KEM prekeys: the one-time keys of its ranges that are
   * still held (not used since) and, for KEM ones, still fresh.
   */
  async #publishPending(batch: PendingBatch): Promise<void> {
    const now = this.#clock.now();
    const upload = await this.#storage.read(async (tx) => {
      const stores = transactionStores(tx as StorageWriter); // loads only
      const oneTimePreKeys: Uint8Array[] = [];
      for (let id = batch.first; id < batch.first + batch.count; id++) {
        const record = await stores.preKeys.loadPreKey('one-time', id);
        if (record === null) continue; // used since: it was published after all
        const { secret } = decodePreKeyRecord(record, 'one-time');
        oneTimePreKeys.push(
          oneTimePreKeyCodec.encode({ keyId: id, publicKey: crypto().x25519PublicKey(secret) }),
        );
      }
      const kemOneTimePreKeys: Uint8Array[] = [];
      for (let id = batch.kemFirst; id < batch.kemFirst + batch.kemCount; id++) {
        const record = await stores.preKeys.loadPreKey('kem', id);
        if (record === null) continue;
        const { signed, lastResort, createdAtMs } = decodePreKeyRecord(record, 'kem');
        // Too old to be handed out: a directory would refuse the whole upload.
        if (lastResort || !isPreKeyFresh(Number(createdAtMs), now)) continue;
        kemOneTimePreKeys.push(signed);
      }
      return {
        signedPreKey: (await tx.get('local', 'signed-prekey'))!,
        kemPreKey: (await tx.get('local', 'kem-prekey'))!,
        oneTimePreKeys,
        kemOneTimePreKeys,
      };
    });
    await this.#upload(upload);
  }

  /** Publish prekeys now (otherwise done at start and when they run low). */
  async publishPreKeys(): Promise<void> {
    this.#live();
    if (!this.#directory) throw new NexusError('INVALID_ARGUMENT', 'the client has no directory');
    await this.#replenishing;
    await this.#publishPreKeys();
  }
}

// ------------------------------------------------------------------ contacts

/** What {@link ContactsApi.add} takes: a contact card, or a UUID with prekey bundles of its devices. */
export type ContactSource =
  | { readonly card: Uint8Array }
  | { readonly uuid: string; readonly bundles: readonly Uint8Array[] };

/** The contacts of a client (`client.contacts`). */
export class ContactsApi {
  readonly #client: NexusClient;

  /** @internal */
  constructor(client: NexusClient) {
    this.#client = client;
  }

  /**
   * Add a contact (or update one) from a contact card (a QR or file payload,
   * verified with `verifyContactCard` against what is already trusted) or
   * from a UUID and prekey bundles (sessions start at once). The card's
   * self-signing certificate and revocation list become trusted.
   *
   * @throws NexusError from verification (`BAD_SIGNATURE`, `REVOKED`,
   *   `SUPERSEDED`, `UNTRUSTED_IDENTITY`, ...); `INVALID_ARGUMENT`.
   */
  async add(
    source: ContactSource,
    details: { readonly nickname?: string; readonly notes?: string } = {},
  ): Promise<Contact> {
    checkDetails(details);
    const c = this.#client.internals;
    if (typeof source !== 'object' || source === null)
      throw new NexusError('INVALID_ARGUMENT', 'give { card } or { uuid, bundles }');
    let uuid: string;
    if ('card' in source) {
      if (!(source.card instanceof Uint8Array))
        throw new NexusError('INVALID_ARGUMENT', 'card must be a Uint8Array');
      uuid = await c.write(async (t) => {
        const known = await this.#known(t.tx, source.card);
        const verified = verifyContactCard(source.card, { known, now: t.now });
        if (verified.uuid === this.#client.uuid)
          throw new NexusError('INVALID_ARGUMENT', 'this is this identity’s own card');
        await updateTrustedIdentity(
          verified.uuid,
          {
            selfSigningCertificate: verified.selfSigningCertificate.bytes,
            ...(verified.revocationList ? { revocationList: verified.revocationList.bytes } : {}),
          },
          { stores: t.stores, clock: c.clock },
        );
        const record =
          (await c.loadContact(t.tx, verified.uuid)) ??
          create(ContactRecordSchema, {
            version: 1,
            uuid: verified.uuid,
            addedAtMs: BigInt(t.now),
          });
        record.displayName = verified.displayName;
        record.contactCard = source.card.slice();
        record.hints = [...verified.hints];
        applyDetails(record, details);
        const list = verified.revocationList;
        record.devices = [
          ...new Set([
            ...verified.devices.map((d) => toHex(d.deviceId)),
            ...record.devices.filter((d) => !(list && isRevoked(list, fromHex(d)))),
          ]),
        ]
          .slice(0, WIRE_LIMITS.maxDevicesPerCard)
          .sort();
        await c.storeContact(t, record);
        // A newer revocation list in the card acts as an identity update would.
        await c.dropRevoked(t, verified.uuid);
        return verified.uuid;
      });
      await c.ensureSessions([uuid], true);
    } else {
      const { uuid: claimed, bundles } = source as { uuid: string; bundles: readonly Uint8Array[] };
      if (typeof claimed !== 'string' || !isUuid(claimed))
        throw new NexusError('INVALID_ARGUMENT', 'uuid is not a NexusLink UUID');
      if (claimed === this.#client.uuid)
        throw new NexusError('INVALID_ARGUMENT', 'a contact is another identity');
      if (
        !Array.isArray(bundles) ||
        bundles.length === 0 ||
        !bundles.every((b) => b instanceof Uint8Array)
      )
        throw new NexusError('INVALID_ARGUMENT', 'bundles must be a non-empty array of Uint8Array');
      uuid = claimed;
      await c.write(async (t) => {
        const added: string[] = [];
        for (const bundle of bundles) {
          const address = await establishSession(c.device, bundle, {
            stores: t.stores,
            expectedUuid: claimed,
            clock: c.clock,
            random: c.random,
          });
          added.push(address.deviceId);
        }
        const record =
          (await c.loadContact(t.tx, claimed)) ??
          create(ContactRecordSchema, { version: 1, uuid: claimed, addedAtMs: BigInt(t.now) });
        applyDetails(record, details);
        record.devices = [...new Set([...record.devices, ...added])].sort();
        await c.storeContact(t, record);
      });
    }
    return (await this.get(uuid))!;
  }

  /** What is already trusted about the card's identity, for `verifyContactCard`. */
  async #known(tx: StorageReader, card: Uint8Array) {
    // The UUID is read from the card only to look up what we hold; the card is verified after.
    let uuid: string;
    try {
      uuid = contactCardUuid(card);
    } catch {
      return {};
    }
    const trusted = await this.#client.internals.trusted(tx, uuid);
    if (!trusted) return {};
    return {
      selfSigningCertificate:
        trusted.selfSigningCertificate.length > 0
          ? decodeSelfSigningCertificate(trusted.selfSigningCertificate)
          : null,
      revocationList:
        trusted.revocationList.length > 0 ? decodeRevocationList(trusted.revocationList) : null,
    };
  }

  /** A contact, or `null`. */
  async get(uuid: string): Promise<Contact | null> {
    checkUuid(uuid);
    if (uuid === this.#client.uuid) return null;
    return this.#client.internals.read(async (tx) => {
      const bytes = await tx.get('contacts', uuid);
      return bytes && contactView(tx, contactRecordCodec.decode(bytes));
    });
  }

  /** Every contact, by UUID. */
  async list(): Promise<Contact[]> {
    const own = this.#client.uuid;
    return this.#client.internals.read(async (tx) => {
      const out: Contact[] = [];
      for (const e of await listAll(tx, 'contacts'))
        if (e.key !== own) out.push(await contactView(tx, contactRecordCodec.decode(e.value)));
      return out;
    });
  }

  /** Change the nickname or notes. @throws NexusError `NOT_FOUND`, `INVALID_ARGUMENT`. */
  async update(
    uuid: string,
    details: { readonly nickname?: string; readonly notes?: string },
  ): Promise<Contact> {
    checkUuid(uuid);
    checkDetails(details);
    const c = this.#client.internals;
    await c.write(async (t) => {
      const record = uuid === this.#client.uuid ? null : await c.loadContact(t.tx, uuid);
      if (!record) throw new NexusError('NOT_FOUND', 'no such contact');
      applyDetails(record, details);
      await c.storeContact(t, record);
    });
    return (await this.get(uuid))!;
  }

  /**
   * Forget a contact (nickname, notes, card). Its sessions and the
   * conversation's history stay; a message from it later adds it back
   * without the nickname and notes.
   */
  async remove(uuid: string): Promise<boolean> {
    checkUuid(uuid);
    if (uuid === this.#client.uuid) return false;
    return this.#client.internals.write(async (t) => {
      const had = (await t.tx.get('contacts', uuid)) !== null;
      await t.tx.delete('contacts', uuid);
      return had;
    });
  }

  /** The safety number of this identity and the contact, to compare in person or by QR. */
  safetyNumber(uuid: string): SafetyNumber {
    checkUuid(uuid);
    return safetyNumber(this.#client.uuid, uuid);
  }

  /**
   * Mark the contact verified if `compared` (the 60 digits, spaces allowed,
   * or a scanned QR payload) matches the safety number. Returns whether it
   * matched; a mismatch changes nothing.
   *
   * @throws NexusError `NOT_FOUND` (no trusted identity for the UUID yet), `MALFORMED` (a bad QR payload).
   */
  async verify(uuid: string, compared: string | Uint8Array): Promise<boolean> {
    checkUuid(uuid);
    const own = this.#client.uuid;
    const matches =
      typeof compared === 'string'
        ? compared.replace(/\s+/g, '') === safetyNumber(own, uuid).digits
        : compared instanceof Uint8Array
          ? verifySafetyNumberPayload(own, uuid, compared)
          : false;
    if (!matches) return false;
    await this.#setVerified(uuid, true);
    return true;
  }

  /** Withdraw a verification. */
  async unverify(uuid: string): Promise<void> {
    checkUuid(uuid);
    await this.#setVerified(uuid, false);
  }

  async #setVerified(uuid: string, verified: boolean): Promise<void> {
    const c = this.#client.internals;
    await c.write(async (t) => {
      if ((await c.trusted(t.tx, uuid)) === null)
        throw new NexusError('NOT_FOUND', 'nothing is trusted for this identity yet: add it first');
      await updateTrustedIdentity(uuid, { verified }, { stores: t.stores, clock: c.clock });
      const record = await c.loadContact(t.tx, uuid);
      if (record) await c.storeContact(t, record);
    });
  }
}

// -------------------------------------------------------------------- groups

/** The groups of a client (`client.groups`). */
export class GroupsApi {
  readonly #client: NexusClient;

  /** @internal */
  constructor(client: NexusClient) {
    this.#client = client;
  }

  /**
   * Create a group with this identity as its admin, and tell every member's
   * devices. Returns its conversation id.
   *
   * @throws NexusError `INVALID_ARGUMENT` (a bad name or member list).
   */
  async create(options: {
    readonly name: string;
    readonly members: readonly string[];
  }): Promise<ConversationId> {
    const c = this.#client.internals;
    const own = this.#client.uuid;
    const members = memberList(options?.members, own);
    const name = groupName(options?.name);
    await c.ensureSessions(members);
    const groupId = c.newId();
    const group = create(GroupUpdateSchema, { name, members, admins: [own], revision: 1n });
    await c.write(async (t) => {
      const conv = create(ConversationRecordSchema, {
        version: 1,
        kind: ConversationKind.GROUP,
        groupId,
        group,
        lastActivityMs: BigInt(t.now),
      });
      await c.storeConversation(t.tx, conv);
      await c.sendGroupUpdate(t, groupId, group, members);
      t.events.push({
        type: 'group',
        conversation: groupConversation(groupId),
        group: groupView(conv),
        by: own,
      });
    });
    c.kick();
    return groupConversation(groupId);
  }

  /** The group's state, or `null`. */
  async get(conversation: ConversationId): Promise<GroupInfo | null> {
    const target = parseConversation(conversation);
    if (target.kind !== 'group')
      throw new NexusError('INVALID_ARGUMENT', 'not a group conversation');
    const conv = await this.#client.internals.read((tx) =>
      this.#client.internals.loadConversation(tx, conversation),
    );
    return conv && groupView(conv);
  }

  /** Add members (admins only). @throws NexusError `NOT_FOUND`, `NOT_PERMITTED`. */
  async addMembers(conversation: ConversationId, uuids: readonly string[]): Promise<GroupInfo> {
    const added = memberList(uuids, null);
    return this.#change(conversation, added, (g) => ({ ...g, members: union(g.members, added) }));
  }

  /**
   * Remove members (admins only). Every remaining member then starts a new
   * sender key chain, so the removed cannot read what follows.
   */
  async removeMembers(conversation: ConversationId, uuids: readonly string[]): Promise<GroupInfo> {
    const removed = memberList(uuids, null);
    if (removed.includes(this.#client.uuid))
      throw new NexusError('INVALID_ARGUMENT', 'use leave() to leave a group');
    return this.#change(conversation, [], (g) => {
      const members = g.members.filter((m) => !removed.includes(m));
      return { ...g, members, admins: g.admins.filter((a) => members.includes(a)) };
    });
  }

  /** Rename the group (admins only). */
  async rename(conversation: ConversationId, name: string): Promise<GroupInfo> {
    const checked = groupName(name);
    return this.#change(conversation, [], (g) => ({ ...g, name: checked }));
  }

  /** Make members admins (admins only). */
  async addAdmins(conversation: ConversationId, uuids: readonly string[]): Promise<GroupInfo> {
    const admins = memberList(uuids, null);
    return this.#change(conversation, [], (g) => {
      if (!admins.every((a) => g.members.includes(a)))
        throw new NexusError('INVALID_ARGUMENT', 'admins must be members');
      return { ...g, admins: union(g.admins, admins) };
    });
  }

  /** Leave the group (the last admin hands the role to the first remaining member). */
  async leave(conversation: ConversationId): Promise<void> {
    const own = this.#client.uuid;
    await this.#change(
      conversation,
      [],
      (g) => {
        const members = g.members.filter((m) => m !== own);
        if (members.length === 0)
          throw new NexusError('INVALID_ARGUMENT', 'the last member cannot leave');
        let admins = g.admins.filter((a) => a !== own);
        if (admins.length === 0) admins = [members[0]!];
        return { ...g, members, admins };
      },
      true,
    );
  }

  async #change(
    conversation: ConversationId,
    added: readonly string[],
    change: (g: { name: string; members: string[]; admins: string[] }) => {
      name: string;
      members: string[];
      admins: string[];
    },
    leaving = false,
  ): Promise<GroupInfo> {
    const target = parseConversation(conversation);
    if (target.kind !== 'group')
      throw new NexusError('INVALID_ARGUMENT', 'not a group conversation');
    const c = this.#client.internals;
    const own = this.#client.uuid;
    const before = await c.read((tx) => c.loadConversation(tx, conversation));
    if (!before) throw new NexusError('NOT_FOUND', 'no such group');
    await c.ensureSessions([...before.group!.members, ...added]);
    const info = await c.write(async (t) => {
      const conv = await c.loadConversation(t.tx, conversation);
      if (!conv) throw new NexusError('NOT_FOUND', 'no such group');
      const g = conv.group!;
      if (conv.left) throw new NexusError('NOT_PERMITTED', 'this identity is not in the group');
      if (!leaving && !g.admins.includes(own))
        throw new NexusError('NOT_PERMITTED', 'only the group’s admins may change it');
      const next = change({ name: g.name, members: [...g.members], admins: [...g.admins] });
      const update = create(GroupUpdateSchema, {
        name: next.name,
        members: [...new Set(next.members)].sort(),
        admins: [...new Set(next.admins)].sort(),
        revision: g.revision + 1n,
      });
      const removed = g.members.filter((m) => !update.members.includes(m));
      // Everyone before and after the change hears of it (the removed learn they are out).
      await c.sendGroupUpdate(t, conv.groupId, update, union(g.members, update.members));
      conv.group = update;
      conv.left = leaving;
      if (removed.length > 0 && !leaving) await c.rotate(t, conv);
      conv.distributedTo = conv.distributedTo.filter((d) =>
        update.members.includes(d.split('/')[0]!),
      );
      await c.storeConversation(t.tx, conv);
      const info = groupView(conv);
      t.events.push({ type: 'group', conversation, group: info, by: own });
      return info;
    });
    c.kick();
    return info;
  }
}

// ------------------------------------------------------------------- helpers

function isSelfLeave(held: GroupUpdate, update: GroupUpdate, sender: string): boolean {
  const members = held.members.filter((m) => m !== sender);
  let admins = held.admins.filter((a) => a !== sender);
  if (admins.length === 0 && members.length > 0) admins = [members[0]!];
  return (
    held.members.includes(sender) &&
    update.name === held.name &&
    sameList(update.members, members) &&
    sameList(update.admins, admins)
  );
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])].sort();

function memberList(uuids: unknown, own: string | null): string[] {
  if (!Array.isArray(uuids) || !uuids.every((u) => typeof u === 'string' && isUuid(u)))
    throw new NexusError('INVALID_ARGUMENT', 'members must be an array of UUIDs');
  const list = [...new Set([...(uuids as string[]), ...(own ? [own] : [])])].sort();
  if (list.length > WIRE_LIMITS.maxGroupMembers)
    throw new NexusError(
      'INVALID_ARGUMENT',
      `a group has at most ${WIRE_LIMITS.maxGroupMembers} members`,
    );
  if (list.length === 0) throw new NexusError('INVALID_ARGUMENT', 'give at least one member');
  return list;
}

function groupName(name: unknown): string {
  if (typeof name !== 'string' || utf8Length(name) > WIRE_LIMITS.maxGroupNameBytes)
    throw new NexusError(
      'INVALID_ARGUMENT',
      `a group name is text of at most ${WIRE_LIMITS.maxGroupNameBytes} bytes`,
    );
  return name;
}

function checkUuid(uuid: unknown): asserts uuid is string {
  if (typeof uuid !== 'string' || !isUuid(uuid))
    throw new NexusError('INVALID_ARGUMENT', 'not a NexusLink UUID');
}

function checkDetails(details: unknown): void {
  const d = details as { nickname?: unknown; notes?: unknown } | null;
  if (typeof d !== 'object' || d === null)
    throw new NexusError('INVALID_ARGUMENT', 'details must be an object');
  if (
    d.nickname !== undefined &&
    (typeof d.nickname !== 'string' || utf8Length(d.nickname) > WIRE_LIMITS.maxNicknameBytes)
  )
    throw new NexusError(
      'INVALID_ARGUMENT',
      `a nickname is text of at most ${WIRE_LIMITS.maxNicknameBytes} bytes`,
    );
  if (
    d.notes !== undefined &&
    (typeof d.notes !== 'string' || utf8Length(d.notes) > WIRE_LIMITS.maxNotesBytes)
  )
    throw new NexusError(
      'INVALID_ARGUMENT',
      `notes are text of at most ${WIRE_LIMITS.maxNotesBytes} bytes`,
    );
}

function applyDetails(record: ContactRecord, details: { nickname?: string; notes?: string }): void {
  if (details.nickname !== undefined) record.nickname = details.nickname;
  if (details.notes !== undefined) record.notes = details.notes;
}

/** The UUID a contact card names (decoded only; `verifyContactCard` verifies). */
function contactCardUuid(card: Uint8Array): string {
  return uuidFromPublicKey(
    contactCardBodyCodec.decode(signedMessageCodec.decode(card).body).identityKey,
  );
}

const isHexId = (id: unknown): id is string => typeof id === 'string' && /^[0-9a-f]{32}$/.test(id);

async function textOf(
  bytes: Uint8Array | null | Promise<Uint8Array | null>,
): Promise<string | null> {
  const b = await bytes;
  return b === null ? null : new TextDecoder().decode(b);
}

function nonNegative(n: unknown, what: string): number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0)
    throw new NexusError('INVALID_ARGUMENT', `${what} must be a non-negative integer`);
  return n;
}

function bounded(n: unknown, min: number, max: number, what: string): number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < min || n > max)
    throw new NexusError('INVALID_ARGUMENT', `${what} must be an integer from ${min} to ${max}`);
  return n;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The sending device an envelope names, for error events (not authenticated). */
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

function senderOf(bytes: Uint8Array): { sender?: DeviceAddress } {
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

/** The device id (hex) a prekey bundle is for, or '' when it does not decode. */
function bundleDeviceId(bundle: Uint8Array): string {
  try {
    const certificate = preKeyBundleCodec.decode(bundle).deviceCertificate!;
    return toHex(decodeDeviceCertificate(signedMessageCodec.encode(certificate)).deviceId);
  } catch {
    return '';
  }
}

/**
 * Whether a session record is stored for the device (`transactionStores`
 * keys, spec/storage.md): cheaper than decoding it with `hasSession`; a
 * record without a usable state makes `encryptMessage` say `NO_SESSION`,
 * which the senders treat as "not reachable".
 */
async function sessionStored(tx: StorageReader, address: DeviceAddress): Promise<boolean> {
  return (await tx.get('sessions', deviceKey(address))) !== null;
}

/** `prekeys-pending`, or null when no batch is waiting. */
function parsePendingOrNull(text: string | null): PendingBatch | null {
  return text === null ? null : parsePending(text);
}

const STATES: Record<number, MessageState> = {
  [MessageStatus.PENDING]: 'pending',
  [MessageStatus.SENT]: 'sent',
  [MessageStatus.DELIVERED]: 'delivered',
  [MessageStatus.READ]: 'read',
};

function messageView(record: MessageRecord): Message {
  const body = record.message!.body;
  const content: MessageContent =
    body.case === 'text'
      ? { kind: 'text', text: body.value.text }
      : body.case === 'structured'
        ? { kind: 'structured', type: body.value.type, payload: body.value.payload.slice() }
        : { kind: 'text', text: '' };
  const state: MessageState = record.outgoing
    ? (STATES[record.status] ?? 'pending')
    : record.status === MessageStatus.READ
      ? 'read'
      : 'received';
  return Object.freeze({
    id: toHex(record.message!.id),
    conversation: record.conversation,
    content,
    sender: record.sender,
    senderDevice: record.senderDevice,
    outgoing: record.outgoing,
    timestamp: Number(record.message!.timestampMs),
    receivedAt: Number(record.receivedAtMs),
    state,
    deliveredTo: Object.freeze([...record.deliveredTo]),
    readBy: Object.freeze([...record.readBy]),
  });
}

function groupView(conv: ConversationRecord): GroupInfo {
  const g = conv.group!;
  return Object.freeze({
    name: g.name,
    members: Object.freeze([...g.members]),
    admins: Object.freeze([...g.admins]),
    revision: Number(g.revision),
    left: conv.left,
  });
}

function conversationView(id: string, conv: ConversationRecord): Conversation {
  return Object.freeze({
    id,
    kind: conv.kind === ConversationKind.DIRECT ? ('direct' as const) : ('group' as const),
    ...(conv.kind === ConversationKind.DIRECT ? { peer: conv.peer } : { group: groupView(conv) }),
    lastActivity: Number(conv.lastActivityMs),
    unread: conv.unread,
  });
}

async function contactView(tx: StorageReader, record: ContactRecord): Promise<Contact> {
  const trusted = await tx.get('identities', record.uuid);
  const verified = trusted !== null && decodeTrustedIdentityRecord(trusted).verifiedAtMs > 0n;
  return Object.freeze({
    uuid: record.uuid,
    displayName: record.displayName,
    nickname: record.nickname,
    notes: record.notes,
    devices: Object.freeze([...record.devices]),
    verified,
    hints: Object.freeze([...record.hints]),
    addedAt: Number(record.addedAtMs),
  });
}
