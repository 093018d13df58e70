/**
 * Encryption at rest for storage adapters (spec/storage.md §3-4): the
 * `StorageImage` that holds a whole database image, and the
 * `StorageKeyFile` that holds the storage key sealed under a passphrase.
 */
import { NexusError } from '../interfaces/errors.js';
import { checkRandom } from '../interfaces/guards.js';
import type { RandomSource } from '../interfaces/runtime.js';
import { bytesEqual, utf8, wipe } from '../primitives/bytes.js';
import type { Argon2Params } from '../primitives/argon2.js';
import { crypto } from '../primitives/provider.js';
import { systemRandom } from '../identity/certificates.js';
import {
  DEFAULT_PASSPHRASE_KDF,
  openWithPassphrase,
  sealWithPassphrase,
} from '../identity/passphrase.js';
import { encodeWithout } from '../wire/encode.js';
import {
  StorageImageSchema,
  StorageJournalEntrySchema,
} from '../wire/gen/nexuslink/v1/storage_pb.js';
import {
  storageImageCodec,
  storageJournalEntryCodec,
  storageKeyFileCodec,
} from '../wire/messages.js';

/** The image format version this SDK writes and reads. */
export const IMAGE_VERSION = 1;
const ZERO_SALT = new Uint8Array(32);
const IMAGE_KEY_INFO = utf8('nexuslink/v1/storage/image-key');
const CHECK_INFO = utf8('nexuslink/v1/storage/key-check');
const KEY_FILE_LABEL = utf8('nexuslink/v1/storage-key');

/** Throw `INVALID_ARGUMENT` unless `key` is a 32-byte storage key. */
export function checkStorageKey(key: unknown): asserts key is Uint8Array {
  if (!(key instanceof Uint8Array) || key.length !== 32)
    throw new NexusError('INVALID_ARGUMENT', 'the storage key must be 32 bytes');
}

function derive(key: Uint8Array) {
  const c = crypto();
  return {
    imageKey: c.hkdfSha256(key, ZERO_SALT, IMAGE_KEY_INFO, 32),
    keyCheck: c.hkdfSha256(key, ZERO_SALT, CHECK_INFO, 16),
  };
}

/** Encrypt a database image under the storage key: an encoded `StorageImage`. */
export function sealImage(key: Uint8Array, image: Uint8Array, random?: RandomSource): Uint8Array {
  checkStorageKey(key);
  const { imageKey, keyCheck } = derive(key);
  const nonce = (random ?? systemRandom).randomBytes(24);
  const header = { version: IMAGE_VERSION, keyCheck, nonce };
  try {
    const ad = encodeWithout(StorageImageSchema, header, 'ciphertext');
    const ciphertext = crypto().xchacha20poly1305Seal(imageKey, nonce, image, ad);
    return storageImageCodec.encode({ ...header, ciphertext });
  } finally {
    wipe(imageKey);
  }
}

/**
 * Decrypt an encoded `StorageImage`.
 *
 * @throws NexusError `STORAGE` (not an image, truncated, or altered),
 *   `UNSUPPORTED_VERSION` (a newer format), `WRONG_KEY` (written under another key).
 */
export function openImage(key: Uint8Array, file: Uint8Array): Uint8Array {
  checkStorageKey(key);
  let decoded;
  try {
    decoded = storageImageCodec.decode(file);
  } catch (cause) {
    const version = peekVersion(file);
    if (version !== null && version !== IMAGE_VERSION)
      throw new NexusError(
        'UNSUPPORTED_VERSION',
        `storage image version ${version} is not supported (this SDK reads ${IMAGE_VERSION})`,
      );
    throw new NexusError('STORAGE', 'not a NexusLink storage image (or truncated)', { cause });
  }
  const { imageKey, keyCheck } = derive(key);
  try {
    if (!bytesEqual(decoded.keyCheck, keyCheck))
      throw new NexusError('WRONG_KEY', 'the storage was written with another key');
    const image = crypto().xchacha20poly1305Open(
      imageKey,
      decoded.nonce,
      decoded.ciphertext,
      encodeWithout(StorageImageSchema, decoded, 'ciphertext'),
    );
    if (image === null)
      throw new NexusError('STORAGE', 'the storage image is corrupted (authentication failed)');
    return image;
  } finally {
    wipe(imageKey);
  }
}

/** The `version` of something that starts like a StorageImage (field 1, varint), else null. */
function peekVersion(file: Uint8Array): number | null {
  return file.length >= 2 && file[0] === 0x08 && file[1]! < 0x80 ? file[1]! : null;
}

