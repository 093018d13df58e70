/**
 * The codecs of every NexusLink wire message, with the range checks the
 * spec (`spec/wire.md`) lists for each field.
 */
import type { MessageShape } from '@bufbuild/protobuf';
import { KeyAlgorithm, PublicKeySchema } from './gen/nexuslink/v1/keys_pb.js';
import type { PublicKey } from './gen/nexuslink/v1/keys_pb.js';
import {
  DeviceCertificateBodySchema,
  RevocationListBodySchema,
  RevocationReason,
  SelfSigningKeyCertificateBodySchema,
  SignedMessageSchema,
} from './gen/nexuslink/v1/identity_pb.js';
import type { SignedMessage } from './gen/nexuslink/v1/identity_pb.js';
import {
  BackupCipher,
  BackupHeaderSchema,
  BackupKdf,
  IdentityBackupContentsSchema,
  IdentityBackupFileSchema,
} from './gen/nexuslink/v1/backup_pb.js';
import type { BackupHeader } from './gen/nexuslink/v1/backup_pb.js';
import {
  StorageChangesSchema,
  StorageImageSchema,
  StorageJournalEntrySchema,
  StorageKeyFileSchema,
  StorageKeyWrapSchema,
} from './gen/nexuslink/v1/storage_pb.js';
import { ContactCardBodySchema, SafetyNumberPayloadSchema } from './gen/nexuslink/v1/contact_pb.js';
import {
  OneTimePreKeySchema,
  PreKeyBodySchema,
  PreKeyBundleSchema,
  SignedPreKeySchema,
} from './gen/nexuslink/v1/prekeys_pb.js';
import type { OneTimePreKey, PreKeyBody } from './gen/nexuslink/v1/prekeys_pb.js';
import { EnvelopeSchema, EnvelopeType } from './gen/nexuslink/v1/envelope_pb.js';
import {
  PreKeyMessageSchema,
  RatchetHeaderSchema,
  RatchetMessageSchema,
  SenderKeyDistributionSchema,
  SenderKeyMessageBodySchema,
  SessionSnapshotSchema,
} from './gen/nexuslink/v1/session_pb.js';
import type { RatchetMessage } from './gen/nexuslink/v1/session_pb.js';
import {
  check,
  checkLength,
  checkMaxLength,
  checkSafeU64,
  checkVersion,
  messageCodec,
} from './codec.js';

/** Byte lengths and limits shared by the codecs and the spec. */
export const WIRE_LIMITS = {
  identityKey: 32,
  deviceId: 16,
  signature: 64,
  displayNameBytes: 64,
  maxSignedBody: 128 * 1024,
  maxRevocationListBody: 64 * 1024,
  maxRevokedDevices: 2048,
  maxContactCardBody: 120 * 1024,
  maxDevicesPerCard: 64,
  maxHints: 16,
  maxHintBytes: 256,
  fingerprint: 32,
  backupSalt: 16,
  backupNonce: 24,
  maxEnvelopeContent: 256 * 1024,
} as const;

/** Expected key length for each algorithm tag. */
export const KEY_LENGTHS: Readonly<Record<number, number>> = {
  [KeyAlgorithm.ED25519]: 32,
  [KeyAlgorithm.ECDSA_P256]: 33,
  [KeyAlgorithm.X25519]: 32,
  [KeyAlgorithm.ML_KEM_768]: 1184,
  [KeyAlgorithm.ML_KEM_1024]: 1568,
};

/** ML-KEM ciphertext lengths (FIPS 203): 768 → 1088, 1024 → 1568. */
export const KEM_CIPHERTEXT_LENGTHS: readonly number[] = [1088, 1568];

function checkPublicKey(
  field: string,
  key: PublicKey | undefined,
  allowed: readonly KeyAlgorithm[],
): void {
  check(key !== undefined, `${field} is missing`);
  check(
    allowed.includes(key.algorithm),
    `${field} has an algorithm not allowed here (${key.algorithm})`,
  );
  checkLength(`${field}.key`, key.key, KEY_LENGTHS[key.algorithm]!);
}

