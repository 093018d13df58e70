/**
 * The client's private core: its options, its state, the one write
 * transaction every part uses, and starting and stopping. The parts
 * (sessions, sending, outbox, inbound, inbox, identity updates, prekeys,
 * records) hold the core; the public facade `NexusClient` holds it too and
 * never exposes it.
 */
import type { MessageInitShape } from '@bufbuild/protobuf';
import { NexusError } from '../interfaces/errors.js';
import { checkClock, checkRandom, checkStorage } from '../interfaces/guards.js';
import type { PreKeyDirectory } from '../interfaces/directory.js';
import type { Clock, RandomSource } from '../interfaces/runtime.js';
import type { DeviceAddress } from '../interfaces/sessions.js';
import type { Storage } from '../interfaces/storage.js';
import type { Transport } from '../interfaces/transport.js';
import { systemClock, systemRandom } from '../identity/certificates.js';
import { checkLocal } from '../ratchet/context.js';
import { MAX_KEM_ONE_TIME_PREKEYS } from '../ratchet/prekey-upload.js';
import type { LocalDevice } from '../ratchet/prekeys.js';
import { deviceAddress } from '../ratchet/session.js';
import { transactionStores } from '../storage/layout.js';
import { EventHub } from './events.js';
import { FailureStreak, inContext } from './failures.js';
import type { ClientMessageSchema } from '../wire/gen/nexuslink/v1/client_pb.js';
import { encodeClientMessage } from './message.js';
import type { ClientEvent, ClientOptions } from './types.js';
import type { Body, Tx } from './transaction.js';
import { Records } from './records.js';
import { Sessions } from './sessions.js';
import { Outbox } from './outbox.js';
import { Sending } from './sending.js';
import { Inbound } from './inbound.js';
import { Inbox } from './inbox.js';
import { IdentityUpdates } from './identity-updates.js';
import { PreKeyPublisher } from './prekey-publisher.js';
import { Channels } from './channels.js';
import type { ChannelTransport } from './channels.js';
import { bounded, nonNegative } from './checks.js';

/** How often a running client checks its prekeys (count and age). */
const PREKEY_CHECK_MS = 3600 * 1000;

/**
 * The core of each `NexusClient`, for its contacts and groups APIs: their
 * public constructors take the client, and the core stays out of the typings.
 */
export const clientCores = new WeakMap<object, ClientCore>();

/** State and parts of one client; not part of the public API. */
export class ClientCore {
  readonly device: LocalDevice;
  readonly storage: Storage;
  readonly transports: readonly Transport[];
  readonly directory: PreKeyDirectory | undefined;
  readonly clock: Clock;
  readonly random: RandomSource;
  readonly deliveryReceipts: boolean;
  readonly refreshMs: number;
  readonly preKeyBatch: number;
  readonly preKeyMinimum: number;
  readonly kemPreKeyBatch: number;
  readonly kemPreKeyMinimum: number;
  readonly retryInitial: number;
  readonly retryMax: number;
  readonly hub: EventHub<ClientEvent>;
  readonly lastRefresh = new Map<string, number>();
  readonly loops: Promise<void>[] = [];
  readonly unsubscribe: (() => void)[] = [];
  closed = false;
  started = false;
  senderWake: (() => void) | null = null;
  senderKicked = false;
  sender: Promise<void> | null = null;
  replenishing: Promise<void> | null = null;
  replenishAgain = false;
  idleWaiters: (() => void)[] = [];
  inboxWork: Promise<void> = Promise.resolve();
  readonly healAttempts = new Map<string, number>();
  /** When each device was last told which session version this one reads. */
  readonly noticeAttempts = new Map<string, number>();
  readonly healing = new Set<Promise<void>>();

  /** This device's address. */
  readonly address: DeviceAddress;

  readonly records: Records = new Records(this);
  readonly sessions: Sessions = new Sessions(this);
  readonly outbox: Outbox = new Outbox(this);
  readonly sending: Sending = new Sending(this);
  readonly inbound: Inbound = new Inbound(this);
  readonly inbox: Inbox = new Inbox(this);
  readonly identity: IdentityUpdates = new IdentityUpdates(this);
  readonly prekeys: PreKeyPublisher = new PreKeyPublisher(this);
  readonly channels: Channels = new Channels(this);
  /** The community server whose channels this client reads, if any. */
  readonly channelTransport: ChannelTransport | undefined;

