/**
 * A device's client of an offline relay (spec/relay.md): log in by signed
 * challenge, leave encrypted blobs in another device's mailbox, fetch what
 * was left in this device's own, delete it by signed acknowledgement, and
 * get TURN credentials. Uses the runtime's `fetch` (Node 22+, browsers).
 */
import { base64 } from '@scure/base';
import { signAuthChallenge } from '../community/auth.js';
import { NexusError } from '../interfaces/errors.js';
import { checkOptions } from '../interfaces/guards.js';
import type { SigningDevice } from '../p2p/invite.js';
import { callApi, requireSameServer, serverError, Unauthorized } from '../transport/http-api.js';
import { isRelayMailbox, relayMailbox, signRelayAck } from './mailbox.js';

/** Options of {@link RelayClient}. */
export interface RelayClientOptions {
  /** The relay's origin, e.g. `https://relay.example.org`; devices sign it at login. */
  readonly url: string;
  /** This device: its signing key and certificates. */
  readonly device: SigningDevice;
  /** This device's identity UUID (its mailbox is derived from it and the device id). */
  readonly uuid: string;
  /** How long a request waits for its answer (default 15 s). */
  readonly requestTimeoutMs?: number;
  /** The `fetch` to use (the runtime's by default). */
  readonly fetch?: typeof globalThis.fetch;
  /** The `WebSocket` constructor for {@link RelayClient.stream} (the runtime's by default). */
  readonly WebSocket?: RelayWebSocket;
}

/** A blob the relay holds for this device. */
export interface HeldBlob {
  /** UUIDv7 text, in the order the relay took them. */
  readonly id: string;
  readonly blob: Uint8Array;
  /** ms since the epoch. */
  readonly storedAt: number;
  readonly expiresAt: number;
}

/** What a relay says about itself (`GET /v1/relay`). */
export interface RelayInfo {
  readonly name: string;
  readonly version: string;
  readonly limits: {
    readonly blobBytes: number;
    readonly defaultTtlSeconds: number;
    readonly maxTtlSeconds: number;
    readonly perRecipientBlobs: number;
    readonly perRecipientBytes: number;
    readonly perSenderBlobs: number;
    readonly perSenderBytes: number;
  };
  /** Circuit relay multiaddrs (empty when it runs none). */
  readonly circuitRelay: readonly string[];
  /** TURN URLs (empty when it issues no TURN credentials). */
  readonly turn: readonly string[];
}

/** An open delivery stream of {@link RelayClient.stream}. */
export interface RelayStream {
  /** How many blobs the relay held when the stream opened (each was passed on first). */
  readonly held: number;
  /** Resolves with the close code when the stream ends (1001: the relay is shutting down). */
  readonly closed: Promise<number>;
  /** End the stream (code 1000); held blobs stay at the relay until acknowledged. */
  close(): void;
}

/** The WebSocket constructor the relay client uses (the runtime's by default). */
export type RelayWebSocket = new (url: string) => WebSocket;

/** TURN credentials in the shape of an `RTCIceServer`. */
export interface RelayIceServer {
  readonly urls: readonly string[];
  readonly username: string;
  readonly credential: string;
  /** ms since the epoch. */
  readonly expiresAt: number;
}

/**
 * One device's session with one offline relay.
 *
 * @example
 * ```ts
 * const relay = new RelayClient({ url: 'https://relay.example.org', device, uuid });
 * await relay.put(relayMailbox({ uuid: bob, deviceId: bobDevice }), sealedBlob);
 * // later, on Bob's device:
 * const held = await bobRelay.held();
 * await bobRelay.ack(held.map((b) => b.id));
 * ```
 */
export class RelayClient {
  readonly url: string;
  /** This device's mailbox. */
  readonly mailbox: string;
  readonly #device: SigningDevice;
  readonly #fetch: typeof globalThis.fetch;
  readonly #timeoutMs: number;
  readonly #WebSocket: RelayWebSocket | undefined;
  #token: { value: string; expiresAt: number } | null = null;
  #loggingIn: Promise<void> | null = null;