function checkSigned(field: string, signed: SignedMessage | undefined, required: boolean): void {
  if (signed === undefined) {
    check(!required, `${field} is missing`);
    return;
  }
  check(signed.body.length > 0, `${field}.body is empty`);
  checkMaxLength(`${field}.body`, signed.body, WIRE_LIMITS.maxSignedBody);
  checkLength(`${field}.signature`, signed.signature, WIRE_LIMITS.signature);
}

function checkTimes(typeName: string, created: bigint, expires: bigint): void {
  checkSafeU64(`${typeName}.created_at_ms`, created);
  checkSafeU64(`${typeName}.expires_at_ms`, expires);
  check(
    expires === 0n || expires > created,
    `${typeName}: expires_at_ms must be 0 or after created_at_ms`,
  );
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

const SIGNING = [KeyAlgorithm.ED25519, KeyAlgorithm.ECDSA_P256] as const;

/** A public key with its algorithm tag. */
export const publicKeyCodec = messageCodec(PublicKeySchema, {
  maxBytes: 2048,
  validate: (m) =>
    checkPublicKey('PublicKey', m, [
      KeyAlgorithm.ED25519,
      KeyAlgorithm.ECDSA_P256,
      KeyAlgorithm.X25519,
      KeyAlgorithm.ML_KEM_768,
      KeyAlgorithm.ML_KEM_1024,
    ]),
});

/** `body` + 64-byte `signature`. */
export const signedMessageCodec = messageCodec(SignedMessageSchema, {
  maxBytes: WIRE_LIMITS.maxSignedBody + 128,
  validate: (m) => checkSigned('SignedMessage', m, true),
});

/** Body of a self-signing key certificate. */
export const selfSigningCertificateBodyCodec = messageCodec(SelfSigningKeyCertificateBodySchema, {
  maxBytes: 512,
  validate: (m) => {
    checkVersion('SelfSigningKeyCertificateBody', m.version);
    checkLength('identity_key', m.identityKey, WIRE_LIMITS.identityKey);
    checkPublicKey('signing_key', m.signingKey, SIGNING);
    checkTimes('SelfSigningKeyCertificateBody', m.createdAtMs, m.expiresAtMs);
  },
});

/** Body of a device certificate. */
export const deviceCertificateBodyCodec = messageCodec(DeviceCertificateBodySchema, {
  maxBytes: 1024,
  validate: (m) => {
    checkVersion('DeviceCertificateBody', m.version);
    checkLength('identity_key', m.identityKey, WIRE_LIMITS.identityKey);
    checkLength('device_id', m.deviceId, WIRE_LIMITS.deviceId);
    checkMaxLength('display_name', m.displayName, WIRE_LIMITS.displayNameBytes);
    checkPublicKey('signing_key', m.signingKey, SIGNING);
    checkPublicKey('key_agreement_key', m.keyAgreementKey, [KeyAlgorithm.X25519]);
    checkPublicKey('issuer_key', m.issuerKey, SIGNING);
    checkTimes('DeviceCertificateBody', m.createdAtMs, m.expiresAtMs);
  },
});

/** Body of a revocation list. */
export const revocationListBodyCodec = messageCodec(RevocationListBodySchema, {
  maxBytes: WIRE_LIMITS.maxRevocationListBody,
  validate: (m) => {
    checkVersion('RevocationListBody', m.version);
    checkLength('identity_key', m.identityKey, WIRE_LIMITS.identityKey);
    check(m.serial >= 1n, 'RevocationListBody.serial must be at least 1');
    checkSafeU64('serial', m.serial);
    checkSafeU64('issued_at_ms', m.issuedAtMs);
    check(m.devices.length <= WIRE_LIMITS.maxRevokedDevices, 'too many revoked devices');
    m.devices.forEach((d, i) => {
      checkLength(`devices[${i}].device_id`, d.deviceId, WIRE_LIMITS.deviceId);
      checkSafeU64(`devices[${i}].revoked_at_ms`, d.revokedAtMs);
      check(d.reason in RevocationReason, `devices[${i}].reason is unknown`);
      if (i > 0)
        check(
          compareBytes(m.devices[i - 1]!.deviceId, d.deviceId) < 0,
          'revoked devices must be sorted by device_id without duplicates',
        );
    });
    checkPublicKey('issuer_key', m.issuerKey, SIGNING);
  },
});

function checkBackupHeader(h: BackupHeader | undefined): void {
  check(h !== undefined, 'BackupHeader is missing');
  checkVersion('BackupHeader', h.version);
  check(h.kdf === BackupKdf.ARGON2ID, 'BackupHeader.kdf must be Argon2id');
  checkLength('salt', h.salt, WIRE_LIMITS.backupSalt);
  // The KDF runs before anything is authenticated, so these bounds are all that
  // stops a hostile file from costing gigabytes and minutes: at most 1 GiB and
  // 10 passes (16x the 64 MiB, 3-pass default), which also fits in a browser.
  check(
    h.memoryKib >= 8 * 1024 && h.memoryKib <= 1024 * 1024,
    'BackupHeader.memory_kib out of range (8 MiB..1 GiB)',
  );
  check(h.iterations >= 1 && h.iterations <= 10, 'BackupHeader.iterations out of range (1..10)');
  check(h.parallelism >= 1 && h.parallelism <= 4, 'BackupHeader.parallelism out of range (1..4)');
  check(
    h.cipher === BackupCipher.XCHACHA20_POLY1305,
    'BackupHeader.cipher must be XChaCha20-Poly1305',
  );
  checkLength('nonce', h.nonce, WIRE_LIMITS.backupNonce);
}

/** The authenticated header of a backup file. */
export const backupHeaderCodec = messageCodec(BackupHeaderSchema, {
  maxBytes: 256,
  validate: checkBackupHeader,
});

/** An encrypted identity backup file. */
export const identityBackupFileCodec = messageCodec(IdentityBackupFileSchema, {
  maxBytes: 128 * 1024,
  validate: (m) => {
    checkBackupHeader(m.header);
    check(m.ciphertext.length >= 16, 'ciphertext shorter than the AEAD tag');
  },
});

/** The plaintext inside a backup. */
export const identityBackupContentsCodec = messageCodec(IdentityBackupContentsSchema, {
  maxBytes: 96 * 1024,
  validate: (m) => {
    checkVersion('IdentityBackupContents', m.version);
    checkLength('identity_seed', m.identitySeed, 32);
    checkLength('self_signing_seed', m.selfSigningSeed, 32);
    checkSigned('self_signing_certificate', m.selfSigningCertificate, true);
    checkSigned('revocation_list', m.revocationList, false);
    checkSafeU64('created_at_ms', m.createdAtMs);
  },
});

/** The storage key sealed under a passphrase (spec/storage.md §4). */
export const storageKeyFileCodec = messageCodec(StorageKeyFileSchema, {
  maxBytes: 512,
  validate: (m) => {
    checkBackupHeader(m.header);
    checkLength('wrapped_key', m.wrappedKey, 32 + 16);
  },
});

/** Largest database image `sqlJsStorage` writes or reads: 1 GiB. */
export const MAX_STORAGE_IMAGE_BYTES = 1024 * 1024 * 1024;

/** A database image encrypted under the storage key (spec/storage.md §3). */
export const storageImageCodec = messageCodec(StorageImageSchema, {
  maxBytes: MAX_STORAGE_IMAGE_BYTES + 128,
  validate: (m) => {
    checkVersion('StorageImage', m.version);
    checkLength('key_check', m.keyCheck, 16);
    checkLength('nonce', m.nonce, 24);
    check(
      m.ciphertext.length >= 16 && m.ciphertext.length <= MAX_STORAGE_IMAGE_BYTES + 16,
      'StorageImage.ciphertext must be 16 bytes to 1 GiB + 16',
    );
  },
});

/** One journal entry after a StorageImage (spec/storage.md §3). */
export const storageJournalEntryCodec = messageCodec(StorageJournalEntrySchema, {
  maxBytes: MAX_STORAGE_IMAGE_BYTES + 128,
  validate: (m) => {
    checkVersion('StorageJournalEntry', m.version);
    checkLength('key_check', m.keyCheck, 16);
    check(
      m.seq >= 1n && m.seq <= BigInt(Number.MAX_SAFE_INTEGER),
      'StorageJournalEntry.seq out of range',
    );
    checkLength('nonce', m.nonce, 24);
    check(
      m.ciphertext.length >= 16 && m.ciphertext.length <= MAX_STORAGE_IMAGE_BYTES + 16,
      'StorageJournalEntry.ciphertext must be 16 bytes to 1 GiB + 16',
    );
  },
});

/** The changes inside a journal entry. Table, key and value rules are the Storage rules, checked on replay. */
export const storageChangesCodec = messageCodec(StorageChangesSchema, {
  maxBytes: MAX_STORAGE_IMAGE_BYTES,
  validate: (m) => {
    checkVersion('StorageChanges', m.version);
    for (const c of m.changes) check(c.change.case !== undefined, 'StorageChange is empty');
  },
});

/** The storage key wrapped by a device key (spec/storage.md §4). */
export const storageKeyWrapCodec = messageCodec(StorageKeyWrapSchema, {
  maxBytes: 512,
  validate: (m) => {
    checkVersion('StorageKeyWrap', m.version);
    checkPublicKey('signing_key', m.signingKey, [KeyAlgorithm.ED25519]);
    checkLength('salt', m.salt, 16);
    checkLength('nonce', m.nonce, 24);
    checkLength('wrapped_key', m.wrappedKey, 32 + 16);
  },
});

/** Body of a contact card. */
export const contactCardBodyCodec = messageCodec(ContactCardBodySchema, {
  maxBytes: WIRE_LIMITS.maxContactCardBody,
  validate: (m) => {
    checkVersion('ContactCardBody', m.version);
    checkLength('identity_key', m.identityKey, WIRE_LIMITS.identityKey);
    checkMaxLength('display_name', m.displayName, WIRE_LIMITS.displayNameBytes);
    checkSigned('self_signing_certificate', m.selfSigningCertificate, true);
    check(m.deviceCertificates.length >= 1, 'a contact card names at least one device');
    check(
      m.deviceCertificates.length <= WIRE_LIMITS.maxDevicesPerCard,
      'too many device certificates',
    );
    m.deviceCertificates.forEach((c, i) => checkSigned(`device_certificates[${i}]`, c, true));
    checkSigned('revocation_list', m.revocationList, false);
    check(m.hints.length <= WIRE_LIMITS.maxHints, 'too many hints');
    m.hints.forEach((h, i) => checkMaxLength(`hints[${i}]`, h, WIRE_LIMITS.maxHintBytes));
    checkSafeU64('created_at_ms', m.createdAtMs);
    checkLength('signer_device_id', m.signerDeviceId, WIRE_LIMITS.deviceId);
  },
});

/** The scannable safety-number payload. */
export const safetyNumberPayloadCodec = messageCodec(SafetyNumberPayloadSchema, {
  maxBytes: 128,
  validate: (m) => {
    checkVersion('SafetyNumberPayload', m.version);
    checkLength('first', m.first, WIRE_LIMITS.fingerprint);
    checkLength('second', m.second, WIRE_LIMITS.fingerprint);
    check(compareBytes(m.first, m.second) <= 0, 'SafetyNumberPayload fingerprints must be sorted');
  },
});

function checkPreKeyBody(m: PreKeyBody): void {
  checkVersion('PreKeyBody', m.version);
  checkPublicKey('public_key', m.publicKey, [
    KeyAlgorithm.X25519,
    KeyAlgorithm.ML_KEM_768,
    KeyAlgorithm.ML_KEM_1024,
  ]);
  check(m.keyId >= 1, 'PreKeyBody.key_id must be at least 1');
  checkSafeU64('created_at_ms', m.createdAtMs);
  check(
    !m.lastResort || m.publicKey!.algorithm !== KeyAlgorithm.X25519,
    'only ML-KEM prekeys can be last-resort',
  );
}

function checkOneTimePreKey(m: OneTimePreKey): void {
  check(m.keyId >= 1, 'one_time_prekey.key_id must be at least 1');
  checkLength('one_time_prekey.public_key', m.publicKey, 32);
}

/** Body of a signed (X25519 or ML-KEM) prekey. */
export const preKeyBodyCodec = messageCodec(PreKeyBodySchema, {
  maxBytes: 1800,
  validate: checkPreKeyBody,
});

/** A prekey body and the device's signature over it. */
export const signedPreKeyCodec = messageCodec(SignedPreKeySchema, {
  maxBytes: 2048,
  validate: (m) => {
    check(m.body.length > 0, 'SignedPreKey.body is empty');
    checkLength('SignedPreKey.signature', m.signature, WIRE_LIMITS.signature);
  },
});

/** An unsigned one-time X25519 prekey. */
export const oneTimePreKeyCodec = messageCodec(OneTimePreKeySchema, {
  maxBytes: 64,
  validate: checkOneTimePreKey,
});

/** A prekey bundle (structure only; signatures are checked by the session layer). */
export const preKeyBundleCodec = messageCodec(PreKeyBundleSchema, {
  maxBytes: 8 * 1024,
  validate: (m) => {
    checkVersion('PreKeyBundle', m.version);
    checkSigned('self_signing_certificate', m.selfSigningCertificate, true);
    checkSigned('device_certificate', m.deviceCertificate, true);
    check(m.signedPrekey !== undefined, 'signed_prekey is missing');
    checkLength('signed_prekey.signature', m.signedPrekey.signature, WIRE_LIMITS.signature);
    if (m.oneTimePrekey !== undefined) checkOneTimePreKey(m.oneTimePrekey);
    check(m.kemPrekey !== undefined, 'kem_prekey is missing');
    checkLength('kem_prekey.signature', m.kemPrekey.signature, WIRE_LIMITS.signature);
  },
});

/** The versioned outer envelope. */
export const envelopeCodec = messageCodec(EnvelopeSchema, {
  maxBytes: WIRE_LIMITS.maxEnvelopeContent + 256,
  validate: (m) => {
    checkVersion('Envelope', m.version);
    check(
      m.type !== EnvelopeType.UNSPECIFIED && m.type in EnvelopeType,
      'Envelope.type is unknown',
    );
    checkLength('sender_device_id', m.senderDeviceId, WIRE_LIMITS.deviceId);
    check(
      m.senderIdentityKey.length === 0 || m.senderIdentityKey.length === WIRE_LIMITS.identityKey,
      'sender_identity_key must be empty or 32 bytes',
    );
    check(
      m.recipientDeviceId.length === 0 || m.recipientDeviceId.length === WIRE_LIMITS.deviceId,
      'recipient_device_id must be empty or 16 bytes',
    );
    checkSafeU64('timestamp_ms', m.timestampMs);
    checkMaxLength('content', m.content, WIRE_LIMITS.maxEnvelopeContent);
  },
});

function checkRatchetMessage(m: RatchetMessage | undefined, field: string): void {
  check(m !== undefined, `${field} is missing`);
  checkVersion('RatchetMessage', m.version);
  check(
    m.header.length > 0 !== m.encryptedHeader.length > 0,
    `${field}: exactly one of header and encrypted_header must be set`,
  );
  checkMaxLength(`${field}.header`, m.header, 64);
  // Encrypted headers are nonce + AEAD(header): bounded, and at least a tag long.
  if (m.encryptedHeader.length > 0) {
    check(
      m.encryptedHeader.length >= 16 && m.encryptedHeader.length <= 128,
      `${field}.encrypted_header has a bad length`,
    );
  }
  check(m.ciphertext.length >= 16, `${field}.ciphertext is shorter than an AEAD tag`);
  checkMaxLength(`${field}.ciphertext`, m.ciphertext, WIRE_LIMITS.maxEnvelopeContent);
}

/** A Double Ratchet header (plaintext form). */
export const ratchetHeaderCodec = messageCodec(RatchetHeaderSchema, {
  maxBytes: 64,
  validate: (m) => checkLength('ratchet_key', m.ratchetKey, 32),
});

/** A Double Ratchet message. */
export const ratchetMessageCodec = messageCodec(RatchetMessageSchema, {
  maxBytes: WIRE_LIMITS.maxEnvelopeContent + 256,
  validate: (m) => checkRatchetMessage(m, 'RatchetMessage'),
});

/** The initiator's first message (PQXDH inputs + first ratchet message). */
export const preKeyMessageCodec = messageCodec(PreKeyMessageSchema, {
  maxBytes: WIRE_LIMITS.maxEnvelopeContent + 4096,
  validate: (m) => {
    checkVersion('PreKeyMessage', m.version);
    checkSigned('self_signing_certificate', m.selfSigningCertificate, true);
    checkSigned('device_certificate', m.deviceCertificate, true);
    check(m.signedPrekeyId >= 1, 'signed_prekey_id must be at least 1');
    check(m.kemPrekeyId >= 1, 'kem_prekey_id must be at least 1');
    checkLength('base_key', m.baseKey, 32);
    check(
      KEM_CIPHERTEXT_LENGTHS.includes(m.kemCiphertext.length),
      'kem_ciphertext has a bad length',
    );
    checkRatchetMessage(m.message, 'message');
  },
});

/** A sender key distribution message. */
export const senderKeyDistributionCodec = messageCodec(SenderKeyDistributionSchema, {
  maxBytes: 256,
  validate: (m) => {
    checkVersion('SenderKeyDistribution', m.version);
    checkLength('distribution_id', m.distributionId, 16);
    checkLength('chain_key', m.chainKey, 32);
    checkLength('signing_key', m.signingKey, 32);
  },
});

/** Body of a group (sender key) message. */
export const senderKeyMessageBodyCodec = messageCodec(SenderKeyMessageBodySchema, {
  maxBytes: WIRE_LIMITS.maxEnvelopeContent + 128,
  validate: (m) => {
    checkVersion('SenderKeyMessageBody', m.version);
    checkLength('distribution_id', m.distributionId, 16);
    check(m.ciphertext.length >= 16, 'ciphertext is shorter than an AEAD tag');
    checkMaxLength('ciphertext', m.ciphertext, WIRE_LIMITS.maxEnvelopeContent);
  },
});

/** An encrypted session snapshot (the session layer defines the plaintext). */
export const sessionSnapshotCodec = messageCodec(SessionSnapshotSchema, {
  maxBytes: 4 * 1024 * 1024,
  validate: (m) => {
    check(m.version >= 1, 'SessionSnapshot.version must be at least 1');
    checkLength('nonce', m.nonce, WIRE_LIMITS.backupNonce);
    check(m.ciphertext.length >= 16, 'ciphertext is shorter than an AEAD tag');
  },
});

/** Every codec, for property tests and the spec table. */
export const ALL_CODECS = {
  publicKeyCodec,
  signedMessageCodec,
  selfSigningCertificateBodyCodec,
  deviceCertificateBodyCodec,
  revocationListBodyCodec,
  backupHeaderCodec,
  identityBackupFileCodec,
  identityBackupContentsCodec,
  contactCardBodyCodec,
  safetyNumberPayloadCodec,
  preKeyBodyCodec,
  signedPreKeyCodec,
  oneTimePreKeyCodec,
  preKeyBundleCodec,
  envelopeCodec,
  ratchetHeaderCodec,
  ratchetMessageCodec,
  preKeyMessageCodec,
  senderKeyDistributionCodec,
  senderKeyMessageBodyCodec,
  sessionSnapshotCodec,
  storageKeyFileCodec,
  storageImageCodec,
  storageJournalEntryCodec,
  storageChangesCodec,
  storageKeyWrapCodec,
} as const;

export type { MessageShape };
export { BackupCipher, BackupKdf, EnvelopeType, KeyAlgorithm, RevocationReason };