  /** Check the options (see {@link createClient}) and set up the parts. */
  constructor(options: ClientOptions) {
    if (typeof options !== 'object' || options === null)
      throw new NexusError('INVALID_ARGUMENT', 'createClient takes an options object');
    const { device, storage, transports } = options;
    checkLocal(device, 'device');
    checkStorage(storage);
    if (!Array.isArray(transports) || transports.length === 0)
      throw new NexusError('INVALID_ARGUMENT', 'give at least one transport');
    this.device = device;
    this.address = Object.freeze(deviceAddress(device.uuid, device.deviceId));
    for (const t of transports) {
      if (t?.address?.uuid !== this.address.uuid || t.address.deviceId !== this.address.deviceId)
        throw new NexusError('INVALID_ARGUMENT', 'every transport must be for this device');
    }
    const { directory, clock, random } = options;
    if (
      directory !== undefined &&
      (typeof directory?.fetchBundles !== 'function' || typeof directory.publish !== 'function')
    )
      throw new NexusError(
        'INVALID_ARGUMENT',
        'directory must be a PreKeyDirectory (CommunityClient.directory, p2pTransport().preKeyDirectory, ...)',
      );
    checkClock(clock);
    checkRandom(random);
    const channels = options.channels as Partial<ChannelTransport> | undefined;
    if (
      channels !== undefined &&
      (typeof channels !== 'object' ||
        channels === null ||
        typeof channels.onChannelMessage !== 'function' ||
        typeof channels.sendChannelMessage !== 'function' ||
        typeof channels.channelMembers !== 'function')
    )
      throw new NexusError('INVALID_ARGUMENT', 'channels must be a CommunityClient');
    this.channelTransport = options.channels;
    for (const flag of ['deliveryReceipts', 'start'] as const)
      if (options[flag] !== undefined && typeof options[flag] !== 'boolean')
        throw new NexusError('INVALID_ARGUMENT', `${flag} must be true or false`);
    this.storage = storage;
    this.transports = [...transports];
    this.directory = directory;
    this.clock = clock ?? systemClock;
    this.random = random ?? systemRandom;
    this.deliveryReceipts = options.deliveryReceipts ?? true;
    this.refreshMs = nonNegative(
      options.deviceRefreshIntervalMs ?? 600_000,
      'deviceRefreshIntervalMs',
    );
    this.preKeyBatch = bounded(
      options.oneTimePreKeys?.batch ?? 100,
      1,
      1000,
      'oneTimePreKeys.batch',
    );
    this.preKeyMinimum = bounded(
      options.oneTimePreKeys?.minimum ?? 20,
      0,
      this.preKeyBatch,
      'oneTimePreKeys.minimum',
    );
    // Smaller than the X25519 ones: each one-time KEM prekey is ~1.7 KB in the directory.
    this.kemPreKeyBatch = bounded(
      options.kemOneTimePreKeys?.batch ?? 20,
      1,
      MAX_KEM_ONE_TIME_PREKEYS,
      'kemOneTimePreKeys.batch',
    );
    this.kemPreKeyMinimum = bounded(
      options.kemOneTimePreKeys?.minimum ?? 5,
      0,
      this.kemPreKeyBatch,
      'kemOneTimePreKeys.minimum',
    );
    this.retryInitial = bounded(options.retry?.initialMs ?? 250, 1, 3_600_000, 'retry.initialMs');
    this.retryMax = bounded(
      options.retry?.maxMs ?? 30_000,
      this.retryInitial,
      3_600_000,
      'retry.maxMs',
    );
    this.hub = new EventHub<ClientEvent>(() => {
      // A listener's exception is the app's: the client goes on.
    });
  }

  /** This identity's UUID. */
  get uuid(): string {
    return this.device.uuid;
  }

