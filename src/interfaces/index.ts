/**
 * Types, error codes and guards that every NexusLink adapter implements or
 * uses. This entry point has no runtime dependencies.
 *
 * @module interfaces
 */
export { ERROR_CODES, NexusError, isErrorCode } from './errors.js';
export type { ErrorCode, NexusErrorDetails, NexusErrorOf } from './errors.js';
export type {
  CreateKeyOptions,
  KeyInfo,
  KeyStore,
  KeyWrapper,
  SignatureAlgorithm,
  SigningPublicKey,
} from './keystore.js';
export type { Clock, RandomSource } from './runtime.js';
export type {
  DeviceAddress,
  IdentityStore,
  PreKeyKind,
  PreKeyStore,
  ProtocolStores,
  SenderKeyStore,
  SessionStore,
} from './sessions.js';
export { STORAGE_LIMITS, STORAGE_TABLES } from './storage.js';
export type {
  ImagePersister,
  ListOptions,
  SearchHit,
  Storage,
  StorageEntry,
  StorageLock,
  StorageReader,
  StorageTable,
  StorageWriter,
} from './storage.js';
export type { InboundEnvelope, Transport, TransportState } from './transport.js';
export type { PreKeyCounts, PreKeyDirectory, PreKeyUpload } from './directory.js';
