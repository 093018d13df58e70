/**
 * The NexusLink client's public facade: `createClient` and `NexusClient`,
 * each method checking its arguments and handing the work to the private
 * core's parts (sessions, sending, outbox, inbound, inbox, identity updates,
 * prekeys, records, views).
 *
 * Two rules carry the crash safety (spec/client.md §4):
 * - Receiving is one storage transaction per envelope: the ratchet step, the
 *   message, the conversation, and whatever is sent in answer (receipts, sender
 *   keys) commit together, and the envelope is acknowledged only after.
 * - Sending is one transaction too: the ratchet steps, the history entry and
 *   one outbox entry per recipient device. A loop hands the outbox to the
 *   transport and deletes each entry once the network accepted it.
 */
import { NexusError } from '../interfaces/errors.js';
import type { DeviceAddress } from '../interfaces/sessions.js';
import { STORAGE_LIMITS } from '../interfaces/storage.js';
import { listAll } from '../storage/layout.js';
import { conversationRecordCodec, messageRecordCodec, WIRE_LIMITS } from '../wire/messages.js';
import { parseConversation } from './message.js';
import type { ConversationId } from './message.js';
import type {
  ClientEvent,
  ClientEventType,
  ClientOptions,
  Conversation,
  HistoryOptions,
  Message,
} from './types.js';
import { textOf } from './records.js';
import { ContactsApi } from './contacts.js';
import { GroupsApi } from './groups.js';
import { ChannelsApi } from './channels.js';
import { conversationView, messageView } from './views.js';
import { bounded, isHexId, utf8Length } from './checks.js';
import { ClientCore, clientCores } from './core.js';

