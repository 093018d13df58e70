/**
 * Compliance suites and in-memory adapters for testing code built on
 * NexusLink. Every adapter, ours and third parties', runs the suite of its
 * interface.
 *
 * @module testing
 */
export { keyStoreComplianceSuite } from './keystore-compliance.js';
export type { KeyStoreComplianceOptions } from './keystore-compliance.js';
export type { TestApi } from './harness.js';
export { softwareKeyStore } from '../keystores/software.js';
export { memoryProtocolStores } from './memory-stores.js';
export type { MemoryProtocolStores } from './memory-stores.js';
export { protocolStoresComplianceSuite } from './stores-compliance.js';
export type { ProtocolStoresComplianceOptions } from './stores-compliance.js';
export { memoryStorage } from '../storage/memory.js';
export { storageComplianceSuite } from './storage-compliance.js';
export type { StorageComplianceOptions } from './storage-compliance.js';
export { memoryNetwork } from '../transport/memory.js';
export type { MemoryNetwork } from '../transport/memory.js';
export { memoryPreKeyDirectory } from '../directory/memory.js';
export type { MemoryPreKeyDirectoryOptions } from '../directory/memory.js';
export { transportComplianceSuite } from './transport-compliance.js';
export type { TransportComplianceOptions, TransportPair } from './transport-compliance.js';
export { preKeyDirectoryComplianceSuite } from './prekey-directory-compliance.js';
export type {
  PreKeyDirectoryComplianceOptions,
  PreKeyDirectoryUnderTest,
} from './prekey-directory-compliance.js';
