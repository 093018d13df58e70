/**
 * Node configuration: the libp2p node a p2p transport runs (its key, listen
 * addresses and relay reservations, transports, Noise and yamux, mDNS, the
 * DHT services) with the NexusLink protocols handled (spec/p2p.md §4-§7).
 */
import type { Connection, Stream } from '@libp2p/interface';
import type { Libp2p } from 'libp2p';
import type { P2PContext } from './context.js';
import { dhtServices } from './dht.js';
import { rtcConfiguration } from './ice.js';
import type { Libp2pModules, loadWebRtc } from './libp2p.js';
import { ENVELOPE_PROTOCOL, PREKEY_PROTOCOL } from './options.js';
import type { P2PIceServer } from './options.js';

/** The mDNS service NexusLink devices announce themselves under. */
const MDNS_SERVICE = '_nexuslink._udp.local';

/** What the node hands to the rest of the transport. */
export interface NodeHandlers {
  /** An incoming envelope stream (a failure aborts it). */
  readonly envelopes: (stream: Stream, connection: Connection) => Promise<void>;
  /** An incoming prekey request (a failure aborts it). */
  readonly preKeys: (stream: Stream, connection: Connection) => Promise<void>;
  readonly opened: (connection: Connection) => void;
  readonly closed: (connection: Connection) => void;
  /** Whether a WebRTC upgrade offers TURN candidates now. */
  readonly offeringTurn: () => boolean;
}

/** Start the libp2p node of a transport (not yet listed as running: the coordinator does that). */
export async function createNode(
  ctx: P2PContext,
  lib: Libp2pModules,
  webRTC: Awaited<ReturnType<typeof loadWebRtc>>,
  iceServers: readonly P2PIceServer[],
  handlers: NodeHandlers,
): Promise<Libp2p> {
  const options = ctx.options;
  const { circuitRelayTransport, identify, mdns, noise, quic, tcp, webSockets, yamux } = lib;
  const privateKey = await lib.generateKeyPairFromSeed('Ed25519', options.transportKey);
  const relays = options.relays ?? [];
  const node = await lib.createLibp2p({
    privateKey,
    addresses: {
      listen: [
        ...(options.listen ?? ['/ip4/0.0.0.0/tcp/0', '/ip4/0.0.0.0/udp/0/quic-v1']),
        ...relays.map((r) => `${r}/p2p-circuit`),
        // `<relay>/p2p-circuit/webrtc` addresses: where others start a WebRTC connection.
        ...(webRTC && relays.length > 0 ? ['/webrtc'] : []),
      ],
    },
    transports: [
      tcp(),
      quic(),
      webSockets(),
      circuitRelayTransport(),
      ...(webRTC
        ? [
            webRTC({
              rtcConfiguration: rtcConfiguration(
                iceServers,
                options.iceTransportPolicy ?? 'all',
                handlers.offeringTurn,
              ),
            }),
          ]
        : []),
    ],
    // The DHT's services are there only when it is on.
    services: { identify: identify(), ...dhtServices(ctx, lib) } as never,
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    peerDiscovery: options.mdns
      ? [
          mdns({
            serviceTag: MDNS_SERVICE,
            interval: (typeof options.mdns === 'object' && options.mdns.intervalMs) || 10_000,
          }),
        ]
      : [],
  });
  try {
    // Relayed connections are limited in time and bytes (spec/p2p.md §6); envelopes go on them.
    await node.handle(
      ENVELOPE_PROTOCOL,
      (stream, connection) => {
        void handlers.envelopes(stream, connection).catch(() => stream.abort(new Error('refused')));
      },
      { runOnLimitedConnection: true, maxInboundStreams: 8 },
    );
    await node.handle(
      PREKEY_PROTOCOL,
      (stream, connection) => {
        void handlers.preKeys(stream, connection).catch(() => stream.abort(new Error('refused')));
      },
      { runOnLimitedConnection: true, maxInboundStreams: 2 },
    );
    node.addEventListener('connection:open', (event) => handlers.opened(event.detail));
    node.addEventListener('connection:close', (event) => handlers.closed(event.detail));
  } catch (err) {
    // Nothing may keep listening (or announcing) after a failed start.
    await Promise.resolve(node.stop()).catch(() => undefined);
    throw err;
  }
  return node;
}
