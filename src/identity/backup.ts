import { NexusError } from '../interfaces/errors.js';
import { checkOptions, checkSigner } from '../interfaces/guards.js';
import type { Clock, RandomSource } from '../interfaces/runtime.js';
import { bytesEqual, utf8, wipe } from '../primitives/bytes.js';
import type { Argon2Params } from '../primitives/argon2.js';
import {
  identityBackupContentsCodec,
  identityBackupFileCodec,
  signedMessageCodec,
} from '../wire/messages.js';
import { DEFAULT_PASSPHRASE_KDF, openWithPassphrase, sealWithPassphrase } from './passphrase.js';
import {
  checkTime,
  systemClock,
  systemRandom,
  verifyRevocationList,
  verifySelfSigningCertificate,
} from './certificates.js';
import type { RevocationList, SelfSigningCertificate } from './certificates.js';
import { Identity } from './identity.js';
import { SigningKeyPair } from './signing-key.js';

/** Argon2id parameters for new backups: 64 MiB, 3 passes, 1 lane (RFC 9106 §4, second recommendation). */
export const DEFAULT_BACKUP_KDF: Argon2Params = DEFAULT_PASSPHRASE_KDF;

const AD_LABEL = utf8('nexuslink/v1/identity-backup');

/** What an identity backup holds. */
export interface IdentityBackup {
  readonly identity: Identity;
  readonly selfSigningKey: SigningKeyPair;
  readonly selfSigningCertificate: SelfSigningCertificate;
  readonly revocationList: RevocationList | null;
  readonly createdAt: number;
}

/** Options for {@link exportIdentityBackup}. */
export interface ExportBackupOptions {
  readonly kdf?: Argon2Params;
  readonly clock?: Clock;
  readonly random?: RandomSource;
}

/**
 * Encrypt an identity (IK seed, SSK seed, SSK certificate, revocation list)
 * into a backup file: Argon2id of the passphrase keys XChaCha20-Poly1305,
 * whose associated data is the encoded header.
 *
 * @example
 * ```ts
 * const file = await exportIdentityBackup({ identity, selfSigningKey, selfSigningCertificate, revocationList: null }, passphrase);
 * ```
 */
export async function exportIdentityBackup(
  backup: Omit<IdentityBackup, 'createdAt'> & { createdAt?: number },
  passphrase: string,
  options: ExportBackupOptions = {},
): Promise<Uint8Array> {
  checkOptions(
    backup,
    'exportIdentityBackup',
    '{ identity, selfSigningKey, selfSigningCertificate, revocationList }',
  );
  checkSigner(backup.identity, 'identity', 'an Identity');
  checkSigner(backup.selfSigningKey, 'selfSigningKey', 'a SigningKeyPair');
  const certificate = backup.selfSigningCertificate as Partial<SelfSigningCertificate> | null;
  if (
    typeof certificate !== 'object' ||
    certificate === null ||
    !(certificate.bytes instanceof Uint8Array)
  )
    throw new NexusError(
      'INVALID_ARGUMENT',
      'selfSigningCertificate must be a SelfSigningCertificate (decodeSelfSigningCertificate(bytes))',
    );
  if (backup.revocationList === undefined)
    throw new NexusError('INVALID_ARGUMENT', 'revocationList must be a RevocationList or null');
  if (typeof passphrase !== 'string')
    throw new NexusError('INVALID_ARGUMENT', 'passphrase must be a string');
  const random = options.random ?? systemRandom;
  const kdf = options.kdf ?? DEFAULT_BACKUP_KDF;
  // Refuse to write a backup that could not be imported: the certificate must
  // be the identity's and certify this self-signing key.
  if (
    !bytesEqual(backup.selfSigningCertificate.identityKey, backup.identity.publicKey.bytes) ||
    !bytesEqual(
      backup.selfSigningCertificate.signingKey.bytes,
      backup.selfSigningKey.publicKey.bytes,
    ) ||
    (backup.revocationList !== null &&
      !bytesEqual(backup.revocationList.identityKey, backup.identity.publicKey.bytes))
  ) {
    throw new NexusError(
      'INVALID_ARGUMENT',
      'the certificate and revocation list must belong to this identity and self-signing key',
    );
  }
  const identitySeed = backup.identity.exportSeed();
  const selfSigningSeed = backup.selfSigningKey.exportSeed();
  const plaintext = identityBackupContentsCodec.encode({
    version: 1,
    identitySeed,
    selfSigningSeed,
    selfSigningCertificate: signedMessageCodec.decode(backup.selfSigningCertificate.bytes),
    ...(backup.revocationList
      ? { revocationList: signedMessageCodec.decode(backup.revocationList.bytes) }
      : {}),
    createdAtMs: checkTime('createdAt', backup.createdAt ?? (options.clock ?? systemClock).now()),
  });
  const { header, ciphertext } = await sealWithPassphrase(passphrase, plaintext, {
    label: AD_LABEL,
    kdf,
    random,
    what: 'backup passphrase',
  }).finally(() => wipe(plaintext, identitySeed, selfSigningSeed));
  return identityBackupFileCodec.encode({ header, ciphertext });
}

/**
 * Decrypt and check a backup file.
 *
 * @throws NexusError `MALFORMED` (not a backup, or KDF parameters out of range),
 *   `WRONG_PASSPHRASE` (the passphrase is wrong or the file was altered),
 *   `BAD_SIGNATURE` / `UNKNOWN_ISSUER` when the contents do not belong together.
 */
export async function importIdentityBackup(
  file: Uint8Array,
  passphrase: string,
): Promise<IdentityBackup> {
  const decoded = identityBackupFileCodec.decode(file);
  const plaintext = await openWithPassphrase(passphrase, decoded.header!, decoded.ciphertext, {
    label: AD_LABEL,
    what: 'backup passphrase',
  });
  try {
    const contents = identityBackupContentsCodec.decode(plaintext);
    const identity = Identity.fromSeed(contents.identitySeed);
    const selfSigningKey = SigningKeyPair.fromSeed(contents.selfSigningSeed);
    wipe(contents.identitySeed, contents.selfSigningSeed);
    // Expired certificates still restore: the owner can then issue new ones.
    const selfSigningCertificate = verifySelfSigningCertificate(
      signedMessageCodec.encode(contents.selfSigningCertificate!),
      identity.publicKey.bytes,
      { now: 0 },
    );
    if (!bytesEqual(selfSigningCertificate.signingKey.bytes, selfSigningKey.publicKey.bytes)) {
      throw new NexusError(
        'UNKNOWN_ISSUER',
        'backup self-signing key does not match its certificate',
      );
    }
    const revocationList = contents.revocationList
      ? verifyRevocationList(signedMessageCodec.encode(contents.revocationList), {
          identity: identity.publicKey.bytes,
          selfSigningCertificate: selfSigningCertificate.bytes,
          now: 0,
        })
      : null;
    return Object.freeze({
      identity,
      selfSigningKey,
      selfSigningCertificate,
      revocationList,
      createdAt: Number(contents.createdAtMs),
    });
  } finally {
    wipe(plaintext);
  }
}
