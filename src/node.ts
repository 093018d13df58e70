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
export { DEVICE_FILES, openDevice } from './device/node.js';
export type { OpenDeviceOptions, OpenedDevice } from './device/node.js';
