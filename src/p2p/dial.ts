/**
 * Reaching a device: where it is (what `resolve` says, the PeerId it last
 * proved in a hello, the DHT) and a stream of a protocol to it, on the best
 * open connection or a new dial (spec/p2p.md §4-§5).
 */
import type { Connection, Stream } from '@libp2p/interface';
import { NexusError } from '../interfaces/errors.js';
import { pathError } from './errors.js';
import type { DeviceAddress } from '../interfaces/sessions.js';
import { dialableAddresses } from './addresses.js';
import { HELLO_TIMEOUT_MS, keyOf, MAX_LEARNED, remember } from './context.js';
import type { P2PContext } from './context.js';
import type { Dht } from './dht.js';
import type { P2PPeerInfo } from './options.js';
import { pathOf } from './paths.js';
import type { Paths } from './paths.js';
import { peerIdFromString, peerIdToString } from './peer-id.js';

/** Whether a dial failed because the peer proved another key than the PeerId dialed. */
function isUnexpectedPeer(err: unknown, depth = 0): boolean {
  if (!(err instanceof Error) || depth > 3) return false;
  // TCP and WebSockets (Noise): UnexpectedPeerError; QUIC (TLS) says it in a plain Error.
  if (err.name === 'UnexpectedPeerError' || /^Dialed peer \S+ but connected to /.test(err.message))
    return true;
  const inner = (err as { errors?: unknown[] }).errors ?? [];
  return [...inner, err.cause].some((e) => isUnexpectedPeer(e, depth + 1));
}

/** Finds devices and opens streams to them. */
export class Dialer {
  readonly #ctx: P2PContext;
  readonly #paths: Paths;
  readonly #dht: Dht;
  /** PeerIds of devices that opened a stream to this one and proved who they are. */
  readonly #learned = new Map<string, string>();

  constructor(ctx: P2PContext, paths: Paths, dht: Dht) {
    this.#ctx = ctx;
    this.#paths = paths;
    this.#dht = dht;
  }

  /** Remember which PeerId proved to be `device` (the most recent {@link MAX_LEARNED}). */
  learn(device: string, peerId: string): void {
    remember(this.#learned, device, peerId, MAX_LEARNED);
  }

  /** The PeerId `device` (`uuid/deviceId`) proved to be in its last hello here, if any. */
  learned(device: string): string | undefined {
    return this.#learned.get(device);
  }

  /**
   * Where `device` is: what `resolve` says, else the PeerId it proved when it
   * last opened a stream here (dialed at the addresses libp2p saw it on).
   */
  async where(device: DeviceAddress): Promise<P2PPeerInfo | null> {
    const info = await this.#ctx.options.resolve(device);
    if (info) return info;
    const learned = this.#learned.get(keyOf(device));
    if (learned) return { peerId: learned, addresses: [] };
    return this.#ctx.options.dht ? this.#dht.lookUp(device) : null;
  }

  /**
   * A stream of `protocol` to `device`, where `where` says it is. The
   * record's PeerId is the one to reach, whatever an address says; with no
   * addresses, wherever discovery saw that PeerId.
   *
   * @throws NexusError `TRANSPORT` (not reachable now), `PEER_MISMATCH` (Noise
   *   proved another key than the PeerId dialed).
   */
  async dial(
    device: DeviceAddress,
    protocol: string,
  ): Promise<{ stream: Stream; connection: Connection }> {
    const info = await this.where(device);
    if (!info) throw pathError('the device cannot be reached now');
    const target = this.#ctx.lib().peerIdFromString(peerIdToString(peerIdFromString(info.peerId)));
    const node = this.#ctx.node;
    if (!node || this.#ctx.state !== 'connected') throw pathError('the transport is not running');
    // A connection open to that PeerId already (Noise or TLS proved it): the best
    // one, unless it is relayed and an address might give a direct one.
    const open = this.#paths.best(target);
    const directAddress = () =>
      dialableAddresses(info.addresses).some((a) => !a.includes('/p2p-circuit'));
    if (open && (pathOf(open) !== 'relay' || !directAddress())) {
      try {
        const stream = await open.newStream(protocol, {
          runOnLimitedConnection: true,
          signal: AbortSignal.timeout(HELLO_TIMEOUT_MS),
        });
        return { stream, connection: open };
      } catch {
        // closing under us: dial again below
      }
    }
    let known = info.addresses;
    if (known.length === 0) {
      // Wherever discovery (mDNS, identify) saw that PeerId.
      if (!(await node.peerStore.has(target))) throw pathError('the device cannot be reached now');
      known = (await node.peerStore.get(target)).addresses.map((a) => a.multiaddr.toString());
    }
    // WebRTC comes as an upgrade of a relayed connection (`Paths`, paths.ts, in the
    // background), never as the first dial: an ICE attempt that finds no path
    // takes many seconds, the relay a round trip.
    const bases = new Set(
      known.map((a) => a.replace(/\/p2p\/[^/]+$/, '').replace(/\/webrtc$/, '')),
    );
    // Private addresses of other networks lead nowhere: not dialed (addresses.ts).
    const addrs = dialableAddresses([...bases])
      .filter((a) => a.startsWith('/') && !a.startsWith('/p2p/'))
      .map((a) => this.#ctx.lib().multiaddr(`${a}/p2p/${info.peerId}`));
    try {
      const stream = await node.dialProtocol(addrs.length > 0 ? addrs : target, protocol, {
        runOnLimitedConnection: true,
      });
      const connection = node.getConnections(target).find((c) => c.streams.includes(stream));
      if (!connection) {
        stream.abort(new Error('the connection closed'));
        throw pathError('the connection closed');
      }
      return { stream, connection };
    } catch (cause) {
      if (cause instanceof NexusError) throw cause;
      if (isUnexpectedPeer(cause))
        throw new NexusError('PEER_MISMATCH', 'the peer at that address is another device', {
          cause,
          details: { retryElsewhere: true },
        });
      throw pathError('the device cannot be reached now', cause);
    }
  }
}
