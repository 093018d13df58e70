/**
 * The WebSocket side (spec/community.md §5): authentication by the first
 * frame, 1:1 envelopes through per-device queues, channel messages with
 * per-channel sequence ids, catch-up after a reconnect, heartbeat, idle
 * timeout, rate and backpressure limits.
 *
 * Delivery rules:
 * - An envelope is queued (committed) before it is acknowledged to the
 *   sender and before any delivery; it leaves the queue only when the
 *   recipient device acknowledges it. On connect the device first gets its
 *   queue, then live envelopes; each one once per connection.
 * - A channel message gets the channel's next sequence id and is committed
 *   before the sender's Result and before the fan-out. Each connection gets
 *   a channel's messages strictly in sequence order without gaps or repeats:
 *   a live message that is not the next one is fetched from the database
 *   with whatever it skipped. A device's cursor (what it acknowledged) is
 *   kept per channel; a reconnecting device gets everything after the
 *   larger of its cursor and what it says it holds.
 * - Concurrent sends into one channel are committed together (one
 *   transaction per batch), so a busy channel costs one commit per batch,
 *   not per message.
 */
import type { FastifyBaseLogger } from 'fastify';
import { deviceAddress, signMessageAttestation } from '@nexuslink/sdk';
import type { SigningKeyPair } from '@nexuslink/sdk';
import type { WebSocket } from 'ws';
import { clientFrameCodec, COMMUNITY_LIMITS, serverFrameCodec } from '@nexuslink/sdk/wire';
import type { ClientFrame } from '@nexuslink/sdk/wire';
import type { Auth } from './auth.ts';
import type { Config } from './config.ts';
import { envelopeQuota } from './config.ts';
import type { Socket } from 'node:net';
import {
  AppError,
  isDatabaseUnavailable,
  UNAVAILABLE_RETRY_MS,
  uuidBytes,
  uuidText,
  uuidv7,
} from '@nexuslink/server-kit';
import type { ConnectionGuard } from '@nexuslink/server-kit';
import type { Repository, Session, StoredChannelMessage } from './repository.ts';
import { RepositoryError } from './repository.ts';

/** WebSocket close codes a client acts on (spec/community.md §5.4). */
export const CLOSE = {
  /** The server is shutting down or restarting: reconnect with backoff. */
  goingAway: 1001,
  /** A frame that does not decode or break the protocol: do not retry unchanged. */
  protocol: 1008,
  /** Authentication failed or timed out: get a new access token first. */
  unauthorized: 4001,
  /** The device was revoked or logged out: stop. */
  revoked: 4003,
  /** The receiver fell too far behind: reconnect; it catches up from its cursor. */
  tooSlow: 4008,
  /** No frame for the idle timeout. */
  idle: 4009,
} as const;

/** A device is told its prekeys are low at most this often. */
const PREKEYS_LOW_EVERY_MS = 60_000;
/** A device with fewer one-time X25519 prekeys than this is told to upload more. */
export const PREKEYS_LOW = 10;
/** A device with fewer (fresh) one-time KEM prekeys than this is told to upload more. */
export const KEM_PREKEYS_LOW = 5;
const PAGE = 500;
/**
 * Delivery ids, and channels, one Acknowledge frame may name: 1,000, the
 * SDK's decoder limit (spec/community.md §5), so a larger frame never gets here.
 */
const MAX_ACK_IDS = COMMUNITY_LIMITS.maxAcknowledged;
const CURSOR_FLUSH_MS = 1_000;

type Encoded = Uint8Array;
type ServerFrameInit = NonNullable<Parameters<typeof serverFrameCodec.encode>[0]['frame']>;
const frame = (f: ServerFrameInit): Encoded => serverFrameCodec.encode({ frame: f });
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const deviceKey = (uuid: string, device: Uint8Array | string) =>
  `${uuid}/${typeof device === 'string' ? device : hex(device)}`;

/** The TCP socket under a ws WebSocket (ws keeps it as `_socket`), to cork several frames into one write. */
function socketOf(ws: WebSocket): { cork(): void; uncork(): void } | undefined {
  return (ws as unknown as { _socket?: { cork(): void; uncork(): void } })._socket;
}

interface ChannelState {
  /** Highest sequence id sent on this connection. */
  sent: number;
  /** A catch-up from the database is running. */
  catchingUp: boolean;
  /** Another catch-up is needed when this one ends. */
  again: boolean;
}

