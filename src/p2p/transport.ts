/**
 * `p2pTransport`: envelopes device to device over libp2p (spec/p2p.md §4),
 * with no server. Node-only (TCP, QUIC, WebSockets, WebRTC, circuit relays).
 * This file is the coordinator: it checks the options, starts and stops the
 * node, and hands each job to its part (one file each):
 *
 * - `node.ts` configures the libp2p node; `ice.ts` its STUN/TURN servers.
 * - `hello.ts`: a stream begins with a `PeerHello` from each side. Each
 *   verifies the other's certificates and binding against the PeerId the
 *   Noise handshake proved; the dialer also checks that it reached the
 *   device it meant. A mismatch ends the stream: `PEER_MISMATCH`.
 * - `delivery.ts`: `send` stores the envelope in the transport's outbox (its
 *   own Storage) and resolves: it is accepted, and delivered as soon as the
 *   recipient is reachable, in order per recipient, retried with backoff.
 *   `inbox.ts`: the recipient stores it in its inbox before it
 *   acknowledges; only then does it leave the outbox. Delivery is at least
 *   once, as for every transport. `framing.ts` puts frames on streams.
 * - `paths.ts`: two NATed Node peers cannot hole-punch TCP or QUIC in
 *   js-libp2p, so a connection through a circuit relay is upgraded to
 *   WebRTC (ICE, with the STUN/TURN servers of `iceServers`) when it can be;
 *   streams then move to it, and stay on the relay when it cannot
 *   (spec/p2p.md §6.1).
 * - `dial.ts` finds a device and opens streams to it; `dht.ts` publishes and
 *   looks up device records; `offline-relay.ts` leaves envelopes at, and
 *   fetches them from, an offline relay; `peer-prekeys.ts` is the prekey
 *   directory with no server.
 *
 * The libp2p packages load on the first start (`libp2p.ts`), never on import.
 */
import type { Connection, PeerId, Stream } from '@libp2p/interface';
import type { Libp2p } from 'libp2p';
import { NexusError } from '../interfaces/errors.js';
import { pathError } from './errors.js';
import type { Clock } from '../interfaces/runtime.js';
import type { DeviceAddress } from '../interfaces/sessions.js';
import type { PreKeyDirectory } from '../interfaces/directory.js';
import type { InboundEnvelope, TransportState } from '../interfaces/transport.js';
import { SigningKeyPair } from '../identity/signing-key.js';
import { uuidFromPublicKey } from '../identity/uuid.js';
import { toHex } from '../primitives/bytes.js';
import { listAll } from '../storage/list-all.js';
import { checkAddress, checkEnvelope } from '../interfaces/guards.js';
import { HELLO_MAX_BYTES, HELLO_TIMEOUT_MS, IDLE_TIMEOUT_MS, keyOf } from './context.js';
import type { P2PContext } from './context.js';
import { Delivery } from './delivery.js';
import { Dialer } from './dial.js';
import { Dht } from './dht.js';
import { FrameReader, nextFrame, write } from './framing.js';
import { Hello } from './hello.js';
import { checkIceServers } from './ice.js';
import { Inbox } from './inbox.js';
import { loadLibp2p, loadWebRtc } from './libp2p.js';
import type { Libp2pModules } from './libp2p.js';
import { createNode } from './node.js';
import { OfflineRelay } from './offline-relay.js';
import type {
  P2PIceServer,
  P2PPath,
  P2PPathChange,
  P2PTransport,
  P2PTransportOptions,
} from './options.js';
import { pathOf, Paths } from './paths.js';
import { PeerPreKeys } from './peer-prekeys.js';
import { peerIdFromEd25519PublicKey, peerIdFromString, peerIdToString } from './peer-id.js';

/**
 * A transport over libp2p (TCP, QUIC, WebSockets, circuit relays and
 * WebRTC; Noise and yamux where the transport needs them). Call `connect()`
 * to start it; publish `peerId` and `addresses` (an invite, a discovery
 * record) so others can resolve this device.
 *
 * @example
 * ```ts
 * const transport = p2pTransport({
 *   device, transportKey, storage, resolve,
 *   relays: ['/dns4/relay.example.org/tcp/4001/p2p/12D3KooW…'],
 *   iceServers: [{ urls: 'turn:turn.example.org:3478', username, credential }],
 * });
 * await transport.connect();
 * ```
 * @throws NexusError `INVALID_ARGUMENT` for a bad transport key, device,
 *   `webrtc`, `iceServers` or `iceTransportPolicy`.
 */
export function p2pTransport(options: P2PTransportOptions): P2PTransport {
  if (!(options.transportKey instanceof Uint8Array) || options.transportKey.length !== 32)
    throw new NexusError('INVALID_ARGUMENT', 'the transport key is a 32-byte Ed25519 seed');
  if (typeof options.resolve !== 'function')
    throw new NexusError('INVALID_ARGUMENT', 'p2pTransport needs a resolve function');
  if (options.webrtc !== undefined && typeof options.webrtc !== 'boolean')
    throw new NexusError('INVALID_ARGUMENT', 'webrtc is true or false');
  const iceServers = checkIceServers(options.iceServers, options.iceTransportPolicy);
  return new Libp2pTransport(options, iceServers);
}

