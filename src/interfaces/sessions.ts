/**
 * The stores the session layer needs. The app (or a storage adapter)
 * implements them; records are opaque, versioned byte strings the SDK
 * encodes and decodes, so a store only keeps blobs by key.
 *
 * Every method may throw; a failure should be `NexusError('STORAGE')`.
 * A missing record is `null`, never an error.
 */

/** One device of one identity: the UUID and the 32-hex-digit device id. */
export interface DeviceAddress {
  readonly uuid: string;
  readonly deviceId: string;
}

/** Session records, one per remote device. */
export interface SessionStore {
  /** The record stored for the device, or `null`. */
  loadSession(address: DeviceAddress): Promise<Uint8Array | null>;
  /** Store (replace) the device's record. */
  storeSession(address: DeviceAddress, record: Uint8Array): Promise<void>;
  /** Forget every session with the device. */
  deleteSession(address: DeviceAddress): Promise<void>;
}

/** Kinds of prekeys a device keeps the private parts of. */
export type PreKeyKind = 'signed' | 'one-time' | 'kem';

/** This device's prekeys (private parts). */
export interface PreKeyStore {
  /** The prekey record of that kind and id, or `null`. */
  loadPreKey(kind: PreKeyKind, id: number): Promise<Uint8Array | null>;
  /** Store (replace) a prekey record. */
  storePreKey(kind: PreKeyKind, id: number, record: Uint8Array): Promise<void>;
  /** Remove a consumed prekey; removing an absent one is not an error. */
  removePreKey(kind: PreKeyKind, id: number): Promise<void>;
}

/** Sender key records, one per (sending device, distribution id). */
export interface SenderKeyStore {
  /** The record for (sending device, hex distribution id), or `null`. */
  loadSenderKey(sender: DeviceAddress, distributionId: string): Promise<Uint8Array | null>;
  /** Store (replace) a sender key record. */
  storeSenderKey(sender: DeviceAddress, distributionId: string, record: Uint8Array): Promise<void>;
}

/** What this device trusts about other identities (newest SSK certificate, revocation list, verification). */
export interface IdentityStore {
  /** The trusted-identity record for the UUID, or `null`. */
  loadIdentity(uuid: string): Promise<Uint8Array | null>;
  /** Store (replace) the trusted-identity record. */
  storeIdentity(uuid: string, record: Uint8Array): Promise<void>;
}

/** All the stores the session operations take. */
export interface ProtocolStores {
  readonly sessions: SessionStore;
  readonly preKeys: PreKeyStore;
  readonly senderKeys: SenderKeyStore;
  readonly identities: IdentityStore;
}