class Connection {
  session: Session | null = null;
  readonly channels = new Map<string, ChannelState>();
  /** Envelopes sent on this connection and not yet acknowledged. */
  readonly sentEnvelopes = new Set<string>();
  /** The queue is being sent from the database: live envelopes wait for it (order). */
  envelopesCatchingUp = false;
  /** An envelope was queued meanwhile: read the queue again when this pass ends. */
  envelopesAgain = false;
  alive = true;
  /** Frames refused for want of tokens since `refusedSince`; past the per-second rate within a second, the connection is closed. */
  refused = 0;
  refusedSince = 0;
  /** When this connection is pinged next (spread over the interval, not all at once). */
  nextPingAt: number;
  lastFrameAt: number;
  tokens: number;
  tokensAt: number;
  closed = false;

  readonly socket: WebSocket;
  readonly ip: string;

  constructor(socket: WebSocket, ip: string, now: number, rate: number, heartbeatMs: number) {
    this.socket = socket;
    this.ip = ip;
    this.nextPingAt = now + Math.random() * heartbeatMs;
    this.lastFrameAt = now;
    this.tokens = rate * 2;
    this.tokensAt = now;
  }

  get key(): string {
    return deviceKey(this.session!.memberUuid, this.session!.deviceId);
  }
}

interface PendingSend {
  readonly message: {
    id: string;
    clientId: Uint8Array | null;
    senderUuid: string;
    senderDevice: Uint8Array;
    payload: Uint8Array;
    sentAt: number;
    frankingTag: Uint8Array;
  };
  readonly resolve: (m: StoredChannelMessage) => void;
  readonly reject: (e: unknown) => void;
}

/** Every WebSocket of this server process. */
export class Hub {
  private readonly byDevice = new Map<string, Set<Connection>>();
  private readonly byMember = new Map<string, Set<Connection>>();
  private readonly all = new Set<Connection>();
  /** Members of each channel (uuid → role), loaded on first use, dropped on change. */
  private readonly members = new Map<string, Promise<Set<string>>>();
  /** Sends waiting for their channel's current commit. */
  private readonly writing = new Map<string, PendingSend[] | null>();
  /** Acknowledged channel positions not yet written: device key → channel → seq. */
  private readonly cursors = new Map<
    string,
    { uuid: string; device: Uint8Array; seqs: Map<string, number> }
  >();
  /** When each device was last told its prekeys are low. */
  private readonly lowSentAt = new Map<string, number>();
  /** Frames being handled: a shutdown waits for them and their answers. */
  private readonly inFlight = new Set<Promise<void>>();
  /** A shutdown began: requests are answered UNAVAILABLE, new sockets refused. */
  private stopping = false;
  private readonly heartbeat: NodeJS.Timeout;
  private readonly flusher: NodeJS.Timeout;
  private readonly repo: Repository;
  private readonly guard: Pick<ConnectionGuard, 'authenticated'> | null;
  private readonly auth: Auth;
  private readonly config: Config;
  private readonly now: () => number;
  private readonly log: FastifyBaseLogger;
  private readonly serverKey: () => Promise<SigningKeyPair>;
  /** Counters for /metrics-style reporting and tests. */
  readonly stats = {
    connections: 0,
    authenticated: 0,
    delivered: 0,
    channelMessages: 0,
    envelopes: 0,
  };

  constructor(options: {
    repo: Repository;
    auth: Auth;
    config: Config;
    now: () => number;
    log: FastifyBaseLogger;
    /** The server key: it signs each channel message's attestation (spec/community.md §5.6). */
    serverKey: () => Promise<SigningKeyPair>;
    /** Told when a connection logged in (it leaves the unauthenticated count). */
    guard?: Pick<ConnectionGuard, 'authenticated'>;
  }) {
    this.guard = options.guard ?? null;
    this.serverKey = options.serverKey;
    this.repo = options.repo;
    this.auth = options.auth;
    this.config = options.config;
    this.now = options.now;
    this.log = options.log;
    // Each connection is pinged once per interval at its own time: 10,000
    // pings at one instant would stall every delivery behind them.
    this.heartbeat = setInterval(
      () => this.beat(),
      Math.min(1_000, this.config['websocket.heartbeat_ms']),
    );
    this.heartbeat.unref();
    this.flusher = setInterval(() => this.background(this.flushCursors()), CURSOR_FLUSH_MS);
    this.flusher.unref();
  }

  /** Authenticated connections now. */
  get connections(): number {
    return this.byDevice.size === 0
      ? 0
      : [...this.byDevice.values()].reduce((n, s) => n + s.size, 0);
  }

