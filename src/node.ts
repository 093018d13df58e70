/**
 * Node-only adapters (they need native modules or Node built-ins).
 *
 * @module node
 */
export { pkcs11KeyStore } from './keystores/pkcs11.js';
export type { Pkcs11KeyStore, Pkcs11KeyStoreOptions } from './keystores/pkcs11.js';
export { fileImagePersister } from './storage/file.js';
export type { FileImagePersisterOptions } from './storage/file.js';
export { sqliteStorage } from './storage/sqlite.js';
export type { SqliteStorageOptions } from './storage/sqlite.js';
export { DHT_PROTOCOL, ENVELOPE_PROTOCOL, p2pTransport, PREKEY_PROTOCOL } from './p2p/transport.js';
export type {
  P2PIceServer,
  P2PPath,
  P2PPathChange,
  P2PPeerInfo,
  P2PTransport,
  P2PTransportOptions,
} from './p2p/transport.js';
export { startCircuitRelay } from './p2p/relay-node.js';
export type { CircuitRelay, CircuitRelayOptions } from './p2p/relay-node.js';
