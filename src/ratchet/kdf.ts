import { NexusError } from '../interfaces/errors.js';
import { concat, u32be, utf8 } from '../primitives/bytes.js';
import { crypto } from '../primitives/provider.js';
import { LABELS, SIZES } from './constants.js';

const ROOT_INFO = utf8(LABELS.rootKey);
const MESSAGE_INFO = utf8(LABELS.messageKeys);
const SENDER_MESSAGE_INFO = utf8(LABELS.senderMessageKeys);
const ZERO_SALT = new Uint8Array(32);
const ONE = Uint8Array.of(0x01);
const TWO = Uint8Array.of(0x02);

/**
 * KDF_RK (Double Ratchet §5.2): HKDF-SHA-256 with the root key as salt and the
 * DH output as input key material. 96 bytes: the new root key, a chain key,
 * and a next header key (used only with header encryption; deriving it
 * always keeps one code path).
 */
export function kdfRootKey(
  rootKey: Uint8Array,
  dhOutput: Uint8Array,
): { rootKey: Uint8Array; chainKey: Uint8Array; nextHeaderKey: Uint8Array } {
  const okm = crypto().hkdfSha256(dhOutput, rootKey, ROOT_INFO, 96);
  return {
    rootKey: okm.slice(0, 32),
    chainKey: okm.slice(32, 64),
    nextHeaderKey: okm.slice(64, 96),
  };
}

/** KDF_CK (Double Ratchet §5.2): message key = HMAC(ck, 0x01), next chain key = HMAC(ck, 0x02). */
export function kdfChainKey(chainKey: Uint8Array): {
  chainKey: Uint8Array;
  messageKey: Uint8Array;
} {
  // Never derive from a missing chain: HMAC with an empty key is public.
  if (chainKey.length !== 32) throw new NexusError('DECRYPT_FAILED', 'no chain key');
  const c = crypto();
  return { messageKey: c.hmacSha256(chainKey, ONE), chainKey: c.hmacSha256(chainKey, TWO) };
}

/** AEAD key and nonce of a message key: HKDF-SHA-256(salt 0^32, ikm mk, info) → 32 + 12 bytes. */
export function messageKeyMaterial(
  messageKey: Uint8Array,
  group = false,
): { key: Uint8Array; nonce: Uint8Array } {
  const okm = crypto().hkdfSha256(
    messageKey,
    ZERO_SALT,
    group ? SENDER_MESSAGE_INFO : MESSAGE_INFO,
    SIZES.aeadKey + SIZES.aeadNonce,
  );
  return { key: okm.subarray(0, 32), nonce: okm.subarray(32, 44) };
}

/** `u32be(length) || bytes` for each part: an unambiguous concatenation. */
export function lengthPrefixed(...parts: Uint8Array[]): Uint8Array {
  const out: Uint8Array[] = [];
  for (const p of parts) out.push(u32be(p.length), p);
  return concat(...out);
}