  /** A new WebSocket: it has `websocket.auth_timeout_ms` to authenticate. */
  accept(socket: WebSocket, ip: string): void {
    if (this.stopping) {
      socket.close(CLOSE.goingAway, 'server shutting down');
      return;
    }
    const conn = new Connection(
      socket,
      ip,
      this.now(),
      this.config['limits.ws_messages_per_second'],
      this.config['websocket.heartbeat_ms'],
    );
    this.all.add(conn);
    this.stats.connections++;
    const timer = setTimeout(() => {
      if (!conn.session) this.close(conn, CLOSE.unauthorized, 'authenticate first');
    }, this.config['websocket.auth_timeout_ms']);
    socket.on('pong', () => {
      conn.alive = true;
    });
    socket.on('message', (data, isBinary) => {
      conn.lastFrameAt = this.now();
      if (conn.closed) return;
      if (!isBinary) return this.close(conn, CLOSE.protocol, 'frames are binary');
      // Every frame, whatever its type, takes a token before any work (the
      // size is bounded by the WebSocket's maxPayload). Before login only
      // the one Authenticate frame is accepted (onFrame closes on any other).
      const allowed = conn.session === null || this.take(conn);
      if (!allowed && this.refuse(conn)) return this.close(conn, CLOSE.protocol, 'too many frames');
      const bytes = Array.isArray(data)
        ? new Uint8Array(Buffer.concat(data))
        : new Uint8Array(data as ArrayBuffer | Buffer);
      let f: ClientFrame;
      try {
        f = clientFrameCodec.decode(bytes);
      } catch {
        return this.close(conn, CLOSE.protocol, 'a frame did not decode');
      }
      // An acknowledgement costs a token more per 100 ids it names (the SDK
      // names up to 1,000 in one): a flood of big ones runs dry ten times faster.
      const extra =
        f.frame.case === 'acknowledge'
          ? Math.floor((f.frame.value.deliveryIds.length + f.frame.value.channels.length) / 100)
          : 0;
      if (!allowed || (extra > 0 && !this.take(conn, extra))) {
        if (allowed && this.refuse(conn))
          return this.close(conn, CLOSE.protocol, 'too many frames');
        // Refused unread; a request learns it (an acknowledgement has no answer).
        if (f.frame.case === 'send' || f.frame.case === 'channelSend')
          this.result(conn, f.requestId, new AppError('RATE_LIMITED', 'too many frames'));
        return;
      }
      const work = this.onFrame(conn, f).catch((err: unknown) => {
        // An outage is no bug: the client reconnects (1011) and resumes.
        if (isDatabaseUnavailable(err))
          this.log.warn({ err }, 'websocket frame: database unavailable');
        else this.log.error({ err }, 'websocket frame failed');
        this.close(conn, 1011, 'internal error');
      });
      this.inFlight.add(work);
      void work.finally(() => this.inFlight.delete(work));
    });
    socket.on('close', () => {
      clearTimeout(timer);
      this.drop(conn);
    });
    socket.on('error', () => this.drop(conn));
  }

  private async onFrame(conn: Connection, f: ClientFrame): Promise<void> {
    if (conn.closed) return;
    if (!conn.session) {
      if (f.frame.case !== 'authenticate')
        return this.close(conn, CLOSE.unauthorized, 'authenticate first');
      return this.authenticate(conn, f.requestId, f.frame.value.accessToken, f.frame.value.resume);
    }
    if (f.frame.case === 'authenticate')
      return this.close(conn, CLOSE.protocol, 'already authenticated');
    if (f.frame.case === 'acknowledge') return this.acknowledge(conn, f.frame.value);
    if (this.stopping)
      return this.result(conn, f.requestId, new AppError('UNAVAILABLE', 'shutting down'));
    try {
      if (f.frame.case === 'send') {
        const v = f.frame.value;
        const id = await this.sendEnvelope(
          conn.session,
          v.to!.uuid,
          v.to!.deviceId,
          v.envelope,
          v.clientId.length ? v.clientId : null,
        );
        this.send(
          conn,
          frame({ case: 'result', value: { requestId: f.requestId, deliveryId: uuidBytes(id) } }),
        );
      } else if (f.frame.case === 'channelSend') {
        const v = f.frame.value;
        const m = await this.sendToChannel(
          conn,
          uuidText(v.channelId),
          v.ciphertext,
          v.clientId.length ? v.clientId : null,
          v.frankingTag,
        );
        this.send(
          conn,
          frame({ case: 'result', value: { requestId: f.requestId, seq: BigInt(m.seq) } }),
        );
      }
    } catch (err) {
      this.result(conn, f.requestId, err);
    }
  }

