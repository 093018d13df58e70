/**
 * Passphrase sealing, shared by identity backups and storage key files:
 * Argon2id of the NFKC-normalised passphrase keys XChaCha20-Poly1305, whose
 * associated data is a label followed by the encoded `BackupHeader` (salt,
 * KDF parameters, nonce), so no parameter can be changed undetected.
 */
import { NexusError } from '../interfaces/errors.js';
import type { RandomSource } from '../interfaces/runtime.js';
import { concat, utf8, wipe } from '../primitives/bytes.js';
import { argon2id } from '../primitives/argon2.js';
import type { Argon2Params } from '../primitives/argon2.js';
import { crypto } from '../primitives/provider.js';
import { BackupCipher, BackupKdf, backupHeaderCodec, WIRE_LIMITS } from '../wire/messages.js';
import type { BackupHeader } from '../wire/gen/nexuslink/v1/backup_pb.js';

/** Argon2id parameters for new backups and key files: 64 MiB, 3 passes, 1 lane (RFC 9106 §4, second recommendation). */
export const DEFAULT_PASSPHRASE_KDF: Argon2Params = Object.freeze({
  memoryKib: 64 * 1024,
  iterations: 3,
  parallelism: 1,
});

/** The UTF-8 of the NFKC form of a non-empty passphrase. */
export function passphraseBytes(passphrase: string, what = 'passphrase'): Uint8Array {
  if (typeof passphrase !== 'string')
    throw new NexusError(
      'INVALID_ARGUMENT',
      `the ${what} must be a string, got ${typeof passphrase}`,
    );
  if (passphrase.length === 0) throw new NexusError('INVALID_ARGUMENT', `a ${what} is required`);
  // NFKC so the same passphrase typed on different keyboards gives the same key.
  return utf8(passphrase.normalize('NFKC'));
}

/** Seal `plaintext` under `passphrase`; returns the header (to store beside it) and the ciphertext. */
export async function sealWithPassphrase(
  passphrase: string,
  plaintext: Uint8Array,
  options: { label: Uint8Array; kdf: Argon2Params; random: RandomSource; what?: string },
): Promise<{ header: BackupHeader; ciphertext: Uint8Array }> {
  const { kdf, random } = options;
  const header = {
    version: 1,
    kdf: BackupKdf.ARGON2ID,
    salt: random.randomBytes(WIRE_LIMITS.backupSalt),
    memoryKib: kdf.memoryKib,
    iterations: kdf.iterations,
    parallelism: kdf.parallelism,
    cipher: BackupCipher.XCHACHA20_POLY1305,
    nonce: random.randomBytes(WIRE_LIMITS.backupNonce),
  };
  let headerBytes: Uint8Array;
  try {
    headerBytes = backupHeaderCodec.encode(header);
  } catch (cause) {
    throw new NexusError('INVALID_ARGUMENT', 'KDF parameters out of range', { cause });
  }
  const password = passphraseBytes(passphrase, options.what);
  const key = await argon2id(password, header.salt, kdf);
  const ciphertext = crypto().xchacha20poly1305Seal(
    key,
    header.nonce,
    plaintext,
    concat(options.label, headerBytes),
  );
  wipe(key, password);
  return { header: backupHeaderCodec.decode(headerBytes), ciphertext };
}

/**
 * Open what {@link sealWithPassphrase} sealed.
 *
 * @throws NexusError `WRONG_PASSPHRASE` (wrong passphrase, or altered data),
 *   `MALFORMED` when the runtime cannot run the header's KDF parameters.
 */
export async function openWithPassphrase(
  passphrase: string,
  header: BackupHeader,
  ciphertext: Uint8Array,
  options: { label: Uint8Array; what?: string },
): Promise<Uint8Array> {
  const headerBytes = backupHeaderCodec.encode(header);
  const password = passphraseBytes(passphrase, options.what);
  let key: Uint8Array;
  try {
    key = await argon2id(password, header.salt, header);
  } catch (cause) {
    // The parameters passed the header's bounds, so a failure here is the
    // runtime refusing them (memory): the data is unusable here.
    throw new NexusError('MALFORMED', 'the key could not be derived with the stored parameters', {
      cause,
    });
  } finally {
    wipe(password);
  }
  const plaintext = crypto().xchacha20poly1305Open(
    key,
    header.nonce,
    ciphertext,
    concat(options.label, headerBytes),
  );
  wipe(key);
  if (plaintext === null)
    throw new NexusError(
      'WRONG_PASSPHRASE',
      `wrong ${options.what ?? 'passphrase'}, or the data was altered`,
    );
  return plaintext;
}