// The contacts and groups APIs are part of the client's public surface.
export { ContactsApi } from './contacts.js';
export type { ContactSource } from './contacts.js';
export { GroupsApi } from './groups.js';
export { ChannelsApi, channelConversation } from './channels.js';
export type { ChannelTransport } from './channels.js';

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
  readonly #core: ClientCore;

  /** This device's address. */
  readonly address: DeviceAddress;

  /** Contacts: add (from a card or bundles), change, remove, verify. */
  readonly contacts: ContactsApi;
  /** Groups: create, add and remove members, rename, leave. */
  readonly groups: GroupsApi;
  /** Community channels: open one the identity joined on the server; send as to any conversation. */
  readonly channels: ChannelsApi;

  /** Use {@link createClient}. @internal */
  constructor(options: ClientOptions) {
    this.#core = new ClientCore(options);
    clientCores.set(this, this.#core);
    this.address = this.#core.address;
    this.contacts = new ContactsApi(this);
    this.groups = new GroupsApi(this);
    this.channels = new ChannelsApi(this);
  }

  /** This identity's UUID. */
  get uuid(): string {
    return this.#core.uuid;
  }

  /**
   * Call `listener` for every event of `type` (`'*'` for all); returns the
   * function that stops it. A listener that throws does not disturb the client.
   */
  on<T extends ClientEventType | '*'>(
    type: T,
    listener: (event: T extends '*' ? ClientEvent : Extract<ClientEvent, { type: T }>) => void,
  ): () => void {
    return this.#core.hub.on(type, listener);
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
    return this.#core.hub.iterate();
  }

  /**
   * Send a text message. It is stored (state `pending`) and queued for every
   * device of the recipients and this identity's other devices; the outbox
   * retries until the network accepts each.
   *
   * @throws NexusError `INVALID_ARGUMENT` (a bad conversation id, empty text or
   *   text over the limit), `NOT_FOUND` (unknown group),
   *   `NOT_PERMITTED` (a group this identity left), `NO_SESSION` (no device of
   *   the peer is reachable: add it with a card and a directory, or a bundle).
   */
  async sendText(conversation: ConversationId, text: string): Promise<Message> {
    if (typeof text !== 'string') throw new NexusError('INVALID_ARGUMENT', 'text must be a string');
    if (text.length === 0)
      throw new NexusError(
        'INVALID_ARGUMENT',
        'text is empty: a message has at least one character',
      );
    if (utf8Length(text) > WIRE_LIMITS.maxTextBytes)
      throw new NexusError('INVALID_ARGUMENT', `text is over ${WIRE_LIMITS.maxTextBytes} bytes`);
    return this.#core.sending.sendContent(conversation, { case: 'text', value: { text } as never });
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
    return this.#core.sending.sendContent(conversation, {
      case: 'structured',
      value: { type, payload: payload.slice() } as never,
    });
  }

  /** Every conversation, most recent activity first. */
  async conversations(): Promise<Conversation[]> {
    const entries = await this.#core.storage.read((tx) => listAll(tx, 'conversations'));
    return entries
      .map((e) => conversationView(e.key, conversationRecordCodec.decode(e.value)))
      .sort((a, b) => b.lastActivity - a.lastActivity || (a.id < b.id ? -1 : 1));
  }

  /** One conversation, or `null`. */
  async conversation(id: ConversationId): Promise<Conversation | null> {
    parseConversation(id);
    const record = await this.#core.storage.read((tx) =>
      this.#core.records.loadConversation(tx, id),
    );
    return record && conversationView(id, record);
  }

  /** A page of a conversation's history, newest first. */
  async messages(conversation: ConversationId, options: HistoryOptions = {}): Promise<Message[]> {
    parseConversation(conversation);
    const limit = bounded(options.limit ?? 50, 1, STORAGE_LIMITS.maxListLimit, 'limit');
    if (options.before !== undefined && !isHexId(options.before))
      throw new NexusError('INVALID_ARGUMENT', 'before is a message id (32 hex digits)');
    return this.#core.storage.read(async (tx) => {
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
    return this.#core.storage.read(async (tx) => {
      const record = await this.#core.records.messageById(tx, id);
      return record && messageView(record);
    });
  }

  /**
   * Search the local history (text messages): every word must match, a word
   * ending in `*` matches as a prefix. Newest or best first.
   */
  async search(query: string, options: { readonly limit?: number } = {}): Promise<Message[]> {
    return this.#core.storage.read(async (tx) => {
      const hits = await tx.search(query, options);
      const out: Message[] = [];
      for (const hit of hits) {
        const bytes = await tx.get('messages', hit.key);
        if (bytes) out.push(messageView(messageRecordCodec.decode(bytes)));
      }
      return out;
    });
  }

  // ------------------------------------------------ sending, housekeeping, closing

  /**
   * Start receiving and sending: done by {@link createClient} unless it was
   * given `start: false`. Starting twice does nothing.
   */
  async start(): Promise<void> {
    return this.#core.start();
  }

  /**
   * Tell the conversation's other members that this user is (or stopped)
   * typing. Not stored; dropped if not sent within 10 s.
   */
  async setTyping(conversation: ConversationId, typing: boolean): Promise<void> {
    return this.#core.sending.setTyping(conversation, typing);
  }

  /**
   * Mark incoming messages as read (all of the conversation's, or those
   * named), set its unread count, and send read receipts to their senders.
   * Returns how many messages changed.
   */
  async markRead(conversation: ConversationId, messageIds?: readonly string[]): Promise<number> {
    return this.#core.sending.markRead(conversation, messageIds);
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
    return this.#core.identity.publishIdentityUpdate(update);
  }

  /** How many envelopes wait in the outbox. */
  async pendingOutbox(): Promise<number> {
    return this.#core.outbox.pendingOutbox();
  }

  /**
   * Resolves when the outbox is empty (every queued envelope was accepted by
   * the network), or rejects with `TRANSPORT` after `timeoutMs` (default 30 s).
   */
  async flush(timeoutMs = 30_000): Promise<void> {
    return this.#core.outbox.flush(timeoutMs);
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
    return this.#core.sessions.sweepSessions();
  }

  /** Publish prekeys now (otherwise done at start and when they run low). */
  async publishPreKeys(): Promise<void> {
    return this.#core.prekeys.publishNow();
  }

  /**
   * Stop: close the transports, finish what is in flight, end the event
   * iterators. The storage stays open (it is the app's). Closing twice does nothing.
   */
  async close(): Promise<void> {
    return this.#core.close();
  }
}