  private result(conn: Connection, requestId: bigint, err: unknown): void {
    const e =
      err instanceof AppError
        ? err
        : err instanceof RepositoryError
          ? new AppError(err.code, err.message)
          : isDatabaseUnavailable(err)
            ? new AppError('UNAVAILABLE', 'the database cannot be reached', UNAVAILABLE_RETRY_MS)
            : new AppError('INTERNAL', 'internal error');
    if (e.code === 'INTERNAL') this.log.error({ err }, 'websocket request failed');
    else if (e.code === 'UNAVAILABLE')
      this.log.warn({ err }, 'websocket request: database unavailable');
    this.send(
      conn,
      frame({ case: 'result', value: { requestId, errorCode: e.code, errorMessage: e.message } }),
    );
  }

  private async authenticate(
    conn: Connection,
    requestId: bigint,
    token: string,
    resume: readonly { channelId: Uint8Array; seq: bigint }[],
  ): Promise<void> {
    let session: Session;
    try {
      session = await this.auth.authenticate(token);
    } catch {
      return this.close(conn, CLOSE.unauthorized, 'the access token is not valid');
    }
    if (conn.closed) return;
    conn.session = session;
    const tcp = (conn.socket as unknown as { _socket?: Socket })._socket;
    if (tcp) this.guard?.authenticated(tcp);
    // Live envelopes wait until the queue has gone out (catchUpEnvelopes).
    conn.envelopesCatchingUp = true;
    this.stats.authenticated++;
    const key = conn.key;
    let set = this.byDevice.get(key);
    if (!set) this.byDevice.set(key, (set = new Set()));
    set.add(conn);
    let mine = this.byMember.get(session.memberUuid);
    if (!mine) this.byMember.set(session.memberUuid, (mine = new Set()));
    mine.add(conn);
    await this.repo.touchDevice(session.memberUuid, session.deviceId, this.now());
    this.send(
      conn,
      frame({
        case: 'ready',
        value: {
          device: { uuid: session.memberUuid, deviceId: session.deviceId },
          serverTimeMs: BigInt(this.now()),
          heartbeatMs: this.config['websocket.heartbeat_ms'],
          maxMessageBytes: this.config['limits.message_bytes'],
        },
      }),
    );
    void requestId;
    // Where each channel starts: the larger of the stored cursor and what the
    // device holds, never past the channel's last message (a made-up
    // position would otherwise be acknowledged, and the device skip what comes).
    const cursors = await this.cursorsOf(session);
    const held = new Map(resume.map((r) => [uuidText(r.channelId), Number(r.seq)]));
    for (const [channelId, { seq: cursor, last }] of cursors) {
      const start = Math.max(cursor, Math.min(held.get(channelId) ?? 0, last));
      conn.channels.set(channelId, { sent: start, catchingUp: false, again: false });
    }
    await this.catchUpEnvelopes(conn);
    for (const channelId of conn.channels.keys())
      this.background(this.catchUpChannel(conn, channelId));
  }

  // --- 1:1 envelopes ---------------------------------------------------------------

  /** Queue an envelope for a device and deliver it to its connections. */
  async sendEnvelope(
    from: Session,
    toUuid: string,
    toDevice: Uint8Array,
    envelope: Uint8Array,
    clientId: Uint8Array | null = null,
  ): Promise<string> {
    if (envelope.length > this.config['limits.message_bytes'])
      throw new AppError(
        'PAYLOAD_TOO_LARGE',
        `an envelope is at most ${this.config['limits.message_bytes']} bytes`,
      );
    const target = await this.repo.device(toUuid, toDevice);
    if (!target || target.revokedAt !== null)
      throw new AppError('NOT_FOUND', 'no such device on this server');
    const now = this.now();
    const queued = {
      id: uuidv7(now),
      clientId,
      recipientUuid: toUuid,
      recipientDevice: toDevice,
      senderUuid: from.memberUuid,
      senderDevice: from.deviceId,
      envelope,
      acceptedAt: now,
    };
    const { id, repeated } = await this.repo.enqueue(queued, envelopeQuota(this.config));
    if (repeated) return id; // a retried send: queued (and delivered) before
    this.stats.envelopes++;
    const conns = this.byDevice.get(deviceKey(toUuid, toDevice));
    if (conns) {
      const bytes = frame({
        case: 'delivery',
        value: {
          id: uuidBytes(queued.id),
          from: { uuid: from.memberUuid, deviceId: from.deviceId },
          envelope,
          acceptedAtMs: BigInt(now),
        },
      });
      for (const c of conns) {
        if (c.envelopesCatchingUp) {
          // Sent after the older ones the catch-up is still reading.
          c.envelopesAgain = true;
          continue;
        }
        if (c.sentEnvelopes.has(queued.id)) continue;
        c.sentEnvelopes.add(queued.id);
        this.send(c, bytes);
      }
    }
    return queued.id;
  }