class Libp2pTransport implements P2PTransport {
  readonly kind = 'libp2p';
  readonly address: DeviceAddress;
  readonly peerId: string;
  readonly #options: P2PTransportOptions;
  readonly #clock: Clock;
  #state: TransportState = 'disconnected';
  #node: Libp2p | null = null;
  /** The libp2p functions, loaded by the first start. */
  #lib: Libp2pModules | null = null;
  #starting: Promise<void> | null = null;
  /** The last sequence number of an inbox or outbox key. */
  #seq = 0;
  readonly #listeners = new Set<(state: TransportState) => void>();
  /** The STUN/TURN servers, checked and frozen. */
  readonly #iceServers: readonly P2PIceServer[];
  /** What the parts see of this transport. */
  readonly #ctx: P2PContext;
  readonly #hello: Hello;
  readonly #paths: Paths;
  readonly #dht: Dht;
  readonly #dialer: Dialer;
  readonly #inbox: Inbox;
  readonly #relay: OfflineRelay | null;
  readonly #delivery: Delivery;
  readonly #preKeys: PeerPreKeys;

  constructor(options: P2PTransportOptions, iceServers: readonly P2PIceServer[]) {
    this.#options = options;
    this.#iceServers = iceServers;
    this.#clock = options.clock ?? { now: () => Date.now() };
    const d = options.device;
    this.address = Object.freeze({
      uuid: uuidFromPublicKey(d.identityKey),
      deviceId: toHex(d.deviceId),
    });
    checkAddress(this.address);
    this.peerId = peerIdToString(
      peerIdFromEd25519PublicKey(SigningKeyPair.fromSeed(options.transportKey).publicKey.bytes),
    );
    // The parts see the coordinator through this object, never the transport itself.
    const state = () => this.#state;
    const node = () => this.#node;
    const ctx: P2PContext = (this.#ctx = {
      options,
      clock: this.#clock,
      address: this.address,
      peerId: this.peerId,
      get state() {
        return state();
      },
      get node() {
        return node();
      },
      lib: () => this.#loaded(),
      nextSeq: () => ++this.#seq,
    });
    this.#hello = new Hello(ctx);
    this.#paths = new Paths(ctx, iceServers);
    this.#dht = new Dht(ctx, this.#hello);
    this.#dialer = new Dialer(ctx, this.#paths, this.#dht);
    this.#inbox = new Inbox(ctx);
    this.#relay = options.offlineRelay
      ? new OfflineRelay(ctx, (sender, id, envelope) => this.#inbox.accept(sender, id, envelope))
      : null;
    this.#delivery = new Delivery(ctx, {
      hello: this.#hello,
      paths: this.#paths,
      dialer: this.#dialer,
      relay: this.#relay,
    });
    this.#preKeys = new PeerPreKeys(ctx, this.#dialer);
  }

  get state(): TransportState {
    return this.#state;
  }

  get addresses(): readonly string[] {
    return this.#node ? this.#node.getMultiaddrs().map((m) => m.toString()) : [];
  }

  #set(state: TransportState): void {
    if (state === this.#state) return;
    this.#state = state;
    this.#inbox.wake();
    for (const listener of [...this.#listeners]) {
      try {
        listener(state);
      } catch {
        // a listener's failure is its own
      }
    }
  }

  #live(): void {
    if (this.#state === 'closed') throw pathError('the transport is closed');
  }

  async connect(): Promise<void> {
    this.#live();
    if (this.#state === 'connected') return;
    this.#starting ??= this.#start().finally(() => {
      this.#starting = null;
    });
    return this.#starting;
  }

  #loaded(): Libp2pModules {
    if (!this.#lib) throw pathError('the transport is not started');
    return this.#lib;
  }

  async #start(): Promise<void> {
    this.#set('connecting');
    let node: Libp2p | null = null;
    try {
      const webrtc = this.#options.webrtc !== false;
      const lib = await loadLibp2p('p2pTransport');
      // WebRTC is on by default when its package is installed; asked for explicitly, it is required.
      const webRTC = webrtc ? await loadWebRtc(this.#options.webrtc === true) : null;
      this.#lib = lib;
      await this.#hello.binding();
      const inbox = await this.#options.storage.read((tx) => listAll(tx, 'inbox'));
      const outbox = await this.#options.storage.read((tx) => listAll(tx, 'outbox'));
      this.#seq = Math.max(this.#seq, this.#inbox.load(inbox));
      // Keys carry a sequence number that only grows (not the clock, which may step back).
      for (const { key } of outbox) this.#seq = Math.max(this.#seq, Number(key.split('/')[2]));
      node = await createNode(this.#ctx, lib, webRTC, this.#iceServers, {
        envelopes: (stream, connection) => this.#serve(stream, connection),
        preKeys: (stream, connection) => this.#preKeys.serve(stream, connection),
        opened: (connection) => this.#paths.opened(connection, webRTC !== null),
        closed: (connection) => this.#paths.changed(connection.remotePeer, connection),
        offeringTurn: () => this.#paths.offeringTurn,
      });
      if (this.#state === 'closed') throw pathError('the transport is closed');
      this.#node = node;
      this.#set('connected');
      if (this.#options.dht) this.#dht.join(this.#options.dht.bootstrap);
      this.#relay?.start();
      // Whatever waits in the outbox goes out now.
      const recipients = new Set(outbox.map((p) => p.key.split('/').slice(0, 2).join('/')));
      for (const r of recipients) this.#delivery.flush(r);
    } catch (cause) {
      // Nothing may keep listening (or announcing) after a failed start.
      if (this.#node === node) this.#node = null;
      await Promise.resolve(node?.stop()).catch(() => undefined);
      if (this.#state !== 'closed') this.#set('disconnected');
      throw cause instanceof NexusError
        ? cause
        : new NexusError('TRANSPORT', 'the libp2p node did not start', { cause });
    }
  }

  /** An incoming stream: hellos, then envelopes stored and acknowledged one by one. */
  async #serve(stream: Stream, connection: Connection): Promise<void> {
    const reader = new FrameReader(stream);
    const from = this.#hello.verify(
      await nextFrame(reader, HELLO_TIMEOUT_MS, HELLO_MAX_BYTES),
      connection,
    );
    const sender = keyOf(from);
    const peerId = connection.remotePeer.toString();
    this.#dialer.learn(sender, peerId);
    this.#paths.proved(sender, peerId);
    await write(stream, await this.#hello.frame());
    // It can be reached now: whatever waits for it goes out.
    this.#delivery.flush(sender);
    for (;;) {
      const frame = await nextFrame(reader, IDLE_TIMEOUT_MS);
      if (frame === null) break;
      if (frame.frame.case !== 'envelope')
        throw new NexusError('MALFORMED', 'only envelopes follow the hello');
      const { id, envelope } = frame.frame.value;
      await this.#inbox.accept(sender, id, envelope);
      await write(stream, { case: 'ack', value: { id } });
    }
    await stream.close();
  }

  preKeyDirectory(options: {
    readonly devicesOf: (uuid: string) => Promise<readonly DeviceAddress[]>;
  }): PreKeyDirectory {
    return this.#preKeys.directory(options);
  }

  async send(to: DeviceAddress, envelope: Uint8Array): Promise<void> {
    this.#live();
    checkAddress(to, 'recipient');
    checkEnvelope(envelope);
    if (this.#state !== 'connected')
      throw pathError('not connected: the envelope was not accepted');
    await this.#delivery.send(to, envelope);
  }

  receive(): AsyncIterable<InboundEnvelope> {
    this.#live();
    return this.#inbox.receive();
  }

  async acknowledge(id: string): Promise<void> {
    this.#live();
    if (typeof id !== 'string')
      throw new NexusError('INVALID_ARGUMENT', 'an envelope id is a string');
    await this.#inbox.acknowledge(id);
  }

  /**
   * How many envelopes `send` accepted that are not delivered yet (nor left
   * at the offline relay). A program about to stop waits for 0; what it does
   * not wait for goes out when a transport starts again on the same storage.
   */
  async pendingDeliveries(): Promise<number> {
    return this.#delivery.pending();
  }

  onDeliveryFailure(listener: (to: DeviceAddress, error: NexusError) => void): () => void {
    return this.#delivery.onFailure(listener);
  }

  async pathTo(peer: DeviceAddress | string): Promise<P2PPath> {
    let peerId: string | null;
    if (typeof peer === 'string') {
      try {
        peerId = peerIdToString(peerIdFromString(peer));
      } catch (cause) {
        throw new NexusError('INVALID_ARGUMENT', 'not a PeerId', { cause });
      }
    } else {
      checkAddress(peer);
      const key = keyOf(peer);
      peerId =
        this.#delivery.peerOf(key) ??
        this.#dialer.learned(key) ??
        // What the app says (not the DHT: a diagnostic should not start queries).
        (await this.#options.resolve(peer).catch(() => null))?.peerId ??
        null;
    }
    if (peerId === null || !this.#node) return 'none';
    let target: PeerId;
    try {
      target = this.#loaded().peerIdFromString(peerId);
    } catch {
      return 'none'; // resolve named something that is no PeerId
    }
    const best = this.#paths.best(target);
    return best ? pathOf(best) : 'none';
  }

  onPathChange(listener: (change: P2PPathChange) => void): () => void {
    return this.#paths.onChange(listener);
  }

  onStateChange(listener: (state: TransportState) => void): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  async close(): Promise<void> {
    if (this.#state === 'closed') return;
    this.#set('closed');
    this.#dht.close();
    this.#relay?.close();
    this.#paths.close();
    this.#delivery.close();
    await this.#starting?.catch(() => undefined);
    const node = this.#node;
    this.#node = null;
    await node?.stop();
  }
}
