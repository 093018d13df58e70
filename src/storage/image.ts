/**
 * The encrypted form of a whole database image at rest (spec/storage.md §3):
 *
 *     magic "NXLS" (4) || version 0x01 (1) || key check (16) || nonce (24) || XChaCha20-Poly1305 ciphertext
 *
 * The AEAD key and the key check are HKDF-SHA-256 outputs of the 32-byte
 * storage key with their own labels, so a wrong key is recognised before any
 * decryption (`WRONG_KEY`), and a right key over altered bytes fails
 * authentication (`STORAGE`: corrupted). The header is the associated data.
 */
import { NexusError } from '../interfaces/errors.js';
import type { RandomSource } from '../interfaces/runtime.js';
import { bytesEqual, utf8 } from '../primitives/bytes.js';
import { crypto } from '../primitives/provider.js';

const MAGIC = utf8('NXLS');
/** The image format version this SDK writes and reads. */
export const IMAGE_VERSION = 1;
const HEADER_BYTES = 4 + 1 + 16 + 24;
const ZERO_SALT = new Uint8Array(32);
const KEY_INFO = utf8('nexuslink/v1/storage/image-key');
const CHECK_INFO = utf8('nexuslink/v1/storage/key-check');

/** Throw `INVALID_ARGUMENT` unless `key` is a 32-byte storage key. */
export function checkStorageKey(key: unknown): asserts key is Uint8Array {
  if (!(key instanceof Uint8Array) || key.length !== 32)
    throw new NexusError('INVALID_ARGUMENT', 'the storage key must be 32 bytes');
}

function derive(key: Uint8Array) {
  const c = crypto();
  return {
    aeadKey: c.hkdfSha256(key, ZERO_SALT, KEY_INFO, 32),
    check: c.hkdfSha256(key, ZERO_SALT, CHECK_INFO, 16),
  };
}

/** Encrypt a database image under the storage key. */
export function sealImage(key: Uint8Array, image: Uint8Array, random?: RandomSource): Uint8Array {
  checkStorageKey(key);
  const { aeadKey, check } = derive(key);
  const nonce = random ? random.randomBytes(24) : crypto().randomBytes(24);
  const header = new Uint8Array(HEADER_BYTES);
  header.set(MAGIC);
  header[4] = IMAGE_VERSION;
  header.set(check, 5);
  header.set(nonce, 21);
  try {
    const sealed = crypto().xchacha20poly1305Seal(aeadKey, nonce, image, header);
    const out = new Uint8Array(HEADER_BYTES + sealed.length);
    out.set(header);
    out.set(sealed, HEADER_BYTES);
    return out;
  } finally {
    aeadKey.fill(0);
  }
}

/**
 * Decrypt a sealed database image.
 *
 * @throws NexusError `STORAGE` (not an image, or altered), `UNSUPPORTED_VERSION`,
 *   `WRONG_KEY` (written under another key).
 */
export function openImage(key: Uint8Array, file: Uint8Array): Uint8Array {
  checkStorageKey(key);
  if (file.length < HEADER_BYTES + 16 || !bytesEqual(file.subarray(0, 4), MAGIC))
    throw new NexusError('STORAGE', 'not a NexusLink storage image (or truncated)');
  if (file[4] !== IMAGE_VERSION)
    throw new NexusError(
      'UNSUPPORTED_VERSION',
      `storage image version ${file[4]} is not supported (this SDK reads ${IMAGE_VERSION})`,
    );
  const { aeadKey, check } = derive(key);
  try {
    if (!bytesEqual(file.subarray(5, 21), check))
      throw new NexusError('WRONG_KEY', 'the storage was written with another key');
    const image = crypto().xchacha20poly1305Open(
      aeadKey,
      file.subarray(21, HEADER_BYTES),
      file.subarray(HEADER_BYTES),
      file.subarray(0, HEADER_BYTES),
    );
    if (image === null)
      throw new NexusError('STORAGE', 'the storage image is corrupted (authentication failed)');
    return image;
  } finally {
    aeadKey.fill(0);
  }
}
