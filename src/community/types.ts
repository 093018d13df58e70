/**
 * The options and values of a `CommunityClient`'s API.
 */
import type { DeviceAddress } from '../interfaces/sessions.js';
import type { LocalDevice } from '../ratchet/prekeys.js';

/** The WebSocket constructor the client uses (the runtime's by default). */
export type WebSocketConstructor = new (url: string) => WebSocket;

/** Options of `CommunityClient`. */
export interface CommunityClientOptions {
  /** The server's origin, e.g. `https://chat.example.org`; devices sign it at login. */
  readonly url: string;
  /** This device. */
  readonly device: LocalDevice;
  /** Reconnect delays: the first, and the most (default 250 ms and 30 s), with full jitter. */
  readonly reconnect?: { readonly initialDelayMs?: number; readonly maxDelayMs?: number };
  /** How long an HTTP request or a WebSocket request waits for its answer (default 15 s). */
  readonly requestTimeoutMs?: number;
  /**
   * For each channel, the highest sequence id the app has stored (0: none):
   * the server sends everything after it on (re)connect, and the client
   * fetches from the channel's history whatever it misses after it. For a
   * channel not named, the server's cursor (what this device acknowledged)
   * decides where delivery starts, and gaps are detected from the first
   * message on.
   */
  readonly resume?: ReadonlyMap<string, number>;
  /** The `fetch` to use (the runtime's by default). */
  readonly fetch?: typeof globalThis.fetch;
  /** The `WebSocket` constructor to use (the runtime's by default). */
  readonly WebSocket?: WebSocketConstructor;
  /**
   * A login kept from an earlier run ({@link CommunitySession}): used until
   * it expires, instead of logging in again. It is a secret: keep it where
   * the device's keys are (encrypted).
   */
  readonly session?: CommunitySession;
}

/**
 * A login to a community server as a program can keep it between runs
 * (`CommunityClient.session()`): the access and refresh tokens and when
 * they expire (ms since the epoch). A secret, like a password.
 */
export interface CommunitySession {
  readonly accessToken: string;
  readonly accessExpiresAt: number;
  readonly refreshToken: string;
  readonly refreshExpiresAt: number;
}

/** A channel as the server describes it. */
export interface CommunityChannel {
  readonly id: string;
  readonly name: string;
  readonly topic: string;
  readonly visibility: 'public' | 'private';
  readonly createdBy: string;
  readonly createdAt: number;
  /** The newest sequence id. */
  readonly lastSeq: number;
  /** This member's role, or null when it is not a member. */
  readonly role: 'admin' | 'moderator' | 'member' | null;
}

/** A channel message as delivered. */
export interface ChannelMessageEvent {
  /** The channel's id (a UUID in text form). */
  readonly channelId: string;
  /** Per channel, from 1, without gaps. */
  readonly seq: number;
  /** The device that sent it, as the server authenticated it. */
  readonly sender: DeviceAddress;
  /** The sender-key ciphertext. */
  readonly ciphertext: Uint8Array;
  /** When the server accepted it (ms since the epoch, by the server's clock). */
  readonly sentAt: number;
  /** The sender's commitment to the message (32 bytes, spec/community.md §5.6). */
  readonly frankingTag: Uint8Array;
  /**
   * The server's signature (64 bytes) over the message's attestation
   * (`verifyMessageAttestation`, with the server's key).
   */
  readonly attestation: Uint8Array;
}
