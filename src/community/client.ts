/**
 * A device's connection to a community server (spec/community.md): login by
 * signed challenge, the HTTP API (prekeys, channels), and one WebSocket for
 * 1:1 envelopes and channel messages, reconnected with exponential backoff
 * and jitter and resumed where it left off. `client.transport` is the
 * device's `Transport` (it passes the transport compliance suite);
 * `client.directory` its `PreKeyDirectory`.
 *
 * Uses the runtime's `fetch` and `WebSocket` (Node 22+, browsers): no
 * dependency.
 */
import { base64 } from '@scure/base';
import { Consumers } from '../transport/consumer.js';
import { NexusError } from '../interfaces/errors.js';
import type { PreKeyDirectory } from '../interfaces/directory.js';
import type { DeviceAddress } from '../interfaces/sessions.js';
import type { InboundEnvelope, Transport, TransportState } from '../interfaces/transport.js';
import { fromHex, toHex, utf8 } from '../primitives/bytes.js';
import type { LocalDevice } from '../ratchet/prekeys.js';
import { checkLocal } from '../ratchet/context.js';
import { deviceAddress } from '../ratchet/session.js';
import {
  callApi,
  DEFAULT_RETRY_AFTER_MS,
  requireSameServer,
  serverError,
  Unauthorized,
} from '../transport/http-api.js';
import { checkAddress, checkEnvelope } from '../interfaces/guards.js';
import { clientFrameCodec, COMMUNITY_LIMITS, serverFrameCodec } from '../wire/community.js';
import type { ServerFrame } from '../wire/gen/nexuslink/v1/community_pb.js';
import { historyEvents, historyPath, serverKeyOf } from './answers.js';
import type { HistoryAnswer } from './answers.js';
import { loginBody } from './auth.js';
import type { ChallengeAnswer } from './auth.js';
import { CLOSE_REVOKED, CLOSE_UNAUTHORIZED, encodeFrame, frameError } from './frames.js';
import { checkChannelId, checkMemberUuid, clientId, uuidBytes, uuidText } from './ids.js';
import { checkSession } from './session.js';
import type {
  ChannelMessageEvent,
  CommunityChannel,
  CommunityClientOptions,
  CommunitySession,
  WebSocketConstructor,
} from './types.js';
import { serverPreKeyDirectory } from './prekey-directory.js';
import { WebSocketTransport } from './websocket-transport.js';

export { clientId } from './ids.js';
export type {
  ChannelMessageEvent,
  CommunityChannel,
  CommunityClientOptions,
  CommunitySession,
  WebSocketConstructor,
} from './types.js';

/** A gap in a channel is fetched in pages of this many messages. */
const GAP_PAGE = 100;
/**
 * Attempts to fetch a gap before the client reports it (`onError`); it
 * tries again, as many times, on the channel's next message, and the
 * server sends what is missing after a reconnect.
 */
const GAP_ATTEMPTS = 5;
/** Messages held after a gap while it is fetched; later ones are fetched from the history too. */
const MAX_GAP_HELD = 1_000;
/** A send refused for want of frame tokens is sent again this many times (after the server's wait) before `RATE_LIMITED` reaches the caller. */
const RATE_LIMITED_RESENDS = 3;

/** The tokens of a login: what a kept session holds. */
type Tokens = CommunitySession;

interface Pending {
  resolve: (frame: ServerFrame) => void;
  reject: (err: unknown) => void;
  timer: ReturnType<typeof setTimeout>;
}

/** A channel whose messages after the cursor are being fetched (or wait to be). */
interface Gap {
  /** Messages that came after the gap, in arrival order (at most MAX_GAP_HELD). */
  readonly held: ChannelMessageEvent[];
  /** The highest sequence id seen of the channel: the fetch goes up to it. */
  upTo: number;
  filling: boolean;
  /** Failed fetches in a row (reported at GAP_ATTEMPTS). */
  failures: number;
  timer: ReturnType<typeof setTimeout> | null;
}

const ACK_DELAY_MS = 50;

/**
 * A device's session with one community server.
 *
 * @example
 * ```ts
 * const server = new CommunityClient({ url: 'https://chat.example.org', device });
 * await server.login();
 * await server.connect();
 * const client = await createClient({ device, storage, transports: [server.transport], directory: server.directory });
 * const general = (await server.listChannels()).find((c) => c.name === 'general');
 * ```
 */
export class CommunityClient {
  readonly url: string;
  readonly device: LocalDevice;
  readonly address: DeviceAddress;
  /** This device's transport for 1:1 envelopes through the server. */
  readonly transport: Transport;
  /** The server's prekey endpoints. */
  readonly directory: PreKeyDirectory;

