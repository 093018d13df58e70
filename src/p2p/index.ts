/**
 * Peer-to-peer: `p2pTransport` (direct connections, circuit relays, WebRTC,
 * a DHT of device records, offline delivery through relay mailboxes) and
 * `startCircuitRelay`.
 *
 * The libp2p packages these need are optional peer dependencies of
 * `@nexuslink/sdk`, loaded on first start: install them to use this entry
 * (`start` fails with `TRANSPORT`, naming the exact `npm install` command,
 * when one is missing). `LIBP2P_PACKAGES` lists them with the versions this
 * SDK is tested with.
 *
 * @module p2p
 */
export { p2pTransport } from './transport.js';
export { DHT_PROTOCOL, ENVELOPE_PROTOCOL, PREKEY_PROTOCOL } from './options.js';
export type {
  P2PIceServer,
  P2PPath,
  P2PPathChange,
  P2PPeerInfo,
  P2PTransport,
  P2PTransportOptions,
} from './options.js';
export { startCircuitRelay } from './relay-node.js';
export type { CircuitRelay, CircuitRelayOptions } from './relay-node.js';
export { LIBP2P_PACKAGES, LIBP2P_WEBRTC_PACKAGE } from './libp2p.js';
