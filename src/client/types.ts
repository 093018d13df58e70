/**
 * The public shapes of the client: what `createClient` takes, and the
 * contacts, conversations, messages and events it gives the app.
 */
import type { NexusError } from '../interfaces/errors.js';
import type { PreKeyDirectory } from '../interfaces/directory.js';
import type { Clock, RandomSource } from '../interfaces/runtime.js';
import type { DeviceAddress } from '../interfaces/sessions.js';
import type { Storage } from '../interfaces/storage.js';
import type { Transport, TransportState } from '../interfaces/transport.js';
import type { ChannelTransport } from './channels.js';
import type { LocalDevice } from '../ratchet/prekeys.js';
import type { ConversationId } from './message.js';

/** Options for {@link createClient}. */
export interface ClientOptions {
  /** This device: its certificates, key-agreement key and signer (see `localDevice`). */
  readonly device: LocalDevice;
  /** Where everything is kept; the client never closes it. */
  readonly storage: Storage;
  /**
   * How this device reaches others, each with `address` equal to this
   * device. Envelopes are received from all of them and sent through the
   * first that accepts. The client connects and closes them.
   */
  readonly transports: readonly Transport[];
  /**
   * Where prekeys are published and bundles fetched. Without one, sessions
   * start only from bundles given to `contacts.add` or from peers that write first.
   */
  readonly directory?: PreKeyDirectory;
  /**
   * The community server whose channels this client takes part in (a
   * `CommunityClient`; see `client.channels`). Its `transport` goes in
   * `transports` as well.
   */
  readonly channels?: ChannelTransport;
  /** Send delivery receipts for every text and structured message received (default true). */
  readonly deliveryReceipts?: boolean;
  /**
   * How often (ms) to ask the directory for new devices of an identity
   * before sending to it; default 10 minutes. 0 asks on every send.
   */
  readonly deviceRefreshIntervalMs?: number;
  /** One-time prekeys: publish `batch` (default 100) when fewer than `minimum` (default 20) are left. */
  readonly oneTimePreKeys?: { readonly batch?: number; readonly minimum?: number };
  /**
   * One-time ML-KEM prekeys (~1.7 KB each): publish up to `batch` (default
   * 20, at most 100) when fewer than `minimum` (default 5) fresh ones are left.
   */
  readonly kemOneTimePreKeys?: { readonly batch?: number; readonly minimum?: number };
  /** Retry delays for the transports, doubling from `initialMs` (250) up to `maxMs` (30,000). */
  readonly retry?: { readonly initialMs?: number; readonly maxMs?: number };
  /**
   * Start receiving and sending at once (default true). With `false`, attach
   * listeners first and then call `client.start()`, so no event is missed.
   */
  readonly start?: boolean;
  readonly clock?: Clock;
  readonly random?: RandomSource;
}

/** A contact, as the app sees it. */
export interface Contact {
  readonly uuid: string;
  /** The name the contact gave itself (from its contact card), or `''`. */
  readonly displayName: string;
  /** The user's own name and notes for the contact. */
  readonly nickname: string;
  readonly notes: string;
  /** Known, unrevoked devices (hex device ids). */
  readonly devices: readonly string[];
  /** Whether the user confirmed the safety number. */
  readonly verified: boolean;
  /** Transport hints from the contact card. */
  readonly hints: readonly string[];
  readonly addedAt: number;
}

/** The state of a group. */
export interface GroupInfo {
  readonly name: string;
  /** Member UUIDs, sorted. */
  readonly members: readonly string[];
  /** Admin UUIDs (who may change membership), sorted. */
  readonly admins: readonly string[];
  readonly revision: number;
  /** Whether this identity left or was removed. */
  readonly left: boolean;
}

/** A conversation, as the app sees it. */
export interface Conversation {
  readonly id: ConversationId;
  readonly kind: 'direct' | 'group';
  /** Direct: the peer's UUID. */
  readonly peer?: string;
  /** Group: its state. */
  readonly group?: GroupInfo;
  /** A community channel's id, when the group is one (`client.channels`). */
  readonly channel?: string;
  /** Time of the newest message (ms). */
  readonly lastActivity: number;
  /** Incoming messages not yet marked read. */
  readonly unread: number;
}

/** Where a message stands: outgoing `pending` → `sent` → `delivered` → `read`; incoming `received` → `read`. */
export type MessageState = 'pending' | 'sent' | 'delivered' | 'read' | 'received';

/** What a message carries. */
export type MessageContent =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'structured'; readonly type: string; readonly payload: Uint8Array };

/** A message of the history. */
export interface Message {
  /** 32 hex digits, the same on every device of every participant. */
  readonly id: string;
  readonly conversation: ConversationId;
  readonly content: MessageContent;
  /** Sender UUID and device. */
  readonly sender: string;
  readonly senderDevice: string;
  /** Sent by this identity (from this device or another of its devices). */
  readonly outgoing: boolean;
  /** When the sender created it (ms, sender's clock). */
  readonly timestamp: number;
  /** When this device stored it (ms). */
  readonly receivedAt: number;
  readonly state: MessageState;
  /** Outgoing: the UUIDs that confirmed delivery, and reading. */
  readonly deliveredTo: readonly string[];
  readonly readBy: readonly string[];
}

/** What the client tells the app. Every event is emitted after what it reports was committed. */
export type ClientEvent =
  /** A message arrived (or was sent from another of this identity's devices). */
  | { readonly type: 'message'; readonly message: Message }
  /** An outgoing message's state changed (sent, delivered, read). */
  | { readonly type: 'status'; readonly message: Message }
  | {
      readonly type: 'typing';
      readonly conversation: ConversationId;
      readonly sender: string;
      readonly typing: boolean;
    }
  /** A group was created, changed, or this identity joined or left it. */
  | {
      readonly type: 'group';
      readonly conversation: ConversationId;
      readonly group: GroupInfo;
      readonly by: string;
    }
  /** A contact was added or changed (new devices, a revocation, a verification). */
  | { readonly type: 'contact'; readonly contact: Contact }
  /** A transport's state changed. */
  | { readonly type: 'connection'; readonly transport: string; readonly state: TransportState }
  /**
   * Something was received and dropped (it does not authenticate, comes from
   * a revoked device, breaks the group rules...). Nothing was stored.
   */
  | { readonly type: 'error'; readonly error: NexusError; readonly sender?: DeviceAddress }
  /**
   * A message reused a message number with another ciphertext: the sending
   * device's state was restored from an older copy (a backup, a VM snapshot,
   * a crash). The message was dropped (it cannot be decrypted); for a 1:1
   * session the client starts a new one with that device (rate-limited).
   */
  /**
   * A device answered that it cannot read the session message version this
   * device sent (spec/ratchet.md §11): it reads `supportedVersion`. This
   * release speaks version 1 only; a later one falls back for that device.
   */
  | {
      readonly type: 'peerVersion';
      readonly sender: DeviceAddress;
      readonly supportedVersion: number;
      /** The version it refused (0 when it could not tell). */
      readonly refusedVersion: number;
    }
  | {
      readonly type: 'sessionRollback';
      readonly sender: DeviceAddress;
      /** Whether it was a group (sender key) message. */
      readonly group: boolean;
    };

/** The type of a client event. */
export type ClientEventType = ClientEvent['type'];

/** Options of {@link NexusClient.messages}. */
export interface HistoryOptions {
  /** At most this many (default 50, at most 10,000). */
  readonly limit?: number;
  /** Only messages older than this message id (a cursor from the last page). */
  readonly before?: string;
}