  /**
   * Send the device's queue, oldest first. Envelopes queued meanwhile are
   * not sent live (they would overtake older ones); the queue is read again
   * from its start instead, since transactions that started earlier may
   * commit later, and what this connection has had is skipped.
   */
  private async catchUpEnvelopes(conn: Connection): Promise<void> {
    const s = conn.session!;
    conn.envelopesCatchingUp = true;
    try {
      do {
        conn.envelopesAgain = false;
        let after: string | null = null;
        for (;;) {
          const page = await this.repo.pending(s.memberUuid, s.deviceId, after, PAGE);
          for (const e of page) {
            if (conn.closed) return;
            if (conn.sentEnvelopes.has(e.id)) continue;
            conn.sentEnvelopes.add(e.id);
            this.send(
              conn,
              frame({
                case: 'delivery',
                value: {
                  id: uuidBytes(e.id),
                  from: { uuid: e.senderUuid, deviceId: e.senderDevice },
                  envelope: e.envelope,
                  acceptedAtMs: BigInt(e.acceptedAt),
                },
              }),
            );
          }
          if (page.length < PAGE) break;
          after = page[page.length - 1]!.id;
        }
      } while (conn.envelopesAgain && !conn.closed);
    } finally {
      conn.envelopesCatchingUp = false;
    }
  }

  private async acknowledge(
    conn: Connection,
    ack: {
      deliveryIds: readonly Uint8Array[];
      channels: readonly { channelId: Uint8Array; seq: bigint }[];
    },
  ): Promise<void> {
    const s = conn.session!;
    if (ack.deliveryIds.length > MAX_ACK_IDS || ack.channels.length > MAX_ACK_IDS)
      return this.close(conn, CLOSE.protocol, `at most ${MAX_ACK_IDS} ids per acknowledgement`);
    if (ack.deliveryIds.length > 0) {
      // Only envelopes sent to this device's connections cost a write: an id
      // it was never sent (made up, or acknowledged already) is ignored.
      const conns = [...(this.byDevice.get(conn.key) ?? [])];
      if (!conns.some((c) => c.sentEnvelopes.size > 0)) return;
      const ids = [...new Set(ack.deliveryIds.map(uuidText))].filter((id) =>
        conns.some((c) => c.sentEnvelopes.has(id)),
      );
      if (ids.length === 0) return;
      for (const c of conns) for (const id of ids) c.sentEnvelopes.delete(id);
      await this.repo.acknowledge(s.memberUuid, s.deviceId, ids);
    }
    if (ack.channels.length > 0) {
      let entry = this.cursors.get(conn.key);
      if (!entry)
        this.cursors.set(
          conn.key,
          (entry = { uuid: s.memberUuid, device: s.deviceId, seqs: new Map() }),
        );
      for (const c of ack.channels) {
        const id = uuidText(c.channelId);
        // Only channels it belongs to, and never past what it was sent.
        const state = conn.channels.get(id);
        if (!state) continue;
        const seq = Math.min(Number(c.seq), state.sent);
        if (seq > (entry.seqs.get(id) ?? 0)) entry.seqs.set(id, seq);
      }
    }
  }

  /**
   * Where a device stands in each of its channels: the stored cursor, or the
   * acknowledgement not written yet when that is further (a device that
   * reconnects within the flush interval must not get again what it
   * acknowledged).
   */
  private async cursorsOf(s: Session): Promise<Map<string, { seq: number; last: number }>> {
    const cursors = await this.repo.cursorsOf(s.memberUuid, s.deviceId);
    const pending = this.cursors.get(deviceKey(s.memberUuid, s.deviceId));
    if (pending)
      for (const [channelId, seq] of pending.seqs) {
        const stored = cursors.get(channelId);
        if (stored !== undefined && seq > stored.seq) stored.seq = seq;
      }
    return cursors;
  }

