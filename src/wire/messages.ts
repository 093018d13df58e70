/**
 * The codecs of every NexusLink wire message, with the range checks the
 * spec (`spec/wire.md`) lists for each field.
 */
import type { MessageShape } from '@bufbuild/protobuf';
import { KeyAlgorithm, PublicKeySchema } from './gen/nexuslink/v1/keys_tables.js';
import type { PublicKey } from './gen/nexuslink/v1/keys_pb.js';
import {
  DeviceCertificateBodySchema,
  RevocationListBodySchema,
  RevocationReason,
  SelfSigningKeyCertificateBodySchema,
  SignedMessageSchema,
} from './gen/nexuslink/v1/identity_tables.js';
import type { SignedMessage } from './gen/nexuslink/v1/identity_pb.js';
import {
  BackupCipher,
  BackupHeaderSchema,
  BackupKdf,
  IdentityBackupContentsSchema,
  IdentityBackupFileSchema,
} from './gen/nexuslink/v1/backup_tables.js';
import type { BackupHeader } from './gen/nexuslink/v1/backup_pb.js';
import {
  StorageChangesSchema,
  StorageImageSchema,
  StorageJournalEntrySchema,
  StorageKeyFileSchema,
  StorageKeyWrapSchema,
} from './gen/nexuslink/v1/storage_tables.js';
import {
  ContactCardBodySchema,
  SafetyNumberPayloadSchema,
} from './gen/nexuslink/v1/contact_tables.js';
import {
  OneTimePreKeySchema,
  PreKeyBodySchema,
  PreKeyBundleSchema,
  SignedPreKeySchema,
} from './gen/nexuslink/v1/prekeys_tables.js';
import type { OneTimePreKey, PreKeyBody } from './gen/nexuslink/v1/prekeys_pb.js';
import { EnvelopeSchema, EnvelopeType } from './gen/nexuslink/v1/envelope_tables.js';
import {
  PreKeyMessageSchema,
  RatchetHeaderSchema,
  RatchetMessageSchema,
  SenderKeyDistributionSchema,
  SenderKeyMessageBodySchema,
  SessionSnapshotSchema,
} from './gen/nexuslink/v1/session_tables.js';
import type { RatchetMessage } from './gen/nexuslink/v1/session_pb.js';
import {
  ClientMessageSchema,
  ContactRecordSchema,
  ConversationKind,
  ConversationRecordSchema,
  InboxRecordSchema,
  MessageRecordSchema,
  MessageStatus,
  OutboxRecordSchema,
  LocalDeviceRecordSchema,
  ReceiptType,
} from './gen/nexuslink/v1/client_tables.js';
import type { ClientMessage, GroupUpdate } from './gen/nexuslink/v1/client_pb.js';
import {
  check,
  checkLength,
  checkMaxLength,
  checkMessageVersion,
  checkSafeU64,
  checkVersion,
  messageCodec,
} from './codec.js';
import { isValidEd25519PublicKey } from './keys.js';

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
  /** The XChaCha20-Poly1305 nonce at the start of every message ciphertext. */
  messageNonce: 24,
  maxEnvelopeContent: 256 * 1024,
  /**
   * The body of a group message's SignedMessage: the SignedMessage is an
   * Envelope's `content`, and adds 70 bytes to its body (a 1-byte tag and a
   * 3-byte length, then the 66-byte signature field), so this is the most
   * that fits (spec/wire.md §Messages and limits).
   */
  maxSenderKeySignedBody: 256 * 1024 - 70,
  /**
   * The most plaintext `encryptMessage` and `groupEncrypt` take (252 KiB):
   * a PreKeyMessage adds at most 3485 bytes to its plaintext (both
   * certificates at their limits, an ML-KEM-1024 ciphertext, an encrypted
   * header), a group message 146, so every message a sender makes fits in an
   * Envelope's `content`. A sender refuses more (`INVALID_ARGUMENT`).
   */
  maxPlaintext: 252 * 1024,
  messageId: 16,
  /** Bytes of a ClientMessage's franking key (spec/client.md §1). */
  frankingKey: 32,
  groupId: 16,
  maxTextBytes: 64 * 1024,
  maxStructuredTypeBytes: 128,
  maxStructuredPayload: 64 * 1024,
  maxReceiptIds: 100,
  maxGroupNameBytes: 128,
  maxGroupMembers: 1000,
  /** ClientMessage encodings are padded to a multiple of this many bytes. */
  clientMessagePadding: 64,
  maxNicknameBytes: 128,
  maxNotesBytes: 4096,
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

