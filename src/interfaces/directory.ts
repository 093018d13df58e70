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
  /**
   * The last-resort ML-KEM-1024 prekey (`SignedPreKey` with `last_resort =
   * true`); replaces the previous one. It is in every bundle that has no
   * one-time KEM prekey left, and is never consumed: it rotates with the
   * signed prekey instead.
   */
  readonly kemPreKey: Uint8Array;
  /** One-time X25519 prekeys (`OneTimePreKey`) to add; each is handed out once. */
  readonly oneTimePreKeys: readonly Uint8Array[];
  /**
   * One-time ML-KEM-1024 prekeys (`SignedPreKey`, signed by the device key,
   * `last_resort = false`) to add; each is handed out once, in preference to
   * the last-resort one, and only while younger than the maximum prekey age.
   */
  readonly kemOneTimePreKeys: readonly Uint8Array[];
}

/** How many one-time prekeys a directory still holds for a device. */
export interface PreKeyCounts {
  /** One-time X25519 prekeys left. */
  readonly oneTime: number;
  /** One-time ML-KEM prekeys left that are young enough to be handed out. */
  readonly kemOneTime: number;
}

/** A prekey directory. */
export interface PreKeyDirectory {
  /** Publish (or refresh) this device's prekeys. */
  publish(upload: PreKeyUpload): Promise<void>;
  /**
   * One `PreKeyBundle` per published device of `uuid` (except those in
   * `exclude`, hex device ids), each with a one-time X25519 prekey when one
   * is left, and a one-time KEM prekey younger than the maximum prekey age
   * when one is left (else the last-resort KEM prekey): one-time keys are
   * consumed, so two fetches never get the same one. An unknown UUID gives
   * an empty list.
   */
  fetchBundles(
    uuid: string,
    options?: { readonly exclude?: readonly string[] },
  ): Promise<Uint8Array[]>;
  /** How many one-time prekeys of each kind `device` has left (a device asks for its own). */
  preKeyCounts(device: DeviceAddress): Promise<PreKeyCounts>;
  /**
   * Optional: call `listener` when the directory tells `device` that its
   * one-time prekeys run low (`count` left of the scarcer kind), e.g. a
   * community server's `PreKeysLow` frame; returns what stops the calls. A
   * client publishing that device's prekeys replenishes at once rather
   * than at its next periodic check. A directory that has no such signal
   * leaves it out.
   */
  onPreKeysLow?(listener: (device: DeviceAddress, count: number) => void): () => void;
}