  /** Write acknowledged channel positions (every second, and at shutdown). */
  async flushCursors(): Promise<void> {
    const batch = [...this.cursors.values()];
    this.cursors.clear();
    for (const { uuid, device, seqs } of batch)
      for (const [channelId, seq] of seqs) {
        try {
          await this.repo.advanceCursor(channelId, uuid, device, seq);
        } catch (err) {
          // A channel deleted meanwhile: nothing to keep.
          this.log.debug({ err }, 'cursor not saved');
        }
      }
  }

  // --- channels ------------------------------------------------------------------------

  private channelMembers(channelId: string): Promise<Set<string>> {
    let p = this.members.get(channelId);
    if (!p) {
      p = this.repo.channelMembers(channelId).then((ms) => new Set(ms.map((m) => m.uuid)));
      this.members.set(channelId, p);
      p.catch(() => this.members.delete(channelId));
    }
    return p;
  }

  private async sendToChannel(
    conn: Connection,
    channelId: string,
    payload: Uint8Array,
    clientId: Uint8Array | null,
    frankingTag: Uint8Array,
  ): Promise<StoredChannelMessage> {
    const s = conn.session!;
    if (payload.length > this.config['limits.message_bytes'])
      throw new AppError(
        'PAYLOAD_TOO_LARGE',
        `a message is at most ${this.config['limits.message_bytes']} bytes`,
      );
    if (!(await this.channelMembers(channelId)).has(s.memberUuid))
      throw new AppError('NOT_PERMITTED', 'not a member of this channel');
    const now = this.now();
    const stored = await this.append(channelId, {
      id: uuidv7(now),
      clientId,
      senderUuid: s.memberUuid,
      senderDevice: s.deviceId,
      payload,
      sentAt: now,
      frankingTag,
    });
    // The sender has it: the sending connection counts it as sent when it is the next one.
    const state = conn.channels.get(channelId);
    if (state && !state.catchingUp && state.sent === stored.seq - 1) state.sent = stored.seq;
    return stored;
  }

  /** Commit a channel message with those that came in while the last commit ran, then fan out. */
  private append(
    channelId: string,
    message: PendingSend['message'],
  ): Promise<StoredChannelMessage> {
    return new Promise((resolve, reject) => {
      const queue = this.writing.get(channelId);
      if (queue) {
        queue.push({ message, resolve, reject });
        return;
      }
      this.writing.set(channelId, []);
      this.background(this.commit(channelId, [{ message, resolve, reject }]));
    });
  }

  private async commit(channelId: string, batch: PendingSend[]): Promise<void> {
    try {
      const key = await this.serverKey();
      const stored = await this.repo.appendChannelMessages(
        channelId,
        batch.map((b) => b.message),
        (m) =>
          signMessageAttestation(key, {
            channelId: m.channelId,
            seq: m.seq,
            sender: deviceAddress(m.senderUuid, m.senderDevice),
            sentAt: m.sentAt,
            frankingTag: m.frankingTag,
          }),
      );
      const fresh = stored.filter((m) => !m.repeated);
      this.stats.channelMessages += fresh.length;
      for (let i = 0; i < batch.length; i++) batch[i]!.resolve(stored[i]!);
      await this.fanOut(channelId, fresh);
    } catch (err) {
      for (const b of batch) b.reject(err);
    }
    const next = this.writing.get(channelId);
    if (next && next.length > 0) {
      this.writing.set(channelId, []);
      this.background(this.commit(channelId, next));
    } else this.writing.delete(channelId);
  }

  private async fanOut(channelId: string, stored: StoredChannelMessage[]): Promise<void> {
    const members = await this.channelMembers(channelId);
    const encoded = stored.map((m) => ({ seq: m.seq, bytes: this.channelFrame(m) }));
    for (const uuid of members) {
      for (const conn of this.byMember.get(uuid) ?? []) {
        if (conn.closed) continue;
        const state = conn.channels.get(channelId);
        if (!state) {
          // Joined while connected: start from its cursor.
          conn.channels.set(channelId, { sent: 0, catchingUp: false, again: false });
          this.background(this.startChannel(conn, channelId));
          continue;
        }
        if (state.catchingUp) {
          state.again = true;
          continue;
        }
        // Several messages for one connection leave in one write.
        const raw = encoded.length > 1 ? socketOf(conn.socket) : undefined;
        raw?.cork();
        try {
          for (const m of encoded) {
            if (m.seq <= state.sent) continue;
            if (m.seq !== state.sent + 1) {
              this.background(this.catchUpChannel(conn, channelId));
              break;
            }
            state.sent = m.seq;
            this.send(conn, m.bytes);
            this.stats.delivered++;
          }
        } finally {
          raw?.uncork();
        }
      }
    }
  }