  #tokens: Tokens | null = null;
  #loggingIn: Promise<void> | null = null;
  readonly #fetch: typeof globalThis.fetch;
  readonly #WebSocket: WebSocketConstructor;
  readonly #timeoutMs: number;
  readonly #initialDelay: number;
  readonly #maxDelay: number;
  #socket: WebSocket | null = null;
  #state: TransportState = 'disconnected';
  #wanted = false;
  #attempt = 0;
  #reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  #connecting: Promise<void> | null = null;
  #nextRequest = 1n;
  readonly #pending = new Map<bigint, Pending>();
  /** Delivered envelopes not yet acknowledged, in arrival order. */
  readonly #inbox = new Map<string, InboundEnvelope>();
  /** Bumped on every connection: a receive starts over with what is unacknowledged. */
  #epoch = 0;
  readonly #consumers = new Consumers();
  readonly #stateListeners = new Set<(s: TransportState) => void>();
  readonly #channelListeners = new Set<(m: ChannelMessageEvent) => void>();
  readonly #lowListeners = new Set<(count: number) => void>();
  readonly #errorListeners = new Set<
    (
      error: NexusError,
      context: { readonly channelId?: string; readonly afterSeq?: number },
    ) => void
  >();
  /**
   * Per channel, the highest sequence id handed to the listeners with none
   * missing before it (sent with the next Authenticate); a channel not here
   * starts where the server starts it.
   */
  readonly #cursors: Map<string, number>;
  /** Per channel, a gap being fetched and the messages that came after it. */
  readonly #gaps = new Map<string, Gap>();
  #serverKey: Promise<Uint8Array> | null = null;
  #acks: { ids: Uint8Array[]; channels: Map<string, number> } = { ids: [], channels: new Map() };
  /** Envelopes acknowledged lately: one that comes again (the acknowledgement was lost) is not handed out twice. */
  readonly #acked = new Set<string>();
  #ackTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(options: CommunityClientOptions) {
    let origin: URL;
    try {
      origin = new URL(options.url);
    } catch {
      throw new NexusError('INVALID_ARGUMENT', 'url must be an http(s) origin');
    }
    if (!['http:', 'https:'].includes(origin.protocol) || origin.pathname !== '/' || origin.search)
      throw new NexusError('INVALID_ARGUMENT', 'url must be an http(s) origin, without a path');
    this.url = origin.origin;
    checkLocal(options.device, 'device');
    if (options.resume !== undefined && !(options.resume instanceof Map))
      throw new NexusError('INVALID_ARGUMENT', 'resume must be a Map of channel id to sequence id');
    if (
      options.requestTimeoutMs !== undefined &&
      (!Number.isFinite(options.requestTimeoutMs) || options.requestTimeoutMs <= 0)
    )
      throw new NexusError('INVALID_ARGUMENT', 'requestTimeoutMs must be a number of ms, above 0');
    this.device = options.device;
    this.address = deviceAddress(options.device.uuid, options.device.deviceId);
    const f = options.fetch ?? globalThis.fetch;
    const W = options.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
    if (typeof f !== 'function' || typeof W !== 'function')
      throw new NexusError('INVALID_ARGUMENT', 'this runtime has no fetch or WebSocket: pass them');
    this.#fetch = f;
    this.#WebSocket = W;
    this.#timeoutMs = options.requestTimeoutMs ?? 15_000;
    this.#initialDelay = options.reconnect?.initialDelayMs ?? 250;
    this.#maxDelay = options.reconnect?.maxDelayMs ?? 30_000;
    this.#cursors = new Map(options.resume ?? []);
    if (options.session !== undefined) this.#tokens = checkSession(options.session);
    this.transport = new WebSocketTransport(this);
    this.directory = serverPreKeyDirectory(
      (method: string, path: string, body?: unknown) => this.#http(method, path, body),
      this.address,
      (listener) => this.onPreKeysLow(listener),
    );
  }

  // --- login and HTTP ---------------------------------------------------------------

  /**
   * Log in: fetch a nonce, sign `{ server, nonce, device }` with the device
   * key, get tokens. Joins the server on first login when it is open.
   *
   * A server that admits only verified identities (its challenge names a
   * credential issuer) takes a new member's `credential` (from
   * `DirectoryClient.kycCredential`), presented disclosing only the claims
   * the server asks for.
   *
   * @throws NexusError `BAD_SIGNATURE`, `REVOKED`, `EXPIRED`, `NOT_PERMITTED`
   *   (banned, registration closed, or no acceptable credential), `TRANSPORT`, or `INVALID_ARGUMENT`
   *   when the server calls itself by another URL than the one dialled
   *   (`http://localhost:8420` for a server at `http://127.0.0.1:8420`).
   */
  async login(options: { revocationList?: Uint8Array; credential?: string } = {}): Promise<void> {
    const challenge = await this.#http<ChallengeAnswer>(
      'POST',
      '/v1/auth/challenge',
      undefined,
      false,
    );
    requireSameServer(this.url, challenge.server);
    const body = await loginBody(this.device, this.url, challenge, options);
    this.#tokens = await this.#http<Tokens>('POST', '/v1/auth/login', body, false);
  }

  /**
   * This device's login, to keep (encrypted: it is a secret) and give back
   * as `session` on a later run, so that the program need not log in again
   * while it lasts; null before a login.
   */
  session(): CommunitySession | null {
    return this.#tokens ? { ...this.#tokens } : null;
  }

  /** Whether the login held lasts at least `ms` more (it can be refreshed until then). */
  hasSession(ms = 60_000): boolean {
    return this.#tokens !== null && this.#tokens.refreshExpiresAt - Date.now() > ms;
  }

  /** A fresh access token: refreshed when it is about to expire, or a new login. */
  async #accessToken(): Promise<string> {
    if (this.#tokens && this.#tokens.accessExpiresAt - Date.now() > 30_000)
      return this.#tokens.accessToken;
    if (!this.#loggingIn)
      this.#loggingIn = (async () => {
        try {
          if (this.#tokens && this.#tokens.refreshExpiresAt > Date.now()) {
            try {
              this.#tokens = await this.#http<Tokens>(
                'POST',
                '/v1/auth/refresh',
                { refreshToken: this.#tokens.refreshToken },
                false,
              );
              return;
            } catch (err) {
              if (!NexusError.is(err, 'TRANSPORT') || !/UNAUTHORIZED/.test((err as Error).message))
                throw err;
            }
          }
          await this.login();
        } finally {
          this.#loggingIn = null;
        }
      })();
    await this.#loggingIn;
    return this.#tokens!.accessToken;
  }

  /** One API call; an expired login is renewed once. */
  async #http<T>(
    method: string,
    path: string,
    body?: unknown,
    authenticated = true,
    retry = true,
  ): Promise<T> {
    // callApi reports a 429 as RATE_LIMITED with the server's Retry-After.
    try {
      return await callApi<T>(this.#fetch, {
        url: this.url,
        method,
        path,
        body,
        token: authenticated ? await this.#accessToken() : undefined,
        timeoutMs: this.#timeoutMs,
      });
    } catch (err) {
      if (!(err instanceof Unauthorized)) throw err;
      if (!retry) throw serverError('UNAUTHORIZED', err.message);
      this.#tokens = null; // revoked or expired: log in again
      return this.#http(method, path, body, authenticated, false);
    }
  }

  /** End this login on the server (its tokens stop working) and close. */
  async logout(): Promise<void> {
    if (this.#tokens)
      await this.#http('POST', '/v1/auth/logout', undefined, true, false).catch(() => undefined);
    this.#tokens = null;
    await this.close();
  }

  /**
   * Send the identity's new revocation list: the devices it names lose
   * their logins and connections at once.
   *
   * @returns the device ids (hex) newly revoked.
   */
  async revokeDevices(revocationList: Uint8Array): Promise<string[]> {
    const r = await this.#http<{ revoked: string[] }>('POST', '/v1/devices/revoke', {
      revocationList: base64.encode(revocationList),
    });
    return r.revoked;
  }

  // --- channels ------------------------------------------------------------------------

  /** Public channels and this member's private ones. */
  async listChannels(): Promise<CommunityChannel[]> {
    return (await this.#http<{ channels: CommunityChannel[] }>('GET', '/v1/channels')).channels;
  }

  /** Create a channel; its creator is its admin. */
  async createChannel(options: {
    name: string;
    topic?: string;
    visibility?: 'public' | 'private';
  }): Promise<CommunityChannel> {
    if (typeof options !== 'object' || options === null || typeof options.name !== 'string')
      throw new NexusError('INVALID_ARGUMENT', 'createChannel takes { name, topic?, visibility? }');
    return this.#http('POST', '/v1/channels', options);
  }

  /** One channel (a private one only for its members: else `NOT_FOUND`). */
  async channel(id: string): Promise<CommunityChannel> {
    checkChannelId(id);
    return this.#http('GET', `/v1/channels/${id}`);
  }

  /** Rename (admins) or set the topic (admins and moderators). */
  async updateChannel(
    id: string,
    change: { name?: string; topic?: string },
  ): Promise<CommunityChannel> {
    checkChannelId(id);
    return this.#http('PATCH', `/v1/channels/${id}`, change);
  }

  /** Delete a channel and its messages (channel admins, server owners and admins). */
  async deleteChannel(id: string): Promise<void> {
    checkChannelId(id);
    await this.#http('DELETE', `/v1/channels/${id}`);
  }

  /** Join a public channel, or a private one this member was invited to. */
  async joinChannel(id: string): Promise<CommunityChannel> {
    checkChannelId(id);
    return this.#http('POST', `/v1/channels/${id}/join`);
  }

  /** Leave a channel: its messages stop coming at once. */
  async leaveChannel(id: string): Promise<void> {
    checkChannelId(id);
    await this.#http('POST', `/v1/channels/${id}/leave`);
  }

  /** Invite a member of the server (admins and moderators). */
  async invite(id: string, uuid: string): Promise<void> {
    checkChannelId(id);
    checkMemberUuid(uuid);
    await this.#http('POST', `/v1/channels/${id}/invites`, { uuid });
  }

  /** The members of a channel and their roles (members only). */
  async channelMembers(
    id: string,
  ): Promise<{ uuid: string; role: 'admin' | 'moderator' | 'member' }[]> {
    checkChannelId(id);
    return (
      await this.#http<{ members: { uuid: string; role: 'admin' | 'moderator' | 'member' }[] }>(
        'GET',
        `/v1/channels/${id}/members`,
      )
    ).members;
  }

  /** Give a member a role in the channel (channel admins). */
  async setChannelRole(
    id: string,
    uuid: string,
    role: 'admin' | 'moderator' | 'member',
  ): Promise<void> {
    checkChannelId(id);
    checkMemberUuid(uuid);
    if (role !== 'admin' && role !== 'moderator' && role !== 'member')
      throw new NexusError('INVALID_ARGUMENT', 'role must be admin, moderator or member');
    await this.#http('PUT', `/v1/channels/${id}/members/${uuid}/role`, { role });
  }

  /** Remove a member from the channel (admins; moderators remove members only). */
  async removeChannelMember(id: string, uuid: string): Promise<void> {
    checkChannelId(id);
    checkMemberUuid(uuid);
    await this.#http('DELETE', `/v1/channels/${id}/members/${uuid}`);
  }

  /** Stored messages of a channel after `after` (a sequence id), oldest first. */
  async channelHistory(
    id: string,
    options: { after?: number; limit?: number } = {},
  ): Promise<ChannelMessageEvent[]> {
    checkChannelId(id);
    return historyEvents(id, await this.#http<HistoryAnswer>('GET', historyPath(id, options)));
  }

  /**
   * The server's key (`serverKey` of `GET /v1/server`, 32 bytes): the key it
   * signs each channel message's attestation with (spec/community.md §5.6),
   * the same a directory lists it with. Read once, then kept for the life of
   * this client, so a server cannot switch keys under a connected member.
   *
   * @throws NexusError `TRANSPORT`, or `MALFORMED` when the server gives no
   *   key of the right form.
   */
  serverKey(): Promise<Uint8Array> {
    const read = () => this.#http<{ serverKey?: unknown }>('GET', '/v1/server', undefined, false);
    return (this.#serverKey ??= read().then(serverKeyOf)).catch((err: unknown) => {
      this.#serverKey = null;
      throw err;
    });
  }

  // --- the WebSocket ------------------------------------------------------------------------

  /** Where the connection stands. */
  get state(): TransportState {
    return this.#state;
  }

  /**
   * Open the WebSocket (logging in first when needed); resolves once the
   * server is ready. After a drop it reconnects by itself with exponential
   * backoff and jitter, until `close`.
   */
  async connect(): Promise<void> {
    if (this.#state === 'closed') throw new NexusError('TRANSPORT', 'the client is closed');
    this.#wanted = true;
    if (this.#state === 'connected') return;
    if (!this.#connecting)
      this.#connecting = this.#open().finally(() => {
        this.#connecting = null;
      });
    return this.#connecting;
  }

  #setState(state: TransportState): void {
    if (state === this.#state) return;
    this.#state = state;
    if (state === 'connected') {
      this.#epoch++;
      // A gap left after its attempts (or waiting for the next) is tried again now.
      for (const [channelId, gap] of this.#gaps)
        if (!gap.filling) {
          if (gap.timer) clearTimeout(gap.timer);
          gap.timer = null;
          void this.#fillGap(channelId, gap);
        }
    }
    this.#wake();
    for (const listener of [...this.#stateListeners]) {
      try {
        listener(state);
      } catch {
        // a listener's failure is its own
      }
    }
  }

  #wake(): void {
    this.#consumers.wake();
  }

  async #open(): Promise<void> {
    this.#setState('connecting');
    let token: string;
    try {
      token = await this.#accessToken();
    } catch (err) {
      this.#dropped(null);
      throw err;
    }
    if (this.#state === 'closed') throw new NexusError('TRANSPORT', 'the client is closed');
    const ws = new this.#WebSocket(`${this.url.replace(/^http/, 'ws')}/v1/ws`);
    ws.binaryType = 'arraybuffer';
    this.#socket = ws;
    await new Promise<void>((resolve, reject) => {
      let settled = false;
      const fail = (err: NexusError) => {
        if (settled) return;
        settled = true;
        reject(err);
      };
      ws.addEventListener('open', () => {
        ws.send(
          encodeFrame({
            requestId: 0n,
            frame: {
              case: 'authenticate',
              value: {
                accessToken: token,
                resume: [...this.#cursors].map(([id, seq]) => ({
                  channelId: uuidBytes(id),
                  seq: BigInt(seq),
                })),
              },
            },
          }),
        );
      });
      ws.addEventListener('message', (event: MessageEvent) => {
        let frame: ServerFrame;
        try {
          frame = serverFrameCodec.decode(new Uint8Array(event.data as ArrayBuffer));
        } catch {
          ws.close(1008, 'a frame did not decode');
          return;
        }
        if (frame.frame.case === 'ready' && !settled) {
          settled = true;
          this.#attempt = 0;
          this.#setState('connected');
          this.#flushAcks(); // what was acknowledged while the connection was down
          resolve();
          return;
        }
        this.#onFrame(frame);
      });
      ws.addEventListener('close', (event: CloseEvent) => {
        if (this.#socket === ws) this.#socket = null;
        if (event.code === CLOSE_UNAUTHORIZED) this.#tokens = null;
        fail(new NexusError('TRANSPORT', `the server closed the connection (${event.code})`));
        this.#dropped(event.code);
      });
      ws.addEventListener('error', () => {
        fail(new NexusError('TRANSPORT', 'the WebSocket failed'));
      });
    });
  }

  /** The connection is gone: fail what waits for it, and come back unless told not to. */
  #dropped(code: number | null): void {
    for (const [, p] of this.#pending) {
      clearTimeout(p.timer);
      p.reject(new NexusError('TRANSPORT', 'the connection dropped before the server answered'));
    }
    this.#pending.clear();
    if (this.#state === 'closed') return;
    if (code === CLOSE_REVOKED) {
      // Revoked or logged out: there is nothing to come back to.
      this.#wanted = false;
      this.#setState('disconnected');
      return;
    }
    this.#setState('disconnected');
    if (!this.#wanted || this.#reconnectTimer) return;
    // Full jitter: anywhere up to the exponential bound, so a restarted server
    // is not hit by every client at once.
    const bound = Math.min(this.#maxDelay, this.#initialDelay * 2 ** this.#attempt);
    this.#attempt = Math.min(this.#attempt + 1, 30);
    this.#reconnectTimer = setTimeout(() => {
      this.#reconnectTimer = null;
      if (!this.#wanted || this.#state === 'closed') return;
      this.connect().catch(() => undefined);
    }, Math.random() * bound);
  }

  #onFrame(frame: ServerFrame): void {
    const f = frame.frame;
    switch (f.case) {
      case 'result': {
        const p = this.#pending.get(f.value.requestId);
        if (!p) return;
        this.#pending.delete(f.value.requestId);
        clearTimeout(p.timer);
        if (f.value.errorCode) p.reject(frameError(f.value.errorCode, f.value.errorMessage));
        else p.resolve(frame);
        return;
      }
      case 'delivery': {
        const id = toHex(f.value.id);
        if (this.#acked.has(id)) {
          // Acknowledged already; the server did not hear it.
          this.#acks.ids.push(f.value.id);
          this.#scheduleAcks();
          return;
        }
        if (!this.#inbox.has(id))
          this.#inbox.set(id, {
            id,
            envelope: f.value.envelope,
            acceptedAt: Number(f.value.acceptedAtMs),
          });
        this.#wake();
        return;
      }
      case 'channelMessage': {
        const event: ChannelMessageEvent = {
          channelId: uuidText(f.value.channelId),
          seq: Number(f.value.seq),
          sender: deviceAddress(f.value.sender!.uuid, f.value.sender!.deviceId),
          ciphertext: f.value.ciphertext,
          sentAt: Number(f.value.sentAtMs),
          frankingTag: f.value.frankingTag,
          attestation: f.value.attestation,
        };
        this.#receiveChannelMessage(event);
        return;
      }
      case 'prekeysLow':
        for (const listener of [...this.#lowListeners]) listener(f.value.count);
        return;
      default:
        return;
    }
  }

  /**
   * A channel message from the server. Per channel, messages go to the
   * listeners in `seq` order, none twice: one that comes after a gap (the
   * server lost track of this device's position, or a message was cut off)
   * is held while what is missing is fetched from the channel's history.
   * The cursor never passes a message that was not handed out, unless the
   * history (which answered) no longer has it: purged by retention, or
   * sent before this member joined.
   */
  #receiveChannelMessage(event: ChannelMessageEvent): void {
    const cursor = this.#cursors.get(event.channelId);
    const gap = this.#gaps.get(event.channelId);
    if (gap) {
      if (cursor !== undefined && event.seq <= cursor) return;
      gap.upTo = Math.max(gap.upTo, event.seq);
      // Past the bound, a message is not kept: the fetch takes it from the history.
      if (gap.held.length < MAX_GAP_HELD) gap.held.push(event);
      if (!gap.filling && !gap.timer) void this.#fillGap(event.channelId, gap);
      return;
    }
    if (cursor === undefined) {
      // Nothing known of this channel: delivery starts where the server starts it.
      this.#deliver(event);
      return;
    }
    if (event.seq <= cursor) return; // had it
    if (event.seq > cursor + 1) {
      const fresh: Gap = {
        held: [event],
        upTo: event.seq,
        filling: false,
        failures: 0,
        timer: null,
      };
      this.#gaps.set(event.channelId, fresh);
      void this.#fillGap(event.channelId, fresh);
      return;
    }
    this.#deliver(event);
  }

  /** Hand `event` to the listeners: it is the channel's next message. */
  #deliver(event: ChannelMessageEvent): void {
    this.#cursors.set(event.channelId, event.seq);
    for (const listener of [...this.#channelListeners]) {
      try {
        listener(event);
      } catch {
        // the listener's own failure
      }
    }
  }

  /**
   * Fetch what a channel misses after its cursor, up to the newest message
   * seen, handing each out as it comes; then the held messages. A fetch that
   * fails (no connection, a server error) advances nothing: it is tried
   * again with backoff, and after GAP_ATTEMPTS failures in a row reported
   * to `onError` and left until the channel's next message or a reconnect.
   */
  async #fillGap(channelId: string, gap: Gap): Promise<void> {
    gap.filling = true;
    try {
      for (;;) {
        const from = this.#cursors.get(channelId) ?? 0;
        if (from >= gap.upTo) break;
        const page = await this.channelHistory(channelId, { after: from, limit: GAP_PAGE });
        if (this.#gaps.get(channelId) !== gap) return; // closed meanwhile
        const useful = page
          .filter((m) => m.seq > from && m.seq <= gap.upTo)
          .sort((a, b) => a.seq - b.seq);
        for (const m of useful) this.#deliver(m);
        // The history has nothing more up to the newest seen: what is still
        // missing is gone (retention, or before this member joined).
        if (useful.length === 0 || page.length < GAP_PAGE) break;
      }
    } catch (err) {
      gap.filling = false;
      if (this.#gaps.get(channelId) !== gap || this.#state === 'closed') return;
      gap.failures++;
      if (gap.failures % GAP_ATTEMPTS === 0) {
        const after = this.#cursors.get(channelId) ?? 0;
        const error = new NexusError(
          'TRANSPORT',
          `channel ${channelId}: the messages after ${after} could not be fetched (${GAP_ATTEMPTS} attempts); tried again on its next message or a reconnect`,
          { cause: err },
        );
        for (const listener of [...this.#errorListeners]) {
          try {
            listener(error, { channelId, afterSeq: after });
          } catch {
            // the listener's own failure
          }
        }
        return;
      }
      const bound = Math.min(this.#maxDelay, this.#initialDelay * 2 ** gap.failures);
      gap.timer = setTimeout(
        () => {
          gap.timer = null;
          if (this.#gaps.get(channelId) === gap && this.#state !== 'closed')
            void this.#fillGap(channelId, gap);
        },
        bound / 2 + (Math.random() * bound) / 2,
      );
      return;
    }
    gap.filling = false;
    this.#gaps.delete(channelId);
    // Held messages the history did not give (it lost access meanwhile, or
    // a purge ran): in order, after what it had; what neither has is gone.
    for (const m of gap.held.sort((a, b) => a.seq - b.seq))
      if (m.seq > (this.#cursors.get(channelId) ?? 0)) this.#deliver(m);
  }

  /**
   * Send a frame that expects a Result. A frame the server refused for want
   * of tokens (`RATE_LIMITED`: it was not read) is sent again after the
   * server's wait, up to RATE_LIMITED_RESENDS times: a burst above the
   * per-connection frame rate only slows the sender down. Past that, the
   * caller gets `RATE_LIMITED` with `retryAfterMs`.
   */
  async #request(
    frame: Parameters<typeof clientFrameCodec.encode>[0]['frame'],
  ): Promise<ServerFrame> {
    for (let resent = 0; ; resent++) {
      try {
        return await this.#requestOnce(frame);
      } catch (err) {
        if (!NexusError.is(err, 'RATE_LIMITED') || resent >= RATE_LIMITED_RESENDS) throw err;
        await new Promise((r) => setTimeout(r, err.details.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS));
      }
    }
  }

  async #requestOnce(
    frame: Parameters<typeof clientFrameCodec.encode>[0]['frame'],
  ): Promise<ServerFrame> {
    if (this.#state === 'closed') throw new NexusError('TRANSPORT', 'the client is closed');
    const ws = this.#socket;
    if (this.#state !== 'connected' || !ws)
      throw new NexusError('TRANSPORT', 'not connected: nothing was sent', {
        details: { retryElsewhere: true },
      });
    const requestId = this.#nextRequest++;
    const bytes = clientFrameCodec.encode({ requestId, frame });
    return new Promise<ServerFrame>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(requestId);
        reject(new NexusError('TRANSPORT', 'the server did not answer in time'));
      }, this.#timeoutMs);
      this.#pending.set(requestId, { resolve, reject, timer });
      ws.send(bytes as Uint8Array<ArrayBuffer>);
    });
  }

  /**
   * Hand an envelope to the server for one device; resolves once it is
   * queued there. The same envelope sent again to the same device within
   * the server's idempotency window (`limits.idempotency_window_s`, 7 days
   * by default; spec/community.md §5.2), even after the first was delivered
   * and acknowledged, is not queued twice: a retry after a lost answer is safe.
   *
   * @throws NexusError `NOT_FOUND` (no such device there), `INVALID_ARGUMENT`
   *   (too large, or the queue is full: `LIMIT`), `RATE_LIMITED` (after the
   *   client's own resends), `TRANSPORT` (not connected, or no answer: it may
   *   or may not have been queued; send it again).
   */
  async sendEnvelope(to: DeviceAddress, envelope: Uint8Array): Promise<void> {
    checkAddress(to, 'recipient');
    checkEnvelope(envelope);
    const deviceId = fromHex(to.deviceId);
    await this.#request({
      case: 'send',
      value: {
        to: { uuid: to.uuid, deviceId },
        envelope,
        clientId: clientId(utf8(to.uuid), deviceId, envelope),
      },
    });
  }

  /**
   * Send a sender-key message to a channel, with the franking tag of the
   * message inside (spec/community.md §5.6: the server attests it); resolves
   * with the sequence id the server assigned once it is stored. Sending the same ciphertext again
   * (a retry after `TRANSPORT`) stores it once and gives the same sequence
   * id; sender-key ciphertexts never repeat otherwise.
   *
   * @throws NexusError `NOT_PERMITTED` (not a member), `INVALID_ARGUMENT`
   *   (too large), `RATE_LIMITED` (after the client's own resends),
   *   `TRANSPORT` (not connected, or no answer: it may or may not have been
   *   stored).
   */
  async sendChannelMessage(
    channelId: string,
    ciphertext: Uint8Array,
    frankingTag: Uint8Array,
  ): Promise<number> {
    checkChannelId(channelId);
    if (!(ciphertext instanceof Uint8Array) || ciphertext.length === 0)
      throw new NexusError('INVALID_ARGUMENT', 'ciphertext must be non-empty bytes');
    if (!(frankingTag instanceof Uint8Array) || frankingTag.length !== COMMUNITY_LIMITS.franking)
      throw new NexusError('INVALID_ARGUMENT', 'frankingTag must be 32 bytes');
    const id = uuidBytes(channelId);
    const r = await this.#request({
      case: 'channelSend',
      // The same ciphertext to the same channel has the same client id: the
      // server stores a retry once and answers with the first one's seq.
      value: { channelId: id, ciphertext, clientId: clientId(id, ciphertext), frankingTag },
    });
    const seq = r.frame.case === 'result' ? Number(r.frame.value.seq) : 0;
    // Our own message: we have it, so a reconnect does not ask for it.
    if (seq === (this.#cursors.get(channelId) ?? 0) + 1 && !this.#gaps.has(channelId))
      this.#cursors.set(channelId, seq);
    return seq;
  }

  /** Call `listener` for every channel message, in sequence order per channel. */
  onChannelMessage(listener: (message: ChannelMessageEvent) => void): () => void {
    this.#channelListeners.add(listener);
    return () => this.#channelListeners.delete(listener);
  }

  /**
   * Call `listener` when the server says this device has few one-time
   * prekeys left. A `NexusClient` given this client's `directory` listens
   * already and replenishes (spec/client.md); this is for an app that
   * publishes prekeys itself.
   */
  onPreKeysLow(listener: (count: number) => void): () => void {
    this.#lowListeners.add(listener);
    return () => this.#lowListeners.delete(listener);
  }

  /**
   * Call `listener` when something the client does in the background fails
   * for good after its retries: today, the messages missing from a channel
   * (`context.channelId`, after `context.afterSeq`) could not be fetched
   * from its history. Nothing was skipped: the client tries again on the
   * channel's next message, and a reconnect resumes after `afterSeq`.
   */
  onError(
    listener: (
      error: NexusError,
      context: { readonly channelId?: string; readonly afterSeq?: number },
    ) => void,
  ): () => void {
    this.#errorListeners.add(listener);
    return () => this.#errorListeners.delete(listener);
  }

  /**
   * Everything of `channelId` up to `seq` is stored: the server need not
   * send it again. Acknowledgements are batched (50 ms).
   */
  acknowledgeChannel(channelId: string, seq: number): void {
    checkChannelId(channelId);
    if (!Number.isSafeInteger(seq) || seq < 1)
      throw new NexusError('INVALID_ARGUMENT', 'seq is a positive integer');
    if (seq > (this.#acks.channels.get(channelId) ?? 0)) this.#acks.channels.set(channelId, seq);
    this.#scheduleAcks();
  }

  /**
   * The highest sequence id of `channelId` handed to the listeners with
   * none missing before it (but what the server no longer had), or sent
   * from here; 0 for none.
   */
  cursor(channelId: string): number {
    return this.#cursors.get(channelId) ?? 0;
  }

  /** @internal acknowledgement of a delivered envelope */
  acknowledgeEnvelope(id: string): void {
    if (!this.#inbox.delete(id)) return;
    this.#acked.add(id);
    if (this.#acked.size > 10_000) this.#acked.delete(this.#acked.values().next().value!);
    this.#acks.ids.push(fromHex(id));
    this.#scheduleAcks();
  }

  #scheduleAcks(): void {
    if (this.#ackTimer) return;
    this.#ackTimer = setTimeout(() => {
      this.#ackTimer = null;
      this.#flushAcks();
    }, ACK_DELAY_MS);
  }

  #flushAcks(): void {
    const ws = this.#socket;
    if (this.#state !== 'connected' || !ws) return; // the server sends them again after the reconnect
    const { ids, channels } = this.#acks;
    this.#acks = { ids: [], channels: new Map() };
    const allCursors = [...channels].map(([id, seq]) => ({
      channelId: uuidBytes(id),
      seq: BigInt(seq),
    }));
    // At most COMMUNITY_LIMITS.maxAcknowledged ids, and as many cursors, per frame (spec/community.md §5.3).
    const max = COMMUNITY_LIMITS.maxAcknowledged;
    for (let i = 0; i < Math.max(ids.length, allCursors.length, 1); i += max) {
      const chunk = ids.slice(i, i + max);
      const cursors = allCursors.slice(i, i + max);
      if (chunk.length + cursors.length === 0) continue;
      ws.send(
        encodeFrame({
          requestId: 0n,
          frame: { case: 'acknowledge', value: { deliveryIds: chunk, channels: cursors } },
        }),
      );
    }
  }

  /** @internal a new consumer of the envelopes not acknowledged (the transport's `receive`) */
  receiveInbound(): AsyncIterable<InboundEnvelope> {
    return this.#consumers.receive({
      closed: () => this.#state === 'closed',
      epoch: () => this.#epoch,
      next: (handedOut) => {
        if (this.#state !== 'connected') return undefined;
        for (const [id, e] of this.#inbox) if (!handedOut.has(id)) return e;
        return undefined;
      },
    });
  }

  /** Call `listener` on every change of the connection's state. */
  onStateChange(listener: (state: TransportState) => void): () => void {
    this.#stateListeners.add(listener);
    return () => this.#stateListeners.delete(listener);
  }

  /** Close for good: the socket closes, waiting requests fail, `receive` ends. */
  async close(): Promise<void> {
    if (this.#state === 'closed') return;
    this.#wanted = false;
    if (this.#reconnectTimer) clearTimeout(this.#reconnectTimer);
    this.#reconnectTimer = null;
    if (this.#ackTimer) {
      clearTimeout(this.#ackTimer);
      this.#ackTimer = null;
      this.#flushAcks();
    }
    for (const gap of this.#gaps.values()) if (gap.timer) clearTimeout(gap.timer);
    this.#gaps.clear();
    const ws = this.#socket;
    this.#socket = null;
    this.#setState('closed');
    this.#dropped(null);
    if (ws && ws.readyState <= 1) {
      await new Promise<void>((resolve) => {
        ws.addEventListener('close', () => resolve());
        ws.close(1000, 'bye');
        setTimeout(resolve, 1_000);
      });
    }
  }
}

/**
 * The transport of a device on a community server: a {@link CommunityClient}
 * made from `options`, seen as a `Transport`.
 *
 * @example
 * ```ts
 * const transport = webSocketTransport({ url: 'https://chat.example.org', device });
 * await transport.connect(); // logs in, opens the WebSocket
 * ```
 */
export function webSocketTransport(options: CommunityClientOptions): Transport {
  return new CommunityClient(options).transport;
}