/** A new random 32-byte storage key. */
export function createStorageKey(random: RandomSource = systemRandom): Uint8Array {
  checkRandom(random);
  return random.randomBytes(32);
}

/** Options of {@link sealStorageKey}. */
export interface SealStorageKeyOptions {
  /** Argon2id cost; default 64 MiB, 3 passes, 1 lane. */
  readonly kdf?: Argon2Params;
  readonly random?: RandomSource;
}

/**
 * Seal a storage key under a passphrase: an encoded `StorageKeyFile` to keep
 * beside the storage (it reveals nothing without the passphrase). To change
 * the passphrase, open the file and seal the same key again: the storage
 * itself is not rewritten.
 *
 * @example
 * ```ts
 * const key = createStorageKey();
 * await writeFile('chat.key', await sealStorageKey(key, passphrase));
 * const storage = await sqlJsStorage({ key, persister: fileImagePersister('chat.nxls') });
 * ```
 */
export async function sealStorageKey(
  key: Uint8Array,
  passphrase: string,
  options: SealStorageKeyOptions = {},
): Promise<Uint8Array> {
  checkStorageKey(key);
  const { header, ciphertext } = await sealWithPassphrase(passphrase, key, {
    label: KEY_FILE_LABEL,
    kdf: options.kdf ?? DEFAULT_PASSPHRASE_KDF,
    random: options.random ?? systemRandom,
    what: 'storage passphrase',
  });
  return storageKeyFileCodec.encode({ header, wrappedKey: ciphertext });
}

/**
 * The storage key inside a `StorageKeyFile`.
 *
 * @throws NexusError `MALFORMED` (not a key file), `WRONG_PASSPHRASE`.
 */
export async function openStorageKey(file: Uint8Array, passphrase: string): Promise<Uint8Array> {
  const decoded = storageKeyFileCodec.decode(file);
  return openWithPassphrase(passphrase, decoded.header!, decoded.wrappedKey, {
    label: KEY_FILE_LABEL,
    what: 'storage passphrase',
  });
}

/**
 * Encrypt one journal entry (spec/storage.md §3): the encoded
 * `StorageChanges` of a committed group, numbered `seq`.
 */
export function sealJournalEntry(
  key: Uint8Array,
  seq: number,
  changes: Uint8Array,
  random?: RandomSource,
): Uint8Array {
  checkStorageKey(key);
  const { imageKey, keyCheck } = derive(key);
  const header = {
    version: IMAGE_VERSION,
    keyCheck,
    seq: BigInt(seq),
    nonce: (random ?? systemRandom).randomBytes(24),
  };
  try {
    const ad = encodeWithout(StorageJournalEntrySchema, header, 'ciphertext');
    const ciphertext = crypto().xchacha20poly1305Seal(imageKey, header.nonce, changes, ad);
    return storageJournalEntryCodec.encode({ ...header, ciphertext });
  } finally {
    wipe(imageKey);
  }
}

/**
 * Decrypt one journal entry: its number and the encoded `StorageChanges`.
 *
 * @throws NexusError `STORAGE` (malformed or altered), `UNSUPPORTED_VERSION`,
 *   `WRONG_KEY`.
 */
export function openJournalEntry(
  key: Uint8Array,
  entry: Uint8Array,
): { seq: number; changes: Uint8Array } {
  checkStorageKey(key);
  let decoded;
  try {
    decoded = storageJournalEntryCodec.decode(entry);
  } catch (cause) {
    const version = peekVersion(entry);
    if (version !== null && version !== IMAGE_VERSION)
      throw new NexusError(
        'UNSUPPORTED_VERSION',
        `storage journal version ${version} is not supported`,
      );
    throw new NexusError('STORAGE', 'a storage journal entry is malformed', { cause });
  }
  const { imageKey, keyCheck } = derive(key);
  try {
    if (!bytesEqual(decoded.keyCheck, keyCheck))
      throw new NexusError('WRONG_KEY', 'the storage journal was written with another key');
    const ad = encodeWithout(StorageJournalEntrySchema, decoded, 'ciphertext');
    const changes = crypto().xchacha20poly1305Open(imageKey, decoded.nonce, decoded.ciphertext, ad);
    if (changes === null)
      throw new NexusError(
        'STORAGE',
        'a storage journal entry is corrupted (authentication failed)',
      );
    return { seq: Number(decoded.seq), changes };
  } finally {
    wipe(imageKey);
  }
}