  private channelFrame(m: StoredChannelMessage): Encoded {
    return frame({
      case: 'channelMessage',
      value: {
        channelId: uuidBytes(m.channelId),
        seq: BigInt(m.seq),
        sender: { uuid: m.senderUuid, deviceId: m.senderDevice },
        ciphertext: m.payload,
        sentAtMs: BigInt(m.sentAt),
        frankingTag: m.frankingTag,
        attestation: m.attestation,
      },
    });
  }

  private async startChannel(conn: Connection, channelId: string): Promise<void> {
    const cursors = await this.cursorsOf(conn.session!);
    const state = conn.channels.get(channelId);
    if (!state) return;
    state.sent = Math.max(state.sent, cursors.get(channelId)?.seq ?? 0);
    await this.catchUpChannel(conn, channelId);
  }

  /** Send what the connection lacks of a channel from the database, in order. */
  private async catchUpChannel(conn: Connection, channelId: string): Promise<void> {
    const state = conn.channels.get(channelId);
    if (!state) return;
    if (state.catchingUp) {
      state.again = true;
      return;
    }
    state.catchingUp = true;
    try {
      do {
        state.again = false;
        for (;;) {
          if (conn.closed) return;
          const page = await this.repo.channelMessagesAfter(channelId, state.sent, PAGE);
          for (const [i, m] of page.entries()) {
            // Committed messages have no gaps (one transaction per batch, under
            // the channel's row lock) but what the retention purge deleted: a
            // page may start past it; within a page, a gap would be a bug.
            if (m.seq !== state.sent + 1 && i > 0) break;
            state.sent = m.seq;
            // Stored before franking (schema 5): no attestation, so no frame a client takes.
            if (m.attestation.length === 0) continue;
            this.send(conn, this.channelFrame(m));
            this.stats.delivered++;
          }
          if (page.length < PAGE) break;
        }
      } while (state.again);
    } finally {
      state.catchingUp = false;
    }
  }

  // --- changes from the HTTP side -----------------------------------------------------------

  /**
   * A channel's members changed (or it was deleted): reload them; the
   * connections of members who joined start getting it, those of members
   * who left stop at once. Only the members' own connections are touched.
   */
  channelChanged(channelId: string): void {
    const before = this.members.get(channelId);
    this.members.delete(channelId);
    void (async () => {
      const old = before ? await before.catch(() => new Set<string>()) : new Set<string>();
      const now = await this.channelMembers(channelId).catch(() => new Set<string>());
      for (const uuid of new Set([...old, ...now]))
        for (const conn of this.byMember.get(uuid) ?? []) {
          if (!now.has(uuid)) conn.channels.delete(channelId);
          else if (!conn.channels.has(channelId)) {
            conn.channels.set(channelId, { sent: 0, catchingUp: false, again: false });
            this.background(this.startChannel(conn, channelId));
          }
        }
    })().catch((err) => this.log.error({ err }, 'channel change failed'));
  }

  /** A task nobody awaits: its failure is logged, never an unhandled rejection. */
  private background(task: Promise<unknown>): void {
    task.catch((err) => this.log.error({ err }, 'websocket task failed'));
  }

  /**
   * One-time prekeys of a device were handed out: warn it when few of a kind
   * are left (the count is the smallest of the kinds that are low).
   */
  preKeysTaken(
    uuid: string,
    deviceHex: string,
    remaining: { readonly oneTime: number; readonly kemOneTime: number },
  ): void {
    const low = [
      ...(remaining.oneTime < PREKEYS_LOW ? [remaining.oneTime] : []),
      ...(remaining.kemOneTime < KEM_PREKEYS_LOW ? [remaining.kemOneTime] : []),
    ];
    if (low.length === 0) return;
    // Once a minute per device at most: a drain fetches many bundles a second.
    const key = deviceKey(uuid, deviceHex);
    const now = this.now();
    if (now - (this.lowSentAt.get(key) ?? -Infinity) < PREKEYS_LOW_EVERY_MS) return;
    const conns = this.byDevice.get(key);
    if (!conns) return;
    this.lowSentAt.set(key, now);
    if (this.lowSentAt.size > 10_000) this.lowSentAt.delete(this.lowSentAt.keys().next().value!);
    const bytes = frame({ case: 'prekeysLow', value: { count: Math.min(...low) } });
    for (const conn of conns) this.send(conn, bytes);
  }

