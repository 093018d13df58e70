/**
 * Node-only adapters (they need native modules or Node built-ins).
 *
 * @module node
 */
export { pkcs11KeyStore } from './keystores/pkcs11.js';
export type { Pkcs11KeyStore, Pkcs11KeyStoreOptions } from './keystores/pkcs11.js';
export { keyFileWrapper, pkcs11KeyWrapper } from './keystores/key-wrappers.js';
export type { KeyFileWrapperOptions, Pkcs11KeyWrapperOptions } from './keystores/key-wrappers.js';
export type { KeyWrapper } from './interfaces/keystore.js';
export type { Pkcs11TokenOptions } from './keystores/pkcs11-token.js';
export { fileImagePersister } from './storage/file.js';
export type { FileImagePersisterOptions } from './storage/file.js';
export { sqliteStorage } from './storage/sqlite.js';
export type { SqliteStorageOptions } from './storage/sqlite.js';
export { DEVICE_FILES, openDevice } from './device/node.js';
export type { OpenDeviceOptions, OpenedDevice } from './device/node.js';
