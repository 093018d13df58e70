/**
 * Where devices publish prekeys and fetch each other's bundles, so that a
 * session can start while the peer is offline (PQXDH). A community server
 * (`GET /v1/prekeys/{uuid}`), a relay, or `memoryPreKeyDirectory()` in tests
 * implement it. The directory is not trusted: the client verifies every
 * bundle's certificate chain and signatures against what it trusts for the
 * identity, so a directory can withhold keys but cannot forge them.
 *
 * Every method throws `NexusError`: `INVALID_ARGUMENT` for bad input,
 * `TRANSPORT` when the directory cannot be reached.
 */
import type { DeviceAddress } from './sessions.js';

/** What one device publishes (every field an encoding the SDK produced). */
export interface PreKeyUpload {
  /** The device's certificate (`SignedMessage`). */
  readonly deviceCertificate: Uint8Array;
  /** The identity's self-signing certificate (`SignedMessage`). */
  readonly selfSigningCertificate: Uint8Array;
  /** The current signed X25519 prekey (`SignedPreKey`); replaces the previous one. */
  readonly signedPreKey: Uint8Array;
  /** The last-resort ML-KEM prekey (`SignedPreKey`); replaces the previous one. */
  readonly kemPreKey: Uint8Array;
  /** One-time X25519 prekeys (`OneTimePreKey`) to add; each is handed out once. */
  readonly oneTimePreKeys: readonly Uint8Array[];
}

/** A prekey directory. */
export interface PreKeyDirectory {
  /** Publish (or refresh) this device's prekeys. */
  publish(upload: PreKeyUpload): Promise<void>;
  /**
   * One `PreKeyBundle` per published device of `uuid` (except those in
   * `exclude`, hex device ids), each with a one-time prekey when one is left:
   * that key is consumed, so two fetches never get the same one. An unknown
   * UUID gives an empty list.
   */
  fetchBundles(
    uuid: string,
    options?: { readonly exclude?: readonly string[] },
  ): Promise<Uint8Array[]>;
  /** How many one-time prekeys of `device` are left. */
  oneTimePreKeyCount(device: DeviceAddress): Promise<number>;
}