  constructor(options: RelayClientOptions) {
    checkOptions(options, 'RelayClient', '{ url, device, uuid }');
    let url: URL;
    try {
      url = new URL(options.url);
    } catch {
      throw new NexusError('INVALID_ARGUMENT', 'the relay URL is not a URL');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new NexusError('INVALID_ARGUMENT', 'the relay URL is http(s)');
    this.url = url.origin;
    this.#device = options.device;
    this.mailbox = relayMailbox({ uuid: options.uuid, deviceId: options.device.deviceId });
    const f = options.fetch ?? globalThis.fetch;
    if (typeof f !== 'function')
      throw new NexusError('INVALID_ARGUMENT', 'this runtime has no fetch: pass one');
    this.#fetch = f;
    this.#timeoutMs = options.requestTimeoutMs ?? 15_000;
    this.#WebSocket = options.WebSocket ?? (globalThis as { WebSocket?: RelayWebSocket }).WebSocket;
  }

  /**
   * Log in: fetch a nonce, sign `{ server, nonce, device }`, get a token.
   * Other calls log in by themselves when needed.
   *
   * @throws NexusError `BAD_SIGNATURE`, `REVOKED`, `EXPIRED`, `TRANSPORT`, or
   *   `INVALID_ARGUMENT` when the relay calls itself by another URL than the
   *   one dialled.
   */
  async login(): Promise<void> {
    const challenge = await this.#call<{ server: string; nonce: string }>(
      'POST',
      '/v1/auth/challenge',
      {},
      false,
    );
    requireSameServer(this.url, challenge.server);
    const signature = await signAuthChallenge(this.#device.signer, {
      server: this.url,
      nonce: base64.decode(challenge.nonce),
      deviceId: this.#device.deviceId,
    });
    const login = await this.#call<{ token: string; expiresAt: number }>(
      'POST',
      '/v1/auth/login',
      {
        nonce: challenge.nonce,
        deviceCertificate: base64.encode(this.#device.deviceCertificate),
        selfSigningCertificate: base64.encode(this.#device.selfSigningCertificate),
        signature: base64.encode(signature),
      },
      false,
    );
    this.#token = { value: login.token, expiresAt: login.expiresAt };
  }

  /** What the relay says about itself: limits, circuit relay and TURN addresses. */
  info(): Promise<RelayInfo> {
    return this.#call<RelayInfo>('GET', '/v1/relay', undefined, false);
  }