/** A SignedMessage field: a non-empty body within the limit and a 64-byte signature. */
export function checkSigned(
  field: string,
  signed: SignedMessage | undefined,
  required: boolean,
  maxBody: number = WIRE_LIMITS.maxSignedBody,
): void {
  if (signed === undefined) {
    check(!required, `${field} is missing`);
    return;
  }
  check(signed.body.length > 0, `${field}.body is empty`);
  checkMaxLength(`${field}.body`, signed.body, maxBody);
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

function bytesMatch(a: Uint8Array, b: Uint8Array): boolean {
  return compareBytes(a, b) === 0;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

const SIGNING = [KeyAlgorithm.ED25519, KeyAlgorithm.ECDSA_P256] as const;

/** A public key with its algorithm tag. */
export const publicKeyCodec = /* @__PURE__ */ messageCodec(PublicKeySchema, () => ({
  maxBytes: 2048,
  validate: (m) =>
    checkPublicKey('PublicKey', m, [
      KeyAlgorithm.ED25519,
      KeyAlgorithm.ECDSA_P256,
      KeyAlgorithm.X25519,
      KeyAlgorithm.ML_KEM_768,
      KeyAlgorithm.ML_KEM_1024,
    ]),
}));

/** `body` + 64-byte `signature`. */
export const signedMessageCodec = /* @__PURE__ */ messageCodec(SignedMessageSchema, () => ({
  maxBytes: WIRE_LIMITS.maxSignedBody + 128,
  validate: (m) => checkSigned('SignedMessage', m, true),
}));

/**
 * The SignedMessage of a group message (an Envelope's `content`): its body, a
 * `SenderKeyMessageBody`, may be larger than other signed bodies, up to what
 * fits in the envelope.
 */
export const senderKeySignedMessageCodec = /* @__PURE__ */ messageCodec(
  SignedMessageSchema,
  () => ({
    maxBytes: WIRE_LIMITS.maxEnvelopeContent,
    validate: (m) => checkSigned('SignedMessage', m, true, WIRE_LIMITS.maxSenderKeySignedBody),
  }),
);

/** Body of a self-signing key certificate. */
export const selfSigningCertificateBodyCodec = /* @__PURE__ */ messageCodec(
  SelfSigningKeyCertificateBodySchema,
  () => ({
    maxBytes: 512,
    validate: (m) => {
      checkVersion('SelfSigningKeyCertificateBody', m.version);
      checkLength('identity_key', m.identityKey, WIRE_LIMITS.identityKey);
      checkPublicKey('signing_key', m.signingKey, SIGNING);
      checkTimes('SelfSigningKeyCertificateBody', m.createdAtMs, m.expiresAtMs);
    },
  }),
);

/** Body of a device certificate. */
export const deviceCertificateBodyCodec = /* @__PURE__ */ messageCodec(
  DeviceCertificateBodySchema,
  () => ({
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
  }),
);

/** Body of a revocation list. */
export const revocationListBodyCodec = /* @__PURE__ */ messageCodec(
  RevocationListBodySchema,
  () => ({
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
  }),
);

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
export const backupHeaderCodec = /* @__PURE__ */ messageCodec(BackupHeaderSchema, () => ({
  maxBytes: 256,
  validate: checkBackupHeader,
}));

/** An encrypted identity backup file. */
export const identityBackupFileCodec = /* @__PURE__ */ messageCodec(
  IdentityBackupFileSchema,
  () => ({
    maxBytes: 128 * 1024,
    validate: (m) => {
      checkBackupHeader(m.header);
      check(m.ciphertext.length >= 16, 'ciphertext shorter than the AEAD tag');
    },
  }),
);

/** The plaintext inside a backup. */
export const identityBackupContentsCodec = /* @__PURE__ */ messageCodec(
  IdentityBackupContentsSchema,
  () => ({
    maxBytes: 96 * 1024,
    validate: (m) => {
      checkVersion('IdentityBackupContents', m.version);
      checkLength('identity_seed', m.identitySeed, 32);
      checkLength('self_signing_seed', m.selfSigningSeed, 32);
      checkSigned('self_signing_certificate', m.selfSigningCertificate, true);
      checkSigned('revocation_list', m.revocationList, false);
      checkSafeU64('created_at_ms', m.createdAtMs);
    },
  }),
);

/** The storage key sealed under a passphrase (spec/storage.md §4). */
export const storageKeyFileCodec = /* @__PURE__ */ messageCodec(StorageKeyFileSchema, () => ({
  maxBytes: 512,
  validate: (m) => {
    checkBackupHeader(m.header);
    checkLength('wrapped_key', m.wrappedKey, 32 + 16);
  },
}));

/** Largest database image `sqlJsStorage` writes or reads: 1 GiB. */
export const MAX_STORAGE_IMAGE_BYTES = 1024 * 1024 * 1024;

/** A database image encrypted under the storage key (spec/storage.md §3). */
export const storageImageCodec = /* @__PURE__ */ messageCodec(StorageImageSchema, () => ({
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
}));

/** One journal entry after a StorageImage (spec/storage.md §3). */
export const storageJournalEntryCodec = /* @__PURE__ */ messageCodec(
  StorageJournalEntrySchema,
  () => ({
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
  }),
);

/** The changes inside a journal entry. Table, key and value rules are the Storage rules, checked on replay. */
export const storageChangesCodec = /* @__PURE__ */ messageCodec(StorageChangesSchema, () => ({
  maxBytes: MAX_STORAGE_IMAGE_BYTES,
  validate: (m) => {
    checkVersion('StorageChanges', m.version);
    for (const c of m.changes) check(c.change.case !== undefined, 'StorageChange is empty');
  },
}));

/** The storage key wrapped by a device key (spec/storage.md §4). */
export const storageKeyWrapCodec = /* @__PURE__ */ messageCodec(StorageKeyWrapSchema, () => ({
  maxBytes: 512,
  validate: (m) => {
    checkVersion('StorageKeyWrap', m.version);
    checkPublicKey('signing_key', m.signingKey, [KeyAlgorithm.ED25519]);
    checkLength('salt', m.salt, 16);
    checkLength('nonce', m.nonce, 24);
    checkLength('wrapped_key', m.wrappedKey, 32 + 16);
  },
}));

/** Body of a contact card. */
export const contactCardBodyCodec = /* @__PURE__ */ messageCodec(ContactCardBodySchema, () => ({
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
}));

/** The scannable safety-number payload. */
export const safetyNumberPayloadCodec = /* @__PURE__ */ messageCodec(
  SafetyNumberPayloadSchema,
  () => ({
    maxBytes: 128,
    validate: (m) => {
      checkVersion('SafetyNumberPayload', m.version);
      checkLength('first', m.first, WIRE_LIMITS.fingerprint);
      checkLength('second', m.second, WIRE_LIMITS.fingerprint);
      check(
        compareBytes(m.first, m.second) <= 0,
        'SafetyNumberPayload fingerprints must be sorted',
      );
    },
  }),
);

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
export const preKeyBodyCodec = /* @__PURE__ */ messageCodec(PreKeyBodySchema, () => ({
  maxBytes: 1800,
  validate: checkPreKeyBody,
}));

/** A prekey body and the device's signature over it. */
export const signedPreKeyCodec = /* @__PURE__ */ messageCodec(SignedPreKeySchema, () => ({
  maxBytes: 2048,
  validate: (m) => {
    check(m.body.length > 0, 'SignedPreKey.body is empty');
    checkLength('SignedPreKey.signature', m.signature, WIRE_LIMITS.signature);
  },
}));

/** An unsigned one-time X25519 prekey. */
export const oneTimePreKeyCodec = /* @__PURE__ */ messageCodec(OneTimePreKeySchema, () => ({
  maxBytes: 64,
  validate: checkOneTimePreKey,
}));

/** A prekey bundle (structure only; signatures are checked by the session layer). */
export const preKeyBundleCodec = /* @__PURE__ */ messageCodec(PreKeyBundleSchema, () => ({
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
}));

/** The versioned outer envelope. */
export const envelopeCodec = /* @__PURE__ */ messageCodec(EnvelopeSchema, () => ({
  supportedVersion: 1,
  maxBytes: WIRE_LIMITS.maxEnvelopeContent + 256,
  validate: (m) => {
    checkMessageVersion('Envelope', m.version);
    // Type 4 (SENDER_KEY_DISTRIBUTION) is reserved: distributions travel inside 1:1 messages.
    check(
      m.type === EnvelopeType.PREKEY_MESSAGE ||
        m.type === EnvelopeType.RATCHET_MESSAGE ||
        m.type === EnvelopeType.SENDER_KEY_MESSAGE,
      'Envelope.type is unknown or reserved',
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
}));

function checkRatchetMessage(m: RatchetMessage | undefined, field: string): void {
  check(m !== undefined, `${field} is missing`);
  checkMessageVersion('RatchetMessage', m.version);
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
  check(
    m.ciphertext.length >= WIRE_LIMITS.messageNonce + 16,
    `${field}.ciphertext is shorter than a nonce and an AEAD tag`,
  );
  checkMaxLength(`${field}.ciphertext`, m.ciphertext, WIRE_LIMITS.maxEnvelopeContent);
}

/** A Double Ratchet header (plaintext form). */
export const ratchetHeaderCodec = /* @__PURE__ */ messageCodec(RatchetHeaderSchema, () => ({
  maxBytes: 64,
  validate: (m) => checkLength('ratchet_key', m.ratchetKey, 32),
}));

/** A Double Ratchet message. */
export const ratchetMessageCodec = /* @__PURE__ */ messageCodec(RatchetMessageSchema, () => ({
  supportedVersion: 1,
  maxBytes: WIRE_LIMITS.maxEnvelopeContent + 256,
  validate: (m) => checkRatchetMessage(m, 'RatchetMessage'),
}));

/** The initiator's first message (PQXDH inputs + first ratchet message). */
export const preKeyMessageCodec = /* @__PURE__ */ messageCodec(PreKeyMessageSchema, () => ({
  supportedVersion: 1,
  maxBytes: WIRE_LIMITS.maxEnvelopeContent + 4096,
  validate: (m) => {
    checkMessageVersion('PreKeyMessage', m.version);
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
    // Header encryption is negotiated here, never inferred (spec/ratchet.md §3).
    check(
      m.headerEncryption === m.message!.encryptedHeader.length > 0,
      'header_encryption does not match the form of message',
    );
  },
}));

/** A sender key distribution message. */
export const senderKeyDistributionCodec = /* @__PURE__ */ messageCodec(
  SenderKeyDistributionSchema,
  () => ({
    supportedVersion: 1,
    maxBytes: 256,
    validate: (m) => {
      checkMessageVersion('SenderKeyDistribution', m.version);
      checkLength('distribution_id', m.distributionId, 16);
      checkLength('chain_key', m.chainKey, 32);
      checkLength('signing_key', m.signingKey, 32);
      // It verifies the group's messages: an invalid or small-order key is refused here,
      // like every key that verifies signatures (spec/errors.md §Keys).
      check(isValidEd25519PublicKey(m.signingKey), 'signing_key is not a valid Ed25519 key');
    },
  }),
);

/** Body of a group (sender key) message. */
export const senderKeyMessageBodyCodec = /* @__PURE__ */ messageCodec(
  SenderKeyMessageBodySchema,
  () => ({
    supportedVersion: 1,
    maxBytes: WIRE_LIMITS.maxSenderKeySignedBody,
    validate: (m) => {
      checkMessageVersion('SenderKeyMessageBody', m.version);
      checkLength('distribution_id', m.distributionId, 16);
      check(
        m.ciphertext.length >= WIRE_LIMITS.messageNonce + 16,
        'ciphertext is shorter than a nonce and an AEAD tag',
      );
    },
  }),
);

/** An encrypted session snapshot (the session layer defines the plaintext). */
export const sessionSnapshotCodec = /* @__PURE__ */ messageCodec(SessionSnapshotSchema, () => ({
  maxBytes: 4 * 1024 * 1024,
  validate: (m) => {
    check(m.version >= 1, 'SessionSnapshot.version must be at least 1');
    checkLength('nonce', m.nonce, WIRE_LIMITS.backupNonce);
    check(m.ciphertext.length >= 16, 'ciphertext is shorter than an AEAD tag');
  },
}));

// Syntax only: 50 Base58 characters, the length of every UUID (37 bytes starting with 0x01,
// spec/identity.md §3); the checksum and the key are checked where the UUID is used (`isUuid`).
const UUID_TEXT = /^[1-9A-HJ-NP-Za-km-z]{50}$/;
const DEVICE_HEX = /^[0-9a-f]{32}$/;
const CHANNEL_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether `value` has the form of a community channel id in text (spec/community.md §1). */
export function isChannelIdText(value: unknown): value is string {
  return typeof value === 'string' && CHANNEL_TEXT.test(value);
}

/** Whether `value` has the form of a UUID (syntax only: 50 Base58 characters). */
export function isUuidSyntax(value: unknown): value is string {
  return typeof value === 'string' && UUID_TEXT.test(value);
}

/** Require `value` to be a UUID in its text form (syntax only). */
export function checkUuidText(field: string, value: string): void {
  check(UUID_TEXT.test(value), `${field} is not a UUID`);
}

function checkSortedUnique(field: string, values: readonly string[]): void {
  for (let i = 1; i < values.length; i++)
    check(values[i - 1]! < values[i]!, `${field} must be sorted and without repeats`);
}

function checkGroupUpdate(field: string, g: GroupUpdate): void {
  checkMaxLength(`${field}.name`, g.name, WIRE_LIMITS.maxGroupNameBytes);
  check(g.members.length >= 1, `${field}.members is empty`);
  check(g.members.length <= WIRE_LIMITS.maxGroupMembers, `${field}: too many members`);
  g.members.forEach((m, i) => checkUuidText(`${field}.members[${i}]`, m));
  checkSortedUnique(`${field}.members`, g.members);
  check(g.admins.length >= 1, `${field}.admins is empty`);
  checkSortedUnique(`${field}.admins`, g.admins);
  for (const a of g.admins) check(g.members.includes(a), `${field}: an admin is not a member`);
  checkSafeU64(`${field}.revision`, g.revision);
  check(g.revision >= 1n, `${field}.revision must be at least 1`);
}

/** The body checks of a ClientMessage; `nested` for the copy inside a SentSync. */
function checkClientMessage(m: ClientMessage, nested: boolean): void {
  checkVersion('ClientMessage', m.version);
  checkLength('id', m.id, WIRE_LIMITS.messageId);
  checkSafeU64('timestamp_ms', m.timestampMs);
  check(
    m.groupId.length === 0 || m.groupId.length === WIRE_LIMITS.groupId,
    'group_id must be empty or 16 bytes',
  );
  for (const byte of m.padding) check(byte === 0, 'padding must be zero bytes');
  const body = m.body;
  switch (body.case) {
    case 'text':
      checkMaxLength('text', body.value.text, WIRE_LIMITS.maxTextBytes);
      break;
    case 'structured':
      check(body.value.type.length > 0, 'structured.type is empty');
      checkMaxLength('structured.type', body.value.type, WIRE_LIMITS.maxStructuredTypeBytes);
      checkMaxLength('structured.payload', body.value.payload, WIRE_LIMITS.maxStructuredPayload);
      break;
    case 'receipt':
      // Receipts are 1:1 control messages: a group_id would name a group they do not belong to.
      check(m.groupId.length === 0, 'receipt is not a group message');
      check(
        body.value.type === ReceiptType.DELIVERED || body.value.type === ReceiptType.READ,
        'receipt.type is not delivered or read',
      );
      check(body.value.messageIds.length >= 1, 'receipt names no message');
      check(body.value.messageIds.length <= WIRE_LIMITS.maxReceiptIds, 'receipt names too many');
      body.value.messageIds.forEach((id, i) =>
        checkLength(`receipt.message_ids[${i}]`, id, WIRE_LIMITS.messageId),
      );
      break;
    case 'typing':
      break;
    case 'groupUpdate':
      check(m.groupId.length === WIRE_LIMITS.groupId, 'group_update needs a group_id');
      checkGroupUpdate('group_update', body.value);
      break;
    case 'senderKey':
      check(m.groupId.length === WIRE_LIMITS.groupId, 'sender_key needs a group_id');
      check(body.value.distribution.length > 0, 'sender_key.distribution is empty');
      checkMaxLength('sender_key.distribution', body.value.distribution, 256);
      // The distribution names the group it is for: its id is the group id (spec/client.md §1.1).
      check(
        bytesMatch(
          senderKeyDistributionCodec.decode(body.value.distribution).distributionId,
          m.groupId,
        ),
        'sender_key: the distribution is for another group than group_id',
      );
      break;
    case 'sent': {
      check(!nested, 'a SentSync cannot carry a SentSync');
      check(m.groupId.length === 0, 'sent is a 1:1 copy: group_id must be empty');
      checkUuidText('sent.destination', body.value.destination);
      const inner = body.value.message;
      check(inner !== undefined, 'sent.message is missing');
      checkClientMessage(inner, true);
      check(
        inner.body.case === 'text' || inner.body.case === 'structured',
        'sent.message is not a text or structured message',
      );
      check(inner.padding.length === 0, 'sent.message is not padded');
      break;
    }
    case 'versionNotice':
      check(m.groupId.length === 0, 'version_notice is not a group message');
      check(
        body.value.supportedVersion >= 1,
        'version_notice.supported_version must be at least 1',
      );
      break;
    case 'identityUpdate':
      check(m.groupId.length === 0, 'identity_update is not a group message');
      check(
        body.value.selfSigningCertificate.length > 0 || body.value.revocationList.length > 0,
        'identity_update is empty',
      );
      checkMaxLength(
        'identity_update.self_signing_certificate',
        body.value.selfSigningCertificate,
        WIRE_LIMITS.maxSignedBody + 128,
      );
      checkMaxLength(
        'identity_update.revocation_list',
        body.value.revocationList,
        WIRE_LIMITS.maxRevocationListBody + 128,
      );
      break;
    default:
      check(false, 'ClientMessage has no body');
  }
  // Field 30, after the body: only a group message's content carries a franking key.
  if (m.frankingKey.length > 0) {
    checkLength('franking_key', m.frankingKey, WIRE_LIMITS.frankingKey);
    check(
      m.groupId.length > 0 &&
        (body.case === 'text' || body.case === 'structured' || body.case === 'typing'),
      'franking_key on a message that is not group content',
    );
  }
}

/** What one client says to another inside an envelope (spec/client.md §1). */
export const clientMessageCodec = /* @__PURE__ */ messageCodec(ClientMessageSchema, () => ({
  maxBytes: 160 * 1024,
  validate: (m) => {
    checkClientMessage(m, false);
    // The encoding is padded to a multiple of WIRE_LIMITS.clientMessagePadding (§1.2), checked on
    // decode in the client; here only that the padding field is zeros.
  },
}));

/** A contact as stored (spec/client.md §4). */
export const contactRecordCodec = /* @__PURE__ */ messageCodec(ContactRecordSchema, () => ({
  maxBytes: 2 * WIRE_LIMITS.maxContactCardBody + 64 * 1024,
  validate: (m) => {
    checkVersion('ContactRecord', m.version);
    checkUuidText('uuid', m.uuid);
    checkMaxLength('display_name', m.displayName, WIRE_LIMITS.displayNameBytes);
    checkMaxLength('nickname', m.nickname, WIRE_LIMITS.maxNicknameBytes);
    checkMaxLength('notes', m.notes, WIRE_LIMITS.maxNotesBytes);
    check(m.devices.length <= WIRE_LIMITS.maxDevicesPerCard, 'too many devices');
    for (const d of m.devices) check(DEVICE_HEX.test(d), 'devices holds a bad device id');
    checkSortedUnique('devices', m.devices);
    checkMaxLength('contact_card', m.contactCard, WIRE_LIMITS.maxContactCardBody + 128);
    checkSafeU64('added_at_ms', m.addedAtMs);
    check(m.hints.length <= WIRE_LIMITS.maxHints, 'too many hints');
  },
}));

/** A conversation as stored (spec/client.md §4). */
export const conversationRecordCodec = /* @__PURE__ */ messageCodec(
  ConversationRecordSchema,
  () => ({
    maxBytes: 256 * 1024,
    validate: (m) => {
      checkVersion('ConversationRecord', m.version);
      if (m.kind === ConversationKind.DIRECT) {
        checkUuidText('peer', m.peer);
        check(
          m.groupId.length === 0 && m.group === undefined,
          'a direct conversation has no group',
        );
      } else {
        check(m.kind === ConversationKind.GROUP, 'kind is not direct or group');
        checkLength('group_id', m.groupId, WIRE_LIMITS.groupId);
        check(m.group !== undefined, 'group is missing');
        checkGroupUpdate('group', m.group);
      }
      if (m.channel !== '') {
        check(m.kind === ConversationKind.GROUP, 'a channel is a group conversation');
        check(isChannelIdText(m.channel), 'channel is not a channel id (a UUID in text form)');
        check(
          m.channel.replaceAll('-', '') ===
            Array.from(m.groupId, (b) => b.toString(16).padStart(2, '0')).join(''),
          'channel and group_id name different ids',
        );
      }
      checkSafeU64('last_activity_ms', m.lastActivityMs);
      for (const d of m.distributedTo) {
        const [uuid, device, ...rest] = d.split('/');
        check(
          rest.length === 0 && UUID_TEXT.test(uuid ?? '') && DEVICE_HEX.test(device ?? ''),
          'distributed_to holds a bad device address',
        );
      }
    },
  }),
);

/** A message of the history as stored (spec/client.md §4). */
export const messageRecordCodec = /* @__PURE__ */ messageCodec(MessageRecordSchema, () => ({
  maxBytes: 256 * 1024,
  validate: (m) => {
    checkVersion('MessageRecord', m.version);
    check(m.message !== undefined, 'message is missing');
    checkClientMessage(m.message, true);
    check(
      m.message.body.case === 'text' || m.message.body.case === 'structured',
      'a stored message is text or structured',
    );
    check(m.message.padding.length === 0, 'a stored message is not padded');
    if (m.attestation.length > 0) {
      checkStoredAttestation(m.attestation);
      check(m.message.frankingKey.length > 0, 'an attested message without its franking key');
    }
    checkUuidText('sender', m.sender);
    check(DEVICE_HEX.test(m.senderDevice), 'sender_device is not a device id');
    checkSafeU64('received_at_ms', m.receivedAtMs);
    check(
      m.status >= MessageStatus.UNSPECIFIED && m.status <= MessageStatus.READ,
      'unknown status',
    );
  },
}));

/** An outbox entry (spec/client.md §4). */
export const outboxRecordCodec = /* @__PURE__ */ messageCodec(OutboxRecordSchema, () => ({
  maxBytes: WIRE_LIMITS.maxEnvelopeContent + 64 * 1024,
  validate: (m) => {
    checkVersion('OutboxRecord', m.version);
    checkUuidText('to_uuid', m.toUuid);
    check(DEVICE_HEX.test(m.toDevice), 'to_device is not a device id');
    check(m.envelope.length > 0, 'envelope is empty');
    checkSafeU64('expires_at_ms', m.expiresAtMs);
    check(
      m.channel === '' || isChannelIdText(m.channel),
      'channel is not a channel id (a UUID in text form)',
    );
    // A channel post carries its franking tag (spec/community.md §5.6); nothing else does.
    if (m.channel === '') check(m.frankingTag.length === 0, 'franking_tag without a channel');
    else checkLength('franking_tag', m.frankingTag, 32);
  },
}));

/** A kept attestation: an encoded SignedMessage (its body a MessageAttestation, at most 256 bytes). */
function checkStoredAttestation(bytes: Uint8Array): void {
  let signed: SignedMessage;
  try {
    signed = signedMessageCodec.decode(bytes);
  } catch {
    return check(false, 'attestation is not a SignedMessage');
  }
  checkMaxLength('attestation.body', signed.body, 256);
}

/** An inbox entry (spec/client.md §4). */
export const inboxRecordCodec = /* @__PURE__ */ messageCodec(InboxRecordSchema, () => ({
  maxBytes: WIRE_LIMITS.maxEnvelopeContent + 64 * 1024,
  validate: (m) => {
    checkVersion('InboxRecord', m.version);
    check(m.envelope.length > 0, 'envelope is empty');
    checkSafeU64('received_at_ms', m.receivedAtMs);
    if (m.attestation.length > 0) checkStoredAttestation(m.attestation);
  },
}));

/** This device as the SDK saves it (spec/client.md §4.1). */
export const localDeviceRecordCodec = /* @__PURE__ */ messageCodec(LocalDeviceRecordSchema, () => ({
  maxBytes: 16 * 1024,
  validate: (m) => {
    checkVersion('LocalDeviceRecord', m.version);
    check(m.selfSigningCertificate.length > 0, 'self_signing_certificate is empty');
    check(m.deviceCertificate.length > 0, 'device_certificate is empty');
    checkLength('key_agreement_secret', m.keyAgreementSecret, 32);
    check(
      /^[\x20-\x7e]{1,128}$/.test(m.signingKeyId),
      'signing_key_id is not 1 to 128 printable ASCII characters',
    );
    check(
      m.signingKeySecret.length === 0 || m.signingKeySecret.length === 32,
      'signing_key_secret must be empty or 32 bytes',
    );
    check(
      m.selfSigningSecret.length === 0 || m.selfSigningSecret.length === 32,
      'self_signing_secret must be empty or 32 bytes',
    );
  },
}));

/** Every codec, for property tests and the spec table. */
export const ALL_CODECS = {
  publicKeyCodec,
  signedMessageCodec,
  senderKeySignedMessageCodec,
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
  clientMessageCodec,
  contactRecordCodec,
  conversationRecordCodec,
  messageRecordCodec,
  outboxRecordCodec,
  inboxRecordCodec,
  localDeviceRecordCodec,
} as const;

export type { MessageShape };
export {
  BackupCipher,
  BackupKdf,
  ConversationKind,
  EnvelopeType,
  KeyAlgorithm,
  MessageStatus,
  ReceiptType,
  RevocationReason,
};
