/**
 * A libp2p circuit relay (v2) for NexusLink devices (spec/p2p.md §6): it
 * keeps reservations for devices behind NATs and relays connections to
 * them. Its limits are lifted from libp2p's defaults (2 minutes, 128 KiB per
 * relayed connection) to what a chat needs, and stay bounded. It listens on
 * TCP, QUIC and WebSockets, as its `listen` addresses say. Node-only.
 *
 * Devices set up WebRTC connections through it (spec/p2p.md §6.1): the
 * signalling protocol runs over the relayed connection like any other
 * stream (the relay forwards bytes, whatever the protocol), and counts
 * against the same limits; the WebRTC connection itself does not go through
 * the relay.
 */
import { NexusError } from '../interfaces/errors.js';
import { loadLibp2p } from './libp2p.js';

/** Options of {@link startCircuitRelay}. */
export interface CircuitRelayOptions {
  /**
   * Multiaddrs to listen on: TCP (`/ip4/…/tcp/4001`), QUIC
   * (`/ip4/…/udp/4001/quic-v1`), WebSockets (`/ip4/…/tcp/4002/ws`). Default
   * `/ip4/0.0.0.0/tcp/4001`.
   */
  readonly listen?: readonly string[];
  /** Addresses to announce instead (the public ones, behind 1:1 NAT). */
  readonly announce?: readonly string[];
  /** A 32-byte Ed25519 seed, so the relay keeps its PeerId across restarts (default: a new one). */
  readonly key?: Uint8Array;
  /** Devices holding a reservation at once (default 1,024). */
  readonly maxReservations?: number;
  /** How long one relayed connection may last, in ms (default 1 hour). */
  readonly connectionDurationMs?: number;
  /** Bytes one relayed connection may carry (default 64 MiB). */
  readonly connectionDataBytes?: number;
}

/** A running circuit relay. */
export interface CircuitRelay {
  /** Its PeerId (text form). */
  readonly peerId: string;
  /** The multiaddrs to give devices (`relays`, invite relay hints), each ending in `/p2p/<PeerId>`. */
  readonly addresses: readonly string[];
  /** Stop relaying and close every connection. */
  stop(): Promise<void>;
}

/**
 * Start a circuit relay.
 *
 * @example
 * ```ts
 * const relay = await startCircuitRelay({
 *   listen: ['/ip4/0.0.0.0/tcp/4001', '/ip4/0.0.0.0/udp/4001/quic-v1', '/ip4/0.0.0.0/tcp/4002/ws'],
 *   announce: ['/dns4/relay.example.org/tcp/4001', '/dns4/relay.example.org/udp/4001/quic-v1'],
 * });
 * console.log(relay.addresses); // give these to devices as `relays` or invite relay hints
 * ```
 * @throws NexusError `INVALID_ARGUMENT` for bad limits or key, `TRANSPORT`
 *   when it cannot listen.
 */
export async function startCircuitRelay(options: CircuitRelayOptions = {}): Promise<CircuitRelay> {
  const positive = (name: string, v: number | undefined, fallback: number, max: number) => {
    const value = v ?? fallback;
    if (!Number.isSafeInteger(value) || value < 1 || value > max)
      throw new NexusError('INVALID_ARGUMENT', `${name} is an integer from 1 to ${max}`);
    return value;
  };
  const maxReservations = positive('maxReservations', options.maxReservations, 1024, 1_000_000);
  const duration = positive(
    'connectionDurationMs',
    options.connectionDurationMs,
    3_600_000,
    86_400_000,
  );
  const data = positive(
    'connectionDataBytes',
    options.connectionDataBytes,
    64 * 1024 * 1024,
    2 ** 40,
  );
  if (
    options.key !== undefined &&
    (!(options.key instanceof Uint8Array) || options.key.length !== 32)
  )
    throw new NexusError('INVALID_ARGUMENT', 'the relay key is a 32-byte Ed25519 seed');
  const lib = await loadLibp2p('startCircuitRelay');
  const { circuitRelayServer, identify, noise, quic, tcp, webSockets, yamux } = lib;
  const privateKey = await lib.generateKeyPairFromSeed(
    'Ed25519',
    options.key ?? crypto.getRandomValues(new Uint8Array(32)),
  );
  let node;
  try {
    node = await lib.createLibp2p({
      privateKey,
      addresses: {
        listen: [...(options.listen ?? ['/ip4/0.0.0.0/tcp/4001'])],
        ...(options.announce ? { announce: [...options.announce] } : {}),
      },
      transports: [tcp(), quic(), webSockets()],
      connectionEncrypters: [noise()],
      streamMuxers: [yamux()],
      services: {
        identify: identify(),
        relay: circuitRelayServer({
          reservations: {
            maxReservations,
            applyDefaultLimit: true,
            defaultDurationLimit: duration,
            defaultDataLimit: BigInt(data),
          },
        }),
      },
    });
  } catch (cause) {
    throw new NexusError('TRANSPORT', 'the circuit relay did not start', { cause });
  }
  const peerId = node.peerId.toString();
  return {
    peerId,
    addresses: node.getMultiaddrs().map((m) => m.toString()),
    stop: async () => {
      await node.stop();
    },
  };
}