  /** Devices were revoked: their connections close now. */
  revoked(uuid: string, deviceIds: readonly Uint8Array[]): void {
    for (const id of deviceIds)
      for (const conn of [...(this.byDevice.get(deviceKey(uuid, id)) ?? [])])
        this.close(conn, CLOSE.revoked, 'this device is revoked');
  }

  /** A login ended (logout): its connections close now. */
  disconnectSession(familyId: string): void {
    for (const conn of [...this.all])
      if (conn.session?.familyId === familyId) this.close(conn, CLOSE.revoked, 'logged out');
  }

  // --- plumbing -----------------------------------------------------------------------------

  /**
   * Count a frame refused for want of tokens; true when the connection has
   * had more refused within a second than the per-second rate (it is
   * flooding, not bursting: close it).
   */
  private refuse(conn: Connection): boolean {
    const now = this.now();
    if (now - conn.refusedSince > 1_000) {
      conn.refusedSince = now;
      conn.refused = 0;
    }
    return ++conn.refused > this.config['limits.ws_messages_per_second'];
  }

  private take(conn: Connection, count = 1): boolean {
    const rate = this.config['limits.ws_messages_per_second'];
    const now = this.now();
    conn.tokens = Math.min(rate * 2, conn.tokens + ((now - conn.tokensAt) / 1000) * rate);
    conn.tokensAt = now;
    if (conn.tokens < count) return false;
    conn.tokens -= count;
    return true;
  }

  private send(conn: Connection, bytes: Encoded): void {
    if (conn.closed) return;
    // A receiver this far behind is cut off; it catches up from its cursor on reconnect.
    if (conn.socket.bufferedAmount > this.config['limits.ws_send_buffer_bytes'])
      return this.close(conn, CLOSE.tooSlow, 'too far behind');
    conn.socket.send(bytes, { binary: true });
  }

  private close(conn: Connection, code: number, reason: string): void {
    if (conn.closed) return;
    conn.closed = true;
    try {
      conn.socket.close(code, reason);
    } catch {
      conn.socket.terminate();
    }
    this.drop(conn);
  }

  private drop(conn: Connection): void {
    conn.closed = true;
    this.all.delete(conn);
    if (!conn.session) return;
    const key = conn.key;
    const set = this.byDevice.get(key);
    set?.delete(conn);
    if (set?.size === 0) this.byDevice.delete(key);
    const mine = this.byMember.get(conn.session.memberUuid);
    mine?.delete(conn);
    if (mine?.size === 0) this.byMember.delete(conn.session.memberUuid);
  }

  private beat(): void {
    const now = this.now();
    const interval = this.config['websocket.heartbeat_ms'];
    const idle = this.config['websocket.idle_timeout_ms'];
    for (const conn of [...this.all]) {
      if (idle > 0 && now - conn.lastFrameAt > idle) {
        this.close(conn, CLOSE.idle, 'idle');
        continue;
      }
      if (now < conn.nextPingAt) continue;
      if (!conn.alive) {
        // No pong since the last ping: the peer is gone.
        conn.closed = true;
        conn.socket.terminate();
        this.drop(conn);
        continue;
      }
      conn.alive = false;
      conn.nextPingAt = now + interval;
      conn.socket.ping();
    }
  }

  /**
   * Close every connection with `1001 going away` (clients reconnect with
   * backoff), after the commits in flight finished and the acknowledged
   * positions were written.
   */
  async shutdown(timeoutMs: number): Promise<void> {
    // Stop taking work first: a request that arrives from now on is
    // answered UNAVAILABLE (the client retries elsewhere or later, with its
    // client id), so nothing is committed that its sender never hears of.
    this.stopping = true;
    clearInterval(this.heartbeat);
    clearInterval(this.flusher);
    const deadline = Date.now() + timeoutMs;
    // Then drain: every frame being handled, and the commits it waits for,
    // finish and send their answers before any socket closes (ws sends the
    // close frame after what is queued).
    while ((this.inFlight.size > 0 || this.writing.size > 0) && Date.now() < deadline)
      await Promise.race([
        Promise.allSettled([...this.inFlight]),
        new Promise((r) => setTimeout(r, 10)),
      ]);
    await this.flushCursors();
    for (const conn of [...this.all]) this.close(conn, CLOSE.goingAway, 'server shutting down');
  }
}
