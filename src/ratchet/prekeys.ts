/**
 * Prekeys and prekey bundles (spec/pqxdh.md §Prekeys): a signed X25519
 * prekey, unsigned X25519 one-time prekeys, and signed ML-KEM-1024 prekeys
 * (one-time, plus a last-resort key that is never consumed).
 */
import { create } from '../wire/create.js';
import { NexusError } from '../interfaces/errors.js';
import type { PreKeyStore } from '../interfaces/sessions.js';
import type { Clock, RandomSource } from '../interfaces/runtime.js';
import { bytesEqual } from '../primitives/bytes.js';
import { crypto } from '../primitives/provider.js';
import {
  oneTimePreKeyCodec,
  preKeyBodyCodec,
  preKeyBundleCodec,
  signedMessageCodec,
  signedPreKeyCodec,
} from '../wire/messages.js';
import { KeyAlgorithm } from '../wire/gen/nexuslink/v1/keys_pb.js';
import { PreKeyRecordSchema } from '../wire/gen/nexuslink/v1/state_tables.js';
import {
  acceptSelfSigningCertificate,
  checkTime,
  decodeSelfSigningCertificate,
  systemClock,
  systemRandom,
  verificationTime,
  verifyDeviceCertificate,
  verifyRevocationList,
  verifySelfSigningCertificate,
} from '../identity/certificates.js';
import type {
  DeviceCertificate,
  RevocationList,
  SelfSigningCertificate,
} from '../identity/certificates.js';
import type { KeyAgreementKeyPair } from '../identity/key-agreement.js';
import { requireSignature, SIGNATURE_LABELS, signLabelled } from '../identity/signing.js';
import type { Signer } from '../identity/signing.js';
import { uuidFromPublicKey } from '../identity/uuid.js';
import type { Uuid } from '../identity/uuid.js';
import { LIMITS, SIZES } from './constants.js';
import { encodePreKeyRecord, STATE_VERSION, WIRE_KIND } from './records.js';

/** This device, as the session layer needs it. Build it with {@link localDevice}. */
export interface LocalDevice {
  readonly uuid: Uuid;
  /** The identity's Ed25519 public key. */
  readonly identityKey: Uint8Array;
  /** 16 bytes. */
  readonly deviceId: Uint8Array;
  readonly deviceCertificate: Uint8Array;
  readonly selfSigningCertificate: Uint8Array;
  /** The device's certified X25519 key pair. */
  readonly keyAgreementKey: KeyAgreementKeyPair;
  /** The device signing key (signs prekeys). */
  readonly signer: Signer;
}

/**
 * Check that the certificates, key-agreement key and signer belong together
 * and verify, and return the device.
 *
 * @throws NexusError from certificate verification, or `INVALID_KEY` when a key does not match its certificate.
 */
