// What the crash test and its child process share: the child's configuration
// and how each adapter's storage is opened.
import {
  deviceSigner,
  KeyAgreementKeyPair,
  localDevice,
  softwareKeyStore,
  sqlJsStorage,
} from '../../src/index.js';
import type { DeviceAddress, LocalDevice, SoftwareKeyRecord, Storage } from '../../src/index.js';
import { fileImagePersister, sqliteStorage } from '../../src/node.js';

/** The storage of each adapter the crash test runs (the test opens it the same way to check it). */
export function openAppStorage(
  adapter: CrashChildConfig['adapter'],
  path: string,
  key: Uint8Array,
): Promise<Storage> {
  return adapter === 'sqljs'
    ? sqlJsStorage({ key, persister: fileImagePersister(path) })
    : sqliteStorage({ path, key, durability: adapter === 'sqlite' ? 'full' : 'normal' });
}

export interface CrashChildConfig {
  readonly adapter: 'sqlite' | 'sqlite-normal' | 'sqljs';
  readonly path: string;
  readonly key: string;
  readonly deviceCertificate: string;
  readonly selfSigningCertificate: string;
  readonly keyAgreementSecret: string;
  readonly signingKeys: SoftwareKeyRecord[];
  readonly signingKeyId: string;
  readonly peer: DeviceAddress;
}

/** What a test keeps of a device (hex and key-store records) to rebuild it in another process or run. */
export type SavedDevice = Pick<
  CrashChildConfig,
  | 'deviceCertificate'
  | 'selfSigningCertificate'
  | 'keyAgreementSecret'
  | 'signingKeys'
  | 'signingKeyId'
>;

/** The device `saved` describes. */
export async function savedDevice(saved: SavedDevice): Promise<LocalDevice> {
  const bytes = (h: string) => Uint8Array.from(Buffer.from(h, 'hex'));
  return localDevice({
    deviceCertificate: bytes(saved.deviceCertificate),
    selfSigningCertificate: bytes(saved.selfSigningCertificate),
    keyAgreementKey: KeyAgreementKeyPair.fromSecret(bytes(saved.keyAgreementSecret)),
    signer: await deviceSigner(softwareKeyStore({ keys: saved.signingKeys }), saved.signingKeyId),
  });
}