  /**
   * Leave `blob` (already end-to-end encrypted) in `mailbox` (see
   * {@link relayMailbox}).
   *
   * @throws NexusError `INVALID_ARGUMENT` for a bad mailbox, a blob over the
   *   relay's limit or a full quota (the message says which); `TRANSPORT`.
   */
  async put(
    mailbox: string,
    blob: Uint8Array,
    options: { ttlSeconds?: number } = {},
  ): Promise<{ id: string; expiresAt: number }> {
    if (!isRelayMailbox(mailbox)) throw new NexusError('INVALID_ARGUMENT', 'not a relay mailbox');
    if (!(blob instanceof Uint8Array) || blob.length === 0)
      throw new NexusError('INVALID_ARGUMENT', 'the blob is non-empty bytes');
    return this.#call('POST', '/v1/blobs', {
      to: mailbox,
      blob: base64.encode(blob),
      ...(options.ttlSeconds === undefined ? {} : { ttlSeconds: options.ttlSeconds }),
    });
  }

  /**
   * The blobs held for this device, oldest first: at most `limit` (default
   * 100), after the id `after` when given. They stay until acknowledged.
   */
  async held(options: { after?: string; limit?: number } = {}): Promise<HeldBlob[]> {
    const query = new URLSearchParams();
    if (options.after !== undefined) query.set('after', options.after);
    if (options.limit !== undefined) query.set('limit', String(options.limit));
    const q = query.size > 0 ? `?${query.toString()}` : '';
    const { blobs } = await this.#call<{
      blobs: { id: string; blob: string; storedAt: number; expiresAt: number }[];
    }>('GET', `/v1/blobs${q}`);
    return blobs.map((b) => ({
      id: b.id,
      blob: base64.decode(b.blob),
      storedAt: b.storedAt,
      expiresAt: b.expiresAt,
    }));
  }

  /**
   * Delete held blobs: the device signs the list of ids. Ids the relay does
   * not hold (already deleted, expired) are skipped.
   *
   * @returns how many were deleted.
   */
  async ack(ids: readonly string[]): Promise<number> {
    const signature = await signRelayAck(this.#device.signer, { server: this.url, ids });
    const { deleted } = await this.#call<{ deleted: number }>('POST', '/v1/blobs/ack', {
      ids,
      signature: base64.encode(signature),
    });
    return deleted;
  }

  /**
   * Open the relay's delivery stream: `onBlob` is called with each blob held
   * now, then with each one left afterwards as the relay commits it, until
   * `close()` or the relay ends the stream. Blobs stay until acknowledged
   * (`ack`). Resolves once the relay has passed on what it held.
   *
   * @throws NexusError `TRANSPORT` when the stream does not open (within the
   *   request timeout), or the runtime has no WebSocket.
   */
  async stream(onBlob: (blob: HeldBlob) => void): Promise<RelayStream> {
    const W = this.#WebSocket;
    if (!W) throw new NexusError('TRANSPORT', 'this runtime has no WebSocket: pass one');
    const token = await this.#tokenValue();
    const socket = new W(`${this.url.replace(/^http/, 'ws')}/v1/stream`);
    let resolveClosed!: (code: number) => void;
    const closed = new Promise<number>((r) => (resolveClosed = r));
    const held = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        socket.close();
        reject(new NexusError('TRANSPORT', 'the relay stream did not open in time'));
      }, this.#timeoutMs);
      socket.addEventListener('open', () => socket.send(JSON.stringify({ type: 'auth', token })));
      socket.addEventListener('message', (event) => {
        let frame: {
          type?: string;
          id?: string;
          blob?: string;
          storedAt?: number;
          expiresAt?: number;
          held?: number;
        };
        try {
          frame = JSON.parse(String(event.data)) as typeof frame;
        } catch {
          return; // not ours to understand
        }
        if (frame.type === 'ready') {
          clearTimeout(timer);
          resolve(frame.held ?? 0);
        } else if (
          frame.type === 'blob' &&
          typeof frame.id === 'string' &&
          typeof frame.blob === 'string'
        )
          onBlob({
            id: frame.id,
            blob: base64.decode(frame.blob),
            storedAt: frame.storedAt ?? 0,
            expiresAt: frame.expiresAt ?? 0,
          });
      });
      socket.addEventListener('close', (event) => {
        clearTimeout(timer);
        if (event.code === 4001) this.#token = null; // log in again next time
        resolveClosed(event.code);
        reject(new NexusError('TRANSPORT', `the relay closed the stream (${event.code})`));
      });
      socket.addEventListener('error', () => undefined); // a close follows
    });
    return { held, closed, close: () => socket.close(1000) };
  }

  /** TURN credentials for this device, when the relay issues them. */
  turnCredentials(): Promise<RelayIceServer> {
    return this.#call<RelayIceServer>('POST', '/v1/turn', {});
  }

  /** Forget the login. */
  logout(): void {
    this.#token = null;
  }

  /** Never the token. */
  toJSON(): { url: string; mailbox: string } {
    return { url: this.url, mailbox: this.mailbox };
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `RelayClient { url: ${this.url}, mailbox: ${this.mailbox} }`;
  }

  async #tokenValue(): Promise<string> {
    if (this.#token && this.#token.expiresAt - Date.now() > 30_000) return this.#token.value;
    if (!this.#loggingIn)
      this.#loggingIn = this.login().finally(() => {
        this.#loggingIn = null;
      });
    await this.#loggingIn;
    return this.#token!.value;
  }

  async #call<T>(method: string, path: string, body?: unknown, authenticated = true): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await callApi<T>(this.#fetch, {
          url: this.url,
          method,
          path,
          body,
          token: authenticated ? await this.#tokenValue() : undefined,
          timeoutMs: this.#timeoutMs,
        });
      } catch (err) {
        if (!(err instanceof Unauthorized)) throw err;
        this.#token = null; // expired or the relay restarted: log in again, once
        if (attempt > 0) throw serverError('UNAUTHORIZED', err.message);
      }
    }
  }
}