  /**
   * Start receiving and sending: done by {@link createClient} unless it was
   * given `start: false`. Starting twice does nothing.
   */
  async start(): Promise<void> {
    this.live();
    if (this.started) return;
    // Fail early on a storage that does not open (and stay startable).
    await this.storage.read((tx) => tx.get('local', 'client'));
    if (this.started) return;
    this.started = true;
    for (const transport of this.transports) {
      this.unsubscribe.push(
        transport.onStateChange((state) => {
          this.hub.emit({ type: 'connection', transport: transport.kind, state });
          if (state === 'connected') this.outbox.kickSender();
        }),
      );
      this.loops.push(this.inbound.receiveLoop(transport));
    }
    // Hourly: prekeys (count and age), and the group messages waiting in the inbox (expiry).
    const hourly = () => {
      this.prekeys.replenishPreKeys();
      this.inboxWork = this.inboxWork.then(() =>
        // The storage failed: the entries stay, retried next hour.
        this.inbox.retryInbox('').catch((err: unknown) => this.report(err, 'the inbox')),
      );
      this.inboxWork = this.inboxWork.then(() =>
        this.sessions.sweepSessions().then(
          () => undefined,
          (error: unknown) => {
            // The storage failed: report it; the next hour tries again.
            if (!this.closed && NexusError.is(error)) this.hub.emit({ type: 'error', error });
          },
        ),
      );
    };
    this.unsubscribe.push(this.channels.listen());
    hourly();
    const timer = setInterval(hourly, PREKEY_CHECK_MS);
    (timer as { unref?: () => void }).unref?.();
    this.unsubscribe.push(() => clearInterval(timer));
    this.outbox.kickSender();
  }

  /**
   * Stop: close the transports, finish what is in flight, end the event
   * iterators. The storage stays open (it is the app's). Closing twice does nothing.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const stop of this.unsubscribe) stop();
    this.senderWake?.();
    for (const wake of [...this.#pauses]) wake();
    await Promise.allSettled(this.transports.map((t) => t.close()));
    await Promise.allSettled([
      this.channels.settled(),
      ...this.loops,
      this.sender,
      this.replenishing,
      this.inboxWork,
      ...this.healing,
    ]);
    for (const wake of this.idleWaiters.splice(0)) wake();
    this.hub.close();
  }

  /** The directory's failures in a row (bundles, prekeys, heals). */
  readonly directoryFailures = new FailureStreak();

  /** Wakes whatever waits in {@link pause}: called on close. */
  readonly #pauses = new Set<() => void>();

  /** Tell the app about a failure caught in the background, saying where (nothing once closed). */
  report(err: unknown, where: string, sender?: DeviceAddress): void {
    if (this.closed) return;
    this.hub.emit({ type: 'error', error: inContext(err, where), ...(sender ? { sender } : {}) });
  }

  /** Emit an `error` event (nothing once closing). */
  emitError(error: NexusError): void {
    if (!this.closed) this.hub.emit({ type: 'error', error });
  }

  /** Wait `ms`, or less if the client closes meanwhile. */
  pause(ms: number): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.#pauses.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.#pauses.add(wake);
    });
  }

  live(): void {
    if (this.closed) throw new NexusError('INVALID_ARGUMENT', 'the client is closed');
  }

  /** Run `fn` in one write transaction, then emit its events. */
  async write<T>(fn: (t: Tx) => Promise<T>): Promise<T> {
    this.live();
    let state!: Tx;
    const result = await this.storage.write(async (tx) => {
      state = {
        tx,
        stores: transactionStores(tx),
        now: this.clock.now(),
        events: [],
        preKeyUsed: false,
        senderKeysFrom: new Set(),
        groupChanged: false,
        queued: false,
      };
      return fn(state);
    });
    for (const event of state.events) this.hub.emit(event);
    if (state.queued) this.outbox.kickSender();
    if (state.preKeyUsed) this.prekeys.replenishPreKeys();
    // Follow-ups run after the caller's commit, one at a time, and never fail the caller.
    const prefixes = state.groupChanged ? [''] : [...state.senderKeysFrom].map((a) => `${a}/`);
    for (const prefix of prefixes)
      this.inboxWork = this.inboxWork.then(() =>
        // The storage failed: the entries stay, retried on the next key or group change.
        this.inbox.retryInbox(prefix).catch((err: unknown) => this.report(err, 'the inbox')),
      );
    return result;
  }

  encode(body: Body, groupId?: Uint8Array, id?: Uint8Array, timestampMs?: number): Uint8Array {
    return encodeClientMessage(this.message(body, groupId, id, timestampMs));
  }

  /** A ClientMessage of this client (a fresh id and the time now unless given). */
  message(
    body: Body,
    groupId?: Uint8Array,
    id?: Uint8Array,
    timestampMs?: number,
    frankingKey?: Uint8Array,
  ): MessageInitShape<typeof ClientMessageSchema> {
    return {
      version: 1,
      id: id ?? this.random.randomBytes(16),
      timestampMs: BigInt(timestampMs ?? this.clock.now()),
      groupId: groupId ?? new Uint8Array(0),
      body,
      frankingKey: frankingKey ?? new Uint8Array(0),
    };
  }
}
