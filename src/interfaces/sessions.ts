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

/**
 * Session records, one per remote device, each with named entries: the
 * skipped message keys and archived states it refers to (spec/storage.md
 * §Session records), kept apart so that a message loads and writes only what
 * it uses. Entry names are 1..64 characters of `[a-z0-9.]`.
 *
 * Without transactions the session layer orders its writes so that a crash
 * loses nothing: new entries, then the record, then the entries it no longer
 * refers to (a crash may leave such orphans; `sweepSession` removes them).
 */
export interface SessionStore {
  /** The record stored for the device, or `null`. */
  loadSession(address: DeviceAddress): Promise<Uint8Array | null>;
  /** Store (replace) the device's record. */
  storeSession(address: DeviceAddress, record: Uint8Array): Promise<void>;
  /** Forget every session with the device: the record and all its entries. */
  deleteSession(address: DeviceAddress): Promise<void>;
  /** The device's entry `name`, or `null`. */
  loadSessionEntry(address: DeviceAddress, name: string): Promise<Uint8Array | null>;
  /** Store each entry with a value, and delete each entry whose value is `null`. */
  storeSessionEntries(
    address: DeviceAddress,
    entries: ReadonlyMap<string, Uint8Array | null>,
  ): Promise<void>;
  /** Names of the device's entries that start with `prefix`, in ascending order. */
  listSessionEntries(address: DeviceAddress, prefix: string): Promise<string[]>;
}

/** Kinds of prekeys a device keeps the private parts of. */
export type PreKeyKind = 'signed' | 'one-time' | 'kem';

/** This device's prekeys (private parts). */
export interface PreKeyStore {
  /** The prekey record of that kind and id, or `null`. */
  loadPreKey(kind: PreKeyKind, id: number): Promise<Uint8Array | null>;
  /** Store (replace) a prekey record. */
  storePreKey(kind: PreKeyKind, id: number, record: Uint8Array): Promise<void>;
  /**
   * Remove a consumed prekey; removing an absent one is not an error.
   * Removing a KEM prekey also forgets its {@link PreKeyStore.markKemPreKeyUsed} marks.
   */
  removePreKey(kind: PreKeyKind, id: number): Promise<void>;
  /**
   * Whether a PreKeyMessage that used last-resort KEM prekey `kemId` with
   * signed prekey `signedId` and base key `baseKey` (32 bytes) was accepted
   * before (spec/pqxdh.md §Responder: replays).
   */
  isKemPreKeyUsed(kemId: number, signedId: number, baseKey: Uint8Array): Promise<boolean>;
  /** Remember that such a PreKeyMessage was accepted, for as long as the KEM prekey is kept. */
  markKemPreKeyUsed(kemId: number, signedId: number, baseKey: Uint8Array): Promise<void>;
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