export function localDevice(options: {
  deviceCertificate: Uint8Array;
  selfSigningCertificate: Uint8Array;
  keyAgreementKey: KeyAgreementKeyPair;
  signer: Signer;
  now?: number;
}): LocalDevice {
  const ssk = decodeSelfSigningCertificate(options.selfSigningCertificate);
  const { device, uuid } = verifyDeviceCertificate(options.deviceCertificate, {
    identity: ssk.identityKey,
    selfSigningCertificate: options.selfSigningCertificate,
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  if (!bytesEqual(device.keyAgreementKey, options.keyAgreementKey.publicKey)) {
    throw new NexusError('INVALID_KEY', 'key-agreement key does not match the device certificate');
  }
  if (
    device.signingKey.algorithm !== options.signer.publicKey.algorithm ||
    !bytesEqual(device.signingKey.bytes, options.signer.publicKey.bytes)
  ) {
    throw new NexusError('INVALID_KEY', 'signer does not match the device certificate');
  }
  return Object.freeze({
    uuid,
    identityKey: ssk.identityKey,
    deviceId: device.deviceId,
    deviceCertificate: options.deviceCertificate,
    selfSigningCertificate: options.selfSigningCertificate,
    keyAgreementKey: options.keyAgreementKey,
    signer: options.signer,
  });
}

/** Options shared by the prekey generators. */
export interface PreKeyOptions {
  readonly clock?: Clock;
  readonly random?: RandomSource;
}

function checkId(id: number): void {
  if (!Number.isInteger(id) || id < 1 || id > 0xffffffff)
    throw new NexusError('INVALID_ARGUMENT', 'prekey ids are integers from 1 to 2^32 - 1');
}

/** Create, store and return (encoded `SignedPreKey`) a signed X25519 prekey. */
export async function createSignedPreKey(
  device: LocalDevice,
  store: PreKeyStore,
  id: number,
  options: PreKeyOptions = {},
): Promise<Uint8Array> {
  checkId(id);
  const secret = (options.random ?? systemRandom).randomBytes(SIZES.x25519);
  const createdAtMs = checkTime('createdAt', (options.clock ?? systemClock).now());
  const body = preKeyBodyCodec.encode({
    version: 1,
    keyId: id,
    publicKey: { algorithm: KeyAlgorithm.X25519, key: crypto().x25519PublicKey(secret) },
    createdAtMs,
  });
  const signed = signedPreKeyCodec.encode({
    body,
    signature: await signLabelled(device.signer, SIGNATURE_LABELS.signedPreKey, body),
  });
  await store.storePreKey(
    'signed',
    id,
    encodePreKeyRecord(
      create(PreKeyRecordSchema, {
        version: STATE_VERSION,
        kind: WIRE_KIND.signed,
        keyId: id,
        secret,
        signed,
        createdAtMs,
      }),
    ),
  );
  return signed;
}

/** Create, store and return (encoded `SignedPreKey`) an ML-KEM-1024 prekey. */
export async function createKemPreKey(
  device: LocalDevice,
  store: PreKeyStore,
  id: number,
  options: PreKeyOptions & { lastResort?: boolean } = {},
): Promise<Uint8Array> {
  checkId(id);
  const seed = (options.random ?? systemRandom).randomBytes(SIZES.mlKemSeed);
  const createdAtMs = checkTime('createdAt', (options.clock ?? systemClock).now());
  const lastResort = options.lastResort ?? false;
  const body = preKeyBodyCodec.encode({
    version: 1,
    keyId: id,
    publicKey: { algorithm: KeyAlgorithm.ML_KEM_1024, key: crypto().mlKem1024PublicKey(seed) },
    createdAtMs,
    lastResort,
  });
  const signed = signedPreKeyCodec.encode({
    body,
    signature: await signLabelled(device.signer, SIGNATURE_LABELS.signedPreKey, body),
  });
  await store.storePreKey(
    'kem',
    id,
    encodePreKeyRecord(
      create(PreKeyRecordSchema, {
        version: STATE_VERSION,
        kind: WIRE_KIND.kem,
        keyId: id,
        secret: seed,
        signed,
        lastResort,
        createdAtMs,
      }),
    ),
  );
  return signed;
}

/** Create and store `count` one-time X25519 prekeys with ids `firstId…`; returns their encoded `OneTimePreKey`s. */
export async function createOneTimePreKeys(
  store: PreKeyStore,
  firstId: number,
  count: number,
  options: PreKeyOptions = {},
): Promise<Uint8Array[]> {
  if (!Number.isInteger(count) || count < 0 || count > 10_000)
    throw new NexusError('INVALID_ARGUMENT', 'count must be 0..10000');
  checkId(firstId);
  checkId(firstId + Math.max(count - 1, 0));
  const out: Uint8Array[] = [];
  const createdAtMs = checkTime('createdAt', (options.clock ?? systemClock).now());
  for (let i = 0; i < count; i++) {
    const id = firstId + i;
    const secret = (options.random ?? systemRandom).randomBytes(SIZES.x25519);
    await store.storePreKey(
      'one-time',
      id,
      encodePreKeyRecord(
        create(PreKeyRecordSchema, {
          version: STATE_VERSION,
          kind: WIRE_KIND['one-time'],
          keyId: id,
          secret,
          createdAtMs,
        }),
      ),
    );
    out.push(oneTimePreKeyCodec.encode({ keyId: id, publicKey: crypto().x25519PublicKey(secret) }));
  }
  return out;
}

/** Assemble a bundle (what a server hands out for one device). */
export function createPreKeyBundle(options: {
  device: Pick<LocalDevice, 'deviceCertificate' | 'selfSigningCertificate'>;
  signedPreKey: Uint8Array;
  kemPreKey: Uint8Array;
  oneTimePreKey?: Uint8Array | null;
}): Uint8Array {
  return preKeyBundleCodec.encode({
    version: 1,
    selfSigningCertificate: signedMessageCodec.decode(options.device.selfSigningCertificate),
    deviceCertificate: signedMessageCodec.decode(options.device.deviceCertificate),
    signedPrekey: signedPreKeyCodec.decode(options.signedPreKey),
    kemPrekey: signedPreKeyCodec.decode(options.kemPreKey),
    ...(options.oneTimePreKey
      ? { oneTimePrekey: oneTimePreKeyCodec.decode(options.oneTimePreKey) }
      : {}),
  });
}

/** A bundle whose certificate chain and prekey signatures verified. */
export interface VerifiedPreKeyBundle {
  readonly uuid: Uuid;
  readonly device: DeviceCertificate;
  readonly selfSigningCertificate: SelfSigningCertificate;
  readonly revocationList: RevocationList | null;
  readonly signedPreKey: {
    readonly id: number;
    readonly publicKey: Uint8Array;
    /** When the device made it (ms, as signed). */
    readonly createdAtMs: number;
  };
  readonly oneTimePreKey: { readonly id: number; readonly publicKey: Uint8Array } | null;
  readonly kemPreKey: {
    readonly id: number;
    readonly publicKey: Uint8Array;
    readonly lastResort: boolean;
    /** When the device made it (ms, as signed). */
    readonly createdAtMs: number;
  };
}

/**
 * Whether a prekey made at `createdAtMs` may still be used at `now`: at most
 * {@link LIMITS.maxPreKeyAgeMs} old, and at most
 * {@link LIMITS.maxPreKeyClockSkewMs} in the future (spec/pqxdh.md §Prekey
 * lifecycle). Directories use it to stop handing out one-time KEM prekeys.
 */
export function isPreKeyFresh(createdAtMs: number, now: number): boolean {
  return (
    now - createdAtMs <= LIMITS.maxPreKeyAgeMs && createdAtMs - now <= LIMITS.maxPreKeyClockSkewMs
  );
}

/**
 * Refuse a prekey that {@link isPreKeyFresh} says is too old or too far in the future.
 *
 * @throws NexusError `STALE_PREKEY`.
 */
export function requireFreshPreKey(createdAtMs: number, now: number, what = 'prekey'): void {
  if (isPreKeyFresh(createdAtMs, now)) return;
  throw new NexusError(
    'STALE_PREKEY',
    createdAtMs > now
      ? `the ${what} claims a creation time in the future`
      : `the ${what} is older than the maximum prekey age`,
  );
}

/**
 * Verify a bundle: the IK → SSK → device chain (against what the verifier
 * already trusts for the identity), the device's signatures on the signed
 * and KEM prekeys, and their age at `now` (at most `LIMITS.maxPreKeyAgeMs` old, `STALE_PREKEY` otherwise).
 *
 * @throws NexusError `MALFORMED`, `BAD_SIGNATURE`, `UNKNOWN_ISSUER`, `EXPIRED`,
 *   `REVOKED`, `SUPERSEDED`, `STALE_PREKEY` (a prekey older than
 *   {@link LIMITS.maxPreKeyAgeMs}, or from the future), or `UNTRUSTED_IDENTITY`
 *   when it is not `expectedUuid`.
 */
export function verifyPreKeyBundle(
  bytes: Uint8Array,
  options: {
    expectedUuid?: string;
    known?: { selfSigningCertificate?: Uint8Array | null; revocationList?: Uint8Array | null };
    now?: number;
  } = {},
): VerifiedPreKeyBundle {
  const now = verificationTime(options);
  const bundle = preKeyBundleCodec.decode(bytes);
  const sskBytes = signedMessageCodec.encode(bundle.selfSigningCertificate!);
  const presented = decodeSelfSigningCertificate(sskBytes);
  const uuid = uuidFromPublicKey(presented.identityKey);
  if (options.expectedUuid !== undefined && options.expectedUuid !== uuid) {
    throw new NexusError('UNTRUSTED_IDENTITY', 'bundle belongs to another identity');
  }
  const trusted = trustedChain(presented.identityKey, sskBytes, options.known, now);
  const { device } = verifyDeviceCertificate(signedMessageCodec.encode(bundle.deviceCertificate!), {
    identity: presented.identityKey,
    selfSigningCertificate: trusted.selfSigningCertificate.bytes,
    revocationList: trusted.revocationList,
    now,
  });
  const spk = verifySignedPreKey(bundle.signedPrekey!, device, KeyAlgorithm.X25519);
  const kem = verifySignedPreKey(bundle.kemPrekey!, device, KeyAlgorithm.ML_KEM_1024);
  // Old prekeys widen the window of a compromised prekey secret; a directory
  // that serves them is stale or replaying (spec/pqxdh.md §Prekey lifecycle).
  requireFreshPreKey(Number(spk.createdAtMs), now, 'signed prekey');
  requireFreshPreKey(Number(kem.createdAtMs), now, 'KEM prekey');
  return Object.freeze({
    uuid,
    device,
    selfSigningCertificate: trusted.selfSigningCertificate,
    revocationList: trusted.revocationList,
    signedPreKey: {
      id: spk.keyId,
      publicKey: spk.publicKey!.key,
      createdAtMs: Number(spk.createdAtMs),
    },
    oneTimePreKey: bundle.oneTimePrekey
      ? { id: bundle.oneTimePrekey.keyId, publicKey: bundle.oneTimePrekey.publicKey }
      : null,
    kemPreKey: {
      id: kem.keyId,
      publicKey: kem.publicKey!.key,
      lastResort: kem.lastResort,
      createdAtMs: Number(kem.createdAtMs),
    },
  });
}

/**
 * Combine a presented SSK certificate with what is trusted: the newest SSK
 * certificate wins (an older one is `SUPERSEDED`), and the held revocation list
 * applies unless it was signed by a retired SSK.
 */
export function trustedChain(
  identityKey: Uint8Array,
  presentedSelfSigning: Uint8Array,
  known:
    { selfSigningCertificate?: Uint8Array | null; revocationList?: Uint8Array | null } | undefined,
  now: number,
): { selfSigningCertificate: SelfSigningCertificate; revocationList: RevocationList | null } {
  const presented = verifySelfSigningCertificate(presentedSelfSigning, identityKey, { now });
  const held = known?.selfSigningCertificate
    ? decodeSelfSigningCertificate(known.selfSigningCertificate)
    : null;
  const selfSigningCertificate = acceptSelfSigningCertificate(held, presented);
  let revocationList: RevocationList | null = null;
  if (known?.revocationList) {
    try {
      revocationList = verifyRevocationList(known.revocationList, {
        identity: identityKey,
        selfSigningCertificate: selfSigningCertificate.bytes,
        now,
      });
    } catch (err) {
      // A list from a retired SSK no longer applies; anything else is a real error.
      if (!NexusError.is(err, 'UNKNOWN_ISSUER')) throw err;
      revocationList = null;
    }
  }
  return { selfSigningCertificate, revocationList };
}

/**
 * Verify one encoded ML-KEM-1024 `SignedPreKey` of `device` on its own (a
 * directory checks each one-time KEM prekey of an upload this way): it
 * decodes, is ML-KEM-1024, and carries the device's signature. Its age is
 * not checked here.
 *
 * @throws NexusError `MALFORMED` or `BAD_SIGNATURE`.
 */
export function verifyKemPreKey(
  signedPreKey: Uint8Array,
  device: DeviceCertificate,
): { readonly id: number; readonly lastResort: boolean; readonly createdAtMs: number } {
  const body = verifySignedPreKey(
    signedPreKeyCodec.decode(signedPreKey),
    device,
    KeyAlgorithm.ML_KEM_1024,
  );
  return { id: body.keyId, lastResort: body.lastResort, createdAtMs: Number(body.createdAtMs) };
}

function verifySignedPreKey(
  signed: { body: Uint8Array; signature: Uint8Array },
  device: DeviceCertificate,
  algorithm: KeyAlgorithm,
): ReturnType<typeof preKeyBodyCodec.decode> {
  const body = preKeyBodyCodec.decode(signed.body);
  if (body.publicKey!.algorithm !== algorithm)
    throw new NexusError('MALFORMED', 'prekey has the wrong algorithm for its place in the bundle');
  requireSignature(
    device.signingKey,
    SIGNATURE_LABELS.signedPreKey,
    signed.body,
    signed.signature,
    'prekey',
  );
  return body;
}
