/**
 * The storage key wrapped by a device key held in a key store, so that
 * opening the storage needs the device (its hardware token, its WebCrypto
 * key) rather than a passphrase (spec/storage.md §4).
 *
 * Key stores only sign. An Ed25519 signature is deterministic (RFC 8032):
 * the same key over the same input always gives the same 64 bytes, which
 * only the holder of the key can compute. The key-encryption key is
 * HKDF-SHA-256 of the signature over `nexuslink/v1/storage-key-wrap` and a
 * random salt; that label signs nothing else, and the signature is never
 * sent anywhere. ECDSA (P-256) signatures are randomized, so P-256 keys
 * cannot wrap: use a passphrase (`sealStorageKey`) there.
 */
import { NexusError } from '../interfaces/errors.js';
import type { KeyStore } from '../interfaces/keystore.js';
import type { RandomSource } from '../interfaces/runtime.js';
import { bytesEqual, utf8, wipe } from '../primitives/bytes.js';
import { crypto } from '../primitives/provider.js';
import { systemRandom } from '../identity/certificates.js';
import { SIGNATURE_LABELS, signingInput, toWireKey, verifySignature } from '../identity/signing.js';
import { encodeWithout } from '../wire/encode.js';
import { StorageKeyWrapSchema } from '../wire/gen/nexuslink/v1/storage_pb.js';
import { storageKeyWrapCodec } from '../wire/messages.js';
import { checkStorageKey } from './image.js';

const KEK_INFO = utf8('nexuslink/v1/storage/device-kek');

/** Which key of which key store wraps the storage key. */
export interface DeviceKeyWrapOptions {
  readonly keyStore: KeyStore;
  /** The id of an Ed25519 key in `keyStore` (the device signing key, say). */
  readonly keyId: string;
  /** Salt and nonce (tests); default the system's. */
  readonly random?: RandomSource;
}

async function kek(keyStore: KeyStore, keyId: string, salt: Uint8Array, twice: boolean) {
  const info = await keyStore.getKey(keyId);
  if (info === null) throw new NexusError('KEY_NOT_FOUND', 'no such key in the key store');
  if (info.algorithm !== 'ed25519')
    throw new NexusError(
      'UNSUPPORTED_ALGORITHM',
      'only an Ed25519 key can wrap the storage key (ECDSA signatures are randomized); seal it with a passphrase instead',
    );
  const input = signingInput(SIGNATURE_LABELS.storageKeyWrap, salt);
  const signature = await keyStore.sign(keyId, input);
  if (!verifySignature(info.publicKey, input, signature))
    throw new NexusError('KEYSTORE', 'the key store returned a signature that does not verify');
  if (twice && !bytesEqual(signature, await keyStore.sign(keyId, input)))
    throw new NexusError(
      'UNSUPPORTED_ALGORITHM',
      "this key store's Ed25519 signatures are not deterministic, so they cannot wrap a key",
    );
  try {
    return { info, key: crypto().hkdfSha256(signature, salt, KEK_INFO, 32) };
  } finally {
    wipe(signature);
  }
}

/**
 * Wrap a storage key with an Ed25519 key of a key store: an encoded
 * `StorageKeyWrap` to keep beside the storage. Only that key store can
 * unwrap it.
 *
 * @example
 * ```ts
 * const file = await wrapStorageKey(key, { keyStore, keyId: device.signingKeyId });
 * const same = await unwrapStorageKey(file, { keyStore, keyId: device.signingKeyId });
 * ```
 * @throws NexusError `KEY_NOT_FOUND`, `UNSUPPORTED_ALGORITHM` (a P-256 key, or
 *   a store whose signatures are not deterministic), `KEYSTORE`.
 */
export async function wrapStorageKey(
  storageKey: Uint8Array,
  options: DeviceKeyWrapOptions,
): Promise<Uint8Array> {
  checkStorageKey(storageKey);
  const random = options.random ?? systemRandom;
  const salt = random.randomBytes(16);
  const { info, key } = await kek(options.keyStore, options.keyId, salt, true);
  const header = {
    version: 1,
    signingKey: toWireKey(info.publicKey),
    salt,
    nonce: random.randomBytes(24),
  };
  try {
    const wrappedKey = crypto().xchacha20poly1305Seal(
      key,
      header.nonce,
      storageKey,
      encodeWithout(StorageKeyWrapSchema, header, 'wrappedKey'),
    );
    return storageKeyWrapCodec.encode({ ...header, wrappedKey });
  } finally {
    wipe(key);
  }
}

/**
 * The storage key inside a `StorageKeyWrap`, unwrapped by the key store.
 *
 * @throws NexusError `MALFORMED` (not a wrapped key), `KEY_NOT_FOUND`,
 *   `WRONG_KEY` (wrapped by another key, or altered), `KEYSTORE`.
 */
export async function unwrapStorageKey(
  file: Uint8Array,
  options: Omit<DeviceKeyWrapOptions, 'random'>,
): Promise<Uint8Array> {
  const decoded = storageKeyWrapCodec.decode(file);
  const current = await options.keyStore.getKey(options.keyId);
  if (current === null) throw new NexusError('KEY_NOT_FOUND', 'no such key in the key store');
  if (!bytesEqual(current.publicKey.bytes, decoded.signingKey!.key))
    throw new NexusError('WRONG_KEY', 'the storage key was wrapped by another device key');
  const { key } = await kek(options.keyStore, options.keyId, decoded.salt, false);
  try {
    const opened = crypto().xchacha20poly1305Open(
      key,
      decoded.nonce,
      decoded.wrappedKey,
      encodeWithout(StorageKeyWrapSchema, decoded, 'wrappedKey'),
    );
    if (opened === null)
      throw new NexusError('WRONG_KEY', 'the wrapped storage key does not open (altered?)');
    return opened;
  } finally {
    wipe(key);
  }
}
